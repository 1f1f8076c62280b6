"""Running something just after a widget is first painted: how the window builds, once the
article is on screen, the parts a reader does not see at first (panels, search, popups)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop turn after ``widget``'s first Paint event."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Not from inside the paint: the painted frame goes to the screen first.
            QTimer.singleShot(0, self, self._then)
        return False

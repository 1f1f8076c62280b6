"""The side panels step aside when the text column would hold fewer than ~20 characters.

At 400 % in a small window the Sommaire would keep its 200 px and leave the article a few
letters a line. When the window shrinks or the text grows so far, the panels that are open
are hidden, and shown again (the same tab in front) once the window or the text leaves room.
A panel the reader opens meanwhile stays open: only a new window size or text size decides.
The panels are back in place when the window closes, so the layout it remembers is the
reader's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.core.column import panels_come_back, panels_give_way
from reader.ui.widgets.text_pane import TextPane

# Pixels between the panels and the text (the main window's separator), added to their width.
_SEPARATOR = 6


class PanelRoom(QObject):
    """Hides a window's side panels while the text column is too narrow, then shows them."""

    def __init__(self, window: QMainWindow, pane: TextPane, docks: Sequence[QDockWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._docks = tuple(docks)
        self._stepped_aside: list[QDockWidget] = []
        self._in_front: QDockWidget | None = None
        self._panels_width = 0
        self._font_size = pane.document().defaultFont().pointSizeF()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.check)
        window.installEventFilter(self)
        pane.document().documentLayout().documentSizeChanged.connect(self._maybe_new_size)

    @property
    def panels_stepped_aside(self) -> bool:
        """Whether panels are hidden now to give the text room."""
        return bool(self._stepped_aside)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._timer.start()  # after the layout has given the pane its new width
        elif watched is self._window and event.type() == QEvent.Type.Close:
            self._come_back()  # the layout remembered is the reader's, not the narrow one
        return False

    def _maybe_new_size(self, *_ignored: object) -> None:
        size = self._pane.document().defaultFont().pointSizeF()
        if size != self._font_size:
            self._font_size = size
            self._timer.start()

    @Slot()
    def check(self) -> None:
        """Hide or show the panels for the window's width and the text size now."""
        width = self._pane.viewport().width()
        if not self._stepped_aside:
            shown = [d for d in self._docks if self._is_open(d)]
            if shown and panels_give_way(self._pane.column_characters_at(width)):
                self._panels_width = max(d.width() for d in shown) + _SEPARATOR
                self._in_front = next((d for d in shown if d.isVisible()), None)
                self._stepped_aside = shown
                for dock in shown:
                    dock.hide()
            return
        with_panels = self._pane.column_characters_at(width - self._panels_width)
        if panels_come_back(with_panels):
            self._come_back()

    def _come_back(self) -> None:
        for dock in self._stepped_aside:
            dock.show()
        if self._in_front is not None:
            self._in_front.raise_()
        self._stepped_aside = []

    def _is_open(self, dock: QDockWidget) -> bool:
        """Open and beside the text (a floating panel takes no room from it)."""
        return dock.toggleViewAction().isChecked() and not dock.isFloating()

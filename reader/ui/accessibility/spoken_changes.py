"""Display changes said to screen readers: the text size, Grand texte, the theme.

A sighted reader sees the text grow and the size in the toolbar change; a blind reader hears
« Taille du texte : 150 % ». Changes that come together (Grand texte changes the size too) are
said once, in one sentence, after the window has shown them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.accessibility.announcer import announce
from reader.ui.app.settings import Settings


class SpokenChanges(QObject):
    """Says each change of the display settings, once the window shows it."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        size_label: QLabel,
        theme_actions: Mapping[str, QAction],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._size_label = size_label
        self._theme_actions = theme_actions
        self._parts: list[Callable[[], str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the window has shown the change
        self._timer.timeout.connect(self._say)
        settings.text_size_changed.connect(self._size_changed)
        settings.large_text_size_changed.connect(self._size_changed)
        settings.large_text_changed.connect(self._large_text_changed)
        settings.theme_changed.connect(self._theme_changed)

    def _add(self, part: Callable[[], str]) -> None:
        self._parts.append(part)
        self._timer.start()

    @Slot(int)
    def _size_changed(self, _percent: int) -> None:
        self._add(self._size_label.accessibleName)

    @Slot(bool)
    def _large_text_changed(self, on: bool) -> None:
        self._add(lambda: self.tr("Grand texte activé") if on else self.tr("Grand texte désactivé"))
        self._add(self._size_label.accessibleName)  # the size changes with it

    @Slot(str)
    def _theme_changed(self, choice: str) -> None:
        action = self._theme_actions.get(choice)
        name = action.text().replace("&", "") if action is not None else choice
        self._add(lambda: self.tr("Thème : {0}").format(name))

    @Slot()
    def _say(self) -> None:
        parts: list[str] = []
        for part in self._parts:
            text = part()
            if text and text not in parts:
                parts.append(text)
        self._parts.clear()
        announce(self._window, ", ".join(parts))

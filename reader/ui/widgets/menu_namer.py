"""Names for the menus Qt makes by itself, which screen readers would otherwise announce blank.

A menu bar too narrow for its menus makes an untitled « more » menu when it first overflows, long
after the window is built: this filter names such menus as soon as they are added.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenu, QWidget


class MenuNamer(QObject):
    """Installed on a menu bar: names every menu in it by its title, else ``fallback``."""

    def __init__(self, bar: QWidget, fallback: str) -> None:
        super().__init__(bar)
        self._bar = bar
        self._fallback = fallback
        bar.installEventFilter(self)
        self.name_menus()

    def name_menus(self) -> None:
        """Give each menu of the bar its title as accessible name, or the fallback."""
        for menu in self._bar.findChildren(QMenu):
            if not menu.accessibleName():
                menu.setAccessibleName(menu.title().replace("&", "") or self._fallback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            # Deferred: when a child is added it is not yet fully built (not yet a QMenu).
            QTimer.singleShot(0, self, self.name_menus)
        return False

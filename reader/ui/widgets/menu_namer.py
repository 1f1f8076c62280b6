"""Names for the menus Qt makes by itself, which screen readers would otherwise announce blank.

A menu bar too narrow for its menus makes an untitled « more » menu when it first overflows, long
after the window is built: this filter names such menus as soon as they are added.

Orca 43 says only the first item when a Qt menu opens (the menu's own focus event is followed
at once by its item's, and it skips the first): each menu also says its name as it opens, and
a submenu says that it is one.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMenu, QWidget

from reader.ui.accessibility.announcer import announce


class MenuNamer(QObject):
    """Installed on a menu bar: names every menu in it by its title, else ``fallback``."""

    def __init__(self, bar: QWidget, fallback: str) -> None:
        super().__init__(bar)
        self._bar = bar
        self._fallback = fallback
        self._heard: set[int] = set()
        bar.installEventFilter(self)
        self.name_menus()

    def name_menus(self) -> None:
        """Give each menu of the bar its title as accessible name, or the fallback."""
        for menu in self._bar.findChildren(QMenu):
            if not menu.accessibleName():
                menu.setAccessibleName(menu.title().replace("&", "") or self._fallback)
            if id(menu) not in self._heard:
                self._heard.add(id(menu))
                menu.aboutToShow.connect(partial(self._say_opened, menu))

    def _say_opened(self, menu: QMenu) -> None:
        """Screen readers: the menu's name, as it opens (a submenu is said to be one)."""
        name = menu.accessibleName()
        if isinstance(menu.parentWidget(), QMenu):
            announce(self._bar, self.tr("Sous-menu {0}").format(name))
        else:
            announce(self._bar, self.tr("Menu {0}").format(name))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded:
            # Deferred: when a child is added it is not yet fully built (not yet a QMenu).
            QTimer.singleShot(0, self, self.name_menus)
        return False

"""The side panels' tabs: readable when the panel is narrow, and the reader's tab kept.

Qt cuts the tabs of docks sharing a side to « Som… Glo… Rés… » in a narrow panel; here they
keep their whole names and scroll instead. And a panel that comes for a moment (the search's
results) gives the place back to the tab the reader had when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar


def _readable(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
    bar.setExpanding(False)


class DockTabs(QObject):
    """Keeps the dock tab bars of a window readable (Qt makes them as docks are tabified)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            _readable(bar)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished and watched is self._window:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar):
                _readable(child)
        return False


def front_dock(window: QMainWindow, area: Qt.DockWidgetArea) -> QDockWidget | None:
    """The dock of ``area`` the reader sees now (the tab in front), or None."""
    for dock in window.findChildren(QDockWidget):
        if (
            window.dockWidgetArea(dock) == area
            and dock.isVisible()
            and not dock.visibleRegion().isEmpty()
        ):
            return dock
    return None

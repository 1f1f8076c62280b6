"""A dock's title bar that follows the application font.

Qt's own dock title keeps the font the application had when the dock was made, so in
Grand texte « Sommaire » would stay small while everything around it grows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QToolButton, QWidget

# Narrow enough for 320 px wide windows (WCAG 1.4.10), wide enough to read a title.
DOCK_MINIMUM_WIDTH = 100


class DockTitle(QWidget):
    """The panel's name and a button to close the panel; dragging it moves the panel."""

    close_requested = Signal()
    """The reader asked to close the panel."""

    def __init__(self, title: str, close_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(title, self)
        self._close = QToolButton(self)
        self._close.setText("×")
        self._close.setAutoRaise(True)
        self._close.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+T and the menu reach it
        self._close.setAccessibleName(close_name)
        self._close.setToolTip(close_name)
        self._close.clicked.connect(self.close_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self._close)


def side_dock(title: str, close_name: str, object_name: str, window: QWidget) -> QDockWidget:
    """A side panel as the reader's panels are: movable and closable, named for the saved layout,
    with a DockTitle (``dock.titleBarWidget()``) whose × closes it, narrow enough for 320 px."""
    dock = QDockWidget(title, window)
    dock.setObjectName(object_name)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    bar = DockTitle(title, close_name, dock)
    dock.setTitleBarWidget(bar)
    bar.close_requested.connect(dock.close)
    dock.setMinimumWidth(DOCK_MINIMUM_WIDTH)
    return dock

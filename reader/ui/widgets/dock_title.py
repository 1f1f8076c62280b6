"""A dock's title bar that follows the application font.

Qt's own dock title keeps the font the application had when the dock was made, so in
Grand texte « Sommaire » would stay small while everything around it grows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


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

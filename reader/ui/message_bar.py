"""A calm message bar above the text: problems found in the content, and addresses of links.

It never blocks reading (unlike a dialog) and its text can be selected to copy an address.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MessageBar(QFrame):
    """One message at a time, with a button to close it."""

    closed = Signal()
    """The reader closed the message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QPushButton(self.tr("Fermer"), self)
        self._close.setAccessibleName(self.tr("Fermer le message"))
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    @property
    def text(self) -> str:
        """The message shown, or an empty string."""
        return self._label.text() if not self.isHidden() else ""

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Show a message (replacing the previous one)."""
        self._label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    @Slot()
    def dismiss(self) -> None:
        """Hide the message."""
        self.hide()
        self.closed.emit()

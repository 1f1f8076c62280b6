"""How the sentence being read aloud is marked: a background and an underline, not colour alone
(both in the theme's colours, checked for contrast with the others)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.core.themes import Theme


def reading_selection(
    document: QTextDocument, start: int, end: int, theme: Theme
) -> QTextEdit.ExtraSelection:
    """The extra selection that marks [start, end) of ``document`` as being read."""
    look = QTextCharFormat()
    look.setBackground(QColor(theme.reading_background))
    look.setForeground(QColor(theme.reading_text))
    look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    look.setUnderlineColor(QColor(theme.reading_underline))
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor  # type: ignore[misc]
    selection.format = look  # type: ignore[misc]
    return selection

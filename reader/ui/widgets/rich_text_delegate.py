"""Rows drawn from HTML (a found word in bold), wrapped to the view's width.

Shared by the search results and the glossary panel's places, so that both show the word the
same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex

_PADDING = 5


def _no_indent(_index: Index) -> int:
    return 0


class RichTextDelegate(QStyledItemDelegate):
    """Draws the HTML a row holds in ``html_role``, wrapped to the width, indented by
    ``indent(index)`` pixels."""

    def __init__(
        self,
        view: QAbstractItemView,
        html_role: int,
        indent: Callable[[Index], int] = _no_indent,
        cached_rows: int = 400,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._html_role = html_role
        self._indent = indent
        self._cached_rows = cached_rows
        # Laid-out rows by (HTML, width): measuring and painting a row lay it out only once.
        self._documents: dict[tuple[str, int], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        width = max(self._view.viewport().width() - self._indent(index), 80)
        key = (str(index.data(self._html_role) or ""), width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > self._cached_rows:
                self._documents.clear()
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(_PADDING)
            document.setHtml(key[0])
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.textWidth()), int(document.size().height()) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + self._indent(index), option.rect.top())
        document.documentLayout().draw(painter, context)
        painter.restore()

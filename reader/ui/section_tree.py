"""The section tree: the article's headings, nested by level, and the section being read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reader.core.rendering import Section

_INDEX_ROLE = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title: Qt wraps the text but keeps one-line rows."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        height = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 40), 100000), flags, text
        ).height()
        return QSize(hint.width(), max(hint.height(), height + 6))


class SectionTree(QTreeWidget):
    """Headings as a tree; choosing one asks for it, and the window marks the one being read."""

    section_requested = Signal(int)
    """Index of the section the reader chose (click, or Enter on an item)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self._items: list[QTreeWidgetItem] = []
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Long titles wrap rather than being cut: row heights follow the width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    @Slot(object)
    def set_sections(self, sections: Sequence[Section]) -> None:
        """Build the tree: each heading goes under the nearest earlier heading of a higher level."""
        self.clear()
        self._items = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for index, section in enumerate(sections):
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            item = QTreeWidgetItem([section.title])
            item.setData(0, _INDEX_ROLE, index)
            item.setToolTip(0, section.title)
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.append((section.level, item))
            self._items.append(item)
        self.expandAll()

    @Slot(int)
    def mark_current(self, index: int) -> None:
        """Show which section is being read, without asking the pane to move."""
        if 0 <= index < len(self._items):
            item = self._items[index]
            if self.currentItem() is not item:
                self.setCurrentItem(item)
            self.scrollToItem(item)
            # A screen reader reads the description with the tree's name: where reading is.
            self.setAccessibleDescription(self.tr("Section en cours : {0}").format(item.text(0)))

    def current_index(self) -> int:
        """Index of the marked section, or -1."""
        item = self.currentItem()
        return int(item.data(0, _INDEX_ROLE)) if item is not None else -1

    def item_at(self, index: int) -> QTreeWidgetItem:
        """The item that stands for a section."""
        return self._items[index]

    @Slot(QTreeWidgetItem, int)
    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.section_requested.emit(int(item.data(0, _INDEX_ROLE)))

"""The section tree: the article's headings, nested by level, and the section being read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QStaticText,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from reader.core.rendered_article import Section
from reader.core.themes import CLAIR, Theme
from reader.ui.widgets.focus_frame import colour_scroll_bars, paint_frame, prepare_frame

_INDEX_ROLE = Qt.ItemDataRole.UserRole
ACCESSIBLE_HEADER_ROWS = 1
"""Where the sections start among the tree's accessible children: Qt's tree view counts its
header as row 0 in its focus and selection events, even hidden (accessibleTree2Index)."""


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped title: Qt wraps the text but keeps one-line rows.

    Titles wrap between words, and inside a word only when it is wider than the panel (a
    narrow window, or Grand texte), so no title is ever cut off.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def _text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 8
        return max(width, 24)

    @staticmethod
    def _wrapped(text: str, font: QFont, width: int) -> QStaticText:
        wrapped = QStaticText(text)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        wrapped.setTextOption(option)
        wrapped.setTextFormat(Qt.TextFormat.PlainText)
        wrapped.setTextWidth(width)
        wrapped.prepare(QTransform(), font)
        return wrapped

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = self._wrapped(text, option.font, self._text_width(index)).size().height()
        return QSize(hint.width(), max(hint.height(), round(height) + 6))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt draws the row (selection, focus); the title is drawn wrapped on top of it."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        widget = item.widget
        style = widget.style() if widget is not None else self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        wrapped = self._wrapped(text, item.font, max(area.width() - 4, 24))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.setFont(item.font)
        top = area.top() + max(0, (area.height() - round(wrapped.size().height())) // 2)
        painter.drawStaticText(QPoint(area.left() + 2, top), wrapped)
        painter.restore()


class SectionTree(QTreeWidget):
    """Headings as a tree; choosing one asks for it, and the window marks the one being read."""

    section_requested = Signal(int)
    """Index of the section the reader chose (click, or Enter on an item)."""
    section_entered = Signal(int)
    """Index of the section the reader chose with Enter: the keyboard goes there in the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(1)
        # No header shown: screen readers get the sections as a list (reader.ui.accessibility.
        # section_list), not Qt's tree-table with its header row.
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self._items: list[QTreeWidgetItem] = []
        self._theme = CLAIR
        prepare_frame(self)
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._enter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Long titles wrap rather than being cut: row heights follow the width."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the frame in a theme's colours (the rest follows the application palette)."""
        self._theme = theme
        colour_scroll_bars(self, theme)
        self.update()

    def event(self, event: QEvent) -> bool:
        """Paint the frame in the theme's colours once Qt has painted its own."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint:
            paint_frame(self, self._theme)
        return bool(handled)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After Qt's own focus event for the tree, which comes once this handler returns.
        QTimer.singleShot(0, self._say_current_item)

    def _say_current_item(self) -> None:
        """Screen readers: name the current section when the tree gets the focus (Orca 43
        presents a list that gets the focus by its selected child, which it looks for through
        a Selection interface the Sommaire's list has not)."""
        item = self.currentItem()
        rows = self.shown_items()
        if not self.hasFocus() or item not in rows:
            return
        focus = QAccessibleEvent(self, QAccessible.Event.Focus)
        focus.setChild(ACCESSIBLE_HEADER_ROWS + rows.index(item))
        QAccessible.updateAccessibility(focus)

    def shown_items(self) -> list[QTreeWidgetItem]:
        """The items a reader sees, top to bottom: the rows as this view counts them."""
        rows: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None or item.isHidden():
                return
            rows.append(item)
            if item.isExpanded():
                for index in range(item.childCount()):
                    walk(item.child(index))

        for index in range(self.topLevelItemCount()):
            walk(self.topLevelItem(index))
        return rows

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
        # Only headings with sections under them are expanded: Qt marks every item expandAll
        # reaches as expanded, and Orca said « étendu » for each section without subsections.
        for item in self._items:
            if item.childCount():
                item.setExpanded(True)

    @Slot(int)
    def mark_current(self, index: int) -> None:
        """Show which section is being read, without asking the pane to move."""
        if 0 <= index < len(self._items):
            item = self._items[index]
            if self.currentItem() is not item:
                self.setCurrentItem(item)
            self.scrollToItem(item)
            # A screen reader reads the description with the tree's name: where reading is.
            self.setAccessibleDescription(self.tr("Section en cours : {0}").format(item.text(0)))

    def current_index(self) -> int:
        """Index of the marked section, or -1."""
        item = self.currentItem()
        return int(item.data(0, _INDEX_ROLE)) if item is not None else -1

    def item_at(self, index: int) -> QTreeWidgetItem:
        """The item that stands for a section."""
        return self._items[index]

    @Slot(QTreeWidgetItem, int)
    def _enter(self, item: QTreeWidgetItem, column: int = 0) -> None:
        self._choose(item, column)
        self.section_entered.emit(int(item.data(0, _INDEX_ROLE)))

    @Slot(QTreeWidgetItem, int)
    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.section_requested.emit(int(item.data(0, _INDEX_ROLE)))

"""The Sommaire as screen readers see it: a list of the article's sections.

Qt exposes a tree view as a table: its AT-SPI bridge gives every item the role « table cell »
(no Qt role maps to « tree item ») and the view a Table interface, so Orca 43's « where am I »
in the Sommaire said « cellule de tableau … colonne 1 sur 1 ligne 5 sur 6 ». The Sommaire gets
this interface instead: a list (no Table interface) whose items are the sections shown, each
with its title, whether it is the one being read (selected), and where it is drawn. They are
numbered as Qt's tree view numbers them in its own focus and selection events: the header,
hidden, counts as the first row there (``QTreeViewPrivate::accessibleTree2Index``), so child 0
is that header's empty place and the sections are children 1 to N. Orca now says « élément de
liste, Les avancées thérapeutiques et les espoirs futurs, 5 sur 6 » for « where am I ».
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QTreeWidgetItem

from reader.ui.accessibility.item_anchors import (
    ItemAnchor,
    ItemAnchors,
    ItemInterface,
    child_at,
    interface_of,
)
from reader.ui.widgets.section_tree import ACCESSIBLE_HEADER_ROWS as HEADER_ROWS
from reader.ui.widgets.section_tree import SectionTree


def section_list_interface(obj: QObject) -> QAccessibleInterface | None:
    """The interface for the Sommaire or one of its sections, else None."""
    if isinstance(obj, _RowAnchor):
        return _SectionInterface(obj)
    if isinstance(obj, SectionTree):
        return _SectionListInterface(obj)
    return None


class _RowAnchor(ItemAnchor):
    """Stands for a row of the Sommaire in Qt's accessibility cache (a tree item is no QObject)."""


class _SectionListInterface(QAccessibleWidget):
    """The Sommaire: a list whose children are the sections shown (from HEADER_ROWS on)."""

    def __init__(self, tree: SectionTree) -> None:
        super().__init__(tree, QAccessible.Role.List)
        self._tree = tree
        self._anchors = ItemAnchors(tree, _RowAnchor)

    def childCount(self) -> int:
        return HEADER_ROWS + len(self._tree.shown_items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        rows = len(self._tree.shown_items())
        row = index - HEADER_ROWS
        if not 0 <= row < rows:
            return None  # the header's place, or no such row
        return interface_of(self._anchors.at(row, rows))

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        anchor = child.object()
        if isinstance(anchor, _RowAnchor) and anchor.index < len(self._tree.shown_items()):
            return HEADER_ROWS + anchor.index
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        current = self._tree.currentItem()
        rows = self._tree.shown_items()
        if self._tree.hasFocus() and current in rows:
            return interface_of(self._anchors.at(rows.index(current), len(rows)))
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return child_at((self.child(i) for i in range(HEADER_ROWS, self.childCount())), x, y)


class _SectionInterface(ItemInterface):
    """One section: its title, whether it is the one being read, and where it is drawn."""

    def __init__(self, anchor: _RowAnchor) -> None:
        super().__init__(anchor)
        tree = anchor.owner
        assert isinstance(tree, SectionTree)
        self._tree = tree

    def _item(self) -> QTreeWidgetItem | None:
        rows = self._tree.shown_items()
        return rows[self.index] if self.index < len(rows) else None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, t: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if t == QAccessible.Text.Name:
            return item.text(0)
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item, tree = self._item(), self._tree
        if item is None:
            state.invalid = True
            return state
        state.selectable = True
        state.focusable = True
        state.selected = item.isSelected()
        state.focused = tree.hasFocus() and tree.currentItem() is item
        visible = tree.visualItemRect(item)
        if not tree.isVisible() or not tree.viewport().rect().intersects(visible):
            state.invisible = not tree.isVisible()
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        local = self._tree.visualItemRect(item)
        viewport = self._tree.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())

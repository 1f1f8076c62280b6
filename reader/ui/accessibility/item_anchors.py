"""Items a widget draws itself (a tab bar's tabs, a tree's rows) as objects screen readers hold.

Qt's accessibility cache keys interfaces by QObject, and a tab or a tree row is none. Each item
gets an anchor QObject, made when first asked for and dropped when the item goes (deleting an
anchor makes Qt's cache drop its interface), and an interface with no children of its own.
Used by the side panels' tab bar (dock_tab_list) and the Sommaire (section_list); the text's
structure (text_structure) shares ``interface_of`` and ``child_at``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject, QWindow
from PySide6.QtWidgets import QWidget


class ItemAnchor(QObject):
    """Stands for the item at ``index`` of ``owner`` in Qt's accessibility cache."""

    def __init__(self, owner: QWidget, index: int, parent: QObject) -> None:
        super().__init__(parent)
        self.owner = owner
        self.index = index


class ItemAnchors(QObject):
    """One anchor of kind ``kind`` per item of ``owner``, made when asked for."""

    def __init__(self, owner: QWidget, kind: type[ItemAnchor]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._kind = kind
        self._anchors: list[ItemAnchor] = []

    def at(self, index: int, count: int) -> ItemAnchor:
        """The anchor of item ``index`` of ``count``; those past ``count`` are dropped."""
        for gone in self._anchors[count:]:
            gone.setParent(None)
            gone.deleteLater()
        del self._anchors[count:]
        while len(self._anchors) <= index:
            self._anchors.append(self._kind(self._owner, len(self._anchors), self))
        return self._anchors[index]


def interface_of(obj: QObject) -> QAccessibleInterface:
    """The interface Qt has (or makes, through the factory) for ``obj``."""
    return QAccessible.queryAccessibleInterface(obj)


def child_at(
    children: Iterable[QAccessibleInterface | None], x: int, y: int
) -> QAccessibleInterface | None:
    """The first of ``children`` drawn at the screen point (x, y), or None."""
    for child in children:
        if child is not None and child.rect().contains(x, y):
            return child
    return None


class ItemInterface(QAccessibleObject):
    """An item with no children, drawn in its owner's window, child of its owner's interface.

    Subclasses say its role, text, state and rectangle.
    """

    def __init__(self, anchor: ItemAnchor) -> None:
        super().__init__(anchor)
        self.owner = anchor.owner
        self.index = anchor.index

    def window(self) -> QWindow:
        return self.owner.window().windowHandle()

    def parent(self) -> QAccessibleInterface:
        return interface_of(self.owner)

    def childCount(self) -> int:
        return 0

    # Qt's contract is "the child there, or null"; PySide's stubs leave out the null.
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

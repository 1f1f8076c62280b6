"""The side panels' tab bar as screen readers see it: the tabs, without a selection to follow.

A search raises its « Résultats » tab while the keyboard stays in the search field, and Escape
brings back « Sommaire ». Qt's QTabBar then sends an accessibility Selection event; Qt's AT-SPI
bridge turns it into ``object:selection-changed`` on the tab list, and Orca 43
(``default.Script.onSelectionChanged``) asks the list's AT-SPI Selection interface for its
selected tab and moves its own focus there: it said « Résultats onglet de page » while the
keyboard was still in the field. Orca skips a list without that interface, so the dock tab bars
of a main window get this interface instead of Qt's: the same tabs (names, tooltips, selected
state, places, the focus when the bar has it) and scroll buttons, but no Selection interface.
Other tab bars keep Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QMainWindow, QTabBar

from reader.ui.accessibility.item_anchors import (
    ItemAnchor,
    ItemAnchors,
    ItemInterface,
    child_at,
    interface_of,
)


def tab_list_interface(obj: QObject) -> QAccessibleInterface | None:
    """The interface for a main window's dock tab bar or one of its tabs, else None."""
    if isinstance(obj, _TabAnchor):
        return _TabInterface(obj)
    if isinstance(obj, QTabBar) and isinstance(obj.parentWidget(), QMainWindow):
        return _TabListInterface(obj)
    return None


class _TabAnchor(ItemAnchor):
    """Stands for a tab in Qt's accessibility cache (as Qt's own tabs do)."""


class _Anchors(ItemAnchors):
    """One anchor per tab; it also names the tab in front when the bar gets the keyboard.

    Orca 43 presents a focused list by its selected child, which it finds through the Selection
    interface this list has not, so the focus is said on the tab itself (as Qt's QTabBar does
    when its tab changes).
    """

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, _TabAnchor)
        self._bar = bar
        bar.installEventFilter(self)
        if bar.hasFocus():  # made while Qt tells of the bar's focus: the tab after it
            QTimer.singleShot(0, self, self._say_current_tab)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.FocusIn:
            # After Qt's focus event for the bar, which comes once the focus has moved.
            QTimer.singleShot(0, self, self._say_current_tab)
        return False

    @Slot()
    def _say_current_tab(self) -> None:
        current = self._bar.currentIndex()
        if self._bar.hasFocus() and current >= 0:
            focus = QAccessibleEvent(self._bar, QAccessible.Event.Focus)
            focus.setChild(current)
            QAccessible.updateAccessibility(focus)


class _TabListInterface(QAccessibleWidget):
    """The tab bar: a page tab list whose children are its tabs, then its scroll buttons."""

    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar, QAccessible.Role.PageTabList)
        self._bar = bar
        self._anchors = _Anchors(bar)

    def text(self, t: QAccessible.Text) -> str:
        # Like Qt's: the list is named after the tab in front.
        current = self._bar.currentIndex()
        if t == QAccessible.Text.Name and current >= 0:
            return self._bar.tabText(current).replace("&", "")
        return str(super().text(t))

    def childCount(self) -> int:
        return self._bar.count() + super().childCount()

    def child(self, index: int) -> QAccessibleInterface:
        # Qt asks only for 0 <= index < childCount().
        count = self._bar.count()
        if index < count:
            return interface_of(self._anchors.at(index, count))
        return super().child(index - count)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        anchor = child.object()
        if isinstance(anchor, _TabAnchor):
            return anchor.index if anchor.index < self._bar.count() else -1
        index = super().indexOfChild(child)
        return index + self._bar.count() if index >= 0 else -1

    # Qt's contract is "the child there, or null"; PySide's stubs leave out the null.
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        current = self._bar.currentIndex()
        if self._bar.hasFocus() and current >= 0:
            return interface_of(self._anchors.at(current, self._bar.count()))
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return child_at((self.child(index) for index in range(self.childCount())), x, y)


class _TabInterface(ItemInterface):
    """One tab: its name, its tooltip, whether it is in front, and where it is drawn."""

    def __init__(self, anchor: _TabAnchor) -> None:
        super().__init__(anchor)
        bar = anchor.owner
        assert isinstance(bar, QTabBar)
        self._bar = bar

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.PageTab

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._bar.tabText(self.index).replace("&", "")
        if t == QAccessible.Text.Description:
            return self._bar.tabToolTip(self.index)
        if t == QAccessible.Text.Help:
            return self._bar.tabWhatsThis(self.index)
        return ""

    def state(self) -> QAccessible.State:
        bar = self._bar
        state = QAccessible.State()
        state.selectable = True
        state.focusable = bar.focusPolicy() != Qt.FocusPolicy.NoFocus
        state.selected = self.index == bar.currentIndex()
        state.focused = state.selected and bar.hasFocus()
        state.disabled = not bar.isTabEnabled(self.index)
        if not bar.isVisible() or not bar.rect().intersects(bar.tabRect(self.index)):
            state.invisible = not bar.isVisible()
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        local = self._bar.tabRect(self.index)
        return QRect(self._bar.mapToGlobal(local.topLeft()), local.size())

"""Every control that takes the keyboard focus shows it (WCAG 2.4.7, 2.4.13): giving it the
focus changes at least twice its perimeter in pixels, each by 3:1 or more, in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.core.themes import contrast_ratio
from reader.ui.dialogs.print_scope import PrintScopeDialog
from reader.ui.main_window import MainWindow
from reader.ui.widgets.focus_ring import RING_WIDTH
from tests.gui.conftest import click_text

_BAND = RING_WIDTH + 3  # pixels either side of a control's edge where its focus may show


def _hex(image: QImage, x: int, y: int) -> str:
    return "#" + f"{image.pixel(x, y) & 0xFFFFFF:06x}"


def _changed_pixels(before: QImage, after: QImage, inner: QRect) -> int:
    """Pixels of the band around ``inner`` (image coordinates) that changed by 3:1 or more."""
    outer = inner.adjusted(-_BAND, -_BAND, _BAND, _BAND).intersected(before.rect())
    core = inner.adjusted(_BAND, _BAND, -_BAND, -_BAND)
    count = 0
    for y in range(outer.top(), outer.bottom() + 1):
        for x in range(outer.left(), outer.right() + 1):
            if core.contains(x, y):
                continue
            if before.pixel(x, y) == after.pixel(x, y):
                continue
            if contrast_ratio(_hex(after, x, y), _hex(before, x, y)) >= 3:
                count += 1
    return count


def _focusable(window: MainWindow) -> list[QWidget]:
    """The visible, enabled controls Tab can reach, the window's own overlay aside."""
    found = []
    for widget in window.findChildren(QWidget):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.width() > 4
            and not widget.visibleRegion().isEmpty()  # not behind another panel's tab
        ):
            found.append(widget)
    return found


def _grab(window: QWidget) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _weak(
    window: MainWindow, qtbot: QtBot, controls: list[QWidget], within: bool = False
) -> list[tuple[str, int, int]]:
    """The controls whose focus changes fewer than twice their perimeter in pixels by 3:1."""
    found = [_weak_one(window, qtbot, widget, controls, within) for widget in controls]
    return [weak for weak in found if weak is not None]


def _weak_one(
    window: MainWindow, qtbot: QtBot, widget: QWidget, controls: list[QWidget], within: bool
) -> tuple[str, int, int] | None:
    """The control's name, pixels changed and perimeter, if its focus does not show enough."""
    if within:  # the focus stays among these (leaving the definition box closes it)
        other: QWidget = next(w for w in controls if w is not widget)
    else:
        other = window.pane if widget is not window.pane else window.tree
        if not other.isVisible():
            other = window.search.search_bar.field
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    top = widget.window()  # the main window, or a dialog
    before = _grab(top)
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as the Tab key gives it
    qtbot.waitUntil(widget.hasFocus)
    after = _grab(top)
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    perimeter = 2 * (rect.width() + rect.height())
    changed = _changed_pixels(before, after, rect)
    if changed < 2 * perimeter:
        return (widget.objectName() or type(widget).__name__, changed, perimeter)
    return None


@pytest.mark.parametrize("choice", ["clair", "sombre", "contraste"])
def test_every_control_shows_its_focus(window: MainWindow, qtbot: QtBot, choice: str) -> None:
    window.display.choose_theme(choice)
    window.search.open_search()
    qtbot.keyClicks(window.search.search_bar.field, "guerison")
    qtbot.waitUntil(lambda: window.search.highlighter.count > 0)
    # The results panel, the search bar (field, check boxes, buttons) and the text.
    window.search.results_dock.raise_()
    qtbot.waitUntil(window.search.search_results.isVisible)
    controls = _focusable(window)
    # The glossary panel: filter, words, places, and the panels' tabs.
    window.glossary.dock.show()
    window.glossary.dock.raise_()
    qtbot.waitUntil(lambda: window.glossary.panel.isVisible())
    glossary = [w for w in _focusable(window) if w not in controls]
    # The Sommaire.
    window.tree_dock.raise_()
    qtbot.waitUntil(window.tree.isVisible)
    tree = [w for w in _focusable(window) if w not in controls + glossary]
    names = sorted(w.objectName() or type(w).__name__ for w in controls + glossary + tree)
    for expected in (
        "QCheckBox",
        "QTabBar",
        "QToolButton",
        "glossaryEntries",
        "glossaryFilter",
        "glossaryPlaces",
        "searchField",
        "searchResultsView",
        "sectionTree",
        "textPane",
    ):
        assert expected in names, names
    weak = _weak(window, qtbot, tree)
    window.search.results_dock.raise_()
    qtbot.waitUntil(window.search.search_results.isVisible)
    weak += _weak(window, qtbot, controls)
    window.glossary.dock.raise_()
    qtbot.waitUntil(lambda: window.glossary.panel.isVisible())
    weak += _weak(window, qtbot, glossary)
    # The definition box: its text (with « Voir aussi » links) and « Fermer ».
    click_text(qtbot, window.pane, "guérissable")
    qtbot.waitUntil(window.glossary.popup.isVisible)
    popup = [w for w in _focusable(window) if window.glossary.popup.isAncestorOf(w)]
    assert len(popup) >= 2, popup
    weak += _weak(window, qtbot, popup, within=True)
    assert weak == [], weak


def _ring_shown_on(window: MainWindow, widget: QWidget) -> bool:
    """Whether the focus ring is drawn at ``widget``: its edge is in the focus colour."""
    image = _grab(window)
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    accent = QApplication.palette().color(QPalette.ColorRole.Accent).rgb() & 0xFFFFFF
    # Over a framed area's frame, else just around the control.
    inside = isinstance(widget, QAbstractScrollArea)
    x, y = rect.center().x(), rect.top() + 1 if inside else rect.top() - 2
    return image.pixel(x, y) & 0xFFFFFF == accent


def test_focus_is_shown_after_a_menu_and_a_reset(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.show()
    window.glossary.dock.raise_()
    qtbot.waitUntil(lambda: window.glossary.panel.isVisible())
    field = window.glossary.panel.filter_field
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _ring_shown_on(window, window.glossary.panel.filter_field))
    # A menu opened and closed with the keyboard gives the focus back, ring and all.
    menu = window.menuBar().actions()[1].menu()
    menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    qtbot.waitUntil(lambda: field.hasFocus() and _ring_shown_on(window, field))
    # The offscreen platform leaves the closed menu the active window; a desktop does not.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # « Réinitialiser l’affichage » puts the reader back at the start of the text.
    window.display.reset_display_action.trigger()
    qtbot.waitUntil(lambda: window.pane.hasFocus() and _ring_shown_on(window, window.pane))


@pytest.mark.parametrize("choice", ["clair", "sombre", "contraste"])
def test_check_boxes_and_fields_can_be_seen(window: MainWindow, qtbot: QtBot, choice: str) -> None:
    """WCAG 1.4.11: a check box's box and a field's border stand out 3:1 from the window."""
    window.display.choose_theme(choice)
    window.search.open_search()
    qtbot.waitUntil(window.search.search_bar.isVisible)
    window.pane.setFocus()  # no focus ring near what is measured
    theme = window.display.theme
    for box in (window.search.search_bar.accents, window.search.search_bar.whole_word):
        option = QStyleOptionButton()
        box.initStyleOption(option)
        indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        outline = sum(
            1
            for y in range(indicator.top(), indicator.bottom() + 1)
            for x in range(indicator.left(), indicator.right() + 1)
            if contrast_ratio(_hex(image, x, y), theme.window) >= 3
        )
        # At least the box's perimeter: its four sides are drawn, not just a tint.
        assert outline >= 2 * (indicator.width() + indicator.height()) - 4, (box.text(), outline)
    field = window.search.search_bar.field
    image = field.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    middle = field.height() // 2
    edge = [_hex(image, x, middle) for x in range(0, 3)]
    assert any(contrast_ratio(colour, theme.window) >= 3 for colour in edge), edge


def test_a_dialog_shows_its_focus_and_gives_it_back(window: MainWindow, qtbot: QtBot) -> None:
    window.display.choose_theme("contraste")
    window.pane.setFocus()
    window.printing.print_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PrintScopeDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PrintScopeDialog)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert len(controls) >= 3  # the two choices and the buttons
    assert _weak(window, qtbot, controls, within=True) == []
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # offscreen gives no activation back by itself
    qtbot.waitUntil(lambda: window.pane.hasFocus() and _ring_shown_on(window, window.pane))


class _PaintCounter(QObject):
    """Notes every widget that paints while it listens."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.objectName() or type(watched).__name__)
        return False


def test_moving_the_ring_repaints_nothing_far_from_it(window: MainWindow, qtbot: QtBot) -> None:
    """The ring drawn by one overlay over the whole window, raised above the definition box,
    made the whole window paint again at every definition opened (the Sommaire, the tabs…)
    (issue 20: 10.8 ms a definition; 6.3 ms with the ring in four bands)."""
    window.resize(1280, 900)  # room for the box beside its term, over the text only
    window.show()
    qtbot.waitExposed(window)
    pane = window.pane
    cursor = pane.document().find("micrométastases")
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()  # scrolled now, so that the click moves nothing but the focus
    pane.setFocus()
    QApplication.processEvents()
    # Far from the text and the box, and unchanged by a definition opened (the toolbar is not:
    # « Lire » and « Arrêter » follow the focus into the box).
    far: list[QWidget] = [window.tree.viewport(), *window.findChildren(QTabBar)]
    counter = _PaintCounter()
    for widget in far:
        widget.installEventFilter(counter)
    click_text(qtbot, pane, "micrométastases")
    qtbot.waitUntil(window.glossary.popup.isVisible)
    QApplication.processEvents()
    in_the_box = QApplication.focusWidget()
    qtbot.keyClick(in_the_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.glossary.popup.isVisible())
    QApplication.processEvents()
    for widget in far:
        widget.removeEventFilter(counter)
    box = window.glossary.popup.geometry()
    assert not any(box.intersects(QRect(w.mapTo(window, QPoint()), w.size())) for w in far)
    assert counter.painted == []
    assert window.glossary.popup.isAncestorOf(in_the_box)
    assert _ring_shown_on(window, pane)  # and the ring came back with the keyboard

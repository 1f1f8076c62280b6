"""Everything without a mouse: F6 between regions, no trap in the text, focus shown, keys listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.themes import CLAIR
from reader.ui.dialogs.key_names import spoken_keys
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _activate(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """Keys and shortcuts go to the active window, as they do for a person."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: _focused() is not None)
    return window


def _region_of(window: MainWindow) -> QWidget | None:
    focused = _focused()
    window.search.build()  # the panels built after the first paint are regions too
    for region in window.navigation.regions.as_tuple():
        if focused is not None and (region is focused or region.isAncestorOf(focused)):
            return region
    return None


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    target = _focused()
    assert target is not None
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)


def test_f6_cycles_tree_then_text_and_shift_f6_goes_back(window: MainWindow, qtbot: QtBot) -> None:
    _activate(window, qtbot)
    assert _focused() is window.pane
    _press(qtbot, Qt.Key.Key_F6)
    assert _focused() is window.tree
    _press(qtbot, Qt.Key.Key_F6)  # the message bar is hidden: skipped
    assert _focused() is window.pane
    _press(qtbot, Qt.Key.Key_F6)
    assert _focused() is window.tree
    _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is window.pane
    _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _focused() is window.tree


def test_f6_visits_the_message_bar_when_shown_and_skips_a_hidden_tree(
    window: MainWindow, qtbot: QtBot
) -> None:
    _activate(window, qtbot)
    window.message_bar.show_message("Un message")
    _press(qtbot, Qt.Key.Key_F6)
    assert _region_of(window) is window.tree
    _press(qtbot, Qt.Key.Key_F6)
    assert _region_of(window) is window.message_bar
    focused = _focused()
    assert focused is not None and focused.accessibleName() == "Fermer le message"
    _press(qtbot, Qt.Key.Key_F6)
    assert _focused() is window.pane
    window.tree_dock.hide()
    _press(qtbot, Qt.Key.Key_F6)
    assert _region_of(window) is window.message_bar
    _press(qtbot, Qt.Key.Key_F6)
    assert _focused() is window.pane
    _press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert _region_of(window) is window.message_bar


def test_tab_visits_the_links_then_leaves_the_text(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "liens.md"
    article.write_text(
        "# Liens\n\nVoir [un](#section-2), [deux](https://exemple.org) et [trois](#section-2)."
        "\n\n## Suite\n\nFin.\n",
        encoding="utf-8",
    )
    window = _activate(make_window(article), qtbot)
    seen = []
    for _ in range(10):  # bounded: a trap would keep the focus in the text forever
        _press(qtbot, Qt.Key.Key_Tab)
        if _focused() is not window.pane:
            break
        seen.append(window.pane.textCursor().selectedText())
    assert seen == ["un", "deux", "trois"]
    assert _focused() is not window.pane
    # Back in, Shift+Tab from the end walks the links backwards and leaves again.
    window.pane.setFocus()
    qtbot.keyClick(window.pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    back = []
    for _ in range(10):
        _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        if _focused() is not window.pane:
            break
        back.append(window.pane.textCursor().selectedText())
    assert back == ["trois", "deux", "un"]


def test_enter_on_a_link_follows_it(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "lien.md"
    article.write_text(
        "# Début\n\n[Aller à la suite](#section-2)\n\n" + "Texte.\n\n" * 80 + "## Suite\n\nFin.\n",
        encoding="utf-8",
    )
    window = _activate(make_window(article), qtbot)
    _press(qtbot, Qt.Key.Key_Tab)
    assert window.pane.textCursor().selectedText() == "Aller à la suite"
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pane.textCursor().block().text() == "Suite")


def test_page_down_and_arrows_move_the_visible_caret(window: MainWindow, qtbot: QtBot) -> None:
    _activate(window, qtbot)
    pane = window.pane
    assert pane.cursorWidth() >= 2
    start = pane.textCursor().position()
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    after_page = pane.textCursor().position()
    assert after_page > start
    assert pane.verticalScrollBar().value() > 0
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert pane.textCursor().position() > after_page
    # The caret stays in view.
    assert pane.viewport().rect().intersects(pane.cursorRect())


def _border_colour(widget: QWidget) -> QColor:
    # The focus ring is drawn over the window (reader.ui.widgets.focus_ring): grab it there.
    window = widget.window()
    image = window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()
    return image.pixelColor(1, image.height() // 2)


def test_the_focused_region_has_a_visible_border(window: MainWindow, qtbot: QtBot) -> None:
    _activate(window, qtbot)
    focus = QColor(CLAIR.focus)
    qtbot.waitUntil(lambda: _border_colour(window.pane) == focus)
    assert _border_colour(window.tree) != focus
    _press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _border_colour(window.tree) == focus)
    assert _border_colour(window.pane) != focus


def test_shortcuts_are_in_tooltips(window: MainWindow) -> None:
    for action in window.findChildren(type(window.quit_action)):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and action.text():
            assert keys in action.toolTip(), action.text()


def test_the_shortcuts_page_lists_every_action_with_a_shortcut(
    window: MainWindow, qtbot: QtBot
) -> None:
    _activate(window, qtbot)
    qtbot.keyClick(window.pane, Qt.Key.Key_F1)
    dialog = window.navigation.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    actions = [
        a for a in window.findChildren(type(window.quit_action)) if not a.shortcut().isEmpty()
    ]
    assert len(actions) >= 5
    for action in actions:
        keys = spoken_keys(action.shortcut())
        assert (keys, action.text().replace("&", "")) in [(k.split(" ou ")[0], w) for k, w in rows]
    # Keys named as people say them, not Qt's abbreviations (« Page suiv », « Bas »)
    pane_keys = {k for k, _ in rows}
    for said in (
        "Tab",
        "Maj+Tab",
        "Entrée",
        "Page suivante",
        "Page précédente",
        "Flèche bas",
        "Flèche haut",
        "Ctrl+Origine",
        "Ctrl+Fin",
        "Maj+Flèche bas",
        "F6",
        "Maj+F6",
        "Alt+F",
        "Échap",
        "Ctrl+Maj+T",
    ):
        assert said in pane_keys, said
    every_key = " ".join(k for k, _ in rows)
    for abbreviation in ("Page suiv ", "Page suiv\n", "Début", "Zoom"):
        assert abbreviation not in every_key + " ", abbreviation
    assert not {"Bas", "Haut", "Page suiv", "Page préc"} & {
        part for k in pane_keys for part in k.replace(" ou ", "+").split("+")
    }
    assert dialog.close_button.text() == "Fermer"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_shortcuts_page_closes_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    _activate(window, qtbot)
    window.navigation.shortcuts_action.trigger()
    dialog = window.navigation.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()

"""What a screen reader gets from the real window: names everywhere, and the article's structure."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMenu,
    QMenuBar,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.accessibility.announcer import last_announcement
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

NAME = QAccessible.Text.Name
PAGE_TAB = QAccessible.Role.PageTab
LIST_ITEM = QAccessible.Role.ListItem
HEADINGS = [
    "Le cancer peut-il être guéri après métastase ?",
    "Cancer métastasé : perspectives et enjeux actuels",
    "La complexité de la guérison en cas de métastases",
    "Objectifs du traitement en cas de métastases",
    "Les avancées thérapeutiques et les espoirs futurs",
    "Conclusion : un avenir plus nuancé",
]


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(NAME)


def _walk(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [interface]
    for index in range(interface.childCount()):
        child = interface.child(index)
        assert child.parent().object() is interface.object()
        assert interface.indexOfChild(child) == index
        found += _walk(child)
    return found


def _nodes(window: MainWindow, role: QAccessible.Role) -> list[QAccessibleInterface]:
    root = QAccessible.queryAccessibleInterface(window.pane)
    return [i for i in _walk(root) if i.role() == role]


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_every_control_that_can_take_focus_has_a_name(window: MainWindow) -> None:
    window.message_bar.show_message("Un message")
    checked = []
    for widget in [window, *window.findChildren(QWidget)]:
        interactive = isinstance(widget, QAbstractButton | QMenuBar | QMenu | QToolBar)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or interactive:
            assert _name(widget).strip(), (type(widget).__name__, widget.objectName())
            checked.append(widget)
    kinds = {type(w).__name__ for w in checked}
    # The ones Qt leaves unnamed or names in English are among them.
    assert {"QMenuBar", "QMenu", "QToolButton", "QPushButton", "QAbstractButton"} <= kinds
    assert window.pane in checked and window.tree in checked
    names = {_name(w) for w in checked}
    assert {"Fermer le sommaire", "Menus", "Fermer le message", "Sommaire"} <= names


def test_the_pane_is_named_after_the_article(window: MainWindow) -> None:
    assert _name(window.pane) == window.document.title


def test_the_article_structure_is_exposed(window: MainWindow) -> None:
    headings = _nodes(window, QAccessible.Role.Heading)
    assert [_plain(h.text(NAME)) for h in headings] == HEADINGS
    assert [h.text(QAccessible.Text.Description) for h in headings[:2]] == [
        "Titre de niveau 1",
        "Titre de niveau 2",
    ]
    lists = _nodes(window, QAccessible.Role.List)
    assert len(lists) == 2
    for each in lists:
        items = [each.child(i) for i in range(each.childCount())]
        assert [i.role() for i in items] == [QAccessible.Role.ListItem] * 4
    assert _plain(lists[1].child(1).text(NAME)).startswith("Immunothérapie : Cette approche")
    paragraphs = _nodes(window, QAccessible.Role.Paragraph)
    assert _plain(paragraphs[0].text(NAME)).startswith("Un cancer métastasé est rarement")


def test_structure_rectangles_follow_the_text_on_screen(window: MainWindow, qtbot: QtBot) -> None:
    viewport = window.pane.viewport()
    top_left = viewport.mapToGlobal(QPoint(0, 0))
    headings = _nodes(window, QAccessible.Role.Heading)
    first = headings[0].rect()
    assert first.top() - top_left.y() < 20
    assert not headings[0].state().offscreen
    assert headings[5].state().offscreen
    window.pane.scroll_to_section(3)
    qtbot.waitUntil(lambda: abs(headings[3].rect().top() - top_left.y()) <= 8)
    assert not headings[3].state().offscreen
    assert headings[0].state().offscreen
    # A screen reader's "what is under this point" finds the heading.
    document = QAccessible.queryAccessibleInterface(viewport)
    centre = headings[3].rect().center()
    hit = document.childAt(centre.x(), centre.y())
    assert hit is not None and hit.role() == QAccessible.Role.Heading
    assert _plain(hit.text(NAME)) == HEADINGS[3]


def test_links_are_exposed_with_their_text(make_window: WindowFactory, tmp_path: Path) -> None:
    article = tmp_path / "liens.md"
    article.write_text(
        "# Liens\n\nVoir [la suite](#section-2) et le [terme](terme:metastase).\n\n"
        "- un [site](https://exemple.org)\n\n## Suite\n\nFin.\n",
        encoding="utf-8",
    )
    window = make_window(article)
    links = _nodes(window, QAccessible.Role.Link)
    assert [link.text(NAME) for link in links] == ["la suite", "terme", "site"]
    assert links[1].text(QAccessible.Text.Value) == "terme:metastase"
    assert "glossaire" in links[1].text(QAccessible.Text.Description)
    assert links[0].parent().role() == QAccessible.Role.Paragraph
    assert links[2].parent().role() == QAccessible.Role.ListItem
    assert links[0].state().linked


def test_the_structure_follows_a_new_text(window: MainWindow) -> None:
    assert len(_nodes(window, QAccessible.Role.Heading)) == 6
    window.pane.show_article("<h1>Autre</h1><p>Texte.</p>", [])
    assert [h.text(NAME) for h in _nodes(window, QAccessible.Role.Heading)] == ["Autre"]


def test_the_tree_tells_the_section_being_read(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.tree
    assert HEADINGS[0] in _plain(tree.accessibleDescription())
    window.pane.scroll_to_section(4)
    qtbot.waitUntil(lambda: HEADINGS[4] in _plain(tree.accessibleDescription()))
    current = QAccessible.queryAccessibleInterface(tree)
    assert HEADINGS[4] in _plain(current.text(QAccessible.Text.Description))
    # The section being read is the selected one (Orca 43 says « non sélectionné » for a
    # current item that is not, and nothing for one that is), and the only one.
    items = [current.child(n) for n in range(1, current.childCount())]
    selected = [i.text(NAME) for i in items if i.role() == LIST_ITEM and i.state().selected]
    assert [_plain(name) for name in selected] == [HEADINGS[4]]


# -- what Orca 43 is given: a text role, caret moves it hears, descriptions and notices ------------


def _activated(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pane)
    return window


def test_the_text_is_exposed_as_read_only_text_not_a_label(window: MainWindow) -> None:
    interface = QAccessible.queryAccessibleInterface(window.pane)
    # Orca says « étiquette » for static text, « lecture seule texte » for read-only text.
    assert interface.role() == QAccessible.Role.EditableText
    assert interface.state().readOnly
    assert interface.textInterface() is not None  # the caret and lines a screen reader follows
    assert _plain(interface.text(NAME)) == HEADINGS[0]


def test_tab_goes_to_the_next_link_from_the_caret_and_describes_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = _activated(window, qtbot).pane
    qtbot.keyClick(pane, Qt.Key.Key_H)  # the caret on the second heading
    assert _plain(pane.textCursor().block().text()) == HEADINGS[1]
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    # The first term after that heading, not the first of the article.
    assert pane.textCursor().selectedText() == "cancer métastasé"
    assert pane.textCursor().selectionStart() > pane.heading_positions[1]
    assert pane.accessibleDescription() == "Terme du glossaire, Entrée affiche sa définition"
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.textCursor().selectedText() == "guérison"
    qtbot.keyClick(pane, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert pane.textCursor().selectedText() == "cancer métastasé"
    # The description goes when the caret moves on, so that it never describes other text.
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert pane.accessibleDescription() == ""


def test_h_and_shift_h_move_by_heading_and_say_the_last_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = _activated(window, qtbot).pane
    for heading in HEADINGS[1:]:
        qtbot.keyClick(pane, Qt.Key.Key_H)
        assert _plain(pane.textCursor().block().text()) == heading
        assert _plain(pane.accessibleDescription()) == f"{heading}, titre de niveau 2"
    qtbot.keyClick(pane, Qt.Key.Key_H)  # no heading after the last: said, nothing moves
    assert _plain(pane.textCursor().block().text()) == HEADINGS[-1]
    assert last_announcement(window) == "Dernier titre, pas d’autre titre après"
    qtbot.keyClick(pane, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert _plain(pane.textCursor().block().text()) == HEADINGS[-2]
    # The menu shows them with their keys; H in an open menu is not taken as moving by heading.
    texts = {a.text() for a in window.findChildren(QAction)}
    shift_h = QKeySequence("Shift+H").toString(QKeySequence.SequenceFormat.NativeText)
    assert {"Titre suivant\tH", f"Titre précédent\t{shift_h}"} <= texts


def test_search_counts_and_display_changes_are_notices_orca_speaks(
    window: MainWindow, qtbot: QtBot
) -> None:
    _activated(window, qtbot)
    window.display.zoom_in_action.trigger()
    qtbot.waitUntil(lambda: last_announcement(window).startswith("Taille du texte"))
    size = _plain(window.display.size_label.text())
    assert _plain(last_announcement(window)) == f"Taille du texte : {size}"
    window.display.large_text_action.trigger()
    qtbot.waitUntil(lambda: last_announcement(window).startswith("Grand texte activé"))
    notices = [w for w in window.findChildren(QWidget) if w.objectName() == "screenReaderNotice"]
    shown = [w for w in notices if not w.isHidden()]
    assert len(shown) == 1
    assert QAccessible.queryAccessibleInterface(shown[0]).role() == QAccessible.Role.Notification
    window.message_bar.show_message("PDF enregistré : /tmp/a.pdf")
    assert _plain(last_announcement(window)) == "Message : PDF enregistré : /tmp/a.pdf"


def test_the_definition_is_read_when_it_opens_and_the_word_after_escape(
    window: MainWindow, qtbot: QtBot
) -> None:
    pane = _activated(window, qtbot).pane
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.textCursor().selectedText() == "guérissable"
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    popup = window.glossary.popup
    qtbot.waitUntil(lambda: QApplication.focusWidget() is popup.body)
    body = QAccessible.queryAccessibleInterface(popup.body)
    # Text (said with its name and description on focus), not a label.
    assert body.role() == QAccessible.Role.EditableText
    assert body.text(NAME) == "Définition : guérison"
    assert body.text(QAccessible.Text.Description).startswith("Disparition durable du cancer")
    qtbot.keyClick(popup.body, Qt.Key.Key_Tab)  # the first « Voir aussi » link, selected
    assert popup.body.textCursor().selectedText() == "rémission"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane)
    assert pane.accessibleDescription() == (
        "guérissable, Terme du glossaire, Entrée affiche sa définition"
    )


def test_the_sommaire_is_a_list_of_sections_and_enter_goes_to_the_heading(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A list, not Qt's tree-table: Orca's « where am I » said « cellule de tableau … colonne 1
    sur 1 ligne 5 sur 6 » there, and every leaf « étendu » before that."""
    _activated(window, qtbot)
    tree = window.tree
    interface = QAccessible.queryAccessibleInterface(tree)
    assert interface.role() == QAccessible.Role.List
    assert interface.interface_cast(QAccessible.InterfaceType.TableInterface) is None
    # Numbered as Qt's tree view numbers its rows in its focus events: its hidden header first.
    assert interface.child(0) is None
    items = [interface.child(n) for n in range(1, interface.childCount())]
    assert [_plain(i.text(NAME)) for i in items] == HEADINGS  # in order, no header text
    assert {i.role() for i in items} == {LIST_ITEM}
    assert not any(i.state().expanded or i.state().expandable for i in items)
    assert [interface.indexOfChild(i) for i in items] == list(range(1, len(HEADINGS) + 1))
    # Each is where its row is drawn, so that a screen reader's pointer finds it there.
    for item in items:
        assert interface.childAt(item.rect().center().x(), item.rect().center().y()) == item
    window.navigation.contents_action.trigger()
    qtbot.waitUntil(tree.hasFocus)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pane)
    assert _plain(window.pane.textCursor().block().text()) == HEADINGS[2]
    assert _plain(window.pane.accessibleDescription()) == f"{HEADINGS[2]}, titre de niveau 2"


def _dock_tab_list(window: MainWindow) -> QAccessibleInterface:
    bars = [b for b in window.findChildren(QTabBar) if b.parentWidget() is window and b.isVisible()]
    assert len(bars) == 1
    interface = QAccessible.queryAccessibleInterface(bars[0])
    assert interface is not None
    return interface


def _tabs(tab_list: QAccessibleInterface) -> dict[str, bool]:
    """The side panels' tabs a screen reader finds, and which one is selected."""
    children = [tab_list.child(n) for n in range(tab_list.childCount())]
    return {c.text(NAME): bool(c.state().selected) for c in children if c.role() == PAGE_TAB}


def test_raising_the_results_tab_gives_screen_readers_no_selection_to_follow(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Orca 43 moves its focus to the selected child of a tab list whose selection changes,
    found through the list's Selection interface: the side panels' tab list has none, so the
    search field keeps Orca's focus while « Résultats » comes to the front, and after Escape."""
    _activated(window, qtbot)
    tab_list = _dock_tab_list(window)
    assert tab_list.role() == QAccessible.Role.PageTabList
    assert tab_list.selectionInterface() is None
    assert _tabs(tab_list) == {"Sommaire": True, "Glossaire": False}
    # The tabs, then the bar's scroll buttons, each knowing its place.
    assert _walk(tab_list)[1:3] == [tab_list.child(0), tab_list.child(1)]
    assert tab_list.child(0).parent().object() is tab_list.object()
    assert tab_list.child(0).rect().width() > 0
    window.search.open_search()
    field = window.search.search_bar.field
    qtbot.keyClicks(field, "metastase")
    qtbot.waitUntil(lambda: _tabs(tab_list).get("Résultats") is True)
    assert _tabs(tab_list) == {"Sommaire": False, "Glossaire": False, "Résultats": True}
    assert tab_list.text(NAME) == "Résultats"
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "Résultats" not in _tabs(tab_list))
    assert _tabs(tab_list) == {"Sommaire": True, "Glossaire": False}


def test_the_tab_in_front_has_the_focus_when_the_tab_bar_has_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    _activated(window, qtbot)
    tab_list = _dock_tab_list(window)
    bar = tab_list.object()
    assert isinstance(bar, QTabBar)
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    assert tab_list.child(0).state().focused
    assert tab_list.focusChild() == tab_list.child(0)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert _tabs(tab_list) == {"Sommaire": False, "Glossaire": True}
    assert tab_list.child(1).state().focused and not tab_list.child(0).state().focused

"""The real window on the bundled article: tree, pane, scrolling, focus, links, about, geometry."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from reader.ui.dialogs.about import AboutDialog
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, click_text
from tests.source_text import CRUFT, SOURCE_BLOCKS, normalise

OBJECTIVES = "Objectifs du traitement en cas de métastases"


def _titles(item: QTreeWidgetItem) -> list[str]:
    titles = [item.text(0)]
    for i in range(item.childCount()):
        titles += _titles(item.child(i))
    return titles


def _visible_top_text(window: MainWindow) -> str:
    """The text block drawn at the top of the pane's visible area."""
    pane = window.pane
    margin = pane.document().rootFrame().frameFormat().leftMargin()
    cursor = pane.cursorForPosition(QPoint(int(margin) + 10, 8))
    return cursor.block().text()


def _heading_offset(window: MainWindow, index: int) -> float:
    """How far below the top of the view a heading is drawn, in pixels."""
    return window.pane.heading_top(index) - window.pane.verticalScrollBar().value()


def test_window_title_focus_and_names(window: MainWindow) -> None:
    assert window.windowTitle() == "Le cancer peut-il être guéri après métastase\u00a0?"
    assert QApplication.focusWidget() is window.pane
    assert window.pane.accessibleName() == window.windowTitle()
    assert window.tree.accessibleName() == "Sommaire"


def test_tree_holds_the_six_headings_nested(window: MainWindow) -> None:
    tree = window.tree
    assert tree.topLevelItemCount() == 1
    root = tree.topLevelItem(0)
    assert root.text(0) == "Le cancer peut-il être guéri après métastase\u00a0?"
    assert root.childCount() == 5
    assert [t.replace("\u00a0", " ") for t in _titles(root)] == [
        "Le cancer peut-il être guéri après métastase ?",
        "Cancer métastasé : perspectives et enjeux actuels",
        "La complexité de la guérison en cas de métastases",
        OBJECTIVES,
        "Les avancées thérapeutiques et les espoirs futurs",
        "Conclusion : un avenir plus nuancé",
    ]


def test_clicking_a_section_brings_its_heading_to_the_top(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.tree
    item = tree.findItems(OBJECTIVES, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    assert _visible_top_text(window) != OBJECTIVES
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: _visible_top_text(window) == OBJECTIVES)
    assert abs(_heading_offset(window, 3)) <= 1
    assert window.pane.textCursor().block().text() == OBJECTIVES
    assert tree.currentItem() is item


def test_arrow_keys_and_enter_in_the_tree_choose_a_section(
    window: MainWindow, qtbot: QtBot
) -> None:
    tree = window.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == OBJECTIVES
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _visible_top_text(window) == OBJECTIVES)


def test_scrolling_marks_the_section_being_read(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.pane
    assert window.tree.currentItem().text(0).startswith("Le cancer peut-il")
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tree.currentItem().text(0).startswith("Conclusion"))
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tree.currentItem().text(0).startswith("Le cancer"))
    # Paging down through the text passes each section in turn, in order.
    seen = [window.tree.current_index()]
    bar = pane.verticalScrollBar()
    for _ in range(100):  # bounded: a page at a time until the end
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
        qtbot.waitUntil(lambda: window.tree.current_index() == pane.current_section)
        if window.tree.current_index() != seen[-1]:
            seen.append(window.tree.current_index())
        if bar.value() >= bar.maximum():
            break
    assert seen == sorted(seen)
    assert seen[-1] == 5
    assert len(seen) >= 4


def test_every_paragraph_and_item_is_shown_and_the_cruft_is_not(window: MainWindow) -> None:
    shown = normalise(window.pane.toPlainText())
    assert len(SOURCE_BLOCKS) == 22
    for block in SOURCE_BLOCKS:
        if block.kind == "heading":  # the two English title-case headings may be lowered
            assert block.comparable.casefold() in shown.casefold()
        else:
            assert block.comparable in shown
    for line in CRUFT:
        assert line not in shown
    assert "L’éradication complète des métastases est peu fréquente." in shown


def test_the_medical_notice_ends_the_article(window: MainWindow) -> None:
    text = window.pane.toPlainText()
    assert "ne remplace pas l’avis de votre équipe soignante" in text
    assert "Cancer info" in text
    # toPlainText() gives non-breaking spaces back as ordinary ones.
    assert text.rstrip().endswith("Date de l’édition : 26 novembre 2026.")


def test_about_this_text(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.about_action.trigger()
    dialog = window.findChild(AboutDialog)  # the dialog the action opened
    assert dialog is not None and dialog.isVisible()
    text = dialog.label.text()
    assert "sans nom d’auteur, sans date et sans références" in text
    assert "ne remplace pas l’avis" in text
    # One fact a paragraph, each one sentence after its label, capitals alike after the colon.
    facts = [
        re.sub(r"<[^>]+>", "", paragraph)
        for paragraph in re.findall(r"<p>(.*?)</p>", text)
        if paragraph.startswith("<b>")
    ]
    assert facts[:3] == [
        "Source\u00a0: Ce texte nous est parvenu sans nom d’auteur, sans date et sans "
        "références, et son origine est inconnue.",
        "Édition\u00a0: Cette version reprend le texte reçu sans changer ses phrases ni ses "
        "informations médicales\u00a0; seules la présentation, la ponctuation et quelques "
        "majuscules ont été corrigées.",
        "Date de l’édition\u00a0: 26 novembre 2026.",
    ]
    assert "Cancer info" in text and "0\u00a0805\u00a0123\u00a0124" in text
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_links_never_open_anything(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "liens.md"
    article.write_text(
        "# Liens\n\nVoir [le site](https://exemple.org/page) ou [le fichier](file:///etc/passwd) "
        "ou [le script](javascript:alert(1)) ou [la suite](#section-2).\n\n## Suite\n\nFin.\n",
        encoding="utf-8",
    )
    window = make_window(article)
    before = window.pane.toPlainText()
    click_text(qtbot, window.pane, "le site")
    assert "https://exemple.org/page" in window.message_bar.text
    assert "pas de connexion" in window.message_bar.text
    click_text(qtbot, window.pane, "le fichier")
    assert "file:///etc/passwd" in window.message_bar.text
    assert "n’est pas ouvert" in window.message_bar.text
    click_text(qtbot, window.pane, "le script")
    assert "javascript:" in window.message_bar.text
    assert window.pane.toPlainText() == before
    assert "root:" not in window.pane.toPlainText()
    click_text(qtbot, window.pane, "la suite")
    assert window.pane.textCursor().block().text() == "Suite"


def test_geometry_is_remembered(
    make_window: WindowFactory, qtbot: QtBot, settings_file: Path
) -> None:
    first = make_window()
    first.resize(640, 520)
    qtbot.waitUntil(lambda: first.width() == 640)
    first.close()
    assert QSettings(str(settings_file), QSettings.Format.IniFormat).contains("window/geometry")
    second = make_window()
    assert (second.width(), second.height()) == (640, 520)


def test_the_caret_reads_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.pane
    start = pane.textCursor().position()
    qtbot.keyClick(pane, Qt.Key.Key_Down)
    assert pane.textCursor().position() > start
    qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert pane.textCursor().position() == 0  # Ctrl+Home: the start of the article


def test_a_layout_saved_with_other_panels_is_ignored(
    make_window: WindowFactory, settings_file: Path, qtbot: QtBot
) -> None:
    # The first release had only the contents panel and the toolbar; it saved version 0.
    old = QMainWindow()
    qtbot.addWidget(old)
    dock = QDockWidget("Sommaire", old)
    dock.setObjectName("sectionDock")
    dock.setWidget(QTreeWidget(dock))
    old.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    old.addToolBar("Barre").setObjectName("mainToolbar")
    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue(
        "window/state", old.saveState()
    )
    window = make_window()
    assert window.glossary.dock in window.tabifiedDockWidgets(window.tree_dock)

"""Broken glossaries beside an article, opened in the real window: the message bar names the
file, the line and what was expected; the article is shown, with the good entries linked.

The loader's every fault is covered Qt-free in tests/core/test_glossary.py; here each kind of
fault goes through the window as a reader (or the person fixing the file) would meet it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

ARTICLE = "# Titre\n\nUne tumeur, une masse et un kyste.\n\n## Suite\n\nLe mot42 et le mot9999.\n"
TUMEUR = '[tumeur]\nheadword = "tumeur"\ndefinition = "Amas de cellules."\n'  # lines 1-3
KYSTE = '\n[kyste]\nheadword = "kyste"\ndefinition = "Poche remplie de liquide."\n'  # 4-7


def _glossary(*entries: str) -> str:
    return "".join(entries)


CASES = [
    # (name, glossary text, line, fragments of the problem, ids linked)
    (
        "syntaxe",
        _glossary(TUMEUR, KYSTE, '\n[masse\nheadword = "masse"\n'),
        9,
        ["erreur de syntaxe TOML", "il manque « ] »", "aucun terme n’est chargé"],
        set(),
    ),
    (
        "mauvais type",
        _glossary(TUMEUR, KYSTE, '\n[masse]\nheadword = 3\ndefinition = "Amas."\n'),
        9,
        ["« headword » doit être un texte entre guillemets", "pas un nombre"],
        {"tumeur", "kyste"},
    ),
    (
        "liste attendue",
        _glossary(
            TUMEUR, KYSTE, '\n[masse]\nheadword = "masse"\nforms = "masse"\ndefinition = "A."\n'
        ),
        9,
        ["« forms » doit être une liste de textes non vides", 'forms = ["…", "…"]'],
        {"tumeur", "kyste"},
    ),
    (
        "clé inconnue",
        _glossary(TUMEUR, KYSTE, '\n[masse]\nheadword = "masse"\ndefinition = "A."\ncouleur = 1\n'),
        9,
        ["clés inconnues : « couleur »", "clés permises : headword, forms, definition"],
        {"tumeur", "kyste"},
    ),
    (
        "définition vide",
        _glossary(TUMEUR, KYSTE, '\n[masse]\nheadword = "masse"\ndefinition = ""\n'),
        9,
        ["« definition » est vide"],
        {"tumeur", "kyste"},
    ),
    (
        "une forme pour deux entrées",
        _glossary(
            TUMEUR,
            KYSTE,
            '\n[masse]\nheadword = "masse"\nforms = ["masse", "Tumeur"]\n'
            'definition = "Grosseur."\n',
        ),
        9,
        ["la forme « Tumeur »", "déjà celle de l’entrée « tumeur » (ligne 1)", "retirée"],
        {"tumeur", "kyste", "masse"},
    ),
    (
        "mot défini dans sa définition",
        _glossary(TUMEUR, KYSTE, '\n[masse]\nheadword = "masse"\ndefinition = "Une masse."\n'),
        9,
        ["la définition de « masse » emploie le mot défini", "L’entrée est gardée"],
        {"tumeur", "kyste", "masse"},
    ),
]


def _linked(window: MainWindow) -> dict[str, str]:
    """Each term link's entry id, with the text it is drawn on."""
    links: dict[str, str] = {}
    block = window.pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith("terme:"):
                links[href.removeprefix("terme:")] = fragment.text()
            fragments += 1
        block = block.next()
    return links


def _open(make_window: WindowFactory, tmp_path: Path, glossary: str) -> MainWindow:
    (tmp_path / "glossary.toml").write_text(glossary, encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    return make_window(article)


def _click_term(window: MainWindow, qtbot: QtBot, text: str) -> None:
    pane = window.pane
    cursor = pane.document().find(text)
    cursor.setPosition(cursor.selectionStart() + 1)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
    )
    qtbot.waitUntil(window.glossary.popup.isVisible)


@pytest.mark.parametrize(
    ("glossary", "line", "fragments", "linked"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_broken_glossary_is_named_and_the_article_shown(
    make_window: WindowFactory,
    tmp_path: Path,
    qtbot: QtBot,
    glossary: str,
    line: int,
    fragments: list[str],
    linked: set[str],
) -> None:
    window = _open(make_window, tmp_path, glossary)
    message = window.message_bar.text
    assert f"{tmp_path / 'glossary.toml'}, ligne {line} : " in message
    for fragment in fragments:
        assert fragment in message
    assert message.count("\n• ") == 1  # one problem, one line
    text = window.pane.toPlainText()
    assert "Une tumeur, une masse et un kyste." in text and "Le mot42" in text
    assert [s.title for s in window.pane.sections] == ["Titre", "Suite"]
    assert set(_linked(window)) == linked
    if linked:
        _click_term(window, qtbot, "kyste")
        assert "Poche remplie de liquide." in window.glossary.popup.text
        qtbot.keyClick(window.glossary.popup.body, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not window.glossary.popup.isVisible())


def test_ten_thousand_entries(make_window: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    entries = "\n".join(
        f'[e{i}]\nheadword = "mot{i}"\ndefinition = "Définition numéro {i}."\n'
        for i in range(10_000)
    )
    window = _open(make_window, tmp_path, _glossary(TUMEUR, KYSTE, "\n", entries))
    assert window.message_bar.text == ""
    assert _linked(window) == {
        "tumeur": "tumeur",
        "kyste": "kyste",
        "e42": "mot42",
        "e9999": "mot9999",
    }
    _click_term(window, qtbot, "mot9999")
    assert "Définition numéro 9999." in window.glossary.popup.text
    qtbot.keyClick(window.glossary.popup.body, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.glossary.popup.isVisible())
    assert window.pane.textCursor().selectedText() == "mot9999"
    window.glossary.dock.show()
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.waitUntil(lambda: panel.entry_list.count() == 10_002)
    qtbot.keyClicks(panel.filter_field, "mot9999")
    qtbot.waitUntil(lambda: panel.visible_entry_ids() == ["e9999"])


def test_many_broken_entries_leave_the_article_in_view(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    broken = "\n".join(f'[e{i}]\nheadword = "mot{i}"\n' for i in range(2_000))
    window = _open(make_window, tmp_path, _glossary(TUMEUR, KYSTE, "\n", broken))
    message = window.message_bar.text
    # The first 50 are listed (3 lines an entry), the rest counted: 20,000 took 7 s to lay out.
    assert message.count("n’a pas de « definition »") == 50
    assert "ligne 9 :" in message and "ligne 156 :" in message and "ligne 159 :" not in message
    assert "… et 1\u202f950 autres problèmes, non listés ici." in message
    assert window.pane.height() > window.message_bar.height()
    assert set(_linked(window)) == {"tumeur", "kyste"}
    cursor = window.pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    assert cursor.block().text() == "Titre"

"""More bad articles, in the real window and through ``main``: garbage, pipes, deep nesting, and
every link or image that points outside the article, clicked as a reader would.

Completes tests/gui/test_bad_articles.py and tests/gui/test_main.py; large cases are generated.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextFormat
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, click_text, close_later
from tests.pipes import pipe_with_writer

SECRET = "contenu secret à ne jamais afficher"


def _garbage(size: int) -> bytes:
    """Binary garbage with NUL bytes, the same at every run."""
    return random.Random(7).randbytes(size)


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("blanc.md", b"  \n\t\r\n   \n", "le fichier est vide"),
        ("binaire.md", _garbage(4096), "fichier binaire (octet nul)"),
        ("binaire-apres-texte.md", b"# Titre\n\nTexte.\n\x00\x01\x02", "ligne 4"),
        ("trop-grand.md", b"", "le fichier est trop grand"),
    ],
)
def test_unusable_articles_through_main(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    fragment: str,
) -> None:
    path = tmp_path / name
    if name == "trop-grand.md":
        path.write_bytes(b"# Titre\n\n" + b"Un texte sans fin. " * 600_000)
    else:
        path.write_bytes(content)
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([str(path)]) == 2
    assert str(path) in str(seen["dialog"]) and fragment in str(seen["dialog"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"reader: {path}") and fragment in err
    assert "Traceback" not in err


def test_a_pipe_through_main_is_refused_at_once(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: dict[str, object] = {}
    with pipe_with_writer(tmp_path / "tube.md", b"# Lu dans un tube\n") as pipe:
        close_later(qtbot, seen)
        assert main([str(pipe)]) == 2
    assert "pas un fichier ordinaire" in str(seen["dialog"])
    assert "pas un fichier ordinaire" in capsys.readouterr().err


def test_lists_nested_four_hundred_deep_are_shown_flat(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "listes.md"
    nested = "\n".join("    " * depth + f"- niveau {depth}" for depth in range(400))
    path.write_text(f"# Listes\n\n{nested}\n\nFin.\n", encoding="utf-8")
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([str(path)]) == 0
    text = str(seen["text"])
    assert "niveau 0" in text and "niveau 399" in text and "Fin." in text
    assert "imbriquées sur trop de niveaux" in str(seen["message"])
    assert str(path) in str(seen["message"])
    assert "Traceback" not in capsys.readouterr().err


# -- links and images, clicked --------------------------------------------------------------

LINKS = [
    ("le site http", "http://exemple.org/page", "pas de connexion"),
    ("le site https", "https://exemple.org/page?q=1", "pas de connexion"),
    ("le script", "javascript:alert(document.cookie)", "n’est pas ouvert"),
    ("le mot de passe", "file:///etc/passwd", "n’est pas ouvert"),
    ("le secret", "../secret.txt", "n’est pas ouvert"),
    ("le dossier", "file:///etc/", "n’est pas ouvert"),
    ("les données", "data:text/html,<b>x</b>", "n’est pas ouvert"),
    ("l’image liée", "file:///etc/passwd", "n’est pas ouvert"),
]
ARTICLE = (
    "# Liens et images\n\n"
    + "\n\n".join(
        f"Voir [{text}]({address})." for text, address, _ in LINKS if text != "l’image liée"
    )
    + "\n\nAutolien : <file:///etc/passwd>.\n\n"
    + "Image liée : [![l’image liée](https://exemple.org/a.png)](file:///etc/passwd).\n\n"
    + "Images : ![photo distante](https://exemple.org/photo.png) "
    + "![le fichier](file:///etc/passwd) ![le secret](../secret.txt) "
    + "![](javascript:alert(1)) ![script](http://exemple.org/x.svg).\n"
)


@pytest.fixture
def links_window(make_window: WindowFactory, tmp_path: Path) -> MainWindow:
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "article"
    folder.mkdir()
    path = folder / "liens.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return make_window(path)


def _nothing_outside_shown(window: MainWindow, before: str) -> None:
    assert window.pane.toPlainText() == before
    for shown in (window.pane.toPlainText(), window.message_bar.text, window.windowTitle()):
        assert SECRET not in shown and "root:" not in shown


@pytest.mark.parametrize(("text", "address", "said"), LINKS, ids=[link[0] for link in LINKS])
def test_clicking_a_link_shows_its_address_or_refuses(
    links_window: MainWindow, qtbot: QtBot, text: str, address: str, said: str
) -> None:
    window = links_window
    before = window.pane.toPlainText()
    click_text(qtbot, window.pane, text)
    qtbot.waitUntil(lambda: said in window.message_bar.text)
    assert address.replace("<b>x</b>", "") in window.message_bar.text  # « < » is %-encoded
    _nothing_outside_shown(window, before)
    assert window.pane.document().findBlockByNumber(0).text() == "Liens et images"


def test_clicking_an_autolink_to_a_file_refuses(links_window: MainWindow, qtbot: QtBot) -> None:
    before = links_window.pane.toPlainText()
    click_text(qtbot, links_window.pane, "file:///etc/passwd")
    qtbot.waitUntil(lambda: "n’est pas ouvert" in links_window.message_bar.text)
    _nothing_outside_shown(links_window, before)


def test_images_are_their_description_and_clicking_them_does_nothing(
    links_window: MainWindow, qtbot: QtBot
) -> None:
    window = links_window
    pane = window.pane
    text = pane.toPlainText()
    for shown in (
        "[image non affichée : photo distante]",
        "[image non affichée : le fichier]",
        "[image non affichée : le secret]",
        "[image non affichée]",
        "[image non affichée : script]",
    ):
        assert shown in text
        click_text(qtbot, pane, shown)
        assert window.message_bar.text == ""
        _nothing_outside_shown(window, text)
    # No image of any kind in the document: nothing was (or could be) loaded.
    block = pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            assert not fragments.fragment().charFormat().isImageFormat()
            fragments += 1
        block = block.next()


def test_raw_html_stays_text_after_every_restyle(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "html.md"
    path.write_text(
        "# T\n\n<style>p { display: none; font-size: 1px; color: #fff }</style>\n\n"
        "<p style='color:white'>Lisible.</p> <img src='file:///etc/passwd' onerror='x()'>\n",
        encoding="utf-8",
    )
    window = make_window(path)
    for choice in window.display.theme_actions:
        window.display.choose_theme(choice)
        window.display.zoom_in()
        # A run of markup wider than the column may get soft hyphens: the reader sees them only
        # at a line's end (reader.core.hyphenation).
        text = window.pane.toPlainText().replace("\u00ad", "")
        assert "<style>p { display: none; font-size: 1px; color: #fff }</style>" in text
        assert "<p style='color:white'>Lisible.</p>" in text
        cursor = window.pane.document().find("Li")
        default = window.pane.document().defaultFont().pointSizeF()
        size = cursor.charFormat().fontPointSize() or default
        assert size >= 7  # never the 1px the article asked for


def test_headings_carry_no_anchor_in_the_pane(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    """Qt's HTML importer takes time quadratic in the number of anchors: 10,000 headings took
    14 s. The pane finds sections by block number, so the ids stay out of it, and an internal
    link still goes to its section."""
    body = "\n\n".join(
        f"## Partie {i}\n\nTexte {i}. [Vers la fin](#section-300)" for i in range(300)
    )
    path = tmp_path / "parties.md"
    path.write_text(f"# Parties\n\n{body}\n", encoding="utf-8")
    window = make_window(path)
    document = window.pane.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            assert fragments.fragment().charFormat().anchorNames() == []
            fragments += 1
        block = block.next()
    click_text(qtbot, window.pane, "Vers la fin")
    qtbot.waitUntil(lambda: window.pane.current_section == 299)
    cursor = window.pane.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    assert cursor.block().text() == "Partie 298"
    assert cursor.block().blockFormat().property(QTextFormat.Property.HeadingLevel) == 2

"""Bad and unusual articles in the real window: shown when they can be, never a crash.

Large cases are generated here, not committed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory


def _write(tmp_path: Path, text: str | bytes, name: str = "article.md") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "expected_text", "sections"),
    [
        (b"\xef\xbb\xbf# Titre BOM\r\n\r\nTexte CRLF.\r\n", "Texte CRLF.", 1),
        ("# !!!\n\n## ...\n\n## ?\n\ntexte", "texte", 3),
        ("# Même titre\n\nun\n\n# Même titre\n\ndeux\n\n# Même titre\n\ntrois", "trois", 3),
        (
            "# T\n\n<script>alert(1)</script>\n\n<style>p{display:none}</style>\n\nvisible",
            "visible",
            1,
        ),
        (
            "# T\n\n<iframe src='https://exemple.org'></iframe> <b onmouseover='x()'>a</b>",
            "<iframe",
            1,
        ),
        ("# T\n\n![photo](https://exemple.org/a.png) ![x](file:///etc/passwd)", "image non", 1),
    ],
)
def test_unusual_articles_are_shown(
    make_window: WindowFactory,
    tmp_path: Path,
    content: str | bytes,
    expected_text: str,
    sections: int,
) -> None:
    window = make_window(_write(tmp_path, content))
    text = window.pane.toPlainText()
    assert expected_text in text
    assert "root:" not in text
    assert len(window.pane.sections) == sections


def test_raw_html_cannot_hide_or_restyle_the_text(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(
        _write(tmp_path, "# T\n\n<style>body { display: none; color: white }</style>\n\nLisible.")
    )
    text = window.pane.toPlainText()
    assert "Lisible." in text
    assert "<style>body { display: none; color: white }</style>" in text


def test_duplicate_headings_are_each_reachable(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    body = "\n\n".join(f"## Même titre\n\n{'paragraphe. ' * 80}{i}" for i in range(4))
    window = make_window(_write(tmp_path, f"# Article\n\n{body}"))
    tree = window.tree
    items = tree.findItems("Même titre", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert len(items) == 4
    for index, item in enumerate(items, start=1):
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
        )
        qtbot.waitUntil(lambda i=index: window.pane.current_section == i)
        assert window.pane.textCursor().blockNumber() > 0


def test_ten_thousand_headings(make_window: WindowFactory, tmp_path: Path) -> None:
    text = "# Grand article\n\n" + "\n\n".join(
        f"## Partie {i}\n\nTexte {i}." for i in range(10_000)
    )
    window = make_window(_write(tmp_path, text))
    assert len(window.pane.sections) == 10_001
    assert window.tree.topLevelItem(0).childCount() == 10_000
    window.pane.scroll_to_section(5_000)
    assert window.pane.textCursor().block().text() == "Partie 4999"


def test_lists_nested_fifty_deep(make_window: WindowFactory, tmp_path: Path) -> None:
    nested = "\n".join("    " * depth + f"- niveau {depth}" for depth in range(50))
    window = make_window(_write(tmp_path, f"# Listes\n\n{nested}\n\nFin."))
    assert "niveau 0" in window.pane.toPlainText()
    assert "Fin." in window.pane.toPlainText()


def test_a_five_megabyte_article(make_window: WindowFactory, tmp_path: Path) -> None:
    paragraph = "Le cancer métastasé est une maladie dont on parle ici longuement. " * 15
    sections = "\n\n".join(f"## Section {i}\n\n{paragraph}\n\n{paragraph}" for i in range(2_600))
    path = _write(tmp_path, f"# Très long\n\n{sections}")
    assert path.stat().st_size > 5_000_000
    window = make_window(path)
    assert len(window.pane.sections) == 2_601
    assert window.pane.toPlainText().count("Section 2599") == 1

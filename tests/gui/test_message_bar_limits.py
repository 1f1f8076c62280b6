"""However long a message, the message bar stays a few lines high and never widens the window:
the article stays in view."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.widgets.message_bar import MOST_LINES
from tests.gui.conftest import WindowFactory, click_text


def test_two_hundred_problems_scroll_inside_the_bar(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    article = tmp_path / "article.md"
    article.write_text("# Titre\n\nUne tumeur.\n\n## Deux\n\nTexte.\n", encoding="utf-8")
    broken = [f'[e{i}]\nheadword = "mot{i}"\n' for i in range(200)]  # no definition
    (tmp_path / "glossary.toml").write_text("\n".join(broken), encoding="utf-8")
    window = make_window(article)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.height() == 600)
    bar = window.message_bar
    assert bar.text.count("n’a pas de « definition »") == 50  # the rest counted (issue 16)
    assert "… et 150 autres problèmes" in bar.text
    assert str(tmp_path / "glossary.toml") in bar.text
    line = bar.fontMetrics().lineSpacing()
    assert bar.height() <= (MOST_LINES + 3) * line
    assert window.pane.height() > 2 * bar.height()
    assert window.height() == 600


def test_a_long_address_wraps_instead_of_widening_the_window(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    address = "https://exemple.org/" + "x" * 400  # nowhere to break a line
    article = tmp_path / "article.md"
    article.write_text(f"# Titre\n\nVoir [ce lien]({address}).\n", encoding="utf-8")
    window = make_window(article)
    window.resize(480, 500)
    qtbot.waitUntil(lambda: window.width() == 480)
    click_text(qtbot, window.pane, "ce lien")
    assert address in window.message_bar.text
    qtbot.wait(0)  # Qt lays the window out again from its event queue
    assert window.width() == 480
    assert window.minimumSizeHint().width() <= 480
    assert window.pane.isVisible() and window.pane.width() > 100

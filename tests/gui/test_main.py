"""``main``: the entry point opens the window, and every unusable article gives its message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.app import main
from tests.gui.conftest import close_later

ROOT = Path(__file__).resolve().parents[2]


def test_main_opens_the_bundled_article(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([]) == 0
    assert seen["title"] == "Le cancer peut-il être guéri après métastase\u00a0?"
    assert seen["message"] == ""


def test_main_opens_another_article(qtbot: QtBot, tmp_path: Path) -> None:
    article = tmp_path / "autre.md"
    article.write_text("# Un autre article\n\nBonjour.\n", encoding="utf-8")
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([str(article)]) == 0
    assert seen["title"] == "Un autre article"
    assert "Bonjour." in str(seen["text"])


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("absent.md", None, "fichier introuvable"),
        ("dossier", "DIR", "c’est un dossier"),
        (
            "latin1.md",
            "# Titre\n\nmétastase\n".encode("latin-1"),
            "ligne 3 : le texte n’est pas en UTF-8",
        ),
        ("vide.md", b"", "le fichier est vide"),
    ],
)
def test_unusable_article_gives_a_dialog_a_line_and_a_status(
    qtbot: QtBot,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | str | None,
    fragment: str,
) -> None:
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([str(path)]) == 2
    assert str(path) in str(seen["dialog"]) and fragment in str(seen["dialog"])
    captured = capsys.readouterr().err
    assert "Traceback" not in captured
    err = captured.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"reader: {path}") and fragment in err[0]


def test_headingless_article_is_shown_with_its_message(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plat.md"
    path.write_text("Un texte sans aucun titre.\n", encoding="utf-8")
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main([str(path)]) == 0
    assert "Un texte sans aucun titre." in str(seen["text"])
    assert "aucun titre" in str(seen["message"]) and str(path) in str(seen["message"])
    assert "aucun titre" in capsys.readouterr().err


def test_help_explains_the_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "CHEMIN" in out and "glossary.toml" in out and "--settings" in out
    # argparse's own words too, with French spacing before the colons
    assert "arguments\u00a0:" in out and "options\u00a0:" in out and "Utilisation\u00a0:" in out
    assert "positional" not in out and "usage" not in out.lower()


def test_help_speaks_english_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Usage: reader [-h] [--lang LANGUAGE] [--settings FILE] [PATH]")
    assert "positional arguments:" in out and "options:" in out
    assert "show this help and exit" in out and "glossary.toml" in out
    for french in ("Utilisation", "affiche", "article Markdown", "CHEMIN", "fichier"):
        assert french not in out


def test_help_follows_the_environment_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("Usage: ")
    assert main(["--help", "--lang", "fr"]) == 0
    assert capsys.readouterr().out.startswith("Utilisation\u00a0: ")


def test_a_wrong_argument_is_said_in_the_interface_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert main(["--sans-effet"]) == 2
    assert "reader\u00a0: erreur\u00a0: " in capsys.readouterr().err
    assert main(["--lang", "en", "--sans-effet"]) == 2
    assert "reader: error: " in capsys.readouterr().err


def test_python_dash_m_reader_help_runs_from_elsewhere(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--help"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Utilisation" in result.stdout


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "reader: aucun écran graphique"), ("en", "reader: no graphical display")],
)
def test_without_a_display_one_clear_line_and_status_2(
    tmp_path: Path, lang: str, expected: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--lang", lang],
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(expected) and result.stderr.count("\n") == 1, result.stderr
    assert "xcb" not in result.stderr

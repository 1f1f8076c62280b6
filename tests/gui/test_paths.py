"""Paths the reader did not expect (issue 16): a file name that is not UTF-8, an article that
becomes a symlink loop while open, no home folder at all, a glossary that becomes too deeply
nested before an export."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.core.render_cache import cached_document
from tests.gui.conftest import WindowFactory, close_later

GLOSSARY = '[tumeur]\nheadword = "tumeur"\nforms = ["tumeur"]\ndefinition = "Une masse."\n'


def _non_utf8_article(tmp_path: Path) -> Path:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/dossier-\xe9"))
    folder.mkdir()
    article = folder / os.fsdecode(b"caf\xe9.md")
    article.write_text("# Titre\n\nUne tumeur.\n", encoding="utf-8")
    article.with_suffix(".toml").write_text("title = 3\n", encoding="utf-8")  # a problem
    (folder / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    return article


def test_a_name_that_is_not_utf8_is_shown_with_a_replacement_character(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before: UnicodeEncodeError from the render cache, a traceback at every start."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    article = _non_utf8_article(tmp_path)
    settings = tmp_path / "reader.ini"
    for _ in range(2):  # rendered and cached, then read back from the cache
        seen: dict[str, object] = {}
        close_later(qtbot, seen)
        assert main(["--settings", str(settings), str(article)]) == 0
        assert "dossier-\ufffd" in str(seen["message"]) and "caf\ufffd.toml" in str(seen["message"])
        assert "Traceback" not in capsys.readouterr().err
    assert cached_document(article, tmp_path / "cache" / "lecteur-sante") is not None
    store = QSettings(str(settings), QSettings.Format.IniFormat)
    assert str(store.value("reading/article")).endswith("dossier-\\xe9/caf\\xe9.md")


def test_an_article_that_becomes_a_symlink_loop_still_closes_and_saves(
    make_window: WindowFactory, settings_file: Path, tmp_path: Path
) -> None:
    """Before: resolve() raised in closeEvent (Python 3.11: RuntimeError), nothing was saved."""
    article = tmp_path / "texte.md"
    article.write_text("# Titre\n\nTexte.\n\n## Deux\n\nSuite.\n", encoding="utf-8")
    window = make_window(article)
    window.display.zoom_in()
    article.unlink()
    other = tmp_path / "autre.md"
    article.symlink_to(other)
    other.symlink_to(article)
    window.close()
    written = settings_file.read_text(encoding="utf-8")
    assert "text_size=110" in written
    assert f"article={article}" in written
    assert "state_seal=" in written


def test_no_home_folder_runs_without_cache(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No HOME and no entry in the password database: Path.home() raises."""

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", no_home)
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main(["--settings", str(tmp_path / "reader.ini")]) == 0
    assert seen["title"] == "Le cancer peut-il être guéri après métastase\u00a0?"


def test_a_glossary_nested_too_deep_before_an_export_is_reported(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """Before: RecursionError in the export slot; no PDF, no message."""
    article = tmp_path / "texte.md"
    article.write_text("# Titre\n\nUne tumeur.\n", encoding="utf-8")
    (tmp_path / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    window = make_window(article)
    (tmp_path / "glossary.toml").write_text(
        GLOSSARY + "x = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8"
    )
    assert window.printing.export_pdf(tmp_path / "texte.pdf")
    message = window.message_bar.text
    assert message.startswith("PDF enregistré")
    assert "glossary.toml, ligne 5 : erreur de syntaxe TOML" in message
    assert "imbriquées trop profondément" in message

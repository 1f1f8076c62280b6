"""The window carries the reader's icon and names its desktop entry, as the menu does; and the
installers' first-paint check prints what the window really shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.ui.app.application import DESKTOP_FILE_NAME, WINDOW_ICON_SIZES
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_has_the_menus_icon(window: MainWindow, qtbot: QtBot) -> None:
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME == "lecteur-sante"
    qtbot.waitUntil(lambda: window.is_complete)  # the icon comes just after the first paint
    icon = window.windowIcon()
    assert {QSize(size, size) for size in WINDOW_ICON_SIZES} <= set(icon.availableSizes())
    assert not icon.pixmap(32).isNull()


def _first_paint(*arguments: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LECTEUR_SANTE_FIRST_PAINT_EXIT": "1",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "reader", "--settings", str(tmp_path / "r.ini"), *arguments],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_first_paint_check_prints_the_window_title_and_the_top_line(tmp_path: Path) -> None:
    article = tmp_path / "autre.md"
    article.write_text(
        "# Un autre article\n\nLe premier paragraphe.\n\n## Une section\n\nSuite.\n",
        encoding="utf-8",
    )
    (tmp_path / "autre.toml").write_text('title = "Titre des métadonnées"\n', encoding="utf-8")
    result = _first_paint(str(article), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "titre : Titre des métadonnées",
        "texte : Un autre article",
    ]


def test_first_paint_check_prints_nothing_when_no_article_is_shown(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A folder is no article: the reader says so in a dialog and exits with 2, and the check
    prints nothing, so an installed reader that cannot show its article fails the bundle test."""
    monkeypatch.setenv("LECTEUR_SANTE_FIRST_PAINT_EXIT", "1")

    def close_the_dialog() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                widget.close()
                return
        QTimer.singleShot(20, close_the_dialog)

    QTimer.singleShot(0, close_the_dialog)
    assert main(["--settings", str(tmp_path / "r.ini"), str(tmp_path)]) == 2
    assert capsys.readouterr().out == ""

"""The window in each shipped language: menus, dialogs and Qt's own strings speak it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.ui.app.application import configure_application
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

MENUS = {
    "fr": ["&Fichier", "&Affichage", "&Recherche", "Ai&de"],
    "en": ["&File", "&View", "&Search", "&Help"],
}


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[None]:
    """Set a language for one test, and come back to French after it."""
    yield
    configure_application(qapp, "fr")


@pytest.mark.parametrize("language", sorted(MENUS))
def test_the_window_opens_in_each_language(
    make_window: WindowFactory, qapp: QApplication, speak: None, language: str
) -> None:
    assert configure_application(qapp, language) == language
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    assert window.tree.accessibleName() == {"fr": "Sommaire", "en": "Contents"}[language]
    window.navigation.show_shortcuts()
    dialog = window.navigation.shortcuts_dialog
    assert dialog is not None
    assert (
        dialog.windowTitle() == {"fr": "Raccourcis clavier", "en": "Keyboard shortcuts"}[language]
    )
    assert ("Zone suivante" in [w for _, w in dialog.rows()]) == (language == "fr")
    keys = {k for k, _ in dialog.rows()}
    said = {"fr": {"Page suivante", "Ctrl+Origine"}, "en": {"Page Down", "Ctrl+Home"}}
    assert said[language] <= keys


def test_qt_speaks_french_too(qapp: QApplication) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_fr.qm").is_file()
    # Qt's own strings: key names and standard buttons.
    assert QKeySequence("PgDown").toString(QKeySequence.SequenceFormat.NativeText) == "Page suiv"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_an_unknown_language_falls_back_to_french(qapp: QApplication, speak: None) -> None:
    assert configure_application(qapp, "xx") == "fr"


def test_lang_option_opens_the_window_in_english(
    qtbot: QtBot, qapp: QApplication, speak: None
) -> None:
    seen: dict[str, object] = {}

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen["menus"] = [a.text() for a in widget.menuBar().actions()]
                widget.close()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    assert main(["--lang", "en"]) == 0
    assert seen["menus"] == MENUS["en"]


def test_unknown_lang_option_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "xx"]) == 2
    assert "--lang" in capsys.readouterr().err

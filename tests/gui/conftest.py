"""Fixtures that build the real window on a settings file of the test's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.ui.app.application import configure_application
from reader.ui.app.settings import Settings
from reader.ui.main_window import MainWindow
from reader.ui.widgets.text_pane import TextPane
from tests.tools.stale_wrappers import wrappers_of_deleted_items

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _private_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """Keep every test (and ``main``) away from the real user's settings."""
    configure_application(qapp)
    user_dir = tmp_path / "user-settings"
    user_dir.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_dir))
    font, palette = QFont(qapp.font()), QPalette(qapp.palette())
    yield
    # Grand texte and themes change the application's font and palette: never leak them.
    qapp.setFont(font)
    qapp.setPalette(palette)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After each test that drove widgets, while they still exist (pytest-qt closes them before
    any fixture's own clean-up), no Python wrapper may claim a layout item Qt has deleted
    (tests.tools.stale_wrappers): such a wrapper crashed CI later in the run."""
    result = yield
    if "qtbot" in getattr(item, "fixturenames", ()):
        assert wrappers_of_deleted_items() == []
    return result


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "reader.ini"


@pytest.fixture
def make_window(qtbot: QtBot, settings_file: Path) -> WindowFactory:
    """Build and show the real main window on an article (the bundled one by default)."""

    def build(path: Path | None = None) -> MainWindow:
        document = open_document(path or bundled_article())
        settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        window = MainWindow(document, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return build


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def click_text(qtbot: QtBot, pane: TextPane, text: str) -> None:
    """Click the pane's text where ``text`` first appears, as a reader would with the mouse."""
    cursor = pane.document().find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
    )


def close_later(qtbot: QtBot, seen: dict[str, object]) -> None:
    """Once the loop runs, note what is on screen and close it, as a person would."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen["dialog"] = widget.text()
                widget.close()
                return
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen["title"] = widget.windowTitle()
                seen["message"] = widget.message_bar.text
                seen["text"] = widget.pane.toPlainText()
                widget.close()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)

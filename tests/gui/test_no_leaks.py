"""Repeated actions do not pile up objects: what a long session would turn into memory growth.

The soak benchmark (tests/benchmarks/soak.py) measures memory over thousands of actions; these
tests pin the leaks it found, by counting Qt objects after a few actions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _documents(window: MainWindow) -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does
    return len(window.findChildren(QTextDocument))


def test_text_size_steps_make_no_new_documents(window: MainWindow, qtbot: QtBot) -> None:
    """Each step used to leave an empty document behind in the glossary popup (19 kB)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    before = _documents(window)
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Minus) * 5:
        qtbot.keyClick(window.pane, key, CTRL)
    assert window.display.text_percent == 100
    assert _documents(window) == before


def test_themes_make_no_new_documents(window: MainWindow) -> None:
    before = _documents(window)
    for _ in range(3):
        for action in window.display.theme_actions.values():
            action.trigger()
    assert _documents(window) == before

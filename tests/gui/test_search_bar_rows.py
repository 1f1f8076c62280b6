"""The search bar's rows, remade each time the window gets narrower or wider, leave nothing behind.

CI once crashed here: a row's stretch, made by Qt and deleted with its row, kept its Python
wrapper registered at a freed address; a scroll bar made there later came back to Python as a
« QSpacerItem », and the garbage collector crashed on another.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.gui.test_search import open_search
from tests.tools.stale_wrappers import wrappers_of_deleted_items


def _large_text(window: MainWindow, qtbot: QtBot) -> None:
    """Grand texte with its shortcut, as a low-vision reader turns it on."""
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.search.search_bar.field, Qt.Key.Key_T, both)
    assert window.display.large_text_action.isChecked()


def _layout(bar: QWidget) -> QLayout:
    layout = bar.layout()
    assert layout is not None
    return layout


def _rows(bar: QWidget) -> int:
    return _layout(bar).count()


def test_narrowing_and_widening_leaves_no_wrapper_of_a_deleted_row_item(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_search(window, qtbot)
    bar = window.search.search_bar
    _large_text(window, qtbot)
    rows_seen: set[int] = set()
    for width in (1400, 420, 1400, 420, 700, 420, 1400):
        window.resize(width, 700)
        qtbot.wait(50)
        rows_seen.add(_rows(bar))
    assert len(rows_seen) > 1, rows_seen  # the bar did wrap onto more rows, and back
    assert wrappers_of_deleted_items() == []


def test_close_stays_at_the_right_end_of_its_own_row(window: MainWindow, qtbot: QtBot) -> None:
    open_search(window, qtbot)
    bar = window.search.search_bar
    _large_text(window, qtbot)
    window.resize(420, 700)
    qtbot.waitUntil(lambda: _rows(bar) > 1)
    close = next(
        b for b in bar.findChildren(QToolButton) if b.accessibleName() == "Fermer la recherche"
    )
    right = close.mapTo(bar, close.rect().topRight()).x() + 1
    room = _layout(bar).contentsMargins().right() + bar.frameWidth()
    assert bar.width() - right <= room

"""Every Alt+letter in a window does one thing, in each language.

A letter shared by a field's label and a menu (« &Filtrer » and « &Fichier ») makes Alt+F
stop at the field and only a second Alt+F open the menu; one shared inside a menu makes the
letter cycle instead of choose.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.app.application import configure_application
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory


def mnemonic(text: str) -> str | None:
    """The letter after a single « & » (« && » is a plain ampersand), lower-cased."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        letter = text[index + 1 : index + 2]
        return letter.lower() if letter else None
    return None


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter → what answers to Alt+letter in ``window``: menu titles, labels with a buddy,
    buttons and group boxes, whether shown now or later (a panel, the search bar)."""
    found: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, MainWindow):
        for action in window.menuBar().actions():
            if (letter := mnemonic(action.text())) is not None:
                found[letter].append(f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        else:
            continue
        if (letter := mnemonic(text)) is not None:
            found[letter].append(f"{type(widget).__name__} {text}")
    return found


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    """Letter → the entries of one menu that answer to it."""
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if (letter := mnemonic(action.text())) is not None:
            found[letter].append(action.text())
    return found


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: names for letter, names in found.items() if len(names) > 1}


def all_menus(window: MainWindow) -> Iterator[QMenu]:
    pending = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    while pending:
        menu = pending.pop()
        assert isinstance(menu, QMenu)
        yield menu
        pending.extend(sub for a in menu.actions() if isinstance(sub := a.menu(), QMenu))


@pytest.mark.parametrize(
    ("text", "letter"),
    [("&Fichier", "f"), ("Ai&de", "d"), ("Noir && blanc", None), ("Sans", None), ("&&&x", "x")],
)
def test_mnemonic(text: str, letter: str | None) -> None:
    assert mnemonic(text) == letter


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    configure_application(qapp, request.param)
    yield request.param
    configure_application(qapp, "fr")


def _complete_window(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    window.search.open_search()  # the search bar and its buttons exist from then on
    return window


def test_alt_letters_are_unique_in_the_window(
    make_window: WindowFactory, qtbot: QtBot, language: str
) -> None:
    window = _complete_window(make_window, qtbot)
    found = window_mnemonics(window)
    assert len(found) >= 6  # the four menus, the search field, the glossary's filter…
    assert not clashes(found), clashes(found)


def test_alt_letters_are_unique_in_each_menu(
    make_window: WindowFactory, qtbot: QtBot, language: str
) -> None:
    window = _complete_window(make_window, qtbot)
    menus = list(all_menus(window))
    assert len(menus) >= 5
    for menu in menus:
        assert not clashes(menu_mnemonics(menu)), (menu.title(), clashes(menu_mnemonics(menu)))

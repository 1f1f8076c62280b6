"""Reading aloud in the real window, with Qt's silent ``mock`` engine (it ships with PySide6).

The mock engine speaks no French (its voices are English, Norwegian and Finnish): these tests
ask for its British voice with LECTEUR_VOIX_LANGUE, and one test keeps the French interface's
wish to prove the action is then disabled and says what to install.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.core.plain_text import plain_text
from reader.core.themes import THEMES
from reader.ui.app.settings import Settings
from reader.ui.dialogs.about import AboutDialog
from reader.ui.main_window import MainWindow

from .conftest import WindowFactory, click_text

pytest.importorskip("PySide6.QtTextToSpeech", reason="PySide6-Addons (the « voix » extra)")

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Le cancer peut-il être guéri après métastase ?"
LEAD = [
    "Un cancer métastasé est rarement guérissable.",
    "Les traitements actuels visent à contrôler la progression de la maladie, à prolonger la "
    "survie et à préserver la qualité de vie du patient en atténuant les symptômes.",
    "L’éradication complète des métastases est peu fréquente.",
]


@pytest.fixture
def mock_voice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LECTEUR_VOIX_MOTEUR", "mock")
    monkeypatch.setenv("LECTEUR_VOIX_LANGUE", "en_GB")


@pytest.fixture
def reader_window(mock_voice: None, make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    return window


def _read_text(window: MainWindow) -> str:
    """The sentence the highlight is on, as the reader sees it."""
    for selection in window.pane.extraSelections():
        fmt = selection.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline:
            return selection.cursor.selectedText().replace("\u00a0", " ")
    return ""


def _fastest(window: MainWindow, qtbot: QtBot) -> None:
    """Alt+Up up to 2× (the mock engine then speaks 20 words a second)."""
    window.pane.setFocus()
    while window.reading_aloud.faster_action.isEnabled():
        qtbot.keyClick(window.pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


def _about_text(window: MainWindow) -> str:
    window.navigation.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    return dialog.label.text()


def _start(window: MainWindow, qtbot: QtBot, at: str | None = None) -> None:
    """Put the caret at ``at`` (else the top) and press Ctrl+Shift+L."""
    pane = window.pane
    if at is None:
        qtbot.keyClick(pane, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    else:
        cursor = pane.document().find(at)
        cursor.setPosition(cursor.selectionStart())
        pane.setTextCursor(cursor)
    pane.setFocus()
    reading = window.reading_aloud
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.keyClick(
            pane,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )


def test_voice_is_not_loaded_at_start(tmp_path: Path) -> None:
    """The window, after its first paint and its later parts, has not imported the voice."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(['-platform', 'offscreen'])\n"
        "from reader.core.bundle import bundled_article\n"
        "from reader.core.document import open_document\n"
        "from reader.ui.app.settings import Settings\n"
        "from reader.ui.main_window import MainWindow\n"
        f"store = QSettings({str(tmp_path / 'reader.ini')!r}, QSettings.Format.IniFormat)\n"
        "window = MainWindow(open_document(bundled_article()), Settings(store))\n"
        "window.show()\n"
        "while not window.is_complete:\n"
        "    app.processEvents()\n"
        "assert window.reading_aloud.read_action.isEnabled()\n"
        "print(sorted(m for m in sys.modules if 'TextToSpeech' in m or 'Multimedia' in m))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_reads_sentences_in_order_with_the_highlight(
    reader_window: MainWindow, qtbot: QtBot
) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    reading_menu = next(
        m for m in window.menuBar().actions() if m.text().replace("&", "") == "Lecture"
    )
    assert reading.read_action in reading_menu.menu().actions()
    assert reading.read_action in window.toolbar.actions()
    assert reading.read_action.toolTip() == "Lire à voix haute (Ctrl+Maj+L)"
    _fastest(window, qtbot)
    heard: list[str] = []
    reading.sentence_started.connect(lambda _s, _e: heard.append(_read_text(window)))
    _start(window, qtbot)
    assert reading.read_action.text() == "&Pause"
    qtbot.waitUntil(lambda: len(heard) >= 3, timeout=10_000)
    assert heard[:3] == [TITLE, LEAD[0], LEAD[1]]
    # The highlight: a background and an underline in the theme's colours, the caret unmoved.
    theme = window.display.theme
    selection = next(s for s in window.pane.extraSelections() if s.cursor.selectedText() == LEAD[1])
    assert selection.format.background().color() == QColor(theme.reading_background)
    assert selection.format.underlineColor() == QColor(theme.reading_underline)
    assert window.pane.textCursor().position() == 0
    reading.stop()


def test_reaches_the_end_and_the_view_follows(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    _fastest(window, qtbot)
    window.pane.verticalScrollBar().setValue(0)
    _start(window, qtbot, at="Source : Ce texte")
    bar = window.pane.verticalScrollBar()
    assert bar.value() > 0  # the end of the article was brought into view
    with qtbot.waitSignal(reading.state_changed, timeout=15_000) as finished:
        pass
    assert finished.args == ["idle"]
    assert _read_text(window) == ""
    assert not reading.stop_action.isEnabled()
    assert reading.read_action.text() == "&Lire à voix haute"


def test_pause_resume_and_stop_with_escape(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    pane = window.pane
    _start(window, qtbot, at=LEAD[1])
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(pane, Qt.Key.Key_L, ctrl_shift)
    assert reading.state == "paused"
    assert reading.read_action.text() == "&Reprendre"
    assert _read_text(window) == LEAD[1]  # still marked while paused
    with qtbot.assertNotEmitted(reading.sentence_started, wait=300):
        pass
    # Moving while paused only moves the mark: « Reprendre » reads from there.
    with qtbot.assertNotEmitted(reading.sentence_started):
        qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert reading.state == "paused"
    assert _read_text(window) == LEAD[2]
    with qtbot.waitSignal(reading.sentence_started) as resumed:
        qtbot.keyClick(pane, Qt.Key.Key_L, ctrl_shift)
    assert window.pane.toPlainText()[resumed.args[0] : resumed.args[1]] == LEAD[2]
    assert reading.state == "speaking"
    assert reading.read_action.text() == "&Pause"
    assert reading.stop_action.shortcut().toString() == "Esc"
    qtbot.keyClick(pane, Qt.Key.Key_Escape)
    assert reading.state == "idle"
    assert _read_text(window) == ""
    assert not reading.stop_action.isEnabled()


def test_escape_closes_the_search_first(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    _start(window, qtbot, at=LEAD[1])
    qtbot.keyClick(window.pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search.search_bar.isVisible())
    assert reading.stop_action.shortcuts() == []
    bar = window.search.search_bar
    qtbot.keyClick(bar.focusWidget() or bar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.search.search_bar.isVisible())
    assert reading.state == "speaking"
    qtbot.keyClick(window.pane, Qt.Key.Key_Escape)
    assert reading.state == "idle"


def test_next_and_previous_sentence(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    pane = window.pane
    _start(window, qtbot, at=LEAD[0])
    assert _read_text(window) == LEAD[0]
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _read_text(window) == LEAD[1]
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _read_text(window) == LEAD[2]
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.keyClick(pane, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _read_text(window) == LEAD[1]
    menu_keys = {a.text(): a.shortcut().toString() for a in reading.menu_actions()}
    assert menu_keys["Phrase &suivante"] == "Alt+Right"
    assert menu_keys["Phrase &précédente"] == "Alt+Left"
    reading.stop()


def test_speed_is_remembered(
    make_window: WindowFactory, mock_voice: None, qtbot: QtBot, settings_file: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    reading, pane = window.reading_aloud, window.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert "1,15×" in reading.faster_action.toolTip()
    _start(window, qtbot, at=LEAD[0])  # while reading too
    for _ in range(10):
        qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert "2×" in reading.faster_action.toolTip()
    assert not reading.faster_action.isEnabled()
    assert reading.slower_action.isEnabled()
    window.close()  # the settings are written when the window closes
    assert Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)).speech_speed == 2.0
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    reading = window.reading_aloud
    assert not reading.faster_action.isEnabled()  # remembered
    window.pane.setFocus()
    for _ in range(20):
        qtbot.keyClick(window.pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not reading.slower_action.isEnabled()
    assert "0,5×" in reading.slower_action.toolTip()
    window.display.reset_display()  # « Réinitialiser l’affichage »: back to 1×
    assert reading.slower_action.isEnabled() and reading.faster_action.isEnabled()
    assert "1×" in reading.faster_action.toolTip()


def test_continues_from_where_the_reader_goes(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    pane = window.pane
    _start(window, qtbot, at=LEAD[0])
    # The caret, moved by the reader.
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _read_text(window) == "Date de l’édition : 26 novembre 2026."  # the last sentence
    # A section chosen in the tree.
    tree = window.tree
    item = tree.item_at(2)
    tree.scrollToItem(item)
    with qtbot.waitSignal(reading.sentence_started):
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
        )
    assert _read_text(window) == "La complexité de la guérison en cas de métastases"
    # A search result.
    qtbot.keyClick(pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(reading.sentence_started, timeout=3000):
        qtbot.keyClicks(window.search.search_bar.focusWidget(), "dissemination")  # accents fold
    assert _read_text(window).startswith("Cette dissémination se produit")
    reading.stop()


def test_theme_change_recolours_the_highlight(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    _start(window, qtbot, at=LEAD[0])
    for key, theme in THEMES.items():
        window.display.choose_theme(key)
        marked = [s for s in window.pane.extraSelections() if s.cursor.selectedText() == LEAD[0]]
        assert marked[0].format.background().color() == QColor(theme.reading_background)
    reading.stop()


def test_listen_in_the_definition_box(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    click_text(qtbot, window.pane, "micrométastases")
    popup = window.glossary.popup
    qtbot.waitUntil(popup.isVisible)
    listen = popup.listen_button
    assert listen.isVisible() and listen.isEnabled()
    assert listen.accessibleName() == "Écouter la définition"
    spoken: list[str] = []
    popup.listen_requested.connect(spoken.append)
    qtbot.mouseClick(listen, Qt.MouseButton.LeftButton)
    assert spoken and spoken[0].startswith("micrométastase")
    assert reading.state == "speaking"
    assert _read_text(window) == ""  # a definition marks nothing in the article
    assert popup.isVisible()
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert reading.state == "idle"


def test_closing_the_window_stops_the_voice(reader_window: MainWindow, qtbot: QtBot) -> None:
    window, reading = reader_window, reader_window.reading_aloud
    _start(window, qtbot, at=LEAD[0])
    with qtbot.waitSignal(reading.state_changed) as stopped:
        window.close()
    assert stopped.args == ["idle"]


def test_no_french_voice_disables_and_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory, qtbot: QtBot
) -> None:
    monkeypatch.setenv("LECTEUR_VOIX_MOTEUR", "mock")  # English, Norwegian and Finnish only
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    reading = window.reading_aloud
    window.pane.setFocus()
    qtbot.keyClick(
        window.pane,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    action = reading.read_action
    assert action.isVisible() and action in window.toolbar.actions()
    assert not action.isEnabled()
    assert "speech-dispatcher-espeak-ng" in action.toolTip()
    assert "libpulse0" in action.toolTip()
    assert "speech-dispatcher-espeak-ng" in window.message_bar.text
    assert not window.glossary.popup.listen_button.isEnabled()
    assert "speech-dispatcher-espeak-ng" in _about_text(window)


@pytest.mark.parametrize("engine", ["cloudvoice", "android"])
def test_other_engines_are_refused(
    engine: str, monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory, qtbot: QtBot
) -> None:
    monkeypatch.setenv("LECTEUR_VOIX_MOTEUR", engine)
    window = make_window()
    window.reading_aloud.read_action.trigger()
    assert not window.reading_aloud.read_action.isEnabled()
    assert window.reading_aloud.voice.engine_name == ""


def test_plain_text_without_qt_is_the_panes(window: MainWindow) -> None:
    """The Qt-free tests split the same text the pane holds."""
    shown = plain_text(open_document(bundled_article()).rendered.html)
    assert shown.text == window.pane.toPlainText()
    assert shown.heading_starts == window.pane.heading_positions


def test_no_two_enabled_actions_share_a_key(reader_window: MainWindow, qtbot: QtBot) -> None:
    window = reader_window
    _start(window, qtbot, at=LEAD[0])  # every reading action enabled
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.reading_aloud.read_action)):
        if not action.isEnabled():
            continue
        for keys in action.shortcuts():
            name = keys.toString()
            assert name not in seen, (name, seen.get(name), action.text())
            seen[name] = action.text()
    window.reading_aloud.stop()


def test_without_addons_the_action_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Installed without the « voix » extra (the module cannot be found): disabled at once."""
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    window = make_window()
    qtbot.waitUntil(lambda: window.is_complete)
    action = window.reading_aloud.read_action
    assert not action.isEnabled()
    assert "PySide6-Addons" in action.toolTip() and "libpulse0" in action.toolTip()
    assert not window.glossary.popup.listen_button.isEnabled()
    assert "PySide6-Addons" in _about_text(window)

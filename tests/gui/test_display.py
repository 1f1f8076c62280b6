"""Text size, Grand texte, reflow, themes and remembered settings, in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QPalette, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from reader.core.themes import CLAIR, CONTRASTE, SOMBRE, THEMES
from reader.ui.dialogs.about import AboutDialog
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

CTRL = Qt.KeyboardModifier.ControlModifier
OBJECTIVES = "Objectifs du traitement en cas de métastases"


def _active(window: MainWindow, qtbot: QtBot) -> MainWindow:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.pane.setFocus()
    return window


def _points(window: MainWindow) -> float:
    return window.pane.document().defaultFont().pointSizeF()


def _label(percent: int) -> str:
    return f"{percent}\u00a0%"


def _top_line(window: MainWindow) -> QTextCursor:
    """A cursor on the line drawn at the top of the pane, found by position on screen."""
    pane = window.pane
    margin = pane.document().rootFrame().frameFormat().leftMargin()
    return pane.cursorForPosition(QPoint(int(margin) + 10, 2))


def _line_holds(cursor: QTextCursor, position: int) -> bool:
    start, end = QTextCursor(cursor), QTextCursor(cursor)
    start.movePosition(QTextCursor.MoveOperation.StartOfLine)
    end.movePosition(QTextCursor.MoveOperation.EndOfLine)
    return start.position() <= position <= end.position()


def _wheel(window: MainWindow, delta: int) -> None:
    viewport = window.pane.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _paragraph_margins(window: MainWindow) -> list[float]:
    """Space after each paragraph of running text (not headings, not list items)."""
    margins = []
    block = window.pane.document().begin()
    while block.isValid():
        heading = block.blockFormat().headingLevel() > 0
        if not heading and block.textList() is None and len(block.text()) > 80:
            margins.append(block.blockFormat().bottomMargin())
        block = block.next()
    return margins


def _heading_colour(window: MainWindow) -> str:
    block = window.pane.document().begin()
    while block.blockFormat().headingLevel() == 0:
        block = block.next()
    return block.begin().fragment().charFormat().foreground().color().name()


# -- text size ------------------------------------------------------------------------------


def test_keys_change_the_text_size(window: MainWindow, qtbot: QtBot) -> None:
    _active(window, qtbot)
    pane = window.pane
    assert _points(window) == 14.0
    assert window.display.size_label.text() == _label(100)
    steps = [
        (Qt.Key.Key_Equal, 110),
        (Qt.Key.Key_Plus, 125),
        (Qt.Key.Key_Plus, 150),
        (Qt.Key.Key_Minus, 125),
        (Qt.Key.Key_0, 100),
    ]
    for key, percent in steps:
        qtbot.keyClick(pane, key, CTRL)
        assert window.display.size_label.text() == _label(percent)
        assert _points(window) == pytest.approx(14.0 * percent / 100)
        assert window.display.size_label.accessibleName() == f"Taille du texte : {_label(percent)}"


def test_ctrl_wheel_changes_the_text_size(window: MainWindow, qtbot: QtBot) -> None:
    before = window.pane.verticalScrollBar().value()
    _wheel(window, 120)
    assert window.display.size_label.text() == _label(110)
    _wheel(window, -120)
    _wheel(window, -120)
    assert window.display.size_label.text() == _label(90)
    # A touchpad sends small steps: two half notches make one step.
    _wheel(window, 60)
    assert window.display.size_label.text() == _label(90)
    _wheel(window, 60)
    assert window.display.size_label.text() == _label(100)
    assert _points(window) == 14.0
    assert window.pane.verticalScrollBar().value() == before


def test_size_stops_at_50_and_400(window: MainWindow, qtbot: QtBot) -> None:
    _active(window, qtbot)
    for _ in range(20):
        qtbot.keyClick(window.pane, Qt.Key.Key_Equal, CTRL)
    assert window.display.size_label.text() == _label(400)
    assert _points(window) == 56.0
    assert not window.display.zoom_in_action.isEnabled()
    for _ in range(30):
        qtbot.keyClick(window.pane, Qt.Key.Key_Minus, CTRL)
    assert window.display.size_label.text() == _label(50)
    assert _points(window) == 7.0
    assert not window.display.zoom_out_action.isEnabled()
    assert window.display.zoom_in_action.isEnabled()


def test_zoom_keeps_the_reading_position(window: MainWindow, qtbot: QtBot) -> None:
    _active(window, qtbot)
    pane = window.pane
    window.tree.section_requested.emit(3)
    qtbot.waitUntil(lambda: _top_line(window).block().text() == OBJECTIVES)
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0):
        qtbot.keyClick(pane, key, CTRL)
        assert _top_line(window).block().text() == OBJECTIVES
    # In the middle of a paragraph, the line at the top stays at the top.
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().value() + 37)
    top = _top_line(window)
    top.movePosition(QTextCursor.MoveOperation.StartOfLine)
    position = top.position()
    for key in (Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
        qtbot.keyClick(pane, key, CTRL)
        assert _line_holds(_top_line(window), position), window.display.size_label.text()
    assert window.tree.current_index() == pane.current_section


def test_text_column_follows_the_font(window: MainWindow, qtbot: QtBot) -> None:
    pane = window.pane

    def characters_per_line() -> float:
        document = pane.document()
        margin = document.rootFrame().frameFormat().leftMargin()
        width = pane.viewport().width() - 2 * margin - 2 * document.documentMargin()
        sample = "Le cancer peut-il être guéri après métastase ? Les traitements actuels"
        metrics = QFontMetricsF(document.defaultFont())
        return width / (metrics.horizontalAdvance(sample) / len(sample))

    window.resize(1400, 800)
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert 60 <= characters_per_line() <= 70.5
    margin_before = pane.document().rootFrame().frameFormat().leftMargin()
    window.display.zoom_in()
    window.display.zoom_in()
    assert characters_per_line() <= 70.5
    assert pane.document().rootFrame().frameFormat().leftMargin() < margin_before


def test_the_side_margin_grows_with_the_text(window: MainWindow, qtbot: QtBot) -> None:
    """From 150 % up the column fills the window: its margin stays about a line high."""
    pane = window.pane
    window.resize(1100, 780)
    qtbot.waitUntil(lambda: window.width() == 1100)
    margins = {}
    for _ in range(12):  # up to 400 %
        window.display.zoom_in()
        percent = window.display.text_percent
        margin = pane.document().rootFrame().frameFormat().leftMargin()
        line = QFontMetricsF(pane.document().defaultFont()).height()
        width = pane.viewport().width() - 2 * pane.document().documentMargin()
        margins[percent] = margin
        assert margin >= min(line, width * 0.1) - 0.5, (percent, margin, line)
    assert margins[400] > margins[150] >= 24
    assert margins[400] <= pane.viewport().width() * 0.1


def test_buttons_are_named_and_show_their_keys(window: MainWindow) -> None:
    toolbar = window.toolbar
    expected = {
        window.display.zoom_out_action: ("A−", "Réduire le texte", ["Ctrl+-"]),
        window.display.zoom_in_action: ("A+", "Agrandir le texte", ["Ctrl++", "Ctrl+="]),
        window.display.zoom_reset_action: ("Taille normale", "Taille normale du texte", ["Ctrl+0"]),
        window.display.large_text_action: ("Grand texte", "Grand texte", ["Ctrl+Maj+T"]),
    }
    for action, (shown, name, keys) in expected.items():
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.text() == shown
        assert button.accessibleName() == name
        assert action.toolTip().startswith(name)
        for key in keys:
            assert key in action.toolTip()
    assert window.display.size_label.accessibleName() == f"Taille du texte : {_label(100)}"


# -- Grand texte ----------------------------------------------------------------------------


def test_large_text_on_and_off(window: MainWindow, qtbot: QtBot) -> None:
    _active(window, qtbot)
    app_font = QApplication.font()
    interface = app_font.pointSizeF()
    pane_font = window.pane.document().defaultFont()
    margins = _paragraph_margins(window)
    tree_font = window.tree.font()

    qtbot.keyClick(window.pane, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.display.large_text_action.isChecked()
    font = window.pane.document().defaultFont()
    assert font.pointSizeF() >= 28.0
    assert window.display.size_label.text() == _label(200)
    assert QApplication.font().pointSizeF() >= 1.5 * interface
    widgets = (
        window.tree,
        window.menuBar(),
        window.toolbar,
        window.message_bar,
        window.tree_dock.titleBarWidget().label,
        window.display.size_label,
    )
    # Qt hands the application font to the widgets through its event queue.
    qtbot.waitUntil(lambda: all(w.font().pointSizeF() >= 1.5 * interface for w in widgets))
    em = font.pointSizeF() * window.pane.logicalDpiY() / 72
    assert font.letterSpacingType() == font.SpacingType.AbsoluteSpacing
    assert font.letterSpacing() == pytest.approx(0.12 * em, abs=0.05)
    assert font.wordSpacing() == pytest.approx(0.16 * em, abs=0.05)
    large_margins = _paragraph_margins(window)
    assert large_margins and min(large_margins) >= 2 * em - 0.5
    block = window.pane.document().findBlock(window.pane.heading_positions[1] + 1).next()
    assert block.blockFormat().lineHeight() >= 150
    assert block.blockFormat().lineHeightType() == 1  # proportional
    window.navigation.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.label.font().pointSizeF() >= 1.5 * interface
    dialog.close()
    # A− never goes under 200 % in Grand texte.
    qtbot.keyClick(window.pane, Qt.Key.Key_Minus, CTRL)
    assert window.display.size_label.text() == _label(200)
    qtbot.keyClick(window.pane, Qt.Key.Key_Equal, CTRL)
    assert window.display.size_label.text() == _label(250)

    qtbot.keyClick(window.pane, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert not window.display.large_text_action.isChecked()
    assert QApplication.font() == app_font
    assert window.pane.document().defaultFont() == pane_font
    qtbot.waitUntil(lambda: window.tree.font() == tree_font)
    assert _paragraph_margins(window) == margins
    assert window.display.size_label.text() == _label(100)


# -- reflow ---------------------------------------------------------------------------------


def _no_sideways_scrolling(window: MainWindow) -> bool:
    pane = window.pane
    return (
        pane.horizontalScrollBar().maximum() == 0
        and pane.document().size().width() <= pane.viewport().width() + 1
    )


def _toolbar_cuts_nothing(window: MainWindow) -> bool:
    """Every control is whole on the toolbar, or in its overflow menu (then shown as »)."""
    toolbar = window.toolbar
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is not None
    hidden = False
    for action in toolbar.actions():
        widget = toolbar.widgetForAction(action)
        if widget is None:
            continue
        if widget.isVisible():
            assert widget.geometry().right() <= toolbar.contentsRect().right(), action.text()
        else:
            hidden = True
    assert extension.isVisible() == hidden
    return hidden


def test_large_text_keeps_the_article_font_once_the_interface_font_arrives(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Qt hands the larger interface font to every widget later, through its event queue; a
    text browser would copy it into its document and lose the article's size."""
    tree_font = window.tree.font()
    window.display.large_text_action.trigger()
    qtbot.waitUntil(lambda: window.tree.font() != tree_font)
    QApplication.processEvents()  # every font change still queued reaches the pane too
    assert _points(window) >= 28.0
    assert window.pane.document().defaultFont().letterSpacing() > 0
    window.display.large_text_action.trigger()
    qtbot.waitUntil(lambda: window.tree.font() == tree_font)
    QApplication.processEvents()
    assert _points(window) == 14.0


def test_a_size_step_rewraps_the_text_once(window: MainWindow, qtbot: QtBot) -> None:
    """The text area keeps its size through a step (no scroll bar coming and going), so the
    text is laid out once per step, at its new size."""
    from PySide6.QtCore import QEvent, QObject

    class Resizes(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                self.count += 1
            return False

    viewport = window.pane.viewport()
    width = viewport.width()
    resizes = Resizes()
    viewport.installEventFilter(resizes)
    display = window.display
    for step in (display.zoom_in, display.zoom_in, display.zoom_out, display.reset_zoom):
        step()
        QApplication.processEvents()
    viewport.removeEventFilter(resizes)
    assert resizes.count == 0
    assert viewport.width() == width


def test_no_sideways_scrolling_at_400_percent(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    for _ in range(20):
        window.display.zoom_in()
    assert window.display.size_label.text() == _label(400)
    assert _no_sideways_scrolling(window)
    window.display.large_text_action.trigger()
    assert _no_sideways_scrolling(window)


def test_window_320_pixels_wide(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(320, 600)
    qtbot.waitUntil(lambda: window.width() == 320)
    assert _no_sideways_scrolling(window)
    assert _toolbar_cuts_nothing(window)  # some controls went into the overflow menu
    # The text would keep fewer than 20 characters a line: the Sommaire steps aside for it.
    qtbot.waitUntil(lambda: not window.tree_dock.isVisible())
    qtbot.waitUntil(lambda: window.pane.column_characters >= 20)
    assert _no_sideways_scrolling(window)


def test_window_600_pixels_wide(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(600, 600)
    qtbot.waitUntil(lambda: window.width() == 600)
    QApplication.processEvents()  # the panels' room is checked just after a resize
    assert _no_sideways_scrolling(window)
    assert window.tree.isVisible() and window.tree.width() >= 90
    assert window.pane.column_characters >= 20
    # The longest title wraps inside the panel rather than being cut off.
    item = window.tree.item_at(4)
    assert window.tree.visualItemRect(item).height() > window.tree.fontMetrics().height()


def test_window_1280_pixels_wide_at_400_percent_in_large_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.display.large_text_action.trigger()
    for _ in range(20):
        window.display.zoom_in()
    window.resize(1280, 700)
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert _no_sideways_scrolling(window)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: window.width() == 700)
    assert _no_sideways_scrolling(window)
    _toolbar_cuts_nothing(window)


def test_resizing_keeps_the_reading_position(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.tree.section_requested.emit(3)
    qtbot.waitUntil(lambda: _top_line(window).block().text() == OBJECTIVES)
    window.resize(520, 600)
    qtbot.waitUntil(lambda: window.width() == 520)
    assert _top_line(window).block().text() == OBJECTIVES


# -- themes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("choice", ["sombre", "contraste", "clair"])
def test_theme_colours_come_from_the_table(window: MainWindow, qtbot: QtBot, choice: str) -> None:
    theme = THEMES[choice]
    window.display.theme_actions[choice].trigger()
    assert window.display.theme_actions[choice].isChecked()
    assert sum(a.isChecked() for a in window.display.theme_actions.values()) == 1
    palette = window.pane.palette()
    assert palette.color(QPalette.ColorRole.Base).name() == theme.background
    assert palette.color(QPalette.ColorRole.Text).name() == theme.text
    assert palette.color(QPalette.ColorRole.Highlight).name() == theme.selection_background
    assert palette.color(QPalette.ColorRole.HighlightedText).name() == theme.selection_text
    app = QApplication.palette()
    assert app.color(QPalette.ColorRole.Window).name() == theme.window
    assert app.color(QPalette.ColorRole.WindowText).name() == theme.window_text
    assert app.color(QPalette.ColorRole.ToolTipBase).name() == theme.popup_background
    assert app.color(QPalette.ColorRole.PlaceholderText).name() == theme.placeholder
    # Qt hands the application palette to the widgets through its event queue.
    tree = window.tree
    qtbot.waitUntil(
        lambda: tree.palette().color(QPalette.ColorRole.Base).name() == theme.background
    )
    assert _heading_colour(window) == theme.heading
    assert window.display.theme == theme


def test_the_pane_is_drawn_in_the_theme(window: MainWindow, qtbot: QtBot) -> None:
    window.display.theme_actions["contraste"].trigger()
    qtbot.waitUntil(lambda: window.pane.viewport().grab().toImage().pixelColor(5, 5).isValid())
    image = window.pane.viewport().grab().toImage()
    assert image.pixelColor(5, image.height() - 5).name() == CONTRASTE.background


def test_system_theme_follows_the_computer(window: MainWindow) -> None:
    assert window.display.theme_actions["systeme"].isChecked()
    assert window.display.theme == CLAIR  # the offscreen platform has no colour scheme
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.display.theme == SOMBRE
    assert window.pane.palette().color(QPalette.ColorRole.Base).name() == SOMBRE.background
    window.display.theme_actions["clair"].trigger()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.display.theme == CLAIR  # a theme chosen by hand stays
    window.display.theme_actions["systeme"].trigger()
    assert window.display.theme == SOMBRE
    if hasattr(hints, "accessibility"):
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert window.display.theme == CONTRASTE
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    hints.colorSchemeChanged.emit(hints.colorScheme())
    assert window.display.theme == CLAIR


# -- remembered settings --------------------------------------------------------------------


def test_display_settings_survive_a_restart(make_window: WindowFactory, qtbot: QtBot) -> None:
    first = _active(make_window(), qtbot)
    for _ in range(3):
        qtbot.keyClick(first.pane, Qt.Key.Key_Equal, CTRL)
    first.display.theme_actions["sombre"].trigger()
    first.tree.section_requested.emit(3)
    qtbot.keyClick(first.pane, Qt.Key.Key_PageDown)
    top = _top_line(first)
    top.movePosition(QTextCursor.MoveOperation.StartOfLine)
    position = top.position()
    first.close()

    second = make_window()
    assert second.display.size_label.text() == _label(150)
    assert _points(second) == 21.0
    assert second.display.theme_actions["sombre"].isChecked()
    assert second.pane.palette().color(QPalette.ColorRole.Base).name() == SOMBRE.background
    assert _line_holds(_top_line(second), position)
    assert second.tree.current_index() == 3


def test_settings_reach_the_disk_once_the_changes_stop(
    make_window: WindowFactory, qtbot: QtBot, settings_file: Path
) -> None:
    """Pressing A+ three times writes the file once, after the last press, not three times."""
    from reader.ui.app.settings import WRITE_DELAY_MS

    def saved() -> str:
        return settings_file.read_text(encoding="utf-8") if settings_file.exists() else ""

    window = make_window()
    before = saved()
    for _ in range(3):
        window.display.zoom_in()
        QApplication.processEvents()
        assert saved() == before
    qtbot.waitUntil(lambda: "text_size=150" in saved(), timeout=WRITE_DELAY_MS + 2000)
    # Closing writes at once what is still waiting.
    window.display.zoom_in()
    window.close()
    assert "text_size=175" in saved()


def test_large_text_survives_a_restart(make_window: WindowFactory, qtbot: QtBot) -> None:
    first = make_window()
    interface = QApplication.font().pointSizeF()
    first.display.large_text_action.trigger()
    first.display.zoom_in()
    first.close()
    assert QApplication.font().pointSizeF() == interface  # closing gives the font back
    second = make_window()
    assert second.display.large_text_action.isChecked()
    assert second.display.size_label.text() == _label(250)
    assert QApplication.font().pointSizeF() >= 1.5 * interface
    second.display.large_text_action.trigger()
    assert second.display.size_label.text() == _label(100)
    assert QApplication.font().pointSizeF() == interface


def test_a_damaged_settings_file_is_neither_fatal_nor_overwritten(
    make_window: WindowFactory, qtbot: QtBot, settings_file: Path
) -> None:
    garbage = b"[display]\ntext_size=150\n\x00\xff\xfe[[[=\n\x80\x81" + bytes(range(256))
    settings_file.write_bytes(garbage)
    window = make_window()
    assert window.display.size_label.text() == _label(100)
    assert window.display.theme_actions["systeme"].isChecked()
    assert not window.display.large_text_action.isChecked()
    window.display.zoom_in()  # changes are kept for the session...
    assert window.display.size_label.text() == _label(110)
    window.close()
    assert settings_file.read_bytes() == garbage  # ...but never written over the file


@pytest.mark.parametrize(
    "content",
    [
        "[display]\ntext_size=10000\ntheme=violet\nlarge_text=peut-être\n",
        "[display]\ntext_size=abc\ntheme=42\nlarge_text_size=-3\n[reading]\nsection=x\n",
        "[display]\ntext_size=@ByteArray(xyz)\n[window]\ngeometry=12\nstate=abc\n",
    ],
)
def test_values_out_of_range_fall_back_to_defaults(
    make_window: WindowFactory, settings_file: Path, content: str
) -> None:
    settings_file.write_text(content, encoding="utf-8")
    window = make_window()
    assert window.display.size_label.text() == _label(100)
    assert window.display.theme_actions["systeme"].isChecked()
    assert not window.display.large_text_action.isChecked()
    assert window.pane.verticalScrollBar().value() == 0


def test_reset_display_restores_every_default(
    make_window: WindowFactory, qtbot: QtBot, settings_file: Path
) -> None:
    window = make_window()
    interface = QApplication.font()
    window.display.zoom_in()
    window.display.large_text_action.trigger()
    window.display.zoom_in()
    window.display.theme_actions["contraste"].trigger()
    window.tree_dock.close()
    window.pane.verticalScrollBar().setValue(window.pane.verticalScrollBar().maximum() // 2)
    window.glossary.dock.raise_()
    window.glossary.panel.filter_field.setFocus()
    assert window.focusWidget() is window.glossary.panel.filter_field

    window.display.reset_display_action.trigger()
    assert window.display.size_label.text() == _label(100)
    assert _points(window) == 14.0
    assert not window.display.large_text_action.isChecked()
    assert QApplication.font() == interface
    assert window.display.theme_actions["systeme"].isChecked()
    assert window.pane.palette().color(QPalette.ColorRole.Base).name() == CLAIR.background
    assert window.tree_dock.isVisible()
    assert window.pane.verticalScrollBar().value() == 0
    # It says what it did, and the keyboard is in the text, its frame drawn.
    said = " ".join(window.message_bar.text.split())  # the bar's plain text: spaces as spaces
    assert said == (
        "Affichage réinitialisé : texte à 100 %, thème « Système », panneaux "
        "d’origine, lecture reprise au début."
    )
    assert window.focusWidget() is window.pane
    window.close()
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert str(store.value("display/text_size")) == "100"
    assert str(store.value("display/theme")) == "systeme"
    second = make_window()
    assert second.display.size_label.text() == _label(100)
    assert second.pane.verticalScrollBar().value() == 0


def test_dialogs_grow_with_grand_texte(window: MainWindow, qtbot: QtBot) -> None:
    window.navigation.show_shortcuts()
    dialog = window.navigation.shortcuts_dialog
    assert dialog is not None
    normal_width = dialog.width()
    window.navigation.show_about()
    about = window.findChild(AboutDialog)
    assert about is not None
    normal_about = about.minimumWidth()
    dialog.close()
    about.close()
    window.display.large_text_action.trigger()
    window.navigation.show_shortcuts()
    dialog = window.navigation.shortcuts_dialog
    assert dialog is not None
    # Larger by Grand texte's 150 %, as far as the screen allows.
    room = dialog.screen().availableGeometry().width() - 40
    assert dialog.width() >= min(normal_width * 1.4, room), (normal_width, room)
    window.navigation.show_about()  # the same dialog: it follows the new font when Qt hands it over
    qtbot.waitUntil(lambda: about.minimumWidth() >= min(normal_about * 1.4, room))
    dialog.close()
    about.close()

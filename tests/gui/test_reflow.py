"""Large text reflows without breaking a word: headings grow less than the text, the side
panels step aside for a narrow column, and a word still too wide breaks at a French
hyphenation point, which search and copy never see."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QGuiApplication, QTextCursor
from pytestqt.qtbot import QtBot

from reader.core.hyphenation import hyphenated, word_at
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

SOFT_HYPHEN = "\u00ad"


def _lines_ending_inside_a_word(window: MainWindow) -> list[str]:
    """Every laid-out line of the article that ends between two letters, as « avant|après »."""
    document = window.pane.document()
    document.documentLayout().blockBoundingRect(document.lastBlock())
    broken: list[str] = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount() - 1):
            line = layout.lineAt(index)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
                broken.append(f"{text[max(0, end - 12) : end]}|{text[end : end + 6]}")
        block = block.next()
    return broken


def _at_400_percent(window: MainWindow, qtbot: QtBot) -> None:
    while window.display.text_percent < 400:
        window.display.zoom_in()
    qtbot.waitUntil(lambda: window.display.size_label.text() == "400\u00a0%")


def _resize(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    QGuiApplication.processEvents()  # the panels' check runs just after the resize


def test_no_word_breaks_at_400_percent_in_1280_by_900(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _resize(window, qtbot, 1280, 900)
    _at_400_percent(window, qtbot)
    assert _lines_ending_inside_a_word(window) == []
    assert window.tree.isVisible()  # room enough: the Sommaire stays
    assert SOFT_HYPHEN not in window.pane.toPlainText()  # nor any hyphen needed


def test_no_word_breaks_in_large_text_at_the_default_size(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _resize(window, qtbot, 1100, 780)
    window.display.large_text_action.trigger()
    assert _lines_ending_inside_a_word(window) == []
    while window.display.text_percent < 400:
        window.display.zoom_in()
    assert _lines_ending_inside_a_word(window) == []


def test_panels_step_aside_for_a_narrow_column_and_come_back(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _resize(window, qtbot, 700, 600)
    assert window.tree.isVisible()  # at 100 % the Sommaire leaves the text room
    _at_400_percent(window, qtbot)  # not at 400 %: it steps aside
    qtbot.waitUntil(lambda: not window.tree_dock.isVisible())
    qtbot.waitUntil(lambda: window.pane.column_characters >= 12)
    _resize(window, qtbot, 400, 600)
    assert window.pane.column_characters >= 7
    _resize(window, qtbot, 1280, 900)
    qtbot.waitUntil(window.tree_dock.isVisible)
    qtbot.waitUntil(lambda: window.pane.column_characters >= 20)


def test_a_word_wider_than_the_column_breaks_at_a_hyphenation_point(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _resize(window, qtbot, 400, 600)
    _at_400_percent(window, qtbot)
    qtbot.waitUntil(lambda: not window.tree_dock.isVisible())
    pane = window.pane
    qtbot.waitUntil(lambda: pane.column_characters >= 7)
    text = pane.toPlainText()
    # « thérapeutiques » cannot fit 9 characters: it breaks between syllables, with a hyphen.
    assert "thé\u00adra\u00adpeu\u00adtiques" in text
    # Only words French hyphenation cannot break (« toxiques ») still break elsewhere.
    for excerpt in _lines_ending_inside_a_word(window):
        word = word_at(excerpt.replace("|", ""), excerpt.index("|"))
        assert SOFT_HYPHEN not in hyphenated(word), excerpt
    # Copy gives the words whole.
    cursor = pane.document().find("thé\u00adra\u00adpeu\u00adtiques")
    cursor.setPosition(cursor.selectionStart() - 4)
    cursor.setPosition(cursor.position() + 30, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    copied = pane.createMimeDataFromSelection().text()
    assert SOFT_HYPHEN not in copied and "thérapeutiques" in copied
    # A wide window needs no hyphen any more.
    _resize(window, qtbot, 1280, 900)
    qtbot.waitUntil(lambda: SOFT_HYPHEN not in pane.toPlainText())
    assert _lines_ending_inside_a_word(window) == []


def test_search_finds_hyphenated_words(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    _resize(window, qtbot, 400, 600)
    _at_400_percent(window, qtbot)
    qtbot.waitUntil(lambda: SOFT_HYPHEN in window.pane.toPlainText())
    window.search.open_search()
    bar = window.search.search_bar
    with qtbot.waitSignal(window.search.highlighter.results_changed, timeout=3000):
        qtbot.keyClicks(bar.field, "therapeutiques")  # accents folded
    plain = window.pane.toPlainText().replace(SOFT_HYPHEN, "")
    assert window.search.highlighter.count == plain.count("thérapeutiques") >= 1
    found = {s.cursor.selectedText() for s in window.pane.extraSelections()}
    assert "thé\u00adra\u00adpeu\u00adtiques" in found  # the hyphenated word is highlighted whole


def _term_links_by_section(window: MainWindow) -> list[list[str]]:
    """The addresses of the term links of each section, in reading order."""
    document = window.pane.document()
    starts = list(window.pane.heading_positions)
    sections: list[list[str]] = [[] for _ in range(len(starts) + 1)]
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        previous = None
        while not fragments.atEnd():
            fragment = fragments.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith("terme:") and href != previous:
                index = sum(1 for start in starts if start <= fragment.position())
                sections[index].append(href)
            previous = href
            fragments += 1
        block = block.next()
    return sections


def test_each_term_is_linked_once_per_section(window: MainWindow, qtbot: QtBot) -> None:
    sections = _term_links_by_section(window)
    assert sum(map(len, sections)) >= 20  # the page still offers its terms
    for links in sections:
        assert len(links) == len(set(links)), links
    plain = window.pane.toPlainText()
    # « a métastasé »: the link is the participle, not the auxiliary.
    cursor = window.pane.document().find("a métastasé")
    assert not cursor.isNull()
    assert cursor.charFormat().anchorHref() == ""  # just after « a »: plain text
    assert "a métastasé" in plain
    # « Souligner tous les termes » marks every repeat again, and is remembered.
    window.display.every_term_action.trigger()
    qtbot.waitUntil(lambda: any(len(s) != len(set(s)) for s in _term_links_by_section(window)))
    assert window.pane.toPlainText() == plain  # only the look changed
    window.display.every_term_action.trigger()
    assert all(len(s) == len(set(s)) for s in _term_links_by_section(window))


def test_every_term_setting_survives_a_restart(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert not window.display.every_term_action.isChecked()
    window.display.every_term_action.trigger()
    window.close()
    again = make_window()
    assert again.display.every_term_action.isChecked()
    assert again.pane.every_term_marked
    again.display.reset_display_action.trigger()
    assert not again.display.every_term_action.isChecked() and not again.pane.every_term_marked


def test_the_glossary_panel_needs_no_sideways_scrolling_in_large_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.display.large_text_action.trigger()
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.waitUntil(panel.isVisible)
    panel.choose_entry("cellule_cancereuse")
    qtbot.waitUntil(lambda: panel.place_positions() != [])
    for view in (panel.entry_list, panel.place_list):
        assert not view.horizontalScrollBar().isVisible(), view.objectName()
        assert view.horizontalScrollBar().maximum() == 0, view.objectName()
    # The filter's hint is whole: in the field when it fits, else wrapped under it.
    field = panel.filter_field
    hint_width = field.fontMetrics().horizontalAdvance("un mot, avec ou sans accents")
    assert panel.hint_shown_below or hint_width < field.width()
    assert panel.hint_shown_below == (field.placeholderText() == "")


def test_panels_stepped_aside_are_remembered_open(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    _resize(window, qtbot, 500, 600)
    _at_400_percent(window, qtbot)
    qtbot.waitUntil(lambda: not window.tree_dock.isVisible())
    window.close()
    again = make_window()
    again.resize(1280, 900)
    qtbot.waitUntil(lambda: again.width() == 1280)
    assert again.tree_dock.toggleViewAction().isChecked()


def test_screen_readers_hear_hyphenated_words_whole(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    from tests.gui.test_accessibility import _nodes

    window = make_window()
    _resize(window, qtbot, 400, 600)
    _at_400_percent(window, qtbot)
    qtbot.waitUntil(lambda: SOFT_HYPHEN in window.pane.toPlainText())
    names = [
        node.text(QAccessible.Text.Name)
        for role in (QAccessible.Role.Heading, QAccessible.Role.Paragraph, QAccessible.Role.Link)
        for node in _nodes(window, role)
    ]
    assert any("thérapeutiques" in name for name in names)
    assert not any(SOFT_HYPHEN in name for name in names)

"""The glossary in the real window: dotted term links, the definition popup and the panel."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from reader.core.bundle import content_dir
from reader.core.folding import fold, fold_str
from reader.core.themes import CLAIR, THEMES
from reader.ui.main_window import MainWindow
from reader.ui.widgets.glossary_popup import GlossaryPopup
from tests.gui.conftest import WindowFactory

TERM = "micrométastases"
TERM_ID = "micrometastase"


@dataclass(frozen=True)
class Link:
    start: int
    end: int
    href: str
    text: str
    look: QTextCharFormat


def _term_links(window: MainWindow) -> list[Link]:
    """Every glossary link of the pane, read from the document's fragments."""
    links: list[Link] = []
    block = window.pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            if look.anchorHref().startswith("terme:"):
                start = fragment.position()
                links.append(
                    Link(start, start + fragment.length(), look.anchorHref(), fragment.text(), look)
                )
            fragments += 1
        block = block.next()
    return links


def _link(window: MainWindow, text: str) -> Link:
    return next(
        link for link in _term_links(window) if link.text.replace("\u00ad", "") == text
    )


def _point_on(window: MainWindow, link: Link) -> QPoint:
    """The middle of a link in the viewport, scrolled into view first."""
    pane = window.pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition((link.start + link.end) // 2)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    return pane.cursorRect(cursor).center()


def _in_window(window: MainWindow, widget: QWidget, rect: QRect) -> QRect:
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def _click_term(window: MainWindow, qtbot: QtBot, text: str = TERM) -> Link:
    link = _link(window, text)
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.LeftButton, pos=_point_on(window, link))
    qtbot.waitUntil(window.glossary.popup.isVisible)
    return link


def _selected(window: MainWindow) -> tuple[int, int]:
    cursor = window.pane.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def _tab_to(window: MainWindow, qtbot: QtBot, text: str) -> Link:
    """Tab from the start of the text until the keyboard is on the term ``text``."""
    pane = window.pane
    link = _link(window, text)
    pane.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(len(_term_links(window)) + 10):  # bounded: at most every link once
        qtbot.keyClick(pane, Qt.Key.Key_Tab)
        if _selected(window) == (link.start, link.end):
            break
    assert _selected(window) == (link.start, link.end)
    assert QApplication.focusWidget() is pane
    return link


# -- the links ------------------------------------------------------------------------------


def test_terms_are_drawn_with_a_dotted_underline_in_the_term_colour(window: MainWindow) -> None:
    links = _term_links(window)
    assert links
    for link in links:
        assert link.look.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine, link.text
        assert link.look.foreground().color() == QColor(CLAIR.term), link.text


def test_marking_terms_never_changes_the_text(
    make_window: WindowFactory, tmp_path: Path, window: MainWindow
) -> None:
    for name in ("article.md", "article.toml", "notice.md"):
        shutil.copy(content_dir() / name, tmp_path / name)
    bare = make_window(tmp_path / "article.md")
    assert len(bare.document.glossary) == 0
    assert _term_links(bare) == []
    assert _term_links(window)
    assert window.pane.toPlainText() == bare.pane.toPlainText()


def test_every_entry_found_in_the_text_is_linked_at_least_once(window: MainWindow) -> None:
    """From the glossary data and the pane's text, not from a list of expected terms."""
    pane = window.pane
    text = pane.toPlainText()
    folded = fold(text)
    in_headings = [range(heading.start, heading.end) for heading in pane.headings]
    linked = {link.href.removeprefix("terme:") for link in _term_links(window)}
    occurring = set()
    for entry in window.document.glossary.entries:
        for form in entry.forms:
            pattern = rf"(?<![^\W_]){re.escape(fold_str(form))}(?![^\W_])"
            for found in re.finditer(pattern, folded.text):
                start, _ = folded.span(*found.span())
                if not any(start in heading for heading in in_headings):  # never linked there
                    occurring.add(entry.id)
    assert len(occurring) >= len(window.document.glossary) // 2  # the test has something to do
    assert occurring - linked == set()
    assert linked <= {entry.id for entry in window.document.glossary.entries}


def _words(text: str) -> list[str]:
    return [word for word in text.split() if any(char.isalnum() for char in word)]


def test_every_definition_is_short(window: MainWindow) -> None:
    entries = window.document.glossary.entries
    assert entries
    for entry in entries:
        first_sentence = re.split(r"(?<=[.!?])\s+", entry.definition, maxsplit=1)[0]
        assert len(_words(entry.definition)) <= 40, entry.id
        assert len(_words(first_sentence)) <= 20, entry.id


# -- the popup ------------------------------------------------------------------------------


def test_clicking_a_term_opens_its_definition_beside_it(window: MainWindow, qtbot: QtBot) -> None:
    link = _click_term(window, qtbot)
    popup = window.glossary.popup
    entry = window.document.glossary.get(TERM_ID)
    assert entry is not None
    assert popup.accessibleName() == f"Définition : {entry.headword}"
    assert popup.accessibleName() == "Définition : micrométastase"
    assert " ".join(entry.definition.split()) in " ".join(popup.text.split())
    assert "Voir aussi" in popup.text
    # Beside the term, never over it, and inside the window.
    term = _in_window(window, window.pane.viewport(), window.pane.range_rect(link.start, link.end))
    assert not popup.geometry().intersects(term)
    assert window.rect().contains(popup.geometry())
    gap = min(
        abs(popup.geometry().top() - term.bottom()), abs(term.top() - popup.geometry().bottom())
    )
    assert gap <= 12
    assert popup.isAncestorOf(QApplication.focusWidget())


@pytest.mark.parametrize("choice", ["clair", "sombre", "contraste"])
def test_the_definition_is_drawn_in_the_theme(
    window: MainWindow, qtbot: QtBot, choice: str
) -> None:
    """Light text on the theme's dark background, not on a white one (the popup's style
    sheet once kept the text area white under the dark themes)."""
    window.display.choose_theme(choice)
    _click_term(window, qtbot)
    popup = window.glossary.popup
    qtbot.waitUntil(popup.isVisible)
    theme = THEMES[choice]
    picture = popup.grab().toImage()
    body = popup.body.geometry()
    drawn = {
        picture.pixelColor(body.right() - 3, body.bottom() - 3).name(),
        picture.pixelColor(body.left() + 2, body.bottom() - 3).name(),
    }
    assert drawn == {theme.popup_background}
    assert popup.body.palette().text().color().name() == theme.popup_text


def test_escape_closes_the_popup_and_gives_the_focus_back_to_the_term(
    window: MainWindow, qtbot: QtBot
) -> None:
    link = _click_term(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not window.glossary.popup.isVisible()
    assert QApplication.focusWidget() is window.pane
    assert _selected(window) == (link.start, link.end)
    assert window.pane.textCursor().selectedText() == TERM


def test_tab_to_a_term_then_enter_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    link = _tab_to(window, qtbot, TERM)
    qtbot.keyClick(window.pane, Qt.Key.Key_Return)
    qtbot.waitUntil(window.glossary.popup.isVisible)
    assert window.glossary.popup.entry_id == TERM_ID
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.pane
    assert _selected(window) == (link.start, link.end)


def test_tab_to_a_term_then_space_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    scroll = window.pane.verticalScrollBar()
    _tab_to(window, qtbot, TERM)
    before = scroll.value()
    qtbot.keyClick(window.pane, Qt.Key.Key_Space)
    qtbot.waitUntil(window.glossary.popup.isVisible)
    assert window.glossary.popup.entry_id == TERM_ID
    assert scroll.value() == before  # Space opened the term rather than paging down


def test_space_elsewhere_still_pages_down(window: MainWindow, qtbot: QtBot) -> None:
    scroll = window.pane.verticalScrollBar()
    assert scroll.value() == 0
    qtbot.keyClick(window.pane, Qt.Key.Key_Space)
    assert not window.glossary.popup.isVisible()
    assert scroll.value() > 0


def test_the_pointer_can_rest_on_the_popup(window: MainWindow, qtbot: QtBot) -> None:
    link = _click_term(window, qtbot)
    popup = window.glossary.popup
    qtbot.mouseMove(window.pane.viewport(), _point_on(window, link))
    qtbot.mouseMove(popup, popup.rect().center())
    qtbot.waitUntil(popup.underMouse)
    assert popup.isVisible()
    qtbot.mouseMove(popup.close_button, popup.close_button.rect().center())
    assert popup.isVisible()


def test_see_also_shows_the_other_entry_in_the_same_popup(window: MainWindow, qtbot: QtBot) -> None:
    _click_term(window, qtbot)
    popup = window.glossary.popup
    term = window.pane.range_rect(*window.pane.active_term)
    body = popup.body
    cursor = body.document().find("métastase")
    while not cursor.isNull() and not cursor.charFormat().anchorHref():
        cursor = body.document().find("métastase", cursor)
    assert not cursor.isNull()
    middle = QTextCursor(body.document())
    middle.setPosition(cursor.selectionStart() + 2)
    qtbot.mouseClick(
        body.viewport(), Qt.MouseButton.LeftButton, pos=body.cursorRect(middle).center()
    )
    qtbot.waitUntil(lambda: popup.entry_id == "metastase")
    entry = window.document.glossary.get("metastase")
    assert entry is not None
    assert popup.accessibleName() == "Définition : métastase"
    assert " ".join(entry.definition.split()) in " ".join(popup.text.split())
    assert "On dit aussi : tumeur secondaire" in popup.text
    assert popup.isVisible()
    assert not popup.geometry().intersects(_in_window(window, window.pane.viewport(), term))


def test_tab_stays_inside_the_popup_and_fermer_closes_it(window: MainWindow, qtbot: QtBot) -> None:
    link = _tab_to(window, qtbot, TERM)
    qtbot.keyClick(window.pane, Qt.Key.Key_Return)
    qtbot.waitUntil(window.glossary.popup.isVisible)
    popup = window.glossary.popup
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert popup.isAncestorOf(QApplication.focusWidget())
    while QApplication.focusWidget() is not popup.close_button:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is window.pane
    assert _selected(window) == (link.start, link.end)
    qtbot.keyClick(window.pane, Qt.Key.Key_Space)  # the same word again
    qtbot.waitUntil(popup.isVisible)
    popup.close_button.setFocus()
    qtbot.keyClick(popup.close_button, Qt.Key.Key_Space)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is window.pane


def test_clicking_elsewhere_in_the_text_closes_the_popup(window: MainWindow, qtbot: QtBot) -> None:
    link = _click_term(window, qtbot)
    popup = window.glossary.popup
    viewport = window.pane.viewport()
    _point_on(window, link)
    corners = [QPoint(40, 20), QPoint(40, viewport.height() - 20)]
    elsewhere = next(
        point for point in corners if not popup.geometry().contains(viewport.mapTo(window, point))
    )
    qtbot.mouseClick(window.pane.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    assert not popup.isVisible()
    assert QApplication.focusWidget() is window.pane


def test_the_popup_follows_the_term_when_the_text_scrolls(window: MainWindow, qtbot: QtBot) -> None:
    link = _click_term(window, qtbot)
    popup = window.glossary.popup
    before = popup.geometry().top()
    scroll = window.pane.verticalScrollBar()
    scroll.setValue(scroll.value() + 40)
    qtbot.waitUntil(lambda: popup.geometry().top() != before)
    term = _in_window(window, window.pane.viewport(), window.pane.range_rect(link.start, link.end))
    assert not popup.geometry().intersects(term)
    assert popup.isVisible()


def test_the_popup_stays_beside_the_term_when_the_window_is_resized(
    window: MainWindow, qtbot: QtBot
) -> None:
    link = _click_term(window, qtbot)
    popup = window.glossary.popup

    def term() -> QRect:
        rect = window.pane.range_rect(link.start, link.end)
        return _in_window(window, window.pane.viewport(), rect)

    def beside() -> bool:
        gap = min(
            abs(popup.geometry().top() - term().bottom()),
            abs(term().top() - popup.geometry().bottom()),
        )
        return gap <= 12 and not popup.geometry().intersects(term())

    assert beside()
    before = term()
    window.resize(window.width() - 150, window.height())
    qtbot.waitUntil(lambda: term() != before)  # the text reflowed: the term moved
    qtbot.waitUntil(lambda: window.rect().contains(popup.geometry()))
    assert not popup.geometry().intersects(term())
    _point_on(window, link)  # the reader scrolls back to the term
    qtbot.waitUntil(beside)
    assert popup.isVisible()


def test_larger_text_makes_a_wider_popup_that_stays_in_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    _click_term(window, qtbot)
    popup = window.glossary.popup
    width = popup.width()
    popup.set_text_scale(150)
    assert popup.text_scale == 150
    qtbot.waitUntil(lambda: popup.width() > width)
    assert window.rect().contains(popup.geometry())
    popup.set_text_scale(400)
    assert window.rect().contains(popup.geometry())


# -- broken glossary ------------------------------------------------------------------------


def test_a_broken_glossary_is_reported_and_the_article_still_shows(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    article = tmp_path / "texte.md"
    article.write_text(
        "# Un texte\n\nUne tumeur et des métastases, vues de près.\n", encoding="utf-8"
    )
    glossary = tmp_path / "glossary.toml"
    glossary.write_text(
        '[tumeur]\nheadword = "tumeur"\nforms = ["tumeur"]\ndefinition = "Une masse."\n\n'
        '[metastase]\nheadword = "métastase"\nforms = ["métastases"]\n',
        encoding="utf-8",
    )
    window = make_window(article)
    message = window.message_bar.text
    assert str(glossary) in message
    assert "ligne 6" in message
    assert "« metastase »" in message and "« definition »" in message
    assert "Une tumeur et des métastases, vues de près." in window.pane.toPlainText()
    assert [link.text for link in _term_links(window)] == ["tumeur"]


# -- the panel ------------------------------------------------------------------------------


def _click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )


def test_the_glossary_panel_is_a_tab_beside_the_contents(window: MainWindow) -> None:
    assert window.glossary.dock.windowTitle() == "Glossaire"
    assert window.glossary.dock in window.tabifiedDockWidgets(window.tree_dock)
    panel = window.glossary.panel
    ids = [entry.id for entry in window.document.glossary.entries]
    assert panel.visible_entry_ids() == ids
    headwords = [panel.entry_list.item(row).text() for row in range(panel.entry_list.count())]
    assert headwords == sorted(headwords, key=lambda word: (fold_str(word), word))
    for widget in panel.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(panel):
            assert widget.accessibleName(), widget


def test_filtering_ignores_accents(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.keyClicks(panel.filter_field, "metastase")
    shown = panel.visible_entry_ids()
    expected = {
        entry.id
        for entry in window.document.glossary.entries
        if "metastase" in fold_str(entry.headword)
    }
    assert {"metastase", "micrometastase"} <= expected
    assert expected <= set(shown)
    assert "chirurgie" not in shown
    assert panel.definition_text.startswith(window.document.glossary.get(shown[0]).headword)
    panel.filter_field.clear()
    qtbot.keyClicks(panel.filter_field, "zzz")
    assert panel.visible_entry_ids() == []
    assert panel.definition_text == ""


def test_choosing_a_place_jumps_to_the_term(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.keyClicks(panel.filter_field, "guerison")
    assert panel.entry_list.currentItem().text() == "guérison"
    positions = panel.place_positions()
    assert len(positions) >= 3
    last = positions[-1]
    rows = [
        row
        for row in range(panel.place_list.count())
        if panel.place_list.item(row).data(Qt.ItemDataRole.UserRole) == last
    ]
    scroll = window.pane.verticalScrollBar()
    assert scroll.value() == 0
    _click_item(qtbot, panel.place_list, rows[0])
    qtbot.waitUntil(lambda: window.pane.textCursor().selectionStart() == last)
    cursor = window.pane.textCursor()
    assert fold_str(cursor.selectedText()).startswith("guer")
    assert scroll.value() > 0
    shown = window.pane.viewport().rect()
    word = window.pane.range_rect(cursor.selectionStart(), cursor.selectionEnd())
    assert shown.contains(word)
    # Brought a third of the way down, as search does, not onto the last visible line.
    assert shown.height() * 0.2 < word.top() < shown.height() * 0.5, (word, shown)


def test_places_show_the_word_in_bold(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.keyClicks(panel.filter_field, "guerison")
    places = panel.place_list
    drawn = [
        str(places.item(row).data(Qt.ItemDataRole.UserRole + 1)) for row in range(places.count())
    ]
    plain = window.pane.toPlainText()
    links = {link.start: link for link in _term_links(window)}
    shown = 0
    for row, html in enumerate(drawn):
        start = places.item(row).data(Qt.ItemDataRole.UserRole)
        if not isinstance(start, int):
            continue  # a section's title, in bold too
        bold = re.findall(r"<b>(.*?)</b>", html)
        assert bold == [" ".join(plain[start : links[start].end].split())], html
        shown += 1
    assert shown >= 3


def test_choosing_a_repeat_shown_plain_selects_the_term(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.keyClicks(panel.filter_field, "remission")  # three times in one section
    qtbot.waitUntil(lambda: panel.place_positions() != [])
    linked = {link.start for link in _term_links(window)}
    plain = [position for position in panel.place_positions() if position not in linked]
    assert plain  # a repeat within its section is plain text, yet still a place
    rows = [
        row
        for row in range(panel.place_list.count())
        if panel.place_list.item(row).data(Qt.ItemDataRole.UserRole) == plain[-1]
    ]
    _click_item(qtbot, panel.place_list, rows[0])
    qtbot.waitUntil(lambda: window.pane.textCursor().selectionStart() == plain[-1])
    assert fold_str(window.pane.textCursor().selectedText()).startswith("remission")


def test_the_places_of_each_term_are_its_occurrences(window: MainWindow, qtbot: QtBot) -> None:
    # Every occurrence is a place, also the repeats the text shows plain (once per section).
    window.pane.set_every_term_marked(True)
    links = _term_links(window)
    window.pane.set_every_term_marked(False)
    assert len(_term_links(window)) < len(links)
    panel = window.glossary.panel
    window.glossary.dock.raise_()  # places are found when the panel is first shown
    qtbot.waitUntil(lambda: panel.place_positions() != [])
    for entry in window.document.glossary.entries:
        panel.choose_entry(entry.id)
        expected = [link.start for link in links if link.href == f"terme:{entry.id}"]
        assert panel.place_positions() == expected, entry.id


def test_an_article_without_glossary_says_so_in_the_panel(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "sans-glossaire.md"
    article.write_text("# Titre\n\nUn texte sans glossaire à côté.\n", encoding="utf-8")
    window = make_window(article)
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    sentence = panel.findChild(QLabel, "noGlossary")
    assert isinstance(sentence, QLabel)
    qtbot.waitUntil(sentence.isVisible)
    assert sentence.text().startswith("Cet article n’a pas de glossaire")
    assert not panel.filter_field.isVisible()
    assert not panel.entry_list.isVisible() and not panel.place_list.isVisible()


def test_a_glossary_hides_the_sentence(window: MainWindow, qtbot: QtBot) -> None:
    window.glossary.dock.raise_()
    panel = window.glossary.panel
    qtbot.waitUntil(panel.entry_list.isVisible)
    sentence = panel.findChild(QLabel, "noGlossary")
    assert isinstance(sentence, QLabel) and not sentence.isVisible()


def _follow_see_also(popup: GlossaryPopup, qtbot: QtBot, word: str, entry_id: str) -> None:
    """Click a « Voir aussi » link of the popup, as a reader would."""
    body = popup.body
    cursor = body.document().find(word)
    while not cursor.isNull() and not cursor.charFormat().anchorHref():
        cursor = body.document().find(word, cursor)
    assert not cursor.isNull(), word
    body.ensureCursorVisible()
    middle = QTextCursor(body.document())
    middle.setPosition(cursor.selectionStart() + 2)
    body.setTextCursor(middle)
    body.ensureCursorVisible()
    qtbot.mouseClick(
        body.viewport(), Qt.MouseButton.LeftButton, pos=body.cursorRect(middle).center()
    )
    qtbot.waitUntil(lambda: popup.entry_id == entry_id)


@pytest.mark.parametrize("key", ["alt+left", "backspace", "button"])
def test_see_also_keeps_the_box_in_place_and_offers_retour(
    window: MainWindow, qtbot: QtBot, key: str
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _click_term(window, qtbot)
    popup = window.glossary.popup
    assert not popup.back_button.isVisible()
    first = popup.geometry()
    _follow_see_also(popup, qtbot, "métastase", "metastase")
    # On the same side of the word, at the same place: it does not jump over the toolbar.
    assert popup.geometry().topLeft() == first.topLeft() or (
        popup.geometry().bottom() == first.bottom()
    )
    assert popup.geometry().top() > window.toolbar.geometry().bottom()
    assert popup.back_button.isVisible() and popup.back_button.text() == "Retour"
    if key == "alt+left":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    elif key == "backspace":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)
    else:
        qtbot.mouseClick(popup.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: popup.entry_id == TERM_ID)
    assert popup.isVisible() and not popup.back_button.isVisible()
    assert popup.geometry().topLeft() == first.topLeft()
    assert popup.isAncestorOf(QApplication.focusWidget())


def test_the_box_stays_under_the_menu_bar_at_400_percent(window: MainWindow, qtbot: QtBot) -> None:
    for _ in range(12):
        window.display.zoom_in()
    assert window.display.text_percent == 400
    _click_term(window, qtbot)
    popup = window.glossary.popup
    box = popup.geometry()
    assert window.rect().contains(box)
    assert box.top() > window.toolbar.geometry().bottom() > window.menuBar().geometry().bottom()
    _follow_see_also(popup, qtbot, "métastase", "metastase")
    box = popup.geometry()
    assert window.rect().contains(box) and box.top() > window.toolbar.geometry().bottom()


def test_the_definition_takes_grand_texte_spacing(window: MainWindow, qtbot: QtBot) -> None:
    _click_term(window, qtbot)
    popup = window.glossary.popup
    assert popup.body.font().letterSpacing() == 0
    window.display.large_text_action.trigger()
    font = popup.body.font()
    em = font.pointSizeF() * popup.logicalDpiY() / 72
    assert font.letterSpacing() == pytest.approx(0.12 * em, rel=0.01)
    assert font.wordSpacing() == pytest.approx(0.16 * em, rel=0.01)
    # Two font sizes after each paragraph, as the article has in Grand texte.
    block = popup.body.document().begin().next()  # the definition's paragraph
    assert block.blockFormat().bottomMargin() == pytest.approx(2 * em, rel=0.02)
    window.display.large_text_action.trigger()
    assert popup.body.font().letterSpacing() == 0

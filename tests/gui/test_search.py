"""Search as a reader uses it: Ctrl+F, typing, Enter and F3, the count, the results, Escape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from reader.core.themes import CLAIR
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory

# Every form of the word in the article, found independently of the search code: the search
# highlights the "métastase" part of "métastases" and of "micrométastases".
METASTASE = re.compile(r"[mM][éeÉE]tastas[éeÉE]")
ALL = 19  # 2 métastase, 5 métastases, 9 métastasé, 2 métastasés, 1 micrométastases

Highlight = tuple[int, int, str, bool]


def highlights(window: MainWindow) -> list[Highlight]:
    """(start, end, text, is current) of each highlight drawn on the text, in text order."""
    found = [
        (
            s.cursor.selectionStart(),
            s.cursor.selectionEnd(),
            s.cursor.selectedText(),
            s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline,
        )
        for s in window.pane.extraSelections()
    ]
    return sorted(found)


def expected_spans(window: MainWindow, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(window.pane.toPlainText())]


def current(window: MainWindow) -> tuple[int, int, str]:
    marked = [
        (start, end, text) for start, end, text, is_current in highlights(window) if is_current
    ]
    assert len(marked) == 1, marked
    return marked[0]


def open_search(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.search_bar.isVisible()
    assert QApplication.focusWidget() is window.search.search_bar.field


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard: QTest only knows ASCII, so "é" comes as a layout would send it."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, key)


def search(window: MainWindow, qtbot: QtBot, query: str) -> None:
    """Open the bar with Ctrl+F, type the query and wait for the count."""
    open_search(window, qtbot)
    type_text(qtbot, window.search.search_bar.field, query)
    qtbot.waitUntil(lambda: window.search.search_bar.count_text != "")


def test_typing_metastase_highlights_every_form_exactly(window: MainWindow, qtbot: QtBot) -> None:
    text_before = window.pane.toPlainText()
    search(window, qtbot, "metastase")
    spans = expected_spans(window, METASTASE)
    assert len(spans) == ALL
    shown = highlights(window)
    assert [(start, end) for start, end, _, _ in shown] == spans
    texts = {text for _, _, text, _ in shown}
    assert texts == {"métastase", "métastasé"}
    plain = window.pane.toPlainText()
    assert any(plain[start - 5 : start] == "micro" for start, _ in spans)  # micrométastases
    # The first match at the top of the view is current, marked by an underline and colour.
    assert current(window) == (*spans[0], "métastase")
    assert window.search.search_bar.count_text == "1 sur 19"
    assert window.search.search_bar.announcement == "1 sur 19"
    assert window.pane.toPlainText() == text_before  # highlights never edit the text


def test_results_wait_for_a_pause_in_typing(window: MainWindow, qtbot: QtBot) -> None:
    open_search(window, qtbot)
    qtbot.keyClicks(window.search.search_bar.field, "metast")
    # Keys arrive faster than the pause: nothing is searched yet.
    assert window.search.search_bar.search_pending
    assert highlights(window) == []
    qtbot.waitUntil(lambda: window.search.search_bar.count_text == "1 sur 20")  # and métastatiques
    qtbot.keyClicks(window.search.search_bar.field, "atiques")
    qtbot.waitUntil(lambda: window.search.search_bar.count_text == "1 sur 1")
    assert [text for _, _, text, _ in highlights(window)] == ["métastatiques"]


def test_current_match_styles_come_from_the_theme(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    formats = {
        s.format.background().color().name(): QTextCharFormat(s.format)
        for s in window.pane.extraSelections()
    }
    assert set(formats) == {CLAIR.match_background, CLAIR.current_background}
    assert formats[CLAIR.match_background].foreground().color().name() == CLAIR.match_text
    marked = formats[CLAIR.current_background]
    assert marked.foreground().color().name() == CLAIR.current_text
    assert marked.underlineColor().name() == CLAIR.current_outline


def test_enter_f3_and_buttons_step_and_wrap(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    spans = expected_spans(window, METASTASE)
    bar, field = window.search.search_bar, window.search.search_bar.field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert current(window)[:2] == spans[1]
    assert bar.count_text == "2 sur 19"
    assert window.pane.textCursor().position() == spans[1][0]  # the caret follows
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert current(window)[:2] == spans[0]
    # Backward past the first: round to the last, and a note says so.
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert current(window)[:2] == spans[-1]
    assert bar.count_text == "19 sur 19"
    assert bar.note_text == "Recherche reprise à la fin"
    assert bar.announcement == "Recherche reprise à la fin. 19 sur 19"
    # F3 from the text itself: forward past the last, round to the first.
    window.pane.setFocus()
    qtbot.keyClick(window.pane, Qt.Key.Key_F3)
    assert current(window)[:2] == spans[0]
    assert bar.note_text == "Recherche reprise au début"
    assert bar.announcement == "Recherche reprise au début. 1 sur 19"
    qtbot.keyClick(window.pane, Qt.Key.Key_F3)
    assert bar.count_text == "2 sur 19"
    assert bar.note_text == ""
    qtbot.keyClick(window.pane, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count_text == "1 sur 19"
    # The buttons, by their accessible names.
    buttons = {b.accessibleName(): b for b in bar.findChildren(QAbstractButton)}
    qtbot.mouseClick(buttons["Résultat suivant"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["Résultat suivant"], Qt.MouseButton.LeftButton)
    assert current(window)[:2] == spans[2]
    qtbot.mouseClick(buttons["Résultat précédent"], Qt.MouseButton.LeftButton)
    assert current(window)[:2] == spans[1]
    assert bar.count_text == "2 sur 19"


def test_the_current_match_is_brought_into_view(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    pane = window.pane
    for _ in range(ALL - 1):
        qtbot.keyClick(window.search.search_bar.field, Qt.Key.Key_Return)
        cursor = pane.textCursor()
        assert pane.viewport().rect().contains(pane.cursorRect(cursor))
    assert window.search.search_bar.count_text == "19 sur 19"


def test_search_starts_from_the_reading_position(window: MainWindow, qtbot: QtBot) -> None:
    window.pane.scroll_to_section(3)
    qtbot.waitUntil(lambda: window.pane.current_section == 3)
    top = window.pane.reading_position()
    search(window, qtbot, "metastase")
    spans = expected_spans(window, METASTASE)
    first_after = next(i for i, (start, _) in enumerate(spans) if start >= top)
    assert first_after > 0
    assert current(window)[:2] == spans[first_after]
    assert window.search.search_bar.count_text == f"{first_after + 1} sur 19"


def test_no_result_is_said_in_words(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "métastazz")
    assert window.search.search_bar.count_text == "Aucun résultat"
    assert window.search.search_bar.announcement == "Aucun résultat"
    assert highlights(window) == []
    field = window.search.search_bar.field
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing to step to, no error
    assert window.search.search_bar.count_text == "Aucun résultat"


def test_escape_clears_hides_and_gives_the_text_back(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    assert window.search.results_dock.isVisible()
    qtbot.keyClick(window.search.search_bar.field, Qt.Key.Key_Escape)
    assert highlights(window) == []
    assert not window.search.search_bar.isVisible()
    assert not window.search.results_dock.isVisible()
    assert QApplication.focusWidget() is window.pane
    # Ctrl+F again brings the last query back, selected, with its highlights.
    open_search(window, qtbot)
    assert window.search.search_bar.field.selectedText() == "metastase"
    qtbot.waitUntil(lambda: len(highlights(window)) == ALL)
    # Escape from the text also ends the search.
    window.pane.setFocus()
    qtbot.keyClick(window.pane, Qt.Key.Key_Escape)
    assert highlights(window) == []
    assert not window.search.search_bar.isVisible()


def test_f3_with_the_search_closed_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.pane, Qt.Key.Key_F3)
    assert window.search.search_bar.isVisible()
    assert QApplication.focusWidget() is window.search.search_bar.field


def test_options_change_the_results(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "métastase")
    bar = window.search.search_bar
    assert len(highlights(window)) == ALL

    def shows(pattern: str) -> bool:
        spans = expected_spans(window, re.compile(pattern))
        shown = [(start, end) for start, end, _, _ in highlights(window)]
        return shown == spans and bar.count_text.endswith(f" sur {len(spans)}")

    qtbot.mouseClick(bar.accents, Qt.MouseButton.LeftButton)  # Respecter les accents
    qtbot.waitUntil(lambda: shows(r"[mM]étastase"))
    assert bar.count_text == "1 sur 8"
    qtbot.mouseClick(bar.whole_word, Qt.MouseButton.LeftButton)  # Mot entier
    qtbot.waitUntil(lambda: shows(r"\b[mM]étastase\b"))
    qtbot.mouseClick(bar.accents, Qt.MouseButton.LeftButton)  # accents folded again
    qtbot.waitUntil(lambda: shows(r"\b[mM][ée]tastas[ée]\b"))
    assert bar.count_text == "1 sur 11"
    assert bar.accents.accessibleName() == "Respecter les accents"
    assert bar.whole_word.accessibleName() == "Mot entier"


def test_every_focusable_search_control_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    for container in (window.search.search_bar, window.search.search_results):
        for widget in container.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible():
                assert widget.accessibleName(), widget


def _result_rows(window: MainWindow) -> list[str]:
    results = window.search.search_results
    return [results.row_text(row) for row in range(results.row_count())]


def test_results_are_grouped_under_their_sections(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    results = window.search.search_results
    qtbot.waitUntil(lambda: results.summary_text == "19 résultats")
    plain = window.pane.toPlainText()
    titles = [s.title for s in window.document.rendered.sections]
    headings = window.pane.heading_positions
    # The glossary's definition of « métastase » comes first, then ("title", title) rows and
    # ("match", matched text) rows.
    expected: list[tuple[str, str]] = [("definition", "Définition de « métastase »")]
    last = -1
    for start, end in expected_spans(window, METASTASE):
        section = max(i for i, heading in enumerate(headings) if heading <= start)
        if section != last:
            expected.append(("title", titles[section]))
            last = section
        expected.append(("match", plain[start:end]))
    rows = _result_rows(window)
    assert rows[0].startswith("Définition de « métastase » : ")
    assert len(rows) == len(expected) > ALL
    for row, (kind, text) in zip(rows, expected, strict=True):
        if kind == "title":
            assert row == text
        elif kind == "definition":
            assert row.startswith(text)
        else:  # a match in a title shows that title alone: context stops at headings
            assert text in row
            assert len(row) <= 40 + len(text) + 40 + 2  # context each side, and two "…"
    assert rows[2].startswith("Le cancer peut-il être guéri après métastase")
    # The lead's first match: its context starts at the lead (no « … », no title before it)
    # and is cut after, at a whole word.
    assert rows[3].startswith("Un cancer métastasé") and rows[3].endswith(" Les…")


def test_results_click_and_enter_jump_there(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    spans = expected_spans(window, METASTASE)
    results = window.search.search_results
    qtbot.waitUntil(lambda: results.row_of_match(0) >= 0)
    view = results.view
    # Click the sixth match.
    row = results.row_of_match(5)
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current(window)[:2] == spans[5]
    assert window.search.search_bar.count_text == "6 sur 19"
    # By keyboard: Ctrl+R goes to the list, Down moves, Enter jumps.
    qtbot.keyClick(window.pane, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view
    assert view.currentIndex().row() == row
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert current(window)[:2] == spans[6]
    assert window.search.search_bar.count_text == "7 sur 19"
    # Stepping in the text marks the result in the list.
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert view.currentIndex().row() == results.row_of_match(7)


def test_a_definition_can_come_first(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "traitement")  # names no glossary entry: no definition of its own
    results = window.search.search_results
    qtbot.waitUntil(lambda: results.row_count() > 0)
    before = _result_rows(window)
    assert not before[0].startswith("Définition")
    results.set_definition("traitement", "Ce qui est fait pour soigner.")
    rows = _result_rows(window)
    assert rows[0] == "Définition de « traitement » : Ce qui est fait pour soigner."
    assert rows[1:] == before
    results.clear_definition()
    assert _result_rows(window) == before


def test_highlights_are_exact_beside_an_emoji(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    article = tmp_path / "emoji.md"
    article.write_text(
        "# Titre 🎗️\n\nUne 😀 métastase, puis 𝒜 une autre métastase.\n\n## Suite 🧬\n\n"
        "Encore une métastase 😀.\n",
        encoding="utf-8",
    )
    window = make_window(article)
    search(window, qtbot, "metastase")
    assert [text for _, _, text, _ in highlights(window)] == ["métastase"] * 3
    document = window.pane.document()
    for start, end, _, _ in highlights(window):
        assert "".join(document.characterAt(p) for p in range(start, end)) == "métastase"
    qtbot.waitUntil(lambda: window.search.search_results.row_count() == 5)
    assert _result_rows(window)[0] == "Titre 🎗️"
    assert _result_rows(window)[3] == "Suite 🧬"


def test_many_matches_are_all_highlighted_wherever_the_reader_looks(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    paragraph = "La métastase et les micrométastases sont suivies. " * 6
    sections = "".join(f"## Partie {n}\n\n{paragraph}\n\n" for n in range(1, 61))
    article = tmp_path / "long.md"
    article.write_text(f"# Long\n\n{sections}", encoding="utf-8")
    # A short notice of its own: the bundled one fills the last screen, which would then show
    # no match at all after Ctrl+End.
    (tmp_path / "notice.md").write_text("Parlez-en à votre médecin.\n", encoding="utf-8")
    window = make_window(article)
    search(window, qtbot, "metastase")
    assert window.search.search_bar.count_text == "1 sur 720"
    pane = window.pane

    def every_visible_match_is_highlighted() -> bool:
        top, bottom = pane.visible_range()
        shown = {(start, end) for start, end, _, _ in highlights(window)}
        visible = [span for span in expected_spans(window, METASTASE) if top <= span[0] <= bottom]
        return bool(visible) and all(span in shown for span in visible)

    assert every_visible_match_is_highlighted()
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.search.search_bar.field, Qt.Key.Key_Return, shift)
    assert window.search.search_bar.count_text == "720 sur 720"
    assert every_visible_match_is_highlighted()
    pane.setFocus()
    for key in (Qt.Key.Key_Home, Qt.Key.Key_End):
        qtbot.keyClick(pane, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(every_visible_match_is_highlighted)
    for _ in range(3):
        qtbot.keyClick(pane, Qt.Key.Key_PageUp)
        qtbot.waitUntil(every_visible_match_is_highlighted)
    # The list names every section but stops listing after 500 matches.
    results = window.search.search_results
    qtbot.waitUntil(lambda: results.summary_text == "720 résultats")
    rows = _result_rows(window)
    assert rows[-1] == "… et 220 autres, non listés : précisez la recherche."


def test_a_glossary_word_shows_its_definition_first(window: MainWindow, qtbot: QtBot) -> None:
    open_search(window, qtbot)
    search(window, qtbot, "remission")
    entry = window.document.glossary.get("remission")
    assert entry is not None
    qtbot.waitUntil(lambda: window.search.search_results.row_count() > 1)
    first = window.search.search_results.row_text(0)
    assert "rémission" in first and entry.definition[:40] in first
    search(window, qtbot, "progres")  # names no entry: no definition row
    qtbot.waitUntil(lambda: "Définition" not in window.search.search_results.row_text(0))


def test_previous_and_next_are_disabled_without_a_result(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.search.search_bar
    buttons = {
        button.text(): button
        for button in bar.findChildren(QAbstractButton)
        if button.text() in ("Précédent", "Suivant")
    }
    assert len(buttons) == 2
    search(window, qtbot, "zzzq")
    qtbot.waitUntil(lambda: bar.count_text == "Aucun résultat")
    assert not any(button.isEnabled() for button in buttons.values())
    bar.field.clear()
    type_text(qtbot, bar.field, "metastase")
    qtbot.waitUntil(lambda: bar.count_text.endswith(f"sur {ALL}"))
    assert all(button.isEnabled() for button in buttons.values())
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.is_active
    # Closed, F3 still opens the search again.
    qtbot.keyClick(window.pane, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: bar.is_active)


def _front(window: MainWindow) -> str:
    """The title of the left panel the reader sees."""
    docks = (window.tree_dock, window.glossary.dock, window.search.results_dock)
    shown = [d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()]
    assert len(shown) == 1, [d.windowTitle() for d in shown]
    return shown[0].windowTitle()


@pytest.mark.parametrize("before", ["Sommaire", "Glossaire"])
def test_the_reader_tab_comes_back_after_a_search(
    window: MainWindow, qtbot: QtBot, before: str
) -> None:
    qtbot.waitUntil(lambda: window.is_complete)
    if before == "Glossaire":
        window.glossary.dock.raise_()
    qtbot.waitUntil(lambda: _front(window) == before)
    search(window, qtbot, "metastase")
    qtbot.waitUntil(lambda: _front(window) == "Résultats")
    qtbot.keyClick(window.search.search_bar.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.search.results_dock.isHidden())
    qtbot.waitUntil(lambda: _front(window) == before)


def test_side_tabs_keep_their_names_when_narrow(window: MainWindow, qtbot: QtBot) -> None:
    search(window, qtbot, "metastase")
    qtbot.waitUntil(lambda: _front(window) == "Résultats")
    window.resizeDocks([window.tree_dock], [110], Qt.Orientation.Horizontal)
    bars = [b for b in window.findChildren(QTabBar) if b.isVisible() and b.count() == 3]
    assert len(bars) == 1
    bar = bars[0]
    qtbot.waitUntil(lambda: bar.width() < 200)
    assert bar.elideMode() == Qt.TextElideMode.ElideNone
    for index in range(bar.count()):
        needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
        assert bar.tabRect(index).width() >= needed, bar.tabText(index)

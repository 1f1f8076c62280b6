"""Printing and PDF export from the real window: what ends up on the pages, read back from the
PDF with poppler (pdfinfo, pdftotext, pdftoppm), the preview, the dialogs and unwritable paths."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar
from pytestqt.qtbot import QtBot

from reader.core.glossary.loader import load_glossary, sort_key
from reader.core.glossary.term_links import TermMatcher
from reader.ui.dialogs.print_scope import PrintScopeDialog
from reader.ui.main_window import MainWindow
from tests.source_text import SOURCE_BLOCKS, SourceBlock, normalise

TITLE = "Le cancer peut-il être guéri après métastase ?"
OBJECTIVES = "Objectifs du traitement en cas de métastases"
_FOOTER = re.compile(r"^(?P<title>.*?)\s{2,}Page (?P<page>\d+) sur (?P<count>\d+)\s*$")

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm")),
    reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed: "
    "apt-get install poppler-utils to check the PDF's pages and text",
)


# -- reading a PDF back ---------------------------------------------------------------------------


def _page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match is not None, info.stdout
    return int(match.group(1))


def _pages(path: Path) -> list[str]:
    """Each page's text as pdftotext lays it out."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split("\f")[:-1]  # the text ends with a form feed


def _body(pages: list[str]) -> str:
    """All pages without their footer lines."""
    return "\n".join(
        line for page in pages for line in page.splitlines() if not _FOOTER.match(line)
    )


def _comparable(text: str) -> str:
    """Folded like the source blocks, and a line cut after a hyphen (« peut-/il ») joined."""
    return re.sub(r"(?<=\w)- (?=\w)", "-", normalise(text))


def _split_glossary(body: str) -> tuple[str, list[str]]:
    """The text printed before the « Glossaire » heading, and the glossary's lines."""
    lines = body.splitlines()
    stripped = [line.strip() for line in lines]
    assert "Glossaire" in stripped, "the handout has no glossary"
    start = len(stripped) - 1 - stripped[::-1].index("Glossaire")
    return "\n".join(lines[:start]), stripped[start + 1 :]


def _check_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def _check_footers(pages: list[str]) -> None:
    for number, page in enumerate(pages, start=1):
        footers = [m for line in page.splitlines() if (m := _FOOTER.match(line.strip()))]
        assert len(footers) == 1, f"page {number}: {page[-300:]!r}"
        footer = footers[0]
        assert (footer["page"], footer["count"]) == (str(number), str(len(pages)))
        assert normalise(footer["title"]) == TITLE


def _check_glossary(window: MainWindow, body: str) -> list[str]:
    """The glossary holds exactly the entries whose forms occur in the text printed before it,
    A–Z; returns their headwords."""
    glossary = load_glossary(window.document.article.path.parent / "glossary.toml")
    printed, glossary_lines = _split_glossary(body)
    found = {hit.entry_id for hit in TermMatcher(glossary).find(printed)}
    expected = sorted(
        (entry.headword for entry in glossary.entries if entry.id in found), key=sort_key
    )
    headwords = {entry.headword for entry in glossary.entries}
    # Each entry starts a line: « headword : definition » (the headword in bold).
    starts = [
        normalise(line).split(" : ", 1)[0] for line in glossary_lines if " : " in normalise(line)
    ]
    printed_headwords = [start for start in starts if start in headwords]
    assert printed_headwords == expected
    for entry in glossary.entries:
        if entry.id in found:
            assert _comparable(entry.definition) in _comparable(" ".join(glossary_lines))
    return expected


def _section_blocks(heading: str) -> tuple[list[SourceBlock], list[SourceBlock]]:
    """The source blocks of one section (its heading down to the next), and all the others."""
    start = next(i for i, b in enumerate(SOURCE_BLOCKS) if b.comparable.casefold() == heading)
    end = next(
        (i for i in range(start + 1, len(SOURCE_BLOCKS)) if SOURCE_BLOCKS[i].kind == "heading"),
        len(SOURCE_BLOCKS),
    )
    inside = list(SOURCE_BLOCKS[start:end])
    return inside, [b for b in SOURCE_BLOCKS if b not in inside and b.kind != "title"]


def _contains(text: str, block: SourceBlock) -> bool:
    if block.kind == "heading":  # the two English title-case headings may be lowered
        return _comparable(block.comparable).casefold() in text.casefold()
    return _comparable(block.comparable) in text


def _go_to_section(window: MainWindow, qtbot: QtBot, title: str) -> None:
    tree = window.tree
    item = tree.findItems(title, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: window.pane.sections[window.pane.current_section].title == title)


# -- export ---------------------------------------------------------------------------------------


def test_the_whole_article_exports_to_a_pdf_with_every_paragraph_and_its_glossary(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "article.pdf"
    assert window.printing.export_pdf(path)
    assert window.message_bar.text == f"PDF enregistré : {path}"
    _check_pdf(path)
    count = _page_count(path)
    assert 3 <= count <= 12
    pages = _pages(path)
    assert len(pages) == count
    _check_footers(pages)
    body = _body(pages)
    printed = _comparable(_split_glossary(body)[0])
    for block in SOURCE_BLOCKS:
        assert _contains(printed, block), block.text
    for line in ("Source : Ce texte nous est parvenu", "Date de l’édition : 26 novembre 2026."):
        assert line in printed
    assert "Il ne remplace pas l’avis de votre équipe soignante" in printed
    assert printed.count(TITLE) == 1  # in the header, not again as the article's heading
    # Nothing is printed twice (a line at a page edge drawn on both pages would be).
    lines = [line.strip() for line in body.splitlines() if len(line.strip()) > 30]
    assert len(lines) == len(set(lines))
    headwords = _check_glossary(window, body)
    assert {"métastase", "immunothérapie", "chimiothérapie"} <= set(headwords)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.pdf", "user-settings"]


def test_one_section_exports_with_only_its_text_and_its_own_glossary(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _go_to_section(window, qtbot, OBJECTIVES)
    article = tmp_path / "article.pdf"
    section = tmp_path / "section.pdf"
    assert window.printing.export_pdf(article, "article")
    assert window.printing.export_pdf(section, "section")
    _check_pdf(section)
    assert 1 <= _page_count(section) < _page_count(article)
    pages = _pages(section)
    _check_footers(pages)
    body = _body(pages)
    printed = _comparable(_split_glossary(body)[0])
    inside, outside = _section_blocks(OBJECTIVES.casefold())
    assert len(inside) == 6  # the heading, its paragraph and the four list items
    for block in inside:
        assert _contains(printed, block), block.text
    for block in outside:
        assert not _contains(printed, block), block.text
    assert TITLE in printed and "Il ne remplace pas l’avis" in printed
    section_words = _check_glossary(window, body)
    whole_words = _check_glossary(window, _body(_pages(article)))
    assert set(section_words) < set(whole_words)
    assert "immunothérapie" not in section_words  # only in a later section


def test_the_handout_prints_at_the_text_size_of_the_pane(
    window: MainWindow, tmp_path: Path
) -> None:
    normal = tmp_path / "normal.pdf"
    large = tmp_path / "grand.pdf"
    assert window.printing.export_pdf(normal)
    while window.display.text_percent < 160:  # the reader enlarges the text, as with Ctrl+=
        window.display.zoom_in_action.trigger()
    assert window.printing.export_pdf(large)
    assert _page_count(large) > _page_count(normal)


def _ppm_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB bytes of a binary PPM (P6, 8 bits) as pdftoppm writes it."""
    fields = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    assert fields is not None
    return int(fields[1]), int(fields[2]), data[fields.end() :]


def test_pages_are_black_on_white_even_when_the_screen_is_dark(
    window: MainWindow, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen = app.palette()
    dark = QPalette(screen)
    for role, colour in (
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#101010"),
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.Link, "#80c0ff"),
    ):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    window.pane.setPalette(dark)
    try:
        path = tmp_path / "sombre.pdf"
        assert window.printing.export_pdf(path)
    finally:
        app.setPalette(screen)
    ppm = subprocess.run(
        ["pdftoppm", "-r", "40", "-f", "1", "-l", "1", str(path)],
        capture_output=True,
        check=True,
    ).stdout
    width, height, rgb = _ppm_pixels(ppm)
    pixels = [rgb[i : i + 3] for i in range(0, width * height * 3, 3)]
    assert all(abs(p[0] - p[1]) <= 8 and abs(p[1] - p[2]) <= 8 for p in pixels)  # no colour
    assert min(p[0] for p in pixels) < 60  # black ink
    white = sum(1 for p in pixels if p[0] > 245)
    assert white > 0.8 * len(pixels)  # on white paper


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("absent/article.pdf", "n’existe pas"),
        ("dossier", "est un dossier"),
    ],
)
def test_an_unwritable_path_says_why_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, name: str, words: str
) -> None:
    (tmp_path / "dossier").mkdir()
    before = sorted(tmp_path.rglob("*"))
    assert not window.printing.export_pdf(tmp_path / name)
    assert window.message_bar.text.startswith("Le PDF n’a pas été enregistré : ")
    assert words in window.message_bar.text
    assert window.message_bar.isVisible()
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root may write in a read-only folder, so there is no refusal to see",
)
def test_a_read_only_folder_says_why_and_leaves_nothing(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert not window.printing.export_pdf(folder / "article.pdf")
        assert "droit d’écrire" in window.message_bar.text
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# -- actions and dialogs --------------------------------------------------------------------------


def test_print_is_in_the_file_menu_and_toolbar_with_its_shortcut(window: MainWindow) -> None:
    action = window.printing.print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys and action.toolTip() == f"Imprimer… ({keys})"
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    assert window.printing.print_action in file_menu.actions()
    assert window.printing.pdf_action in file_menu.actions()
    assert window.printing.pdf_action.text().replace("&", "") == "Exporter en PDF…"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert isinstance(toolbar, QToolBar)
    assert toolbar.widgetForAction(action) is not None


def _modal(kind: type) -> object:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) else None


def test_ctrl_p_asks_what_to_print_then_shows_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    _go_to_section(window, qtbot, OBJECTIVES)
    window.pane.setFocus()
    qtbot.keySequence(window.pane, QKeySequence.StandardKey.Print)
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is not None)
    scope = _modal(PrintScopeDialog)
    assert isinstance(scope, PrintScopeDialog)
    assert scope.windowTitle() == "Imprimer"
    assert scope.article_choice.isChecked()
    assert scope.section_choice.text() == f"Section en cours : « {OBJECTIVES} »"
    for control in (scope.article_choice, scope.section_choice, scope.go_button):
        assert control.accessibleName()
    qtbot.mouseClick(scope.section_choice, Qt.MouseButton.LeftButton)
    assert scope.scope == "section"
    qtbot.mouseClick(scope.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _modal(QPrintPreviewDialog) is not None)
    preview = _modal(QPrintPreviewDialog)
    assert isinstance(preview, QPrintPreviewDialog)
    # The window title is the metadata's, with its non-breaking space before « ? ».
    assert normalise(preview.windowTitle()) == f"Aperçu avant impression — {TITLE}"
    pages = preview.findChild(QPrintPreviewWidget)
    assert isinstance(pages, QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1)
    section_pages = pages.pageCount()
    preview.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    window.printing.print_action.trigger()  # the whole article this time: more pages
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is not None)
    qtbot.keyClick(_modal(PrintScopeDialog), Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _modal(QPrintPreviewDialog) is not None)
    whole = _modal(QPrintPreviewDialog).findChild(QPrintPreviewWidget)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: whole.pageCount() > section_pages)
    _modal(QPrintPreviewDialog).reject()  # type: ignore[union-attr]


def test_cancelling_the_choice_prints_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.printing.print_action.trigger()
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is not None)
    qtbot.keyClick(_modal(PrintScopeDialog), Qt.Key.Key_Escape)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert not any(preview.isVisible() for preview in window.findChildren(QPrintPreviewDialog))


def test_export_asks_where_with_a_french_dialog_and_a_name_from_the_title(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window.printing.pdf_action.trigger()
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is not None)
    scope = _modal(PrintScopeDialog)
    assert scope.windowTitle() == "Exporter en PDF"  # type: ignore[union-attr]
    qtbot.keyClick(scope, Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _modal(QFileDialog) is not None)
    dialog = _modal(QFileDialog)
    assert isinstance(dialog, QFileDialog)
    assert dialog.windowTitle() == "Exporter en PDF"
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "Enregistrer"
    assert (
        Path(dialog.selectedFiles()[0]).name == "Le cancer peut-il être guéri après métastase.pdf"
    )
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    name_box = QApplication.focusWidget()  # the dialog opens on the file name
    target = tmp_path / "mon article.pdf"
    qtbot.keySequence(name_box, QKeySequence.StandardKey.SelectAll)
    qtbot.keyClicks(name_box, str(target))
    qtbot.keyClick(name_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: target.exists())
    _check_pdf(target)
    assert window.message_bar.text == f"PDF enregistré : {target}"


def _word_heights(path: Path, page: int) -> list[tuple[str, float]]:
    """Each word of a page above its footer, with the height of its box (about 1.16 times its
    size in points, for DejaVu Sans)."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    words = re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
        result.stdout,
    )
    footer = max(float(bottom) for _, bottom, _ in words) - 5  # the last line is the footer
    return [
        (word, float(bottom) - float(top)) for top, bottom, word in words if float(bottom) < footer
    ]


def test_the_glossary_is_compact_and_still_readable(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    assert window.printing.export_pdf(path)
    pages = _pages(path)
    start = next(
        i
        for i, page in enumerate(pages)
        if any(ln.strip() == "Glossaire" for ln in page.splitlines())
    )
    article_pages = start + 1  # the glossary starts on the article's last page
    glossary_pages_after = len(pages) - article_pages
    # At most about half the article's length (it was six pages after a four-page article).
    assert glossary_pages_after <= article_pages / 2, (article_pages, glossary_pages_after)
    # Smaller than the text, never under 11 pt: a 11 pt DejaVu Sans box is about 12.8 pt high.
    text_heights = [h for w, h in _word_heights(path, 2) if w.isalpha()]
    glossary_heights = [h for w, h in _word_heights(path, len(pages)) if w.isalpha()]
    assert glossary_heights and text_heights
    assert min(glossary_heights) >= 11 * 1.15
    assert max(glossary_heights) < max(text_heights)


def test_the_file_dialog_opens_once_the_return_that_chose_is_up(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Opened at Return's press, Orca 43 took the release for the new window's and said only
    the proposed name, not « Exporter en PDF, boîte de dialogue, Nom du fichier »."""
    window.printing.pdf_action.trigger()
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is not None)
    qtbot.keyPress(_modal(PrintScopeDialog), Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: _modal(PrintScopeDialog) is None)
    QApplication.processEvents()
    assert _modal(QFileDialog) is None  # the key is still down
    qtbot.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _modal(QFileDialog) is not None)
    dialog = _modal(QFileDialog)
    assert isinstance(dialog, QFileDialog)
    assert dialog.windowTitle() == "Exporter en PDF"
    dialog.reject()

"""The handout's pagination at several text sizes: every block laid out, no block across a page
edge (its last line would be drawn twice in the PDF), no heading alone at the foot of a page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPageSize, QPdfWriter

from reader.core.bundle import content_dir
from reader.core.document import open_document
from reader.core.glossary.loader import load_glossary
from reader.core.handout_html import compose_handout
from reader.ui.printing.handout_pages import HandoutLayout, set_handout_margins


@pytest.mark.parametrize("points", [10, 14, 19, 26])
def test_pages_break_between_lines_of_their_own_blocks(
    qapp: object, tmp_path: Path, points: int
) -> None:
    document = open_document(content_dir() / "article.md")
    glossary = load_glossary(content_dir() / "glossary.toml")
    handout = compose_handout(
        document.title,
        document.article.metadata,
        document.notice,
        document.article.markdown,
        glossary,
    )
    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    set_handout_margins(writer)
    font = QFont()
    font.setFamilies(["DejaVu Sans"])
    font.setPointSize(points)
    layout = HandoutLayout(handout, font, writer)
    text = layout.document
    pages = layout.page_count
    assert pages >= 2

    def page(y: float) -> int:
        return int(y // layout.body_height)

    last_page = 0
    for number in range(text.blockCount()):
        block = text.findBlockByNumber(number)
        text.documentLayout().blockBoundingRect(block)
        lines = block.layout()
        if block.length() > 1:
            assert lines.lineCount() > 0, f"block {number} was never laid out"
        tops = [lines.position().y() + lines.lineAt(i).y() for i in range(lines.lineCount())]
        assert len({page(top) for top in tops}) <= 1, block.text()
        if tops:
            last_page = max(last_page, page(tops[-1]))
        if block.blockFormat().headingLevel() and number + 1 < text.blockCount():
            following = text.findBlockByNumber(number + 1).layout()
            assert page(tops[0]) == page(following.position().y()), block.text()
    assert last_page == pages - 1
    painted = layout.paint()
    assert painted == pages
    del writer
    assert (tmp_path / "x.pdf").read_bytes().rstrip().endswith(b"%%EOF")

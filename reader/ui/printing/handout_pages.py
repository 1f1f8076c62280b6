"""Laying a handout out on pages and drawing them, with « Page N sur M » and the title below.

The handout is its own QTextDocument, never the one on screen, so no search highlight, term
link or theme colour can reach the paper. Pages are drawn one by one (Qt's own print() has no
footer): the document is paginated to the height left above the footer, and each page is its
slice of the document, translated up, then the footer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from reader.core.bundle import resources_dir
from reader.core.handout_html import Handout

# Paper margins in millimetres; the bottom one holds only the footer's own margin.
PAGE_MARGINS_MM = QMarginsF(20, 16, 20, 12)
_FOOTER_GAP_MM = 6.0
_FOOTER_SCALE = 0.75
_FOOTER_MIN_POINTS = 10.0
# The glossary is set smaller than the text (a reference, read in bits), but never under 11 pt.
_GLOSSARY_SCALE = 0.75
_GLOSSARY_MIN_POINTS = 11.0
_HAIR = 0.5  # device pixels
_INK = QColor("#000000")
_PAPER = QColor("#ffffff")


def set_handout_margins(device: QPagedPaintDevice) -> None:
    """Give the paper the handout's margins (the page size stays the device's own)."""
    device.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)


def _style_sheet(font: QFont) -> str:
    styles = resources_dir() / "styles"
    sheets = [
        (styles / name).read_text(encoding="utf-8") for name in ("article.css", "handout.css")
    ]
    text_points = font.pointSizeF()
    glossary_points = min(text_points, max(_GLOSSARY_MIN_POINTS, text_points * _GLOSSARY_SCALE))
    sheets.append(f"p.entree {{ font-size: {glossary_points:.1f}pt; }}")
    return "\n".join(sheets)


def _footer_font(font: QFont) -> QFont:
    footer = QFont(font)
    footer.setPointSizeF(max(_FOOTER_MIN_POINTS, font.pointSizeF() * _FOOTER_SCALE))
    footer.setBold(False)
    return footer


def _without_ligatures(font: QFont) -> QFont:
    """The same font, without ligatures: a PDF reader would otherwise find « eﬃcaces » (one
    « ﬃ » glyph) where the text says « efficaces », and search or read it aloud wrongly."""
    plain = QFont(font)
    for tag in ("liga", "clig", "dlig"):
        plain.setFeature(QFont.Tag(tag), 0)
    return plain


class HandoutLayout:
    """A handout laid out for one paged device: its pages' height and how many there are."""

    def __init__(self, handout: Handout, font: QFont, device: QPagedPaintDevice) -> None:
        self._handout = handout
        self._device = device
        self._footer_font = _without_ligatures(_footer_font(font))
        metrics = QFontMetricsF(self._footer_font, device)
        millimetre = device.logicalDpiY() / 25.4
        self._footer_height = metrics.height()
        self._footer_gap = _FOOTER_GAP_MM * millimetre
        self.page_width = float(device.width())
        self.page_height = float(device.height())
        # Whole device pixels: Qt keeps page heights in 1/64 px, and a fractional height would
        # put a page's first line a rounding error above the edge this class computes.
        self.body_height = float(
            math.floor(self.page_height - self._footer_gap - self._footer_height)
        )
        self.document = QTextDocument()
        # Fonts and lengths measured at the device's resolution, as Qt's own print() does.
        self.document.documentLayout().setPaintDevice(device)
        self.document.setDefaultFont(_without_ligatures(font))
        self.document.setDefaultStyleSheet(_style_sheet(font))
        self.document.setDocumentMargin(0)
        self.document.setHtml(handout.html)
        self.document.setPageSize(QSizeF(self.page_width, self.body_height))
        self._paginate()

    @property
    def page_count(self) -> int:
        """Pages the handout takes on this device."""
        return self.document.pageCount()

    def _page_of(self, y: float) -> int:
        return int(y // self.body_height)

    def _paginate(self) -> None:
        """Decide the page breaks, top to bottom, the way a typesetter would.

        - A heading left at the foot of a page, without the first line of what follows it,
          starts the next page instead.
        - A paragraph never leaves a single line at the foot of a page (it moves whole to the
          next one), nor a single line at the top of the next page (one more line goes with it).
        - A paragraph that runs onto the next page is cut into two blocks at the page edge.
          Qt draws the line just above its clip too (QTextLayout::draw starts one line early),
          so the last line of a page would also be drawn, clipped away, on the next page:
          invisible on paper, but a PDF reader (search, copy, screen reader) would find it
          twice. The second part has no top margin, no first-line indent and no bullet.

        - What already starts a page is never moved again: a heading taller than a page, or a
          title of 2,000 letters without a space, is cut where the page ends like a paragraph
          (moving it would leave it where it was, for ever).

        Each decision only moves what is below it, so one pass suffices. Block numbers only,
        and positions asked again after each change.
        """
        document = self.document
        layout = document.documentLayout()
        number = 0
        while number < document.blockCount():
            block = document.findBlockByNumber(number)
            layout.blockBoundingRect(block)  # lays the document out down to this block
            if (
                block.blockFormat().headingLevel() > 0
                and not self._starts_page(number)
                and self._heading_left_alone(number)
            ):
                self._break_before(number)
                continue
            tops = self._line_tops(number)
            cut = next(
                (
                    i
                    for i in range(1, len(tops))
                    if self._page_of(tops[i]) != self._page_of(tops[0])
                ),
                None,
            )
            if cut is None:
                number += 1
            elif len(tops) - cut == 1 and cut >= 3:  # one line alone at the top of the next
                self._cut_block(number, cut - 1, new_page=True)
                number += 1
            elif (cut == 1 or len(tops) - cut == 1) and not self._starts_page(
                self._moved_with(number)
            ):  # too short to leave one line alone: move it
                self._break_before(self._moved_with(number))
                number = self._moved_with(number)
            else:
                self._cut_block(number, cut, new_page=False)
                number += 1

    def _moved_with(self, number: int) -> int:
        """The block that moves to the next page with block ``number``: its heading, if any."""
        previous = self.document.findBlockByNumber(number - 1)
        heading_above = number > 0 and previous.blockFormat().headingLevel() > 0
        return number - 1 if heading_above else number

    def _starts_page(self, number: int) -> bool:
        """Whether block ``number`` already starts a page: breaking before it changes nothing."""
        if number == 0:
            return True
        block = self.document.findBlockByNumber(number)
        policy = block.blockFormat().pageBreakPolicy()
        if policy & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            return True
        top = self.document.documentLayout().blockBoundingRect(block).top()
        return top % self.body_height < 1

    def _line_tops(self, number: int) -> list[float]:
        lines = self.document.findBlockByNumber(number).layout()
        origin = lines.position().y()
        return [origin + lines.lineAt(i).y() for i in range(lines.lineCount())]

    def _heading_left_alone(self, number: int) -> bool:
        """Whether the heading's page does not also hold the first line of the next block."""
        if number + 1 >= self.document.blockCount():
            return False
        layout = self.document.documentLayout()
        heading = layout.blockBoundingRect(self.document.findBlockByNumber(number))
        following = self.document.findBlockByNumber(number + 1)
        layout.blockBoundingRect(following)
        lines = following.layout()
        if lines.lineCount() == 0:
            return False
        first_line_bottom = lines.position().y() + lines.lineAt(0).y() + lines.lineAt(0).height()
        return self._page_of(heading.top()) != self._page_of(first_line_bottom - 1)

    def _break_before(self, number: int) -> None:
        block = self.document.findBlockByNumber(number)
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).mergeBlockFormat(fmt)
        self._relayout()

    def _relayout(self) -> None:
        """Lay the whole document out again after a change.

        Qt lays long documents out lazily, and after a change it may keep blocks below it that
        were never laid out (no lines, no height) while saying the layout is done: starting
        again from the top is cheap for a handout and gives true positions.
        """
        self.document.markContentsDirty(0, self.document.characterCount())

    def _cut_block(self, number: int, line: int, new_page: bool) -> None:
        """Cut block ``number`` before its line ``line``; the rest starts a page if asked."""
        document = self.document
        block = document.findBlockByNumber(number)
        position = block.position() + block.layout().lineAt(line).textStart()
        second = QTextBlockFormat(block.blockFormat())
        second.setTopMargin(0)
        second.setTextIndent(0)
        if new_page:
            second.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        else:
            second.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
        first = QTextBlockFormat()
        first.setBottomMargin(0)
        QTextCursor(block).mergeBlockFormat(first)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.insertBlock(second, cursor.charFormat())
        continued = document.findBlockByNumber(number + 1)
        bullets = continued.textList()
        if bullets is not None:
            bullets.remove(continued)  # keeps the text where the item's text was
        self._relayout()

    def _text_clip(self, index: int) -> QRectF:
        """The part of the document drawn on page ``index``, a hair inside its edges: Qt also
        draws a line that starts exactly on the clip's bottom edge."""
        top = index * self.body_height
        return QRectF(0, top + _HAIR, self.page_width, self.body_height - 2 * _HAIR)

    def paint(self) -> int:
        """Draw every page on the device; returns the number of pages drawn (0 if it failed)."""
        painter = QPainter()
        if not painter.begin(self._device):
            return 0
        try:
            count = self.page_count
            for index in range(count):
                if index > 0 and not self._device.newPage():
                    return 0
                self._paint_page(painter, index, count)
        finally:
            painter.end()
        return count

    def _paint_page(self, painter: QPainter, index: int, count: int) -> None:
        top = index * self.body_height
        painter.save()
        painter.translate(0, -top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = self._text_clip(index)
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, _INK)
        palette.setColor(QPalette.ColorRole.Base, _PAPER)
        context.palette = palette
        painter.setClipRect(QRectF(0, top, self.page_width, self.body_height))
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        self._paint_footer(painter, index, count)

    def _paint_footer(self, painter: QPainter, index: int, count: int) -> None:
        painter.save()
        painter.setFont(self._footer_font)
        pen = QPen(_INK)
        pen.setWidthF(max(1.0, self._device.logicalDpiY() / 200))
        painter.setPen(pen)
        rule_y = self.page_height - self._footer_height - self._footer_gap / 2
        painter.drawLine(QPointF(0, rule_y), QPointF(self.page_width, rule_y))
        number = QCoreApplication.translate("Handout", "Page {0} sur {1}").format(index + 1, count)
        metrics = QFontMetricsF(self._footer_font, self._device)
        number_width = metrics.horizontalAdvance(number)
        room = self.page_width - number_width - metrics.averageCharWidth() * 4
        title = metrics.elidedText(self._handout.title, Qt.TextElideMode.ElideRight, room)
        band = QRectF(
            0, self.page_height - self._footer_height, self.page_width, self._footer_height
        )
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(band, left, title)
        painter.drawText(band, right, number)
        painter.restore()


def paint_handout(handout: Handout, font: QFont, device: QPagedPaintDevice) -> int:
    """Lay a handout out for ``device`` and draw all its pages; returns the pages drawn."""
    return HandoutLayout(handout, font, device).paint()

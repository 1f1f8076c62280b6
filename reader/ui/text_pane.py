"""The rendered text pane: shows the article, routes clicked links, and tells which section is read.

It never loads anything itself: links are routed by scheme, resources are refused, and the
text column is kept to a readable width however wide the window is.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.core.rendering import Section

# Where a range brought into view from off-screen lands: a third of the way down, with context.
_REVEAL_AT = 1 / 3
# Characters of a French line that the text column holds at most (WCAG 1.4.8 asks for ≤ 80).
_MAX_LINE_CHARACTERS = 70
_MIN_SIDE_MARGIN = 12.0
_SAMPLE = "Le cancer peut-il être guéri après métastase ? Les traitements actuels visent"
_OUTSIDE_SCHEMES = {"http", "https", "mailto", "ftp", "tel"}
TERM_SCHEME = "terme"


class TextPane(QTextBrowser):
    """A read-only article view with a keyboard caret, scroll-spy and safe link routing."""

    section_changed = Signal(int)
    """Index of the section now being read: the last heading at or above the top of the view."""
    term_activated = Signal(str)
    """Glossary entry id of a term link the reader clicked or activated with the keyboard."""
    outside_link_activated = Signal(str)
    """Address of an outside link: it is shown to the reader, never opened (there is no network)."""
    link_refused = Signal(str)
    """A link that points at something the reader never shows (a local file, a script)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Without a keyboard caret the arrow keys would move nothing (Qt's default for browsers).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._sections: tuple[Section, ...] = ()
        # Block numbers, not QTextBlock objects: holding QTextBlock wrappers across relayouts
        # corrupts reference counts in PySide6 6.12 (the interpreter aborts).
        self._heading_blocks: list[int] = []
        self._heading_tops: list[float] | None = None
        self._layout_generation = 0
        self._current = -1
        self._highlight_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._update_current_section)
        self.anchorClicked.connect(self._route_link)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)
        self.document().documentLayout().documentSizeChanged.connect(self._layout_changed)

    # -- showing a document -------------------------------------------------------------------

    @Slot(str, object)
    def show_article(self, body_html: str, sections: Sequence[Section]) -> None:
        """Show an article body and remember where its headings are."""
        self._sections = tuple(sections)
        self.setHtml(body_html)
        self._heading_blocks = self._find_heading_blocks()
        self._heading_tops = None
        self._fit_text_column()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        # Reading starts at the top, in the first section.
        self._current = 0 if self._heading_blocks else -1
        self.section_changed.emit(self._current)

    def _find_heading_blocks(self) -> list[int]:
        blocks: list[int] = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0:
                blocks.append(block.blockNumber())
            block = block.next()
        return blocks[: len(self._sections)]

    @property
    def sections(self) -> tuple[Section, ...]:
        """The sections of the article shown."""
        return self._sections

    @property
    def current_section(self) -> int:
        """Index of the section being read, or -1 when the article has no heading."""
        return self._current

    # -- moving -------------------------------------------------------------------------------

    @Slot(int)
    def scroll_to_section(self, index: int) -> None:
        """Bring a section's heading to the top of the view and put the caret on it."""
        if not 0 <= index < len(self._heading_blocks):
            return
        cursor = QTextCursor(self.document().findBlockByNumber(self._heading_blocks[index]))
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(round(self._heading_top(index)))
        self._update_current_section()

    def heading_top(self, index: int) -> float:
        """Document y of a section's heading, in pixels (the scroll value that puts it on top)."""
        return self._heading_top(index)

    def _heading_top(self, index: int) -> float:
        tops = self._tops()
        if tops is None:  # not laid out yet: lay the heading's block out now
            block = self.document().findBlockByNumber(self._heading_blocks[index])
            return self.document().documentLayout().blockBoundingRect(block).top()
        return tops[index]

    def _tops(self) -> list[float] | None:
        if self._heading_tops is not None:
            return self._heading_tops
        generation = self._layout_generation
        document = self.document()
        layout = document.documentLayout()
        rects = [
            layout.blockBoundingRect(document.findBlockByNumber(n)) for n in self._heading_blocks
        ]
        tops = [rect.top() for rect in rects]
        # Asking for a block's rectangle may lay the document out again, and a block not laid
        # out yet has an empty rectangle: keep only tops that are final.
        if generation != self._layout_generation or any(r.isEmpty() for r in rects):
            return None
        self._heading_tops = tops
        return tops

    def _layout_changed(self, *_ignored: object) -> None:
        # Deferred: doing the work inside Qt's relayout (a signal emitted from within it)
        # crashes PySide6 6.12 with a reference-count error.
        self._heading_tops = None
        self._layout_generation += 1
        self._relayout_timer.start()

    def _update_current_section(self, *_ignored: object) -> None:
        tops = self._tops()
        if not tops:  # no heading, or the layout is not final yet (an update will follow)
            return
        bar = self.verticalScrollBar()
        # A heading counts as reached once it is within a line of the top.
        reference = bar.value() + 2.0
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            # At the very end the last sections can never reach the top: take the last one shown.
            reference = bar.value() + self.viewport().height() * 0.5
        index = max(0, bisect.bisect_right(tops, reference) - 1)
        if index != self._current:
            self._current = index
            self.section_changed.emit(index)

    # -- where the reader is, and what is marked --------------------------------------------

    def heading_positions(self) -> list[int]:
        """Document positions where the sections' headings start, in order."""
        document = self.document()
        return [document.findBlockByNumber(n).position() for n in self._heading_blocks]

    def visible_range(self) -> tuple[int, int]:
        """Document positions at the top-left and the bottom-right of the visible text."""
        viewport = self.viewport()
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return top, bottom

    def reading_position(self) -> int:
        """Document position of the first character at the top of the visible text."""
        return self.visible_range()[0]

    def show_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Draw ``selections`` as the named layer, beside the layers of other features.

        Extra selections colour the text without editing the document.
        """
        if selections:
            self._highlight_layers[layer] = selections
        else:
            self._highlight_layers.pop(layer, None)
        self.setExtraSelections(
            [selection for group in self._highlight_layers.values() for selection in group]
        )

    def show_range(self, start: int, end: int) -> None:
        """Put the caret at ``start`` and make [start, end) visible.

        A range already in view does not move the text; one out of view is brought a third of
        the way down, so that the lines before it give context.
        """
        cursor = QTextCursor(self.document())
        cursor.setPosition(end)
        end_rect = self.cursorRect(cursor)
        cursor.setPosition(start)
        start_rect = self.cursorRect(cursor)
        visible = self.viewport().rect()
        in_view = visible.contains(start_rect) and visible.contains(end_rect)
        self.setTextCursor(cursor)
        if not in_view:
            bar = self.verticalScrollBar()
            top = self.cursorRect(cursor).top() + bar.value()
            bar.setValue(round(top - self.viewport().height() * _REVEAL_AT))

    # -- links and resources ------------------------------------------------------------------

    @Slot(QUrl)
    def _route_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == TERM_SCHEME:
            self.term_activated.emit(url.path())
        elif not scheme and not url.path() and url.hasFragment():
            ids = [section.id for section in self._sections]
            if url.fragment() in ids:
                self.scroll_to_section(ids.index(url.fragment()))
        elif scheme in _OUTSIDE_SCHEMES:
            self.outside_link_activated.emit(url.toString())
        else:
            self.link_refused.emit(url.toString())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Refuse every resource: the article shows nothing that is not its own text.

        An empty QByteArray, not None: returning None from this override corrupts the
        reference count of None in PySide6 6.12 and aborts the interpreter.
        """
        return QByteArray()

    def doSetSource(
        self,
        name: QUrl | str,
        /,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Never replace the article by another source (a file, an address)."""

    # -- readable line length -----------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text_column()

    def _fit_text_column(self) -> None:
        """Centre a column of at most ~70 characters; narrower windows simply wrap."""
        metrics = QFontMetricsF(self.document().defaultFont())
        column = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * _MAX_LINE_CHARACTERS
        width = self.viewport().width() - 2 * self.document().documentMargin()
        side = max(_MIN_SIDE_MARGIN, (width - column) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        frame.setFrameFormat(fmt)

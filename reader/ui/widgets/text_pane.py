"""The rendered text pane: shows the article, routes clicked links, and tells which section is read.

It never loads anything itself: links are routed by scheme, resources are refused, and the
text column is kept to a readable width however wide the window is. When the text is restyled
(size, theme) or the pane resized, the text that was at the top of the view stays there.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.hyphenation import (
    position_mover,
    soft_hyphenate_html,
    strip_soft_hyphens,
    word_at,
)
from reader.core.links import OUTSIDE_SCHEMES, TERM_SCHEME, is_term_link
from reader.core.rendered_article import Section
from reader.core.themes import CLAIR, Theme
from reader.ui.accessibility.announcer import announce
from reader.ui.app.theme_palette import set_colours, text_roles
from reader.ui.widgets.focus_frame import colour_scroll_bars, paint_frame, prepare_frame
from reader.ui.widgets.text_view_base import QTextEdit as TextViewBase

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # made when a link is followed: not at start
    from PySide6.QtGui import QImage  # made when an image is asked for: never at start

    from reader.core.glossary.term_places import Heading

# Where a range brought into view from off-screen lands: a third of the way down, with context.
_REVEAL_AT = 1 / 3
# Characters of a French line that the text column holds at most (WCAG 1.4.8 asks for ≤ 80).
_MAX_LINE_CHARACTERS = 70
# The text's side margin when the column fills the window: one line height of the text (it grows
# with the size), but at most a tenth of the width each side, and never less than 12 px.
_MIN_SIDE_MARGIN = 12.0
_SIDE_MARGIN_LINES = 1.0
_SIDE_MARGIN_MAX_SHARE = 0.1
_SAMPLE = "Le cancer peut-il être guéri après métastase ? Les traitements actuels visent"
# Image elements: the article's renderer makes none (images become their description), so any
# in the HTML came from elsewhere (a damaged cache entry); Qt would load a local file for it
# itself, past loadResource (QTextImageHandler's "direct loading").
_IMAGE_TAG = re.compile(r"<img\b[^>]*>?", re.IGNORECASE)
# One notch of a mouse wheel (angleDelta is in eighths of a degree; a notch is 15°).
_WHEEL_NOTCH = 120


_IMAGE_RESOURCE = QTextDocument.ResourceType.ImageResource.value


@functools.cache
def _no_image() -> QImage:
    """A transparent one-pixel image, made once: what every image of the pane shows.

    QImage is imported here: the article has no image, and the class with its enums would
    cost the start-up 4.7 M instructions (issue 20)."""
    from PySide6.QtGui import QImage

    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class TextPane(TextViewBase):
    """A read-only article view with a keyboard caret, scroll-spy and safe link routing."""

    section_changed = Signal(int)
    """Index of the section now being read: the last heading at or above the top of the view."""
    term_activated = Signal(str)
    """Glossary entry id of a term link the reader clicked or activated with the keyboard."""
    outside_link_activated = Signal(str)
    """Address of an outside link: it is shown to the reader, never opened (there is no network)."""
    link_refused = Signal(str)
    """A link that points at something the reader never shows (a local file, a script)."""
    zoom_requested = Signal(int)
    """Steps of text size asked for with Ctrl+wheel: positive to enlarge, negative to reduce."""
    text_reshaped = Signal()
    """Soft hyphens came or went (a word too wide for the column): document positions moved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Without a keyboard caret the arrow keys would move nothing (Qt's default for browsers).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # A one-pixel caret is lost in large text for a low-vision reader.
        self.setCursorWidth(2)
        self._sections: tuple[Section, ...] = ()
        # Block numbers, not QTextBlock objects: holding QTextBlock wrappers across relayouts
        # corrupts reference counts in PySide6 6.12 (the interpreter aborts).
        self._heading_blocks: list[int] = []
        self._heading_tops: list[float] | None = None
        self._layout_generation = 0
        self._current = -1
        # Glossary terms: their colour (None until the window gives one), the term last
        # activated as [start, end), and where the pointer was released when a link is clicked.
        self._term_colour: str | None = None
        # Every term link of the HTML [start, end, address), found after each setHtml; only
        # the first of each term in a section stays a link unless every one is asked for.
        self._term_spans: list[tuple[int, int, str]] | None = None
        self._every_term = False
        self._active_term = (0, 0)
        self._release_point: QPoint | None = None
        self._highlight_layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self._update_current_section)
        self._html = ""
        # Words too wide for the column, shown with soft hyphens, and the column they were
        # found for (reader.core.hyphenation).
        self._hyphenated: frozenset[str] = frozenset()
        self._checked_column = 0.0
        self._reshaped = False
        # The text at the top of the view, as a document position: kept through restyling and
        # resizing. Scrolling only marks it stale; it is found again when it is needed.
        self._top = 0
        self._top_stale = False
        self._keeping_top = False
        self._wheel_zoom = 0
        self._theme = CLAIR
        prepare_frame(self)
        # Reflow: lines always wrap (anywhere when a word is wider than the column), so the
        # text never needs scrolling sideways, whatever the size and however narrow the window.
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always shown: a bar that came and went would rewrap the text (a zoom step empties
        # the text for a moment), and a reader always sees how long the article is.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.document().setUndoRedoEnabled(False)  # a reader has nothing to undo
        # The article's font: kept in the document only, so that a size step repaints the text
        # and not the widget's frame and what lies behind it.
        self._reading_font: QFont | None = None
        self.anchorClicked.connect(self._route_link)
        # Screen readers: what the keyboard landed on (a link's kind, a heading's level) is said
        # as the text's description, which Orca speaks when it changes; it is emptied when the
        # caret moves on, so that it never describes something else.
        self._described: tuple[int, int] | None = None
        self._link_spans: list[tuple[int, int, str]] | None = None
        self.cursorPositionChanged.connect(self._forget_description)
        self.next_heading_action = self._heading_action(
            self.tr("Titre suivant"), Qt.Key.Key_H, forward=True
        )
        self.previous_heading_action = self._heading_action(
            self.tr("Titre précédent"),
            Qt.Key.Key_H | Qt.KeyboardModifier.ShiftModifier,
            forward=False,
        )
        self.verticalScrollBar().valueChanged.connect(self._top_moved)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)
        self.document().documentLayout().documentSizeChanged.connect(self._layout_changed)

    # -- showing a document -------------------------------------------------------------------

    @Slot(str, object)
    def show_article(self, body_html: str, sections: Sequence[Section]) -> None:
        """Show an article body and remember where its headings are."""
        self._sections = tuple(sections)
        self._html = _IMAGE_TAG.sub("", body_html)
        self._term_spans = None
        self._link_spans = None
        self._hyphenated = frozenset()
        self._render()
        self._fit_words(new_layout=True, announce=False)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._top, self._top_stale = 0, False
        # Reading starts at the top, in the first section.
        self._current = 0 if self._heading_blocks else -1
        self.section_changed.emit(self._current)

    def _render(self) -> None:
        # One edit block: the text, its terms' look and its column are laid out once, not
        # three times.
        document = self.document()
        block = QTextCursor(document)
        block.beginEditBlock()
        document.setHtml(soft_hyphenate_html(self._html, self._hyphenated))
        self._heading_blocks = self._find_heading_blocks()
        self._mark_terms()
        self._fit_text_column()
        block.endEditBlock()
        self._heading_tops = None

    @Slot(QFont, str)
    def set_reading_style(self, font: QFont, style_sheet: str) -> None:
        """Show the article in a font and style sheet; the same text stays at the top.

        Qt applies a default style sheet only when it parses the text, so the text is shown
        again; its positions do not change, and the caret and highlights are put back.
        """
        top, caret, highlights = self._marks()
        self._keeping_top = True
        try:
            self._reading_font = QFont(font)
            document = self.document()
            if self._html:
                document.clear()  # so that the new font lays out the new text only, once
            document.setDefaultFont(font)
            document.setDefaultStyleSheet(style_sheet)
            if self._html:
                self._render()
                self.setTextCursor(self._cursor(*caret))
                restored = []
                for anchor, position, fmt in highlights:
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = self._cursor(anchor, position)
                    selection.format = fmt
                    restored.append(selection)
                self.setExtraSelections(restored)
            else:
                self._fit_text_column()
            self._scroll_to_position(top)
            self._fit_words(new_layout=True)
        finally:
            self._keeping_top = False
        self._update_current_section()

    def _cursor(self, anchor: int, position: int) -> QTextCursor:
        last = max(0, self.document().characterCount() - 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(anchor, last))
        cursor.setPosition(min(position, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the text, its background, links, selection and frame in a theme's colours."""
        self._theme = theme
        self._term_colour = theme.term  # drawn at the next render, which a theme change makes
        set_colours(
            self,
            (
                *text_roles(theme),
                (QPalette.ColorRole.Window, theme.background),
                (QPalette.ColorRole.WindowText, theme.text),
            ),
        )
        colour_scroll_bars(self, theme)
        self.update()

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
    def heading_positions(self) -> tuple[int, ...]:
        """Document position where each section's heading starts."""
        document = self.document()
        return tuple(document.findBlockByNumber(n).position() for n in self._heading_blocks)

    @property
    def top_position(self) -> int:
        """Document position of the start of the first line at the top of the view."""
        if self._top_stale:
            self._top = self._position_at_top()
            self._top_stale = False
        return self._top

    @property
    def headings(self) -> tuple[Heading, ...]:
        """The headings shown: document positions [start, end) and titles."""
        from reader.core.glossary.term_places import (
            Heading,  # for the glossary panel, once it is shown
        )

        document = self.document()
        headings: list[Heading] = []
        for number, section in zip(self._heading_blocks, self._sections, strict=False):
            block = document.findBlockByNumber(number)
            start = block.position()
            headings.append(Heading(start, start + block.length() - 1, section.title))
        return tuple(headings)

    @property
    def current_section(self) -> int:
        """Index of the section being read, or -1 when the article has no heading."""
        return self._current

    def keyboard_help(self) -> list[tuple[QKeySequence, str]]:
        """The keys the text answers to by itself (no action stands for them), for the help page."""
        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.SHIFT
        return [
            (QKeySequence(Qt.Key.Key_Tab), self.tr("Lien suivant dans le texte")),
            (QKeySequence(shift | Qt.Key.Key_Tab), self.tr("Lien précédent dans le texte")),
            (QKeySequence(Qt.Key.Key_Enter), self.tr("Ouvrir le lien choisi")),
            (self.next_heading_action.shortcut(), self.next_heading_action.text()),
            (self.previous_heading_action.shortcut(), self.previous_heading_action.text()),
            (QKeySequence(Qt.Key.Key_PageDown), self.tr("Descendre d’une page")),
            (QKeySequence(Qt.Key.Key_PageUp), self.tr("Remonter d’une page")),
            (QKeySequence(Qt.Key.Key_Down), self.tr("Ligne suivante")),
            (QKeySequence(Qt.Key.Key_Up), self.tr("Ligne précédente")),
            (QKeySequence(ctrl | Qt.Key.Key_Home), self.tr("Début de l’article")),
            (QKeySequence(ctrl | Qt.Key.Key_End), self.tr("Fin de l’article")),
            (QKeySequence(shift | Qt.Key.Key_Down), self.tr("Sélectionner le texte")),
            (QKeySequence(QKeySequence.StandardKey.Copy), self.tr("Copier le texte sélectionné")),
            (QKeySequence(QKeySequence.StandardKey.SelectAll), self.tr("Tout sélectionner")),
        ]

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

    @Slot(int)
    def show_position(self, position: int) -> None:
        """Bring the line holding a document position to the top, with the caret on it."""
        last = max(0, self.document().characterCount() - 1)
        position = max(0, min(position, last))
        self._keeping_top = True
        try:
            self.setTextCursor(self._cursor(position, position))
            self._scroll_to_position(position)
        finally:
            self._keeping_top = False
        self._update_current_section()

    def _scroll_to_position(self, position: int) -> None:
        document = self.document()
        layout = document.documentLayout()
        # Lay the whole text out first, so that the scroll range is final.
        layout.blockBoundingRect(document.lastBlock())
        block = document.findBlock(position)
        if not block.isValid():
            block = document.lastBlock()
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        first_line = True
        if text_layout is not None:
            line = text_layout.lineForTextPosition(position - block.position())
            if line.isValid():
                top += line.y()
                first_line = line.lineNumber() == 0
        if first_line and block == document.firstBlock():
            top = 0.0  # the very top, with the document's margin
        self.verticalScrollBar().setValue(round(top))
        self._top, self._top_stale = position, False

    def _position_at_top(self) -> int:
        document = self.document()
        layout = document.documentLayout()
        y = float(self.verticalScrollBar().value())
        x = document.documentMargin() + document.rootFrame().frameFormat().leftMargin() + 1
        position = layout.hitTest(QPointF(x, y + 1), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(0, position))
        if not block.isValid():
            return 0
        block_top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        line = text_layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            return block.position()
        if block_top + line.y() + line.height() <= y:  # the line is wholly above the view
            if line.lineNumber() + 1 < text_layout.lineCount():
                return block.position() + text_layout.lineAt(line.lineNumber() + 1).textStart()
            following = block.next()
            return following.position() if following.isValid() else block.position()
        return block.position() + line.textStart()

    def _top_moved(self, *_ignored: object) -> None:
        if not self._keeping_top:
            self._top_stale = True

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
        if self._keeping_top:  # the view is being restyled: only its final place counts
            return
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

    # -- glossary terms -----------------------------------------------------------------------

    @property
    def every_term_marked(self) -> bool:
        """Whether every occurrence of a term is a link, not only its first in each section."""
        return self._every_term

    @Slot(bool)
    def set_every_term_marked(self, every: bool) -> None:
        """Mark every occurrence of each term (« Souligner tous les termes »), or only its
        first in each section, which keeps the page calm; the text stays where it is."""
        if every == self._every_term:
            return
        self._every_term = every
        if self._html:
            document = self.document()
            self.set_reading_style(document.defaultFont(), document.defaultStyleSheet())

    def _mark_terms(self) -> None:
        """Give the term links their look and make the repeats plain text; only formats change,
        never the text, so positions stay.

        Qt's rich-text CSS has no dotted underline, so the format is merged after setHtml.
        """
        if self._term_spans is None:
            self._term_spans = self._find_term_spans()
        spans = self._term_spans
        shown = set(spans) if self._every_term else self._first_in_each_section(spans)
        look = QTextCharFormat()
        look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        if self._term_colour is not None:
            look.setForeground(QColor(self._term_colour))
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for span in spans:
            if span not in shown:
                self._unlink(cursor, span[0], span[1])
            elif self._term_colour is not None:
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(look)
        cursor.endEditBlock()

    def _first_in_each_section(
        self, spans: list[tuple[int, int, str]]
    ) -> set[tuple[int, int, str]]:
        """The first link to each term in each section (a section runs to the next heading)."""
        document = self.document()
        starts = [document.findBlockByNumber(n).position() for n in self._heading_blocks]
        seen: set[tuple[int, str]] = set()
        first: set[tuple[int, int, str]] = set()
        for span in spans:
            key = (bisect.bisect_right(starts, span[0]), span[2])
            if key not in seen:
                seen.add(key)
                first.add(span)
        return first

    def _unlink(self, cursor: QTextCursor, start: int, end: int) -> None:
        """Make [start, end) plain text: no link, no link colour, no underline."""
        block = self.document().findBlock(start)
        pieces: list[tuple[int, int, QTextCharFormat]] = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            left = max(start, fragment.position())
            right = min(end, fragment.position() + fragment.length())
            if left < right:
                pieces.append((left, right, QTextCharFormat(fragment.charFormat())))
            fragments += 1
        for left, right, fmt in pieces:
            fmt.setAnchor(False)
            for prop in (
                QTextFormat.Property.AnchorHref,
                QTextFormat.Property.AnchorName,
                QTextFormat.Property.ForegroundBrush,
                QTextFormat.Property.TextUnderlineStyle,
                QTextFormat.Property.FontUnderline,
            ):
                fmt.clearProperty(prop)
            cursor.setPosition(left)
            cursor.setPosition(right, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)

    def _find_term_spans(self) -> list[tuple[int, int, str]]:
        """Where the term links are, and their addresses: the same HTML always puts them at the
        same positions, so they are found once per layout of the text, not at each restyling."""
        document = self.document()
        spans: list[tuple[int, int, str]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                href = fragment.charFormat().anchorHref()
                if is_term_link(href):
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if spans and spans[-1][1] == start and spans[-1][2] == href:
                        start = spans.pop()[0]  # one link cut in pieces (bold inside it)
                    spans.append((start, end, href))
                fragments += 1
            block = block.next()
        return spans

    @property
    def active_term(self) -> tuple[int, int]:
        """Document positions [start, end) of the term link last activated."""
        return self._active_term

    @Slot(int)
    def select_term_at(self, position: int) -> None:
        """Select the term link at a document position (else just put the caret there) and
        scroll it into view."""
        cursor = QTextCursor(self.document())
        span = self._link_span(position)
        if span is None:  # a repeat shown as plain text: the term's characters all the same
            span = next((t for t in self._term_spans or () if t[0] <= position < t[1]), None)
        if span is None:
            cursor.setPosition(max(0, min(position, self.document().characterCount() - 1)))
        else:
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.reveal(cursor.selectionStart(), cursor.selectionEnd())
        self.setTextCursor(cursor)

    def range_rect(self, start: int, end: int) -> QRect:
        """Where the text [start, end) is drawn, in viewport coordinates (both lines if it
        wraps)."""
        first = QTextCursor(self.document())
        first.setPosition(start)
        last = QTextCursor(self.document())
        last.setPosition(end)
        return self.cursorRect(first).united(self.cursorRect(last))

    def _link_span(self, position: int, href: str | None = None) -> tuple[int, int, str] | None:
        """The link (of this address, if given) whose characters include the one at
        ``position``: [start, end) and its address."""
        document = self.document()
        if not 0 <= position < document.characterCount():
            return None
        block = document.findBlock(position)
        pieces: list[tuple[int, int, str]] = []
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            link = fragment.charFormat().anchorHref()
            pieces.append((fragment.position(), fragment.position() + fragment.length(), link))
            fragments += 1
        for index, (start, end, link) in enumerate(pieces):
            if not start <= position < end or not link or (href is not None and link != href):
                continue
            # One link may be cut into several fragments (a word in bold inside it).
            before = index - 1
            while before >= 0 and pieces[before][2] == link and pieces[before][1] == start:
                start = pieces[before][0]
                before -= 1
            after = index + 1
            while after < len(pieces) and pieces[after][2] == link and pieces[after][0] == end:
                end = pieces[after][1]
                after += 1
            return start, end, link
        return None

    def _selected_term(self) -> tuple[int, int, str] | None:
        """The term link the selection covers exactly (after Tab reached it), if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        span = self._link_span(cursor.selectionStart())
        if span is None or not is_term_link(span[2]):
            return None
        return span if span[:2] == (cursor.selectionStart(), cursor.selectionEnd()) else None

    # -- moving by link and by heading, as screen readers' browse modes do ----------------------

    def link_landed(self, start: int, end: int, href: str) -> None:
        """Tab selected a link: its kind becomes the description, which Orca says."""
        self._describe((start, end), self._link_description(href))

    def link_spans(self) -> list[tuple[int, int, str]]:
        """Every link of the article, found once per article (the same HTML always puts them
        at the same positions)."""
        if self._link_spans is None:
            self._link_spans = super().link_spans()
        return self._link_spans

    def _link_description(self, href: str) -> str:
        if href.startswith(f"{TERM_SCHEME}:"):
            return self.tr("Terme du glossaire, Entrée affiche sa définition")
        if href.startswith("#"):
            ids = [section.id for section in self._sections]
            if href[1:] in ids:
                title = self._sections[ids.index(href[1:])].title
                return self.tr("Lien vers la partie « {0} »").format(title)
            return self.tr("Lien vers une partie de l’article")
        return self.tr("Adresse extérieure {0}, qui n’est pas ouverte").format(href)

    def _heading_action(self, text: str, key: object, forward: bool) -> QAction:
        """An action for moving by heading, whose key (H alone) works only in the text."""
        action = QAction(self)  # then named: QAction(text, …) would build QIcon's enums
        action.setText(text)
        action.setShortcut(QKeySequence(key))  # type: ignore[call-overload]
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(self.next_heading if forward else self.previous_heading)
        self.addAction(action)
        return action

    def heading_menu_actions(self, parent: QObject) -> list[QAction]:
        """Menu entries for moving by heading, with their keys shown.

        Not the actions themselves: a menu holding an action with a widget shortcut would take
        H, while it is open, as that shortcut (and not as a menu letter).
        """
        entries = []
        for action in (self.next_heading_action, self.previous_heading_action):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entry = QAction(parent)
            entry.setText(f"{action.text()}\t{keys}")  # Qt shows what follows the tab
            entry.setToolTip(action.toolTip())
            entry.triggered.connect(action.trigger)
            entries.append(entry)
        return entries

    @Slot(int)
    def enter_section(self, index: int) -> None:
        """Bring a section's heading to the top with the keyboard on it, and say it."""
        if not 0 <= index < len(self._heading_blocks):
            return
        self.scroll_to_section(index)
        # Described first: Orca says the description with the text when the focus arrives.
        self._describe_heading(self.document().findBlockByNumber(self._heading_blocks[index]))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def next_heading(self) -> None:
        """Put the caret on the next heading after it, or say that there is none."""
        self._go_to_heading(forward=True)

    @Slot()
    def previous_heading(self) -> None:
        """Put the caret on the heading before it, or say that there is none."""
        self._go_to_heading(forward=False)

    def _go_to_heading(self, forward: bool) -> None:
        document = self.document()
        caret = self.textCursor().selectionStart()
        here = document.findBlock(caret).blockNumber()
        if forward:
            targets = [n for n in self._heading_blocks if n > here]
        else:
            targets = [n for n in self._heading_blocks if n < here]
        if not targets:
            self.setFocus()
            announce(
                self,
                self.tr("Dernier titre, pas d’autre titre après")
                if forward
                else self.tr("Premier titre, pas d’autre titre avant"),
            )
            return
        number = targets[0] if forward else targets[-1]
        block = document.findBlockByNumber(number)
        index = self._heading_blocks.index(number)
        self.setFocus()
        self.scroll_to_section(index)
        self._describe_heading(block)

    def _describe_heading(self, block: QTextBlock) -> None:
        self._describe(
            (block.position(), block.position()),
            self.tr("{0}, titre de niveau {1}").format(
                block.text().strip(), block.blockFormat().headingLevel()
            ),
        )

    def _describe(self, span: tuple[int, int], description: str) -> None:
        # Emptied first, so that the same description twice in a row is said twice.
        self.setAccessibleDescription("")
        self.setAccessibleDescription(description)
        self._described = span

    @Slot()
    def _forget_description(self) -> None:
        if self._described is None:
            return
        cursor = self.textCursor()
        if (cursor.selectionStart(), cursor.selectionEnd()) != self._described and (
            cursor.position(),
            cursor.position(),
        ) != self._described:
            self._described = None
            self.setAccessibleDescription("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space opens the term the keyboard is on, as Enter does (Qt does Enter itself)."""
        if (
            event.key() == Qt.Key.Key_Space
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and (term := self._selected_term()) is not None
        ):
            event.accept()
            from PySide6.QtCore import QUrl

            self._route_link(QUrl(term[2]))
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Qt emits anchorClicked from here: remember where, to know which occurrence it was.
        self._release_point = event.position().toPoint()
        try:
            super().mouseReleaseEvent(event)
        finally:
            self._release_point = None

    def _activated_term_span(self, href: str) -> tuple[int, int]:
        """Which occurrence of a term was activated: under the pointer, else the selection."""
        if self._release_point is not None:
            position = self.cursorForPosition(self._release_point).position()
            for candidate in (position, position - 1):
                span = self._link_span(candidate, href)
                if span is not None:
                    return span[0], span[1]
        cursor = self.textCursor()
        span = self._link_span(cursor.selectionStart(), href)
        if span is not None:
            return span[0], span[1]
        return cursor.position(), cursor.position()

    # -- where the reader is, and what is marked --------------------------------------------

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
        cursor.setPosition(start)
        self.reveal(start, end)
        self.setTextCursor(cursor)

    def reveal(self, start: int, end: int) -> None:
        """Leave [start, end) where it is if in view, else bring it a third of the way down;
        the caret does not move (search, the glossary's places and reading aloud use it)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(end)
        end_rect = self.cursorRect(cursor)
        cursor.setPosition(start)
        start_rect = self.cursorRect(cursor)
        visible = self.viewport().rect()
        if visible.contains(start_rect) and visible.contains(end_rect):
            return
        bar = self.verticalScrollBar()
        top = start_rect.top() + bar.value()
        bar.setValue(round(top - self.viewport().height() * _REVEAL_AT))

    # -- links and resources ------------------------------------------------------------------

    @Slot("QUrl")  # by name: the QUrl class (and its enums) is only made when a link is used
    def _route_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == TERM_SCHEME:
            start, end = self._activated_term_span(url.toString())
            self._active_term = (start, end)
            if end > start:
                # The term is selected, as after Tab: Enter, Space and Escape all start from it.
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                self.setTextCursor(cursor)
            self.term_activated.emit(url.path())
        elif not scheme and not url.path() and url.hasFragment():
            ids = [section.id for section in self._sections]
            if url.fragment() in ids:
                self.scroll_to_section(ids.index(url.fragment()))
        elif scheme in OUTSIDE_SCHEMES:
            self.outside_link_activated.emit(url.toString())
        else:
            self.link_refused.emit(url.toString())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Refuse every resource: the article shows nothing that is not its own text.

        An empty QByteArray, not None: returning None from this override corrupts the
        reference count of None in PySide6 6.12 and aborts the interpreter. For an image, an
        empty (transparent, one-pixel) image: given nothing, Qt's image handler would load the
        file itself.
        """
        if kind in (QTextDocument.ResourceType.ImageResource, _IMAGE_RESOURCE):
            return _no_image()
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
        """Rewrap to the new width, keeping the text that was at the top of the view."""
        top = self.top_position
        self._keeping_top = True
        try:
            super().resizeEvent(event)
            self._fit_text_column()
            if self._html:
                self._scroll_to_position(top)
                self._fit_words(new_layout=False)
        finally:
            self._keeping_top = False
        self._update_current_section()

    def event(self, event: QEvent) -> bool:
        """Paint the frame in the theme's colours once Qt has painted its own."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint:
            paint_frame(self, self._theme)
        return bool(handled)

    def changeEvent(self, event: QEvent) -> None:
        """Keep the article's font when the interface font changes (Grand texte): QTextEdit
        would otherwise copy its widget font into the document."""
        super().changeEvent(event)
        font = getattr(self, "_reading_font", None)  # changes come during construction too
        changed = event.type() == QEvent.Type.FontChange
        if changed and font is not None and self.document().defaultFont() != font:
            self.document().setDefaultFont(font)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Screen readers: back on a link (after a definition, from another panel), the word and
        # its kind are said with the text.
        cursor = self.textCursor()
        span = self._link_span(cursor.selectionStart()) if cursor.hasSelection() else None
        if span is not None and span[:2] == (cursor.selectionStart(), cursor.selectionEnd()):
            text = cursor.selectedText()
            self._describe(span[:2], f"{text}, {self._link_description(span[2])}")

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel asks for a text size step per notch (Qt's own zoom is not used)."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_zoom = 0
            super().wheelEvent(event)
            return
        self._wheel_zoom += event.angleDelta().y()
        steps = int(self._wheel_zoom / _WHEEL_NOTCH)  # towards zero: a touchpad adds up
        if steps:
            self._wheel_zoom -= steps * _WHEEL_NOTCH
            self.zoom_requested.emit(steps)
        event.accept()

    # -- words wider than the column ------------------------------------------------------------

    @property
    def column_characters(self) -> float:
        """About how many characters of body text a line of the column holds now."""
        return self._column_width() / self._character_width()

    def column_characters_at(self, viewport_width: float) -> float:
        """About how many characters a line would hold in a viewport this wide."""
        margins = 2 * (self.document().documentMargin() + _MIN_SIDE_MARGIN)
        return max(0.0, viewport_width - margins) / self._character_width()

    def _character_width(self) -> float:
        metrics = QFontMetricsF(self.document().defaultFont())
        return max(1.0, metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE))

    def _column_width(self) -> float:
        fmt = self.document().rootFrame().frameFormat()
        margins = 2 * self.document().documentMargin() + fmt.leftMargin() + fmt.rightMargin()
        return max(0.0, self.viewport().width() - margins)

    def _fit_words(self, new_layout: bool, announce: bool = True) -> None:
        """Give soft hyphens to the words the column cannot hold, and take them back when it
        can: a line never ends inside a word unless a single syllable is wider than the column.

        Words only break when the column narrows or the text is laid out anew, so a wider
        column is checked only when some word carries hyphens.
        """
        column = self._column_width()
        if not new_layout:
            if abs(column - self._checked_column) < 0.5:
                return
            if column > self._checked_column and not self._hyphenated:
                self._checked_column = column  # more room and no hyphen: nothing newly breaks
                return
        words = self._hyphenated
        if words and column > self._checked_column + 0.5:
            words = frozenset()  # more room: perhaps none needs a hyphen any more
        for _attempt in range(3):
            if words != self._hyphenated:
                self._show_hyphenated(words)
            broken = self._broken_words()
            if broken <= words:
                break
            words = words | broken
        self._checked_column = column
        if words != self._hyphenated:
            self._show_hyphenated(words)
        if self._reshaped and announce:
            self.text_reshaped.emit()
        self._reshaped = False

    def _marks(self) -> tuple[int, tuple[int, int], list[tuple[int, int, QTextCharFormat]]]:
        """The line at the top, the caret and the highlights: what is put back after the text
        is shown again."""
        cursor = self.textCursor()
        highlights = [
            (s.cursor.anchor(), s.cursor.position(), QTextCharFormat(s.format))
            for s in self.extraSelections()
        ]
        return self.top_position, (cursor.anchor(), cursor.position()), highlights

    def _show_hyphenated(self, words: frozenset[str]) -> None:
        """Show the text again with soft hyphens in ``words``; caret, highlights and the line
        at the top stay on the same characters."""
        document = self.document()
        old_text = document.toRawText()
        top, caret, highlights = self._marks()
        self._hyphenated = words
        self._term_spans = None
        keeping = self._keeping_top
        self._keeping_top = True
        try:
            self._render()
            move = position_mover(old_text, document.toRawText())
            self.setTextCursor(self._cursor(move(caret[0]), move(caret[1])))
            restored = []
            for anchor, position, fmt in highlights:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self._cursor(move(anchor), move(position))
                selection.format = fmt
                restored.append(selection)
            self.setExtraSelections(restored)
            self._active_term = (move(self._active_term[0]), move(self._active_term[1]))
            self._scroll_to_position(move(top))
        finally:
            self._keeping_top = keeping
        self._reshaped = True

    def _broken_words(self) -> frozenset[str]:
        """The words that a laid-out line ends inside of (no space, hyphen or soft hyphen)."""
        document = self.document()
        document.documentLayout().blockBoundingRect(document.lastBlock())  # lay it all out
        words: set[str] = set()
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            if layout is not None and layout.lineCount() > 1:
                text = block.text()
                for index in range(layout.lineCount() - 1):
                    line = layout.lineAt(index)
                    end = line.textStart() + line.textLength()
                    if 0 < end < len(text) and text[end - 1].isalpha() and text[end].isalpha():
                        word = word_at(text, end)
                        if word:
                            words.add(word)
            block = block.next()
        return frozenset(words)

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the selection as the reader sees it: without the soft hyphens."""
        data = QMimeData()
        data.setText(strip_soft_hyphens(self.textCursor().selection().toPlainText()))
        return data

    def _fit_text_column(self) -> None:
        """Centre a column of at most ~70 characters; narrower windows simply wrap."""
        metrics = QFontMetricsF(self.document().defaultFont())
        column = metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * _MAX_LINE_CHARACTERS
        width = self.viewport().width() - 2 * self.document().documentMargin()
        comfortable = min(metrics.height() * _SIDE_MARGIN_LINES, width * _SIDE_MARGIN_MAX_SHARE)
        # A comfortable margin, but never at the cost of the words: when a line would hold less
        # than a long word (« thérapeutiques », 14 letters), every pixel goes to the text.
        room = (width - metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * 14) / 2
        comfortable = min(comfortable, max(0.0, room))
        side = max(_MIN_SIDE_MARGIN, comfortable, (width - column) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 0.5:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        frame.setFrameFormat(fmt)

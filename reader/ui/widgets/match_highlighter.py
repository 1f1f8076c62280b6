"""Search in the text pane: every match highlighted, one of them current and brought into view.

Bound to the pane as a QSyntaxHighlighter is bound to its document, it uses only the pane's
public methods and never edits the document: highlights are extra selections.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.core.positions import PositionMap
from reader.core.results import ResultSet, Step, first_at_or_after, step
from reader.core.search import Match, SearchIndex, SearchOptions
from reader.core.themes import CLAIR, Theme
from reader.ui.widgets.text_pane import TextPane

_LAYER = "search"
# Up to this many matches every highlight is built at once. Past it (one letter in a very long
# article) only the matches within a screen of the view are built, and more as the reader
# scrolls: each match the reader can see is still highlighted, and a keystroke stays instant.
ALL_AT_ONCE = 400
# Block and frame separators read back as line breaks: same length, so offsets still agree.
_SEPARATORS = str.maketrans(dict.fromkeys((0x2029, 0x2028, 0xFDD0, 0xFDD1), "\n"))


class MatchHighlighter(QObject):
    """Finds a query in the pane's text, highlights the matches and moves among them."""

    match_changed = Signal(int, int, int)
    """Current match (-1: none), number of matches, and +1 / -1 when the move went round the
    end / the start of the article (else 0)."""
    results_changed = Signal(object)
    """The ResultSet of a new search (empty for an empty query or no match)."""

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._text = ""
        self._index: SearchIndex | None = None
        self._positions = PositionMap("")
        self._heading_offsets: list[int] = []
        self._results = ResultSet("", [], [])
        self._current = -1
        self._query: tuple[str, SearchOptions] | None = None  # the last search that found some
        self._built: dict[int, QTextEdit.ExtraSelection] = {}
        self._shown: tuple[int, int] | None = None
        self._match_format = QTextCharFormat()
        self._current_format = QTextCharFormat()
        self.apply_theme(CLAIR)
        # Scrolling and relayouts change which matches are near the view; deferred because the
        # scroll bar also moves from inside Qt's relayout.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_view)
        pane.verticalScrollBar().valueChanged.connect(self._schedule_follow)
        pane.document().documentLayout().documentSizeChanged.connect(self._schedule_follow)
        pane.text_reshaped.connect(self._text_reshaped)

    # -- state --------------------------------------------------------------------------------

    @property
    def count(self) -> int:
        """Number of matches of the current search."""
        return len(self._results)

    @property
    def current(self) -> int:
        """Index of the current match, or -1."""
        return self._current

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def reindex(self) -> None:
        """Read the pane's text again (after it shows another article); drops the search."""
        self.clear()
        self._text = self._pane.document().toRawText().translate(_SEPARATORS)
        self._index = None
        self._positions = PositionMap(self._text)
        headings = self._pane.heading_positions
        self._heading_offsets = [self._positions.to_offset(p) for p in headings]

    @Slot()
    def prepare(self) -> None:
        """Get the text ready to search now, so that the first keystroke is not the slow one."""
        self._searchable().prepare()

    @Slot(str, object)
    def search(self, query: str, options: SearchOptions) -> None:
        """Highlight every match of ``query``; the first at or after the view's top is current."""
        matches: list[Match] = self._searchable().find(query, options) if query.strip() else []
        self._query = (query, options) if matches else None
        self._results = ResultSet(self._text, matches, self._heading_offsets)
        self._built = {}
        self._shown = None
        self._current = -1
        # Where the reader is now, before the results panel may appear and narrow the text.
        anchor = self._positions.to_offset(self._pane.reading_position())
        self.results_changed.emit(self._results)
        self._go(first_at_or_after(self._results.starts, anchor))

    @Slot()
    def next_match(self) -> None:
        """Make the next match current, going round to the first after the last."""
        if self.count:
            self._go(step(self._current, self.count, forward=True))

    @Slot()
    def previous_match(self) -> None:
        """Make the previous match current, going round to the last before the first."""
        if self.count:
            self._go(step(self._current, self.count, forward=False))

    @Slot(int)
    def make_current(self, index: int) -> None:
        """Make match ``index`` current (chosen in the list of results)."""
        if 0 <= index < self.count:
            self._go(Step(index, 0))

    @Slot()
    def clear(self) -> None:
        """Remove every highlight and forget the search (the text is not touched)."""
        self._results = ResultSet(self._text, [], [])
        self._built = {}
        self._shown = None
        self._current = -1
        self._query = None
        self._pane.show_highlights(_LAYER, [])

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Colour the matches and the current one from ``theme``; the current one is underlined."""
        self._match_format = QTextCharFormat()
        self._match_format.setBackground(QColor(theme.match_background))
        self._match_format.setForeground(QColor(theme.match_text))
        self._current_format = QTextCharFormat()
        self._current_format.setBackground(QColor(theme.current_background))
        self._current_format.setForeground(QColor(theme.current_text))
        self._current_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        self._current_format.setUnderlineColor(QColor(theme.current_outline))
        if self.count:
            self._built = {}
            self._shown = None
            self._refresh()

    @Slot()
    def _text_reshaped(self) -> None:
        """Soft hyphens came or went, so positions moved: read the text again and show the same
        matches, the same one current, without moving the view."""
        if not self._text:
            return  # not indexed yet: the first search will read the text
        query, current = self._query, self._current
        self.reindex()
        if query is None:
            return
        self._results = ResultSet(
            self._text, self._searchable().find(*query), self._heading_offsets
        )
        self._query = query
        self._current = current if current < self.count else -1
        self.results_changed.emit(self._results)
        self._refresh()
        self.match_changed.emit(self._current, self.count, 0)

    # -- inner workings -----------------------------------------------------------------------

    def _searchable(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self._text)
        return self._index

    def _go(self, landing: Step) -> None:
        previous, self._current = self._current, landing.index
        for index in (previous, landing.index):  # their look changes
            self._built.pop(index, None)
        self._shown = None
        if landing.index >= 0:
            match = self._results.matches[landing.index]
            self._pane.show_range(
                self._positions.to_position(match.start), self._positions.to_position(match.end)
            )
        self._refresh()
        self.match_changed.emit(landing.index, self.count, landing.wrapped)

    def _wanted(self) -> tuple[int, int]:
        """Indices [first, last) of the matches to build: all, or those within a screen of view."""
        total = self.count
        if total <= ALL_AT_ONCE:
            return 0, total
        top, bottom = self._pane.visible_range()
        screen = max(bottom - top, 1)
        first = self._positions.to_offset(max(0, top - screen))
        last = self._positions.to_offset(bottom + screen)
        starts = self._results.starts
        return max(0, bisect.bisect_left(starts, first) - 1), bisect.bisect_right(starts, last)

    def _refresh(self) -> None:
        wanted = self._wanted()
        if wanted == self._shown:
            return
        self._shown = wanted
        built = self._built
        selections: list[QTextEdit.ExtraSelection] = []
        for index in range(*wanted):
            selection = built.get(index)
            if selection is None:
                selection = built[index] = self._selection(index)
            selections.append(selection)
        self._pane.show_highlights(_LAYER, selections)

    def _selection(self, index: int) -> QTextEdit.ExtraSelection:
        match = self._results.matches[index]
        cursor = QTextCursor(self._pane.document())
        cursor.setPosition(self._positions.to_position(match.start))
        cursor.setPosition(self._positions.to_position(match.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = (  # type: ignore[misc]
            self._current_format if index == self._current else self._match_format
        )
        return selection

    def _schedule_follow(self, *_ignored: object) -> None:
        if self.count > ALL_AT_ONCE:
            self._follow_timer.start()

    def _follow_view(self) -> None:
        if self.count > ALL_AT_ONCE:
            self._refresh()

"""The search results as a reader sees them: grouped by section, stepped through, listed.

Qt-free: the window's results panel and highlighter only display what is decided here.
Positions are offsets in one text (any unit, as long as matches and headings agree).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from enum import Enum

from reader.core.record import record
from reader.core.search import Match, Snippet, snippet

__all__ = [
    "ResultGroup",
    "ResultRow",
    "ResultSet",
    "RowKind",
    "Step",
    "context_bounds",
    "first_at_or_after",
    "group_by_section",
    "layout_rows",
    "section_of",
    "step",
    "whole_words",
]


def section_of(position: int, heading_starts: Sequence[int]) -> int:
    """Index of the last heading starting at or before ``position``; -1 before the first one."""
    return bisect.bisect_right(heading_starts, position) - 1


@record
class ResultGroup:
    """The matches of one section: a run of consecutive match indices."""

    section: int  # index of the section, -1 for text before the first heading
    first: int  # index of its first match
    count: int


def group_by_section(
    starts: Sequence[int], heading_starts: Sequence[int]
) -> tuple[ResultGroup, ...]:
    """Group sorted match starts under their section; sections without a match are left out.

    Costs a bisection per group, not a step per match, so a long list stays cheap.
    """
    groups: list[ResultGroup] = []
    index = 0
    while index < len(starts):
        section = section_of(starts[index], heading_starts)
        if section + 1 < len(heading_starts):
            stop = bisect.bisect_left(starts, heading_starts[section + 1], index)
        else:
            stop = len(starts)
        groups.append(ResultGroup(section, index, stop - index))
        index = stop
    return tuple(groups)


@record
class Step:
    """Where a move among the matches lands, and whether it went round the end."""

    index: int  # -1 when there is no match
    wrapped: int  # 0, or +1 when it went past the end to the start, -1 past the start to the end


def first_at_or_after(starts: Sequence[int], position: int) -> Step:
    """The first match starting at or after ``position``, else the first one (wrapped)."""
    if not starts:
        return Step(-1, 0)
    index = bisect.bisect_left(starts, position)
    if index < len(starts):
        return Step(index, 0)
    return Step(0, +1)


def step(current: int, total: int, forward: bool) -> Step:
    """The next (or previous) match after ``current``, going round at either end."""
    if total <= 0:
        return Step(-1, 0)
    if not 0 <= current < total:
        return Step(0, 0) if forward else Step(total - 1, 0)
    if forward:
        return Step(0, +1) if current == total - 1 else Step(current + 1, 0)
    return Step(total - 1, -1) if current == 0 else Step(current - 1, 0)


class RowKind(Enum):
    """What a row of the results list shows."""

    SECTION = "section"  # value: section index (-1: before the first heading)
    MATCH = "match"  # value: match index
    MORE = "more"  # value: how many matches are not listed


@record
class ResultRow:
    """One row of the results list."""

    kind: RowKind
    value: int


def layout_rows(groups: Sequence[ResultGroup], limit: int) -> tuple[ResultRow, ...]:
    """Section rows each followed by its matches, listing at most ``limit`` matches.

    Past the limit one MORE row says how many are left out: a list of thousands of one-letter
    matches helps no one, and every match is still highlighted in the text.
    """
    rows: list[ResultRow] = []
    listed = 0
    total = sum(group.count for group in groups)
    for group in groups:
        if listed >= limit:
            break
        rows.append(ResultRow(RowKind.SECTION, group.section))
        take = min(group.count, limit - listed)
        rows.extend(ResultRow(RowKind.MATCH, i) for i in range(group.first, group.first + take))
        listed += take
    if listed < total:
        rows.append(ResultRow(RowKind.MORE, total - listed))
    return tuple(rows)


class ResultSet:
    """The matches of one search over a text, grouped by section, with snippets on demand."""

    def __init__(self, text: str, matches: Sequence[Match], heading_starts: Sequence[int]) -> None:
        self._text = text
        self._matches = tuple(matches)
        self._starts = [m.start for m in self._matches]
        self._heading_starts = list(heading_starts)
        self._groups = group_by_section(self._starts, heading_starts)
        self._snippets: dict[tuple[int, int], Snippet] = {}

    @property
    def matches(self) -> tuple[Match, ...]:
        """The matches, in text order."""
        return self._matches

    @property
    def starts(self) -> list[int]:
        """Where each match starts, in text order (do not modify)."""
        return self._starts

    @property
    def groups(self) -> tuple[ResultGroup, ...]:
        """The matches grouped by section, in text order."""
        return self._groups

    def __len__(self) -> int:
        return len(self._matches)

    def snippet(self, index: int, width: int = 40) -> Snippet:
        """The match with at most ``width`` characters of context each side, in whole words."""
        found = self._snippets.get((index, width))
        if found is None:
            match = self._matches[index]
            lo, hi = context_bounds(self._text, match.start, self._heading_starts)
            lo, hi = min(lo, match.start), max(hi, match.end)  # a match across a line stays whole
            inside = Match(match.start - lo, match.end - lo)
            found = whole_words(snippet(self._text[lo:hi], inside, width + 1), width)
            self._snippets[index, width] = found
        return found


def context_bounds(text: str, position: int, heading_starts: Sequence[int]) -> tuple[int, int]:
    """The stretch of ``text`` a result's context may come from: its heading's line for a match
    in a heading, else the text between its section's heading line and the next heading — a
    context that ran into the next title would read as part of the sentence."""
    section = section_of(position, heading_starts)
    heading_end = _line_end(text, heading_starts[section]) if section >= 0 else 0
    if section >= 0 and position < heading_end:
        return heading_starts[section], heading_end
    following = heading_starts[section + 1] if section + 1 < len(heading_starts) else len(text)
    return heading_end, max(heading_end, following)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


_ELLIPSIS = "…"


def whole_words(wide: Snippet, width: int) -> Snippet:
    """Trim a snippet made ``width + 1`` wide to ``width``, dropping a word cut in two.

    The one extra character tells whether the cut at ``width`` falls inside a word.
    """
    return Snippet(_trim_before(wide.before, width), wide.match, _trim_after(wide.after, width))


def _trim_before(before: str, width: int) -> str:
    if not before.startswith(_ELLIPSIS) or len(before) - 1 <= width:
        return before  # not cut, or cut at a space (the core strips it)
    context = before[1:]
    kept = context[-width:]
    if kept and context[-width - 1].isalnum() and kept[0].isalnum():
        space = kept.find(" ")
        kept = kept[space + 1 :] if space >= 0 else kept
    return _ELLIPSIS + kept.lstrip()


def _trim_after(after: str, width: int) -> str:
    if not after.endswith(_ELLIPSIS) or len(after) - 1 <= width:
        return after
    context = after[:-1]
    kept = context[:width]
    if kept and context[width].isalnum() and kept[-1].isalnum():
        space = kept.rfind(" ")
        kept = kept[:space] if space >= 0 else kept
    return kept.rstrip() + _ELLIPSIS

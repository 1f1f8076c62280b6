"""Where each glossary term appears in the text shown, for the glossary panel's « Dans le texte ».

Works on the plain text of the pane (one character per document position, blocks joined by
line breaks), so a place's offsets are positions the pane can select directly. Terms inside
headings are skipped, as the pane links none there. Every other occurrence is a place, also the
repeats the pane shows as plain text (it links a term once per section): the pane selects a
place by its positions, link or not.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the matcher (and Markdown with it) is not needed to name a heading
    from reader.core.glossary.term_links import TermMatcher

CONTEXT_CHARACTERS = 30
"""About how many characters of text surround a term in a place (half before, half after)."""

_ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")
_LINE_BREAKS = "\n\u2029\u2028"


@dataclass(frozen=True)
class Heading:
    """A heading of the text shown: positions [start, end) and its title."""

    start: int
    end: int
    title: str


@dataclass(frozen=True)
class Place:
    """One occurrence of a term: its positions, the section it is in and the words around it."""

    entry_id: str
    start: int
    end: int
    section: str
    before: str
    term: str
    after: str

    @property
    def context(self) -> str:
        """The term with a few words either side, as one line: « …avant terme après… »."""
        return f"{self.before}{self.term}{self.after}"


def term_places(
    text: str,
    matcher: TermMatcher,
    headings: Sequence[Heading],
    context: int = CONTEXT_CHARACTERS,
) -> Mapping[str, tuple[Place, ...]]:
    """Every term of ``text`` outside the headings, grouped by entry id, in reading order.

    A term before the first heading has an empty section title.
    """
    ordered = sorted(headings, key=lambda heading: heading.start)
    starts = [heading.start for heading in ordered]
    half = max(0, context // 2)
    places: dict[str, list[Place]] = {}
    for hit in matcher.find(text):
        index = bisect.bisect_right(starts, hit.start) - 1
        heading = ordered[index] if index >= 0 else None
        if heading is not None and hit.start < heading.end:
            continue  # inside the heading itself
        before, after = _surroundings(text, hit.start, hit.end, half)
        place = Place(
            hit.entry_id,
            hit.start,
            hit.end,
            heading.title if heading is not None else "",
            before,
            _SPACES.sub(" ", text[hit.start : hit.end]),
            after,
        )
        places.setdefault(hit.entry_id, []).append(place)
    return {entry_id: tuple(found) for entry_id, found in places.items()}


def _surroundings(text: str, start: int, end: int, half: int) -> tuple[str, str]:
    """Up to ``half`` characters either side, whole words only, within the term's paragraph."""
    line_start = max(text.rfind(char, 0, start) for char in _LINE_BREAKS) + 1
    line_ends = [found for char in _LINE_BREAKS if (found := text.find(char, end)) >= 0]
    line_end = min(line_ends, default=len(text))

    cut = max(line_start, start - half)
    before = text[cut:start]
    if cut > line_start and text[cut - 1].isalnum() and before[:1].isalnum():
        # A word cut in two: drop its end rather than show half a word.
        space = before.find(" ")
        before = before[space + 1 :] if space >= 0 else ""
    cut = min(line_end, end + half)
    after = text[end:cut]
    if cut < line_end and text[cut].isalnum() and after[-1:].isalnum():
        space = after.rfind(" ")
        after = after[:space] if space >= 0 else ""

    before = _SPACES.sub(" ", before).lstrip()
    after = _SPACES.sub(" ", after).rstrip()
    if before != _SPACES.sub(" ", text[line_start:start]).lstrip():
        before = _ELLIPSIS + before.lstrip(",;:.!? ")
    if after != _SPACES.sub(" ", text[end:line_end]).rstrip():
        after += _ELLIPSIS
    return before, after

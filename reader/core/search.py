"""Find-in-article: accent-, case- and spacing-insensitive matches mapped to original offsets.

The document is folded once per option set (see :mod:`reader.core.folding`); each keystroke
then only folds the short query and scans the folded text with ``str.find``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from reader.core.folding import FoldedText, fold, fold_str
from reader.core.record import record

__all__ = ["Match", "SearchIndex", "SearchOptions", "Snippet", "find_all", "snippet"]


class Match(NamedTuple):
    """A match as a range of the original text, ready to slice or to highlight.

    A named tuple rather than a frozen dataclass: a one-letter query in a long article makes
    tens of thousands of them per keystroke, and a tuple is made five times faster.
    """

    start: int  # offset in the ORIGINAL text (Python str index)
    end: int  # exclusive


@record
class SearchOptions:
    """The two toggles of the search bar."""

    keep_accents: bool = False  # UI label "Respecter les accents"
    whole_word: bool = False  # UI label "Mot entier"


def _is_word_char(char: str) -> bool:
    """Letters and digits make words; a leftover combining mark belongs to its letter."""
    return char.isalnum() or unicodedata.combining(char) != 0


class SearchIndex:
    """Folds a document's text once (both ways, lazily per option) so each keystroke only scans."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._folded: dict[bool, FoldedText] = {}

    @property
    def text(self) -> str:
        """The original text that match offsets refer to."""
        return self._text

    def _fold(self, keep_accents: bool) -> FoldedText:
        folded = self._folded.get(keep_accents)
        if folded is None:
            folded = self._folded[keep_accents] = fold(self._text, keep_accents=keep_accents)
        return folded

    def prepare(self, options: SearchOptions = SearchOptions()) -> None:
        """Fold now for ``options``, so that the first search is as quick as the next ones."""
        self._fold(options.keep_accents)

    def find(self, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
        """Non-overlapping matches of ``query``, left to right, as original ranges.

        Whole word only checks an edge where the query itself has a letter or digit, so a
        query that ends with a space or an apostrophe still matches before the next word.
        A match that ends inside a ligature or "ß" takes the whole character, and the scan
        resumes after it, so ranges never overlap.
        """
        needle = fold_str(query, keep_accents=options.keep_accents)
        if not needle.strip():
            return []
        folded = self._fold(options.keep_accents)
        if not options.whole_word:
            plain = _find_plain(needle, folded)
            if plain is not None:
                return plain
        haystack = folded.text
        origin = folded.origin
        size = len(haystack)
        check_start = options.whole_word and _is_word_char(needle[0])
        check_end = options.whole_word and _is_word_char(needle[-1])
        matches: list[Match] = []
        pos = 0
        while (found := haystack.find(needle, pos)) >= 0:
            found_end = found + len(needle)
            if (check_start and found > 0 and _is_word_char(haystack[found - 1])) or (
                check_end and found_end < size and _is_word_char(haystack[found_end])
            ):
                pos = found + 1
                continue
            start, end = folded.span(found, found_end)
            matches.append(Match(start, end))
            pos = found_end
            while pos < size and origin[pos] < end:  # rest of a split "œ" or "ß"
                pos += 1
        return matches


def _find_plain(needle: str, folded: FoldedText) -> list[Match] | None:
    """The matches found at C speed, or None when one ends inside an expanded character.

    Without such a match, the scan of :meth:`SearchIndex.find` resumes right where each match
    ends, exactly as ``re.finditer`` does, and each range is (origin[start], origin[end]).
    With one (half of "œ" or "ß"), None asks for that scan, which also skips the other half.
    """
    origin = folded.origin
    size = len(needle)
    found = [hit.start() for hit in re.finditer(re.escape(needle), folded.text)]
    if any(origin[start + size] == origin[start + size - 1] for start in found):
        return None
    return [Match(origin[start], origin[start + size]) for start in found]


def find_all(text: str, query: str, options: SearchOptions = SearchOptions()) -> list[Match]:
    """One-off search; build a :class:`SearchIndex` to search the same text repeatedly."""
    return SearchIndex(text).find(query, options)


@record
class Snippet:
    """A match with a little context, for a list of results."""

    before: str  # up to `width` chars of context before, whitespace collapsed, "…" when cut
    match: str
    after: str


_ELLIPSIS = "…"
_WHITESPACE_RUN = re.compile(r"\s+")
# A lone no-break space is French typography (« ; », « : »), kept so the line does not break.
_NO_BREAK_SPACES = frozenset("\u00a0\u202f")


def _collapse(text: str) -> str:
    """Soft hyphens out, whitespace runs (line breaks included) to one space."""
    return _WHITESPACE_RUN.sub(
        lambda run: run.group() if run.group() in _NO_BREAK_SPACES else " ",
        text.replace("\u00ad", ""),
    )


def snippet(text: str, match: Match, width: int = 40) -> Snippet:
    """Context around ``match``: ``width`` collapsed chars each side, "…" where cut."""
    return Snippet(
        before=_context_before(text, match.start, width),
        match=_collapse(text[match.start : match.end]),
        after=_context_after(text, match.end, width),
    )


def _context_before(text: str, start: int, width: int) -> str:
    # Widen the raw window until it collapses to more than `width` chars or reaches the start,
    # so a long run of blank lines does not eat the context.
    window = 2 * width + 16
    while True:
        lo = max(0, start - window)
        collapsed = _collapse(text[lo:start])
        if len(collapsed) > width:
            return _ELLIPSIS + collapsed[-width:].lstrip() if width > 0 else _ELLIPSIS
        if lo == 0:
            return collapsed.lstrip()
        window *= 4


def _context_after(text: str, end: int, width: int) -> str:
    window = 2 * width + 16
    while True:
        hi = min(len(text), end + window)
        collapsed = _collapse(text[end:hi])
        if len(collapsed) > width:
            return collapsed[:width].rstrip() + _ELLIPSIS if width > 0 else _ELLIPSIS
        if hi == len(text):
            return collapsed.rstrip()
        window *= 4

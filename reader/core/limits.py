"""Limits no real article reaches, checked before anything slow: past them the reader refuses
the text with a clear message rather than freezing the window for minutes.

Each limit is far beyond real text (the longest French word has 25 letters, a long article has
a few hundred list items) and close to where Qt becomes slow on a clinic computer (README,
Robustness).
"""

from __future__ import annotations

import re

from reader.core.problems import Problem

MAX_WORD = 10_000
"""Characters in a row without a space (Qt lays out a long unbroken word in quadratic time)."""
MAX_LIST_ITEMS = 5_000
"""List items in the whole article (Qt's setHtml is quadratic in them)."""

_BLOCK = MAX_WORD // 2  # a run longer than MAX_WORD holds a whole aligned block this long
_NON_SPACE = re.compile(r"\S*")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)", re.MULTILINE)


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", "\u202f")


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def long_word(text: str) -> tuple[int, int] | None:
    """Where the first run of more than MAX_WORD characters without a space is, or None.

    Any such run holds a whole block of the text cut every MAX_WORD / 2 characters, so only
    blocks without a space are looked at closely; each block is scanned up to its first
    space, which a real text has within a few characters (10 MB: milliseconds)."""
    for block_start in range(0, len(text), _BLOCK):
        block = text[block_start : block_start + _BLOCK]
        if len(block) < _BLOCK or len(block.split(maxsplit=1)) != 1 or block[0].isspace():
            continue
        before = text[max(0, block_start - MAX_WORD - 1) : block_start]
        tail = before.rsplit(maxsplit=1)[-1] if before and not before[-1].isspace() else ""
        start = block_start - len(tail)
        run = _NON_SPACE.match(text, block_start)
        end = run.end() if run else block_start
        if end - start > MAX_WORD:
            return start, end
    return None


def beyond_limits(text: str, source: str) -> Problem | None:
    """Why an article's text is refused (the first limit it passes), or None."""
    word = long_word(text)
    if word is not None:
        start, end = word
        return Problem(
            source,
            f"un mot de {_thousands(end - start)} caractères sans espace\u00a0: au plus "
            f"{_thousands(MAX_WORD)} sont attendus. Ce n’est pas un texte à lire.",
            _line_of(text, start),
        )
    for items, item in enumerate(_LIST_ITEM.finditer(text), start=1):
        if items > MAX_LIST_ITEMS:
            return Problem(
                source,
                f"plus de {_thousands(MAX_LIST_ITEMS)} éléments de liste\u00a0: un article en a "
                "au plus quelques centaines, et tant de lignes figeraient la fenêtre.",
                _line_of(text, item.start()),
            )
    return None

"""Soft hyphens for the few words wider than the text column, at French hyphenation points.

Qt breaks a word that does not fit anywhere in it (« métastas / e »). A soft hyphen (U+00AD)
is a break Qt may take, and then it draws a hyphen; elsewhere it is invisible. Only the words
that did not fit get them, so a window wide enough shows no hyphen at all. Search folding
ignores soft hyphens (reader.core.folding); copy and the accessible names drop them here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

SOFT_HYPHEN = "\u00ad"
# A run of letters: the unit Pyphen hyphenates (« peut-il » and « l’éradication » are two).
WORD = re.compile(r"[^\W\d_]+")
_HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:\u00ad[^\W\d_]+)*")
# Markup and character references are never hyphenated, only the text between them.
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")


@cache
def _dictionary() -> pyphen.Pyphen:
    import pyphen  # only when a word is too wide: most windows never need it

    # French typesetting leaves at least two letters before a break and three after it.
    return pyphen.Pyphen(lang="fr_FR", left=2, right=3)


def hyphenated(word: str) -> str:
    """``word`` with a soft hyphen at each French hyphenation point (« thé­ra­peu­tique »)."""
    return str(_dictionary().inserted(word, hyphen=SOFT_HYPHEN))


def soft_hyphenate_html(html: str, words: Collection[str]) -> str:
    """The HTML with soft hyphens in every occurrence of ``words`` in its text (not its tags)."""
    if not words:
        return html
    chosen = set(words)

    def in_text(piece: str) -> str:
        return WORD.sub(lambda m: hyphenated(m[0]) if m[0] in chosen else m[0], piece)

    pieces = _MARKUP.split(html)
    return "".join(p if i % 2 else in_text(p) for i, p in enumerate(pieces))


def strip_soft_hyphens(text: str) -> str:
    """The text as a reader copies or hears it: without soft hyphens."""
    return text.replace(SOFT_HYPHEN, "")


def word_at(text: str, position: int) -> str:
    """The word around ``position`` (the letter before it counts), soft hyphens left out."""
    for match in _HYPHENATED_WORD.finditer(text):
        if match.start() < position <= match.end():
            return strip_soft_hyphens(match[0])
    return ""


def position_mover(old: str, new: str) -> Callable[[int], int]:
    """Where a position of ``old`` is in ``new``, when the two differ only by soft hyphens."""
    moved: list[int] = []
    j = 0
    for char in old:
        while j < len(new) and new[j] != char and new[j] == SOFT_HYPHEN:
            j += 1
        moved.append(j)
        if j < len(new) and new[j] == char:
            j += 1
    while j < len(new) and new[j] == SOFT_HYPHEN:
        j += 1
    moved.append(j)

    def move(position: int) -> int:
        return moved[max(0, min(position, len(moved) - 1))]

    return move

"""Python string offsets of a text and the positions of the same text in a QTextDocument.

A QTextDocument counts UTF-16 code units, so a character beyond U+FFFF (an emoji, a
mathematical letter) takes two positions there but one index in a Python ``str``. Search
works on Python offsets; highlights need document positions.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["PositionMap"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts offsets of ``text`` to UTF-16 positions and back (identity for BMP-only text)."""

    def __init__(self, text: str) -> None:
        # Python offsets of the characters that take two UTF-16 units, and their UTF-16 positions.
        self._astral = [found.start() for found in _ASTRAL.finditer(text)]
        self._astral_units = [offset + rank for rank, offset in enumerate(self._astral)]

    @property
    def is_identity(self) -> bool:
        """True when every character is one UTF-16 unit, so offsets and positions agree."""
        return not self._astral

    def to_position(self, offset: int) -> int:
        """The UTF-16 position of the character at ``offset`` (or of the end, for len(text))."""
        return offset + bisect.bisect_left(self._astral, offset)

    def to_offset(self, position: int) -> int:
        """The offset of the character whose UTF-16 units hold ``position``.

        A position between the two halves of a surrogate pair belongs to that character.
        """
        return position - bisect.bisect_left(self._astral_units, position)

"""Checks for remembered values: whatever a settings file holds, the reader gets a usable value.

A settings file can be old, edited by hand or damaged; each value read back goes through one of
these functions, which return the default rather than fail.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from reader.core import text_size
from reader.core.record import record
from reader.core.themes import CHOICES, SYSTEM

_TRUE = {"true", "1", "yes", "oui", "on"}
_FALSE = {"false", "0", "no", "non", "off"}
_MAX_SECTIONS = 10_000
_MAX_OFFSET = 10_000_000
MAX_FILE_BYTES = 1_000_000
"""A settings file larger than this was not written by the reader (it writes a few kB)."""


@record
class ReadingPosition:
    """Where the reader was: a section, and how many characters into it the top line starts."""

    section: int
    offset: int


TOP = ReadingPosition(0, 0)


def looks_damaged(data: bytes) -> bool:
    """Whether a settings file's bytes cannot be what QSettings wrote: it writes UTF-8 text,
    escaping the rest, one ``[section]`` or ``key=value`` a line. Such a file (damaged, or
    some other file given by mistake with ``--settings``) is left as it is, not written over."""
    if b"\x00" in data:
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith((";", "#", "[")) and "=" not in line:
            return True
    return False


def integer_value(raw: object) -> int | None:
    """An integer from a settings value (QSettings gives text back from an INI file), or None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        try:
            return int(raw.strip())
        except ValueError:
            return None
    return None


def text_size_value(
    raw: object, default: int = text_size.DEFAULT, minimum: int = text_size.MINIMUM
) -> int:
    """A text size in percent: a step of the table within the limits, else ``default``."""
    value = integer_value(raw)
    if value is None or not minimum <= value <= text_size.MAXIMUM:
        return default
    return text_size.nearest_step(value, minimum)


def large_text_size_value(raw: object) -> int:
    """The article size in Grand texte: 200 % to 400 %, else 200 %."""
    return text_size_value(raw, text_size.LARGE_TEXT_DEFAULT, text_size.LARGE_TEXT_MINIMUM)


def bool_value(raw: object, default: bool = False) -> bool:
    """A yes/no value (``true``/``false`` as an INI file spells it), else ``default``."""
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        word = raw.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    return default


def theme_value(raw: object) -> str:
    """A theme choice (``systeme``, ``clair``, ``sombre``, ``contraste``), else ``systeme``."""
    return raw if isinstance(raw, str) and raw in CHOICES else SYSTEM


def text_value(raw: object) -> str:
    """A piece of text, else the empty string."""
    return raw if isinstance(raw, str) else ""


def position_value(section: object, offset: object) -> ReadingPosition:
    """A reading position, else the top of the article."""
    index, characters = integer_value(section), integer_value(offset)
    if index is None or characters is None:
        return TOP
    if not (0 <= index < _MAX_SECTIONS and 0 <= characters <= _MAX_OFFSET):
        return TOP
    return ReadingPosition(index, characters)


def position_in_sections(heading_positions: Sequence[int], position: int) -> ReadingPosition:
    """The reading position of a document position, given where each heading starts.

    The first section counts from the start of the document, so that text before the first
    heading (an introduction with no title) comes back to the same place.
    """
    index = bisect.bisect_right(heading_positions, position) - 1
    if index <= 0:  # in the first section, before the first heading, or no heading at all
        return ReadingPosition(0, max(0, position))
    return ReadingPosition(index, position - heading_positions[index])


def document_position(
    heading_positions: Sequence[int], reading: ReadingPosition, length: int
) -> int:
    """The document position of a reading position, within the document (the top if unknown)."""
    count = max(1, len(heading_positions))  # no heading: the whole text is one section
    if reading.section >= count:
        return 0
    start = heading_positions[reading.section] if reading.section > 0 else 0
    return max(0, min(start + reading.offset, max(0, length - 1)))

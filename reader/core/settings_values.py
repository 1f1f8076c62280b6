"""Checks for remembered values: whatever a settings file holds, the reader gets a usable value.

A settings file can be old, edited by hand or damaged; each value read back goes through one of
these functions, which return the default rather than fail.
"""

from __future__ import annotations

import bisect
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path

from reader.core import speech, text_size
from reader.core.checksum import Checksum
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


# QSettings escapes every character of a key or group name but these (a space becomes %20),
# so a line such as « name = value » was written by a person or another program, not by it.
_QT_KEY = re.compile(r"[A-Za-z0-9_.%\\-]+")


def looks_damaged(data: bytes) -> bool:
    """Whether a settings file's bytes cannot be what QSettings wrote: it writes UTF-8 text,
    escaping the rest, one ``[section]`` or ``key=value`` a line with an escaped key. Such a
    file (damaged, or some other file given by mistake with ``--settings``, even one shaped
    like an INI file) is left as it is, not written over."""
    if b"\x00" in data:
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("["):
            if not (line.endswith("]") and _QT_KEY.fullmatch(line[1:-1])):
                return True
        elif not _QT_KEY.fullmatch(line.partition("=")[0]) or "=" not in line:
            return True
    return False


def article_key(path: Path) -> str:
    """The name under which an article's reading position is remembered: its real path, or
    its absolute path when that cannot be found (it became a symlink loop while open). Bytes
    of a name that is not UTF-8 are written as ``\\xNN``: a settings file holds text."""
    try:
        where = path.resolve()
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError for a symlink loop
        where = path.absolute()
    return os.fsencode(where).decode("utf-8", "backslashreplace")


def seal(blob: bytes) -> str:
    """A digest written beside a window layout blob: Qt's ``restoreState`` trusts its input
    (one changed byte can crash it), so a blob is only given back when it matches its seal.
    A CRC-based checksum, not a cryptographic hash: it guards against damage (CRC-32 catches
    every burst of up to 32 changed bits), and hashlib would load OpenSSL at every start."""
    return Checksum(b"reader-layout\0" + blob).hexdigest()


def sealed_blob(blob: object, stamp: object) -> bytes:
    """``blob`` when it is bytes matching ``stamp`` (its seal), else empty bytes (no layout)."""
    if isinstance(blob, bytes) and isinstance(stamp, str) and stamp == seal(blob):
        return blob
    return b""


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


EVERY_TERM_DEFAULT = False
"""Each glossary term is marked once per section unless the reader asks for every one."""


def every_term_value(raw: object) -> bool:
    """« Souligner tous les termes »: a yes/no, else the default (off)."""
    return bool_value(raw, EVERY_TERM_DEFAULT)


def theme_value(raw: object) -> str:
    """A theme choice (``systeme``, ``clair``, ``sombre``, ``contraste``), else ``systeme``."""
    return raw if isinstance(raw, str) and raw in CHOICES else SYSTEM


def speech_speed_value(raw: object) -> float:
    """A reading-aloud speed: the nearest step from 0.5× to 2×, else the normal speed (1×)."""
    if isinstance(raw, bool):
        return speech.DEFAULT_SPEED
    if isinstance(raw, str):
        try:
            raw = float(raw.strip())
        except ValueError:
            return speech.DEFAULT_SPEED
    if not isinstance(raw, int | float) or not math.isfinite(raw):
        return speech.DEFAULT_SPEED
    if not speech.SPEEDS[0] <= raw <= speech.SPEEDS[-1]:
        return speech.DEFAULT_SPEED
    return min(speech.SPEEDS, key=lambda step: abs(step - raw))


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

"""The medical notice (``notice.md``) as paragraphs: one idea each, easier to take in."""

from __future__ import annotations

import re

from reader.core.french_spacing import collapse_spaces

_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def notice_paragraphs(notice: str) -> tuple[str, ...]:
    """The notice's paragraphs (blank lines part them), each on one line, none empty."""
    blocks = (collapse_spaces(block) for block in _BLANK_LINES.split(notice.replace("\r", "")))
    return tuple(block for block in blocks if block)

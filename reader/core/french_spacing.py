"""French spacing: the non-breaking space before « : ; ? ! » and inside « ».

With an ordinary space there, a line may break between a word and its colon, or leave a
guillemet alone at the start of a line, which happens often at large text sizes. Content files
are checked with this: the glossary loader reports each such space with its line, and the
content tests check every string the bundled article shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_BREAK_SPACE = "\u00a0"
"""What goes before « : » and inside « »; French typography also accepts it before « ; ? ! »."""

NARROW_NO_BREAK_SPACE = "\u202f"
"""The thinner space French typography prefers before « ; ? ! »; U+00A0 is also accepted."""

_WHITESPACE_RE = re.compile(r"\s+")
_NO_BREAK = frozenset((NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE))

# Ordinary spaces or tabs before a mark that needs a space, or after an opening guillemet.
_FAULT_RE = re.compile(r"[ \t]+(?=[:;?!»])|(?<=«)[ \t]+")


@dataclass(frozen=True)
class SpacingFault:
    """An ordinary space where a non-breaking one belongs: ``[start, end)`` in the text."""

    start: int
    end: int
    mark: str
    """The mark it goes with: « : », « ; », « ? », « ! », « « » or « » »."""

    @property
    def where(self) -> str:
        """Where the space is, in words, for a message: « avant « : » »…"""
        if self.mark == "«":
            return "juste après un guillemet ouvrant"
        if self.mark == "»":
            return "juste avant un guillemet fermant"
        return f"avant «\u00a0{self.mark}\u00a0»"


def spacing_faults(text: str) -> tuple[SpacingFault, ...]:
    """Every ordinary space of ``text`` that should be a non-breaking one, in order."""
    faults: list[SpacingFault] = []
    for match in _FAULT_RE.finditer(text):
        start, end = match.span()
        mark = "«" if start > 0 and text[start - 1] == "«" else text[end]
        faults.append(SpacingFault(start, end, mark))
    return tuple(faults)


def fix_spacing(text: str) -> str:
    """``text`` with each faulty space replaced by one non-breaking space (U+00A0)."""
    return _FAULT_RE.sub(NO_BREAK_SPACE, text)


def excerpt(text: str, fault: SpacingFault, words: int = 2) -> str:
    """A few words on each side of the fault, so that a person can find it in the file."""
    return " ".join([*text[: fault.start].split()[-words:], *text[fault.end :].split()[:words]])


def collapse_spaces(text: str) -> str:
    """Runs of white space as one space, ends trimmed, but a non-breaking space is kept (the
    first of its run): it is there on purpose, and ``" ".join(text.split())`` would lose it."""

    def one(run: re.Match[str]) -> str:
        return next((char for char in run.group() if char in _NO_BREAK), " ")

    return _WHITESPACE_RE.sub(one, text).strip()

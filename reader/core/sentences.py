"""French text cut into sentences with exact offsets, for reading aloud and its highlight.

The text is the pane's plain text: one block a line. A sentence never spans two blocks, so a
heading or a list item without a final period is a unit of its own. Inside a block a sentence
ends at « . », « ! », « ? », « … » or « ... » (with any closing « » », quote or bracket after
it) when the next word starts a sentence (a capital, a digit, an opening quote or a dash);
abbreviations (« M. », « Dr. », « p. ex. », « cf. », initials) do not end one. Offsets are
Python string offsets; ``reader.core.positions`` turns them into Qt's positions.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

__all__ = ["Sentence", "SentenceKind", "pause_after_ms", "sentence_at", "split_sentences"]

SentenceKind = Literal["heading", "sentence"]

# Words that end with a period without ending the sentence (compared without the period).
# Titles and French abbreviations of running text; single letters are handled apart
# (initials « J. », « p. » of « p. ex. »).
_ABBREVIATIONS = frozenset(
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste",
        "cf", "Cf", "ex", "env", "av", "apr", "vol", "chap", "fig", "éd", "coll", "art", "p",
        "pp", "n", "no", "réf", "tél", "suiv", "resp", "approx", "c.-à-d", "c-à-d", "J.-C",
    }
)  # fmt: skip
# « etc. » ends a sentence when a capital follows, and not otherwise: the general rule.

# End punctuation: an ellipsis (one character or three periods), or a run of . ! ?
_END = re.compile(r"(?:…|\.\.\.|[.!?])+[»”’\")\]]*(?:[\u00a0\u202f ]*[»”\")\]])*")
_GAP = re.compile(r"[\s\u00a0\u202f\u2009]+")
# Besides capitals and digits, what may start the next sentence: an opening quote or a dash.
_OPENERS = '«“"([—–-¿¡'
_WORD_BEFORE = re.compile(r"([\w.\-]*\w)$")
_SPACE = "\t \u00a0\u202f\u2009"

# Pauses after a unit, in milliseconds at normal speed: a heading is followed by a breath.
_PAUSE_AFTER_HEADING = 700
_PAUSE_AFTER_BLOCK = 250


@dataclass(frozen=True)
class Sentence:
    """One unit read aloud: [start, end) in the text, its words, and what kind it is."""

    start: int
    end: int
    text: str
    kind: SentenceKind = "sentence"
    ends_block: bool = False


def split_sentences(text: str, heading_starts: Collection[int] = ()) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order, trimmed of spaces; the blocks that begin at one of
    ``heading_starts`` (offsets) are headings, read as one unit each."""
    sentences: list[Sentence] = []
    headings = set(heading_starts)
    block_start = 0
    for line in text.split("\n"):
        block_end = block_start + len(line)
        if block_start in headings:
            span = _trimmed(text, block_start, block_end)
            if span is not None:
                sentences.append(Sentence(*span, text[span[0] : span[1]], "heading", True))
        else:
            pieces = [
                span
                for start, end in _cuts(line)
                if (span := _trimmed(text, block_start + start, block_start + end)) is not None
            ]
            for index, (start, end) in enumerate(pieces):
                last = index == len(pieces) - 1
                sentences.append(Sentence(start, end, text[start:end], ends_block=last))
        block_start = block_end + 1
    return tuple(sentences)


def _cuts(line: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of one block, untrimmed, covering the whole line."""
    cuts: list[tuple[int, int]] = []
    start = 0
    for found in _END.finditer(line):
        end = found.end()
        gap = _GAP.match(line, end)
        if gap is None or gap.end() == len(line) or _is_abbreviation(line, found):
            continue
        following = line[gap.end()]
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        cuts.append((start, end))
        start = gap.end()
    cuts.append((start, len(line)))
    return cuts


def _is_abbreviation(line: str, found: re.Match[str]) -> bool:
    """Whether the single period that was found ends an abbreviation or an initial."""
    if found.group() != ".":
        return False
    word = _WORD_BEFORE.search(line, 0, found.start())
    if word is None:
        return False
    token = word.group(1)
    last = re.split(r"[.\-]", token)[-1]  # « A.-M » ends with « M »
    if token in _ABBREVIATIONS or last in _ABBREVIATIONS:
        return True
    # One letter: an initial (« J. Dupont ») or « p. » of « p. ex. ».
    return len(last) == 1 and last.isalpha()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return (start, end) if end > start else None


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence holding ``offset``, else of the first one after it (or the last
    one, past the end); -1 when there is none."""
    if not sentences:
        return -1
    for index, sentence in enumerate(sentences):
        if offset < sentence.end:
            return index
    return len(sentences) - 1


def pause_after_ms(sentence: Sentence, speed: float = 1.0) -> int:
    """The silence after a unit: a breath after a heading, a short one at a block's end."""
    if sentence.kind == "heading":
        base = _PAUSE_AFTER_HEADING
    elif sentence.ends_block:
        base = _PAUSE_AFTER_BLOCK
    else:
        return 0
    return round(base / max(speed, 0.1))

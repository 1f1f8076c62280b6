"""French-aware text folding for search, with a map back to the original offsets.

Folding makes "metastase" find "Métastases", "coeur" find "cœur" and "qualite de vie" find
"qualité\u00a0de\nvie". Because the folded text can be shorter (accents, soft hyphens,
whitespace runs) or longer (ligatures, "ß") than the original, every folded character
remembers which original character produced it, so that a match can be highlighted on
exactly the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from reader.core.record import record

__all__ = ["FoldedText", "fold", "fold_str"]

_SOFT_HYPHEN = "\u00ad"

# Applied to every character a fold produces, so that a ligature or an apostrophe hidden in
# a decomposition ("ǽ", "ŉ") folds the same as the plain character typed in a query.
_POST: dict[str, str] = {
    "œ": "oe",
    "æ": "ae",
    "\u2019": "'",  # ’ right single quotation mark, the French typographic apostrophe
    "\u2018": "'",  # ‘ left single quotation mark, a frequent mistype for ’
    "\u02bc": "'",  # ʼ modifier letter apostrophe
}

# Runs of folded spaces; whitespace folds to " " and a soft hyphen to "", so collapsing
# after translation equals collapsing the original run of whitespace and soft hyphens.
_SPACE_RUN = re.compile(" {2,}")

# Below this length the per-character loop beats building a per-text regex.
_FAST_PATH_MIN_LEN = 256


def _compute(char: str, keep_accents: bool) -> str:
    """Fold one character; called once per distinct character, then cached."""
    if char == _SOFT_HYPHEN:
        return ""
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFD", char).casefold())
    if keep_accents:
        kept = "".join(_POST.get(ch, ch) for ch in decomposed)
    else:
        kept = "".join(_POST.get(ch, ch) for ch in decomposed if not unicodedata.combining(ch))
    # NFC so that kept accents stay precomposed ("é", not "e" + U+0301) and Hangul recomposes.
    return unicodedata.normalize("NFC", kept)


# Code point -> folded string, one plain dict per mode (plain so that str.translate takes its
# fast dict path). Filled lazily: a block of common code points on the first long text, and
# then any other character the first time it is seen.
_TABLES: dict[bool, dict[int, str]] = {False: {}, True: {}}

# Latin, combining marks, Latin Extended Additional, punctuation and spaces, currency signs,
# Latin ligatures: nearly every character of a French article.
_COMMON_RANGES = (
    (0x0000, 0x0370),
    (0x1E00, 0x1F00),
    (0x2000, 0x2070),
    (0x20A0, 0x20D0),
    (0xFB00, 0xFB07),
)
_OUTSIDE_COMMON = re.compile(
    "[^"
    + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi - 1))}" for lo, hi in _COMMON_RANGES)
    + "]"
)
# Per mode, (whitespace, vanishing, irregular) characters of the common block, once filled.
_COMMON_CLASSES: dict[bool, tuple[str, str, str]] = {}


def _classify(chars: Iterable[str], table: dict[int, str]) -> tuple[str, str, str]:
    """Sorted (whitespace, vanishing, irregular) characters among ``chars``.

    Irregular means not folding to exactly one character; vanishing ones are irregular too.
    Sorted so that equal sets give equal strings and hit the same cached pattern.
    """
    spaces: list[str] = []
    vanishing: list[str] = []
    irregular: list[str] = []
    for char in chars:
        piece = table[ord(char)]
        if piece == " ":
            spaces.append(char)
        elif len(piece) != 1:
            irregular.append(char)
            if not piece:
                vanishing.append(char)
    return "".join(sorted(spaces)), "".join(sorted(vanishing)), "".join(sorted(irregular))


def _common_classes(keep_accents: bool) -> tuple[str, str, str]:
    """Fill the common block of the mode's table (once) and return its character classes."""
    classes = _COMMON_CLASSES.get(keep_accents)
    if classes is None:
        table = _TABLES[keep_accents]
        common = [chr(code) for lo, hi in _COMMON_RANGES for code in range(lo, hi)]
        for char in common:
            if ord(char) not in table:
                table[ord(char)] = _compute(char, keep_accents)
        classes = _COMMON_CLASSES[keep_accents] = _classify(common, table)
    return classes


def _learn(chars: Iterable[str], keep_accents: bool) -> dict[int, str]:
    """The mode's table, made to hold every one of ``chars`` (str.translate needs them all)."""
    table = _TABLES[keep_accents]
    for char in chars:
        if ord(char) not in table:
            table[ord(char)] = _compute(char, keep_accents)
    return table


def _table_for(text: str, keep_accents: bool) -> dict[int, str]:
    """The mode's table holding every character of ``text``; long texts scan only the rare."""
    if len(text) < _FAST_PATH_MIN_LEN:
        return _learn(text, keep_accents)
    _common_classes(keep_accents)
    return _learn(set(_OUTSIDE_COMMON.findall(text)), keep_accents)


@record
class FoldedText:
    """Folded text plus, for each folded character, the index of the original one behind it."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) covering folded [start, end) (end exclusive).

        The end goes past the whole original character that produced folded ``end - 1``
        (so half of "œ" still covers "œ"), and past any characters that folded to nothing
        right after it (soft hyphens, extra whitespace of a run, stray combining marks).
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"folded range [{start}, {end}) outside 0..{len(self.text)}")
        origin = self.origin
        if start == end:
            return origin[start], origin[start]
        last = origin[end - 1]
        stop = end
        while origin[stop] == last:  # origin[len(text)] == len(original) > last: terminates
            stop += 1
        return origin[start], origin[stop]


def fold_str(text: str, *, keep_accents: bool = False) -> str:
    """Fold without the origin map: the cheap path for queries and filters."""
    if not unicodedata.is_normalized("NFC", text):
        return fold(text, keep_accents=keep_accents).text
    folded = _SPACE_RUN.sub(" ", text.translate(_table_for(text, keep_accents)))
    if unicodedata.is_normalized("NFC", folded):
        return folded
    return "".join(unit for _, unit in _nfc_units(folded))


def fold(text: str, *, keep_accents: bool = False) -> FoldedText:
    """Fold ``text`` (case, accents unless kept, ligatures, apostrophes, spaces, soft hyphens)."""
    if len(text) < _FAST_PATH_MIN_LEN or not unicodedata.is_normalized("NFC", text):
        folded = _fold_units(text, keep_accents)
    else:
        folded = _fold_fast(text, keep_accents)
    if unicodedata.is_normalized("NFC", folded.text):
        return folded
    return _recompose(folded)


def _recompose(folded: FoldedText) -> FoldedText:
    """NFC the folded text, for when folding brought a mark next to a new base.

    Rare: a combining accent right after a soft hyphen (E, U+00AD, U+0301 -> "é") or after a
    ligature (œ, U+0301 -> "oé"). A composed char takes the origin of its first part.
    """
    out: list[str] = []
    origin: list[int] = []
    for start, unit in _nfc_units(folded.text):
        out.append(unit)
        origin.extend([folded.origin[start]] * len(unit))
    origin.append(folded.origin[-1])
    return FoldedText("".join(out), tuple(origin))


def _nfc_units(text: str) -> list[tuple[int, str]]:
    """Split ``text`` into (start, NFC string) units that NFC cannot merge with each other.

    For NFC text every character is its own unit; otherwise a unit is a character plus the
    combining marks (or Hangul jamo) that compose with it: a decomposed "é" is one unit.
    """
    if unicodedata.is_normalized("NFC", text):
        return list(enumerate(text))
    units: list[tuple[int, str]] = []
    seg_start = 0
    seg: list[str] = []
    seg_nfc = ""  # the NFC of seg, made only when needed: remaking it at every mark was
    # quadratic (a letter carrying 30,000 marks took minutes to fold)
    for index, char in enumerate(text):
        if seg:
            if unicodedata.combining(char):
                seg.append(char)
                seg_nfc = ""
                continue
            seg_nfc = seg_nfc or unicodedata.normalize("NFC", "".join(seg))
            if len(unicodedata.normalize("NFC", seg_nfc[-1] + char)) == 1:
                seg.append(char)
                seg_nfc = ""
                continue
            units.append((seg_start, seg_nfc))
        seg_start, seg = index, [char]
        seg_nfc = unicodedata.normalize("NFC", char)
    if seg:
        units.append((seg_start, seg_nfc or unicodedata.normalize("NFC", "".join(seg))))
    return units


def _fold_units(text: str, keep_accents: bool) -> FoldedText:
    """Reference per-character fold; used for short and non-NFC strings."""
    units = _nfc_units(text)
    table = _table_for("".join(unit for _, unit in units), keep_accents)
    out: list[str] = []
    origin: list[int] = []
    last_space = False
    for start, unit in units:
        for char in unit:
            piece = table[ord(char)]
            if not piece:
                continue
            if piece == " ":
                if last_space:
                    continue
                last_space = True
            else:
                last_space = False
            out.append(piece)
            origin.extend([start] * len(piece))
    origin.append(len(text))
    return FoldedText("".join(out), tuple(origin))


# 0, 1, 2, ... as one shared tuple: slicing it copies pointers to existing ints, several times
# faster than making new ones with range() (the origin map is one int per character). Grown to
# the longest text folded so far; its ints are shared with the origin maps that use them.
_INDEX_CACHE: list[tuple[int, ...]] = [()]


def _indices(size: int) -> tuple[int, ...]:
    """A tuple holding at least 0 .. size - 1."""
    if len(_INDEX_CACHE[0]) < size:
        _INDEX_CACHE[0] = tuple(range(size))
    return _INDEX_CACHE[0]


@lru_cache(maxsize=128)
def _irregular_pattern(spaces: str, vanishing: str, irregular: str) -> re.Pattern[str]:
    """Match what does not fold one-to-one: whitespace runs and expanding/vanishing chars.

    A run is a whitespace char followed by whitespace or vanishing chars, so the chunks in
    between never need collapsing and can go through str.translate whole.
    """
    space_class = re.escape(spaces)
    return re.compile(
        f"[{space_class}][{space_class}{re.escape(vanishing)}]+|[{re.escape(irregular)}]"
    )


def _fold_fast(text: str, keep_accents: bool) -> FoldedText:
    """Fold long NFC text in C-speed chunks: only irregular spots are walked in Python."""
    common = _common_classes(keep_accents)
    rare = set(_OUTSIDE_COMMON.findall(text))
    table = _learn(rare, keep_accents)
    extra = _classify(rare, table)
    # The common block always holds spaces and irregular characters, so no class is empty.
    pattern = _irregular_pattern(*(c + e for c, e in zip(common, extra, strict=True)))

    # Tokens repeat ("\n\n", "œ", a soft hyphen) and each folds the same wherever it is: a
    # whitespace run always starts after a non-space, else it would have started earlier.
    folded_tokens: dict[str, tuple[str, tuple[int, ...]]] = {}
    indices = _indices(len(text) + 1)
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for token in pattern.finditer(text):
        token_start = token.start()
        if token_start > pos:
            out.append(text[pos:token_start].translate(table))
            origin.extend(indices[pos:token_start])
        key = token.group()
        folded = folded_tokens.get(key)
        if folded is None:
            folded = folded_tokens[key] = _fold_token(key, table)
        out.append(folded[0])
        origin.extend([token_start + offset for offset in folded[1]])
        pos = token_start + len(key)
    if pos < len(text):
        out.append(text[pos:].translate(table))
        origin.extend(indices[pos : len(text)])
    origin.append(len(text))
    return FoldedText("".join(out), tuple(origin))


def _fold_token(token: str, table: dict[int, str]) -> tuple[str, tuple[int, ...]]:
    """Fold one irregular token: its folded text and each folded char's offset in it."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(token):
        piece = table[ord(char)]
        if not piece or (piece == " " and out and out[-1] == " "):
            continue
        out.append(piece)
        offsets.extend([index] * len(piece))
    return "".join(out), tuple(offsets)

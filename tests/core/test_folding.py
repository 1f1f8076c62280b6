"""Folding: what French search must treat as equal, and the map back to original offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.folding import FoldedText, _fold_fast, _fold_units, fold, fold_str

# Characters that stress every folding rule: accents, ligatures, "ß", the four apostrophes,
# every kind of space, the soft hyphen, a combining accent (decomposed "é"), capitals.
TRICKY = (
    "aeiostucmlEOSLéèêëàâçîïôùûüÉÀÇœŒæÆßẞ’'ʼ‘ \u00a0\u202f\u2009\t\n\r\u2028\u2029\u00ad\u0301-"
)
tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=60)
# Letters whose upper case folds back to the same thing (not "ß", which uppercases to "SS").
FRENCH_LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâçîïôùûüÿœæ’' \n\u00a0\u00ad"


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Métastase", "metastase"),
        ("MÉTASTASÉS", "metastases"),
        ("é è ê ë à â ç î ï ô ù û ü ÿ", "e e e e a a c i i o u u u y"),
        ("cœur", "coeur"),
        ("Œdème", "oedeme"),
        ("Cæcum", "caecum"),
        ("ÆSOPE", "aesope"),
        ("Straße", "strasse"),
        ("L’éradication", "l'eradication"),
        ("lʼhôpital l‘hôpital l'hôpital", "l'hopital l'hopital l'hopital"),
        ("qualité\u00a0de\u202fvie", "qualite de vie"),
        ("qualité de\nvie", "qualite de vie"),
        ("qualité  \t de\r\n\r\nvie", "qualite de vie"),
        ("a\u2009b\u2028c\u2029d", "a b c d"),
        ("chimio\u00adthérapie", "chimiotherapie"),
        ("a \u00ad b", "a b"),
        ("me\u0301tastase", "metastase"),  # decomposed é
        ("ǽ", "ae"),  # ligature hidden behind an accent
        ("ŉ", "'n"),  # apostrophe hidden in a case fold
        ("İ", "i"),
        ("😀 𝔘", "😀 𝔘"),  # beyond the BMP: passes through
        ("", ""),
    ],
)
def test_fold_str(original: str, folded: str) -> None:
    assert fold_str(original) == folded
    assert fold(original).text == folded


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("Métastase", "métastase"),
        ("ÉÈÊËÀÇ", "éèêëàç"),
        ("me\u0301tastase", "métastase"),  # compared in NFC: precomposed
        ("CŒUR", "coeur"),
        ("Straße", "strasse"),
        ("L’Éradication", "l'éradication"),
        ("qualité\u00a0de \n vie", "qualité de vie"),
        ("chimio\u00adthérapie", "chimiothérapie"),
    ],
)
def test_fold_str_keep_accents(original: str, folded: str) -> None:
    assert fold_str(original, keep_accents=True) == folded
    assert fold(original, keep_accents=True).text == folded
    assert unicodedata.is_normalized("NFC", folded)


@pytest.mark.parametrize(
    ("original", "origin"),
    [
        ("abc", (0, 1, 2, 3)),
        ("cœur", (0, 1, 1, 2, 3, 4)),
        ("ß", (0, 0, 1)),
        ("a  b", (0, 1, 3, 4)),
        ("a\u00adb", (0, 2, 3)),
        ("\u00ada", (1, 2)),
        ("e\u0301t", (0, 2, 3)),
        ("", (0,)),
    ],
)
def test_origin(original: str, origin: tuple[int, ...]) -> None:
    assert fold(original).origin == origin


@pytest.mark.parametrize(
    ("original", "folded_range", "expected"),
    [
        ("cœur", (1, 2), "œ"),  # the "o" of "oe"
        ("cœur", (2, 3), "œ"),  # the "e" of "oe"
        ("cœur", (0, 2), "cœ"),
        ("cœur", (1, 4), "œu"),
        ("Straße", (4, 5), "ß"),
        ("a \n b", (0, 2), "a \n "),  # a space takes its whole run
        ("chimio\u00adthérapie", (0, 6), "chimio\u00ad"),  # and what folded to nothing after it
        ("me\u0301tastase", (1, 2), "e\u0301"),  # decomposed accent stays with its letter
        ("abc", (1, 1), ""),
        ("abc", (0, 3), "abc"),
    ],
)
def test_span(original: str, folded_range: tuple[int, int], expected: str) -> None:
    start, end = fold(original).span(*folded_range)
    assert original[start:end] == expected


@pytest.mark.parametrize("bad", [(-1, 1), (2, 1), (0, 5)])
def test_span_rejects_out_of_range(bad: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        fold("abc").span(*bad)


def test_folded_text_is_frozen() -> None:
    folded = fold("abc")
    assert isinstance(folded, FoldedText)
    with pytest.raises(AttributeError):
        folded.text = "x"  # type: ignore[misc]


LONG_TEXT = (
    "La métastase hépatique est fréquente\u00a0; des micrométastases ganglionnaires "
    "peuvent être présentes.\n\nL’éradication de la maladie améliore la qualité de vie. "
    "Le cœur et l’œsophage sont surveillés pendant la chimio\u00adthérapie  et "
    "l’immunothérapie ; Straße 😀.\r\n"
) * 12


@pytest.mark.parametrize("keep_accents", [False, True])
def test_fast_path_agrees_with_reference(keep_accents: bool) -> None:
    assert len(LONG_TEXT) > 1000  # long enough for fold() to take the fast path
    assert fold(LONG_TEXT, keep_accents=keep_accents) == _fold_units(LONG_TEXT, keep_accents)


# --- properties -------------------------------------------------------------------------


def check_origin(original: str, folded: FoldedText) -> None:
    origin = folded.origin
    assert len(origin) == len(folded.text) + 1
    assert origin[-1] == len(original)
    assert all(0 <= index < len(original) for index in origin[:-1])
    assert list(origin) == sorted(origin)


@given(tricky_text | st.text(max_size=40), st.booleans())
def test_fold_invariants(original: str, keep_accents: bool) -> None:
    folded = fold(original, keep_accents=keep_accents)
    check_origin(original, folded)
    assert folded.text == fold_str(original, keep_accents=keep_accents)
    assert "  " not in folded.text
    assert not set(folded.text) & set("\u00ad\u00a0\u202f\n\t’ʼ‘œæŒÆ")


@given(tricky_text | st.text(max_size=40), st.booleans())
def test_fast_path_matches_reference(original: str, keep_accents: bool) -> None:
    original = unicodedata.normalize("NFC", original)  # the fast path only takes NFC text
    assert _fold_fast(original, keep_accents) == _fold_units(original, keep_accents)


@given(tricky_text, st.booleans())
def test_fold_is_idempotent(original: str, keep_accents: bool) -> None:
    once = fold_str(original, keep_accents=keep_accents)
    assert fold_str(once, keep_accents=keep_accents) == once


@given(st.text(alphabet=st.sampled_from(FRENCH_LETTERS), max_size=40), st.booleans())
def test_fold_ignores_case(original: str, keep_accents: bool) -> None:
    assert fold_str(original.upper(), keep_accents=keep_accents) == fold_str(
        original, keep_accents=keep_accents
    )


@given(tricky_text)
def test_fold_is_local(original: str) -> None:
    """Each folded char comes from its origin: re-folding the original slice gives it back."""
    folded = fold(original)
    for index in range(len(folded.text)):
        start, end = folded.span(index, index + 1)
        assert folded.text[index] in fold_str(original[start:end])


@pytest.mark.parametrize(
    ("original", "folded", "origin"),
    [
        ("E\u00ad\u0301", "é", (0, 3)),  # the accent meets its letter once the hyphen is gone
        ("œ\u0301", "oé", (0, 0, 2)),
        ("q\u0301", "q\u0301", (0, 1, 2)),  # no precomposed form: stays as it is
    ],
)
def test_keep_accents_output_is_nfc(original: str, folded: str, origin: tuple[int, ...]) -> None:
    result = fold(original, keep_accents=True)
    assert (result.text, result.origin) == (folded, origin)
    assert fold_str(original, keep_accents=True) == folded

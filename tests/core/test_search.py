"""Search: French matches, exact original ranges, whole words, snippets, and no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.folding import fold, fold_str
from reader.core.search import Match, SearchIndex, SearchOptions, Snippet, find_all, snippet

PLAIN = SearchOptions()
ACCENTS = SearchOptions(keep_accents=True)
WORD = SearchOptions(whole_word=True)

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "query", "options", "expected"),
    [
        # "metastase" finds every form of the word, each on its own.
        ("La métastase hépatique est unique.", "metastase", PLAIN, ["métastase"]),
        ("Des métastases osseuses sont visibles.", "metastase", PLAIN, ["métastase"]),
        ("Le ganglion est métastasé.", "metastase", PLAIN, ["métastasé"]),
        ("Des ganglions métastasés ont été retirés.", "metastase", PLAIN, ["métastasé"]),
        ("On a trouvé des micrométastases.", "metastase", PLAIN, ["métastase"]),
        # Apostrophes and capitals.
        ("L’éradication de la tumeur est le but.", "l'eradication", PLAIN, ["L’éradication"]),
        ("L’immunothérapie a changé la donne.", "l'immunotherapie", PLAIN, ["L’immunothérapie"]),
        ("L'immunothérapie a changé la donne.", "l’immunothérapie", PLAIN, ["L'immunothérapie"]),
        ("Une rémission complète.", "remission", PLAIN, ["rémission"]),
        ("La chimiothérapie adjuvante.", "CHIMIO", PLAIN, ["chimio"]),
        # Spaces: no-break, narrow no-break, line breaks, and double spaces in the query.
        ("Améliorer la qualité de vie.", "qualite de vie", PLAIN, ["qualité de vie"]),
        (
            "Améliorer la qualité\u00a0de\u00a0vie.",
            "qualite de vie",
            PLAIN,
            ["qualité\u00a0de\u00a0vie"],
        ),
        ("Améliorer la qualité\u202fde vie.", "qualite de vie", PLAIN, ["qualité\u202fde vie"]),
        ("Améliorer la qualité de\nvie.", "qualite de vie", PLAIN, ["qualité de\nvie"]),
        ("Améliorer la qualité de\r\n  vie.", "qualite de vie", PLAIN, ["qualité de\r\n  vie"]),
        ("Améliorer la qualité de vie.", "qualite  de   vie", PLAIN, ["qualité de vie"]),
        # Ligatures both ways.
        ("Le cœur bat vite.", "coeur", PLAIN, ["cœur"]),
        ("Le coeur bat vite.", "cœur", PLAIN, ["coeur"]),
        ("Un Œdème pulmonaire.", "oedeme", PLAIN, ["Œdème"]),
        ("Le cœur bat vite.", "o", PLAIN, ["œ"]),  # half a ligature takes all of it
        ("Le cœur bat vite.", "oeu", PLAIN, ["œu"]),
        # Soft hyphen, in the text or in the query.
        ("Pendant la chimio\u00adthérapie.", "chimiotherapie", PLAIN, ["chimio\u00adthérapie"]),
        ("Pendant la chimiothérapie.", "chimio\u00adthérapie", PLAIN, ["chimiothérapie"]),
        # Decomposed accents are still one letter.
        ("La me\u0301tastase.", "metastase", PLAIN, ["me\u0301tastase"]),
        ("La me\u0301tastase.", "métastase", ACCENTS, ["me\u0301tastase"]),
        # Respecter les accents.
        ("La métastase hépatique.", "metastase", ACCENTS, []),
        ("La métastase hépatique.", "métastase", ACCENTS, ["métastase"]),
        ("La MÉTASTASE hépatique.", "métastase", ACCENTS, ["MÉTASTASE"]),
        ("Le cœur et le coeur.", "coeur", ACCENTS, ["cœur", "coeur"]),
        # Mot entier.
        ("La métastase hépatique.", "metastase", WORD, ["métastase"]),
        ("Des métastases osseuses.", "metastase", WORD, []),
        ("Des micrométastases.", "metastase", WORD, []),
        ("L’immunothérapie seule.", "l'immunotherapie", WORD, ["L’immunothérapie"]),
        ("L’immunothérapie seule.", "immunotherapie", WORD, ["immunothérapie"]),
        ("Une radio-chimiothérapie.", "chimiotherapie", WORD, ["chimiothérapie"]),
        ("Stade 2, pas 12 ni 2b.", "2", WORD, ["2"]),
        ("Le cœur bat.", "o", WORD, []),
        ("aaa aa", "aa", WORD, ["aa"]),  # a rejected candidate does not hide a later one
        ("métastase métastases", "metastase ", WORD, ["métastase "]),  # edge is a space
        # Several matches, left to right, never overlapping.
        (
            "métastase, Métastases, METASTASÉ",
            "metastase",
            PLAIN,
            ["métastase", "Métastase", "METASTASÉ"],
        ),
        ("aaaa", "aa", PLAIN, ["aa", "aa"]),
        ("Straße", "s", PLAIN, ["S", "ß"]),  # "ß" is "ss": one range, not two
        # Nothing to look for.
        ("La métastase.", "", PLAIN, []),
        ("La métastase.", "   ", PLAIN, []),
        ("La métastase.", "\n\u00a0", PLAIN, []),
        ("La métastase.", "\u00ad", PLAIN, []),
        ("La métastase.", "", WORD, []),
        ("", "metastase", PLAIN, []),
    ],
)
def test_find(text: str, query: str, options: SearchOptions, expected: list[str]) -> None:
    matches = find_all(text, query, options)
    assert [text[m.start : m.end] for m in matches] == expected


def test_find_returns_original_offsets() -> None:
    text = "Le cœur, l’œsophage et le coeur."
    assert find_all(text, "coeur") == [Match(3, 7), Match(26, 31)]
    assert find_all(text, "l'oesophage") == [Match(9, 19)]


def test_default_options() -> None:
    assert SearchOptions() == SearchOptions(keep_accents=False, whole_word=False)


def test_index_folds_once_per_option_and_keeps_the_text() -> None:
    text = "La métastase et les métastases."
    index = SearchIndex(text)
    assert index.text is text
    for _ in range(2):
        assert index.find("metastase") == find_all(text, "metastase")
        assert index.find("métastase", ACCENTS) == find_all(text, "métastase", ACCENTS)
        assert index.find("metastase", WORD) == [Match(3, 12)]


def test_prepare_folds_ahead_so_that_find_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.search as search_module

    calls: list[bool] = []

    def counting_fold(text: str, *, keep_accents: bool = False) -> object:
        calls.append(keep_accents)
        return fold(text, keep_accents=keep_accents)

    monkeypatch.setattr(search_module, "fold", counting_fold)
    index = SearchIndex("La métastase et les métastases.")
    index.prepare(ACCENTS)
    assert calls == [True]
    assert index.find("métastase", ACCENTS) == [Match(3, 12), Match(20, 29)]
    assert calls == [True]
    index.prepare()
    index.prepare()
    assert calls == [True, False]


def test_find_on_a_long_text() -> None:
    paragraph = "La métastase hépatique\u00a0; des micrométastases.\n\nLe cœur. "
    text = paragraph * 2000
    matches = SearchIndex(text).find("metastase")
    assert len(matches) == 4000
    assert {text[m.start : m.end] for m in matches} == {"métastase"}
    assert len(SearchIndex(text).find("coeur")) == 2000


# --- properties -------------------------------------------------------------------------

TRICKY = "aeostmcEOSTéèœŒæÆßẞ’'ʼ‘ \u00a0\u202f\t\n\r\u00ad\u0301-2"
tricky_text = st.text(alphabet=st.sampled_from(TRICKY), max_size=50)
tricky_query = st.text(alphabet=st.sampled_from(TRICKY), min_size=1, max_size=5)
# "Safe" characters fold to exactly one character each (nothing expands).
SAFE = "aeostmcEOSTéèÉ’' \u00a0\n\u00ad-2"
safe_text = st.text(alphabet=st.sampled_from(SAFE), max_size=50)
safe_query = st.text(alphabet=st.sampled_from(SAFE), min_size=1, max_size=4)
options = st.builds(SearchOptions, keep_accents=st.booleans(), whole_word=st.booleans())


def is_word(char: str) -> bool:
    return char.isalnum()


def naive_count(haystack: str, needle: str, whole_word: bool) -> int:
    """Greedy non-overlapping occurrences, position by position, with no str.find."""
    count = 0
    index = 0
    while index + len(needle) <= len(haystack):
        end = index + len(needle)
        ok = haystack[index:end] == needle
        if ok and whole_word:
            ok = not (is_word(needle[0]) and index > 0 and is_word(haystack[index - 1]))
            ok = ok and not (is_word(needle[-1]) and end < len(haystack) and is_word(haystack[end]))
        if ok:
            count += 1
            index = end
        else:
            index += 1
    return count


def check_ranges(text: str, matches: list[Match]) -> None:
    previous_end = 0
    for match in matches:
        assert 0 <= previous_end <= match.start < match.end <= len(text)
        previous_end = match.end


def scan(text: str, query: str, keep_accents: bool) -> list[Match]:
    """The reference: one str.find at a time, every range through FoldedText.span."""
    needle = fold_str(query, keep_accents=keep_accents)
    if not needle.strip():
        return []
    folded = fold(text, keep_accents=keep_accents)
    matches: list[Match] = []
    pos = 0
    while (found := folded.text.find(needle, pos)) >= 0:
        matches.append(Match(*folded.span(found, found + len(needle))))
        pos = found + len(needle)
        while pos < len(folded.text) and folded.origin[pos] < matches[-1].end:
            pos += 1  # the other half of a split "œ" or "ß"
    return matches


@given(tricky_text, tricky_query, st.booleans())
def test_find_agrees_with_a_scan_one_match_at_a_time(
    text: str, query: str, keep_accents: bool
) -> None:
    """The fast path (whole text at once) gives exactly the matches of the plain scan."""
    opts = SearchOptions(keep_accents=keep_accents)
    assert find_all(text, query, opts) == scan(text, query, keep_accents)


@pytest.mark.parametrize(
    ("text", "query"),
    [("Le cœur, l’œsophage, la straße.", q) for q in ("o", "e", "oe", "s", "ss", "coeur")]
    + [("ßßß ss", "s"), ("œœ", "eo"), ("a\u00ad\u00adb  c", "b c")],
)
def test_find_agrees_with_the_scan_on_ligatures(text: str, query: str) -> None:
    assert find_all(text, query) == scan(text, query, keep_accents=False)


@given(tricky_text | st.text(max_size=30), tricky_query | st.text(min_size=1, max_size=4), options)
def test_matches_are_sorted_disjoint_and_contain_the_query(
    text: str, query: str, opts: SearchOptions
) -> None:
    matches = find_all(text, query, opts)
    check_ranges(text, matches)
    needle = fold_str(query, keep_accents=opts.keep_accents)
    if not needle.strip():
        assert matches == []
    for match in matches:
        assert needle in fold_str(text[match.start : match.end], keep_accents=opts.keep_accents)


@given(safe_text, safe_query, options)
def test_safe_matches_fold_exactly_to_the_query_and_none_is_missed(
    text: str, query: str, opts: SearchOptions
) -> None:
    """When nothing expands, each range folds to exactly the query and the counts agree."""
    matches = find_all(text, query, opts)
    check_ranges(text, matches)
    needle = fold_str(query, keep_accents=opts.keep_accents)
    if not needle.strip():
        assert matches == []
        return
    for match in matches:
        assert fold_str(text[match.start : match.end], keep_accents=opts.keep_accents) == needle
    haystack = fold_str(text, keep_accents=opts.keep_accents)
    assert len(matches) == naive_count(haystack, needle, opts.whole_word)


@given(tricky_text, tricky_query, st.booleans())
def test_no_occurrence_is_missed(text: str, query: str, keep_accents: bool) -> None:
    """Every occurrence in the folded text, even overlapping ones, lies in a reported range.

    Ranges can be fewer than folded occurrences only where one original character folds to
    several ("ß" is "ss"): two hits inside it are one range.
    """
    opts = SearchOptions(keep_accents=keep_accents)
    matches = find_all(text, query, opts)
    needle = fold_str(query, keep_accents=keep_accents)
    folded = fold(text, keep_accents=keep_accents)
    haystack = folded.text
    if not needle.strip():
        return
    assert len(matches) <= naive_count(haystack, needle, whole_word=False)
    for index in range(len(haystack) - len(needle) + 1):
        if haystack[index : index + len(needle)] == needle:
            start, end = folded.span(index, index + len(needle))
            assert any(m.start < end and start < m.end for m in matches)


@given(tricky_text, tricky_query, st.booleans())
def test_whole_word_matches_stand_alone(text: str, query: str, keep_accents: bool) -> None:
    opts = SearchOptions(keep_accents=keep_accents, whole_word=True)
    needle = fold_str(query, keep_accents=keep_accents)
    matches = find_all(text, query, opts)
    check_ranges(text, matches)
    for match in matches:
        before = fold_str(text[: match.start], keep_accents=keep_accents)
        after = fold_str(text[match.end :], keep_accents=keep_accents)
        if is_word(needle[0]):
            assert not before or not is_word(before[-1])
        if is_word(needle[-1]):
            assert not after or not is_word(after[0])


# --- snippets ---------------------------------------------------------------------------


def snip(text: str, query: str, width: int = 40) -> Snippet:
    return snippet(text, find_all(text, query)[0], width)


@pytest.mark.parametrize(
    ("text", "query", "width", "expected"),
    [
        ("La métastase hépatique.", "metastase", 40, Snippet("La ", "métastase", " hépatique.")),
        (
            "Un traitement long et difficile améliore la métastase hépatique sans délai.",
            "metastase",
            10,
            Snippet("…éliore la ", "métastase", " hépatique…"),
        ),
        (
            "Première ligne\n\n\nla métastase\r\ndeuxième ligne",
            "metastase",
            40,
            Snippet("Première ligne la ", "métastase", " deuxième ligne"),
        ),
        ("\n\n  métastase  \n", "metastase", 40, Snippet("", "métastase", "")),
        ("qualité de\nvie", "qualite de vie", 40, Snippet("", "qualité de vie", "")),
        ("chimio\u00adthérapie", "chimiotherapie", 40, Snippet("", "chimiothérapie", "")),
        (
            "Quoi\u00a0? métastase\u202f!",
            "metastase",
            40,
            Snippet("Quoi\u00a0? ", "métastase", "\u202f!"),
        ),
        ("abcdef métastase", "metastase", 0, Snippet("…", "métastase", "")),
        (
            "x" * 30 + "\n" * 500 + "y métastase",
            "metastase",
            6,
            Snippet("…xxx y ", "métastase", ""),
        ),
    ],
)
def test_snippet(text: str, query: str, width: int, expected: Snippet) -> None:
    assert snip(text, query, width) == expected


@given(tricky_text, st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=20))
def test_snippet_widths(text: str, at: int, width: int) -> None:
    start = min(at, len(text))
    result = snippet(text, Match(start, min(start + 3, len(text))), width)
    for part, cut in (
        (result.before, result.before.startswith("…")),
        (result.after, result.after.endswith("…")),
    ):
        assert len(part) <= width + (1 if cut else 0)
        assert "\n" not in part and "\u00ad" not in part and "  " not in part
    assert "\n" not in result.match


# --- no Qt in the core ------------------------------------------------------------------


def test_core_search_imports_no_qt() -> None:
    code = (
        "import reader.core.folding, reader.core.search, sys; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "[m for m in sys.modules if m.startswith('PySide6')]"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr

"""Results of a search: sections of matches, stepping with wrap, list rows, UTF-16 positions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.positions import PositionMap
from reader.core.results import (
    ResultGroup,
    ResultRow,
    ResultSet,
    RowKind,
    Step,
    context_bounds,
    first_at_or_after,
    group_by_section,
    layout_rows,
    section_of,
    step,
    whole_words,
)
from reader.core.search import Snippet, find_all

HEADINGS = [0, 100, 250]


@pytest.mark.parametrize(
    ("position", "headings", "expected"),
    [
        (0, HEADINGS, 0),  # the heading's own first character is in its section
        (99, HEADINGS, 0),
        (100, HEADINGS, 1),
        (249, HEADINGS, 1),
        (250, HEADINGS, 2),
        (10_000, HEADINGS, 2),
        (5, [10, 20], -1),  # before the first heading
        (5, [], -1),  # no heading at all
    ],
)
def test_section_of(position: int, headings: list[int], expected: int) -> None:
    assert section_of(position, headings) == expected


@pytest.mark.parametrize(
    ("starts", "headings", "expected"),
    [
        ([], HEADINGS, ()),
        ([5, 50], HEADINGS, (ResultGroup(0, 0, 2),)),
        (
            [5, 100, 120, 300],
            HEADINGS,
            (ResultGroup(0, 0, 1), ResultGroup(1, 1, 2), ResultGroup(2, 3, 1)),
        ),
        ([260, 270], HEADINGS, (ResultGroup(2, 0, 2),)),  # sections without matches left out
        (
            [3, 15, 40],
            [10, 30],
            (ResultGroup(-1, 0, 1), ResultGroup(0, 1, 1), ResultGroup(1, 2, 1)),
        ),
        ([1, 2], [], (ResultGroup(-1, 0, 2),)),
    ],
)
def test_group_by_section(
    starts: list[int], headings: list[int], expected: tuple[ResultGroup, ...]
) -> None:
    assert group_by_section(starts, headings) == expected


@given(
    st.lists(st.integers(0, 500), unique=True).map(sorted),
    st.lists(st.integers(0, 500), unique=True).map(sorted),
)
def test_groups_cover_every_match_under_its_section(starts: list[int], headings: list[int]) -> None:
    groups = group_by_section(starts, headings)
    flat = [(g.section, i) for g in groups for i in range(g.first, g.first + g.count)]
    assert flat == [(section_of(s, headings), i) for i, s in enumerate(starts)]
    assert all(g.count > 0 for g in groups)
    assert len({g.section for g in groups}) == len(groups)


@pytest.mark.parametrize(
    ("starts", "position", "expected"),
    [
        ([10, 20, 30], 0, Step(0, 0)),
        ([10, 20, 30], 10, Step(0, 0)),  # at the position counts
        ([10, 20, 30], 11, Step(1, 0)),
        ([10, 20, 30], 30, Step(2, 0)),
        ([10, 20, 30], 31, Step(0, +1)),  # none after: back to the first, said to have wrapped
        ([], 0, Step(-1, 0)),
    ],
)
def test_first_at_or_after(starts: list[int], position: int, expected: Step) -> None:
    assert first_at_or_after(starts, position) == expected


@pytest.mark.parametrize(
    ("current", "total", "forward", "expected"),
    [
        (0, 3, True, Step(1, 0)),
        (1, 3, True, Step(2, 0)),
        (2, 3, True, Step(0, +1)),
        (2, 3, False, Step(1, 0)),
        (0, 3, False, Step(2, -1)),
        (0, 1, True, Step(0, +1)),  # a single match wraps onto itself, and says so
        (0, 1, False, Step(0, -1)),
        (-1, 3, True, Step(0, 0)),  # no current yet: start at an end, without a note
        (-1, 3, False, Step(2, 0)),
        (0, 0, True, Step(-1, 0)),
        (-1, 0, False, Step(-1, 0)),
    ],
)
def test_step(current: int, total: int, forward: bool, expected: Step) -> None:
    assert step(current, total, forward) == expected


GROUPS = (ResultGroup(-1, 0, 1), ResultGroup(0, 1, 2), ResultGroup(3, 3, 2))
S, M, MORE = RowKind.SECTION, RowKind.MATCH, RowKind.MORE


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (100, [(S, -1), (M, 0), (S, 0), (M, 1), (M, 2), (S, 3), (M, 3), (M, 4)]),
        (5, [(S, -1), (M, 0), (S, 0), (M, 1), (M, 2), (S, 3), (M, 3), (M, 4)]),
        (4, [(S, -1), (M, 0), (S, 0), (M, 1), (M, 2), (S, 3), (M, 3), (MORE, 1)]),
        (3, [(S, -1), (M, 0), (S, 0), (M, 1), (M, 2), (MORE, 2)]),
        (2, [(S, -1), (M, 0), (S, 0), (M, 1), (MORE, 3)]),
        (0, [(MORE, 5)]),
    ],
)
def test_layout_rows(limit: int, expected: list[tuple[RowKind, int]]) -> None:
    assert layout_rows(GROUPS, limit) == tuple(ResultRow(k, v) for k, v in expected)


def test_layout_rows_without_matches() -> None:
    assert layout_rows((), 10) == ()


def test_result_set_groups_and_snippets() -> None:
    text = "# Un\n\nLa métastase osseuse.\n\n# Deux\n\nDes micrométastases, une métastase."
    headings = [0, text.index("# Deux")]
    matches = find_all(text, "metastase")
    results = ResultSet(text, matches, headings)
    assert len(results) == 3
    assert results.matches == tuple(matches)
    assert results.groups == (ResultGroup(0, 0, 1), ResultGroup(1, 1, 2))
    # "micro" belongs to the match's own word, so it is not a cut word.
    assert results.snippet(1, width=6) == Snippet("…micro", "métastase", "s, une…")
    assert results.snippet(1, width=6) is results.snippet(1, width=6)  # computed once
    assert results.snippet(0).match == "métastase"


# (text, [(offset, utf-16 position)])
POSITION_CASES = [
    ("abc", [(0, 0), (1, 1), (3, 3)]),
    ("a😀b", [(0, 0), (1, 1), (2, 3), (3, 4)]),
    ("😀😀x", [(0, 0), (1, 2), (2, 4), (3, 5)]),
    ("é𝒜ß𝒜", [(0, 0), (1, 1), (2, 3), (3, 4), (4, 6)]),
]


@pytest.mark.parametrize(("text", "pairs"), POSITION_CASES)
def test_position_map(text: str, pairs: list[tuple[int, int]]) -> None:
    positions = PositionMap(text)
    assert positions.is_identity == all(ord(c) <= 0xFFFF for c in text)
    for offset, position in pairs:
        assert positions.to_position(offset) == position
        assert positions.to_offset(position) == offset


def test_a_position_inside_a_surrogate_pair_belongs_to_its_character() -> None:
    positions = PositionMap("a😀b")
    assert positions.to_offset(2) == 1  # between the two halves of 😀


@given(st.text(alphabet=st.sampled_from("ab é😀𝒜\n")))
def test_positions_agree_with_utf16(text: str) -> None:
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        utf16 = len(text[:offset].encode("utf-16-le")) // 2
        assert positions.to_position(offset) == utf16
        assert positions.to_offset(utf16) == offset


@pytest.mark.parametrize(
    ("wide", "width", "expected"),
    [
        # Not cut: kept whole.
        (Snippet("Des ", "x", " fin."), 6, Snippet("Des ", "x", " fin.")),
        # Cut inside a word: the broken word goes.
        (Snippet("…des micro", "x", ""), 6, Snippet("…micro", "x", "")),
        (Snippet("…s micro", "x", ""), 6, Snippet("…micro", "x", "")),
        (Snippet("…ecimetre", "x", ""), 6, Snippet("…imetre", "x", "")),  # one long word stays
        (Snippet("", "x", "s, une bo…"), 6, Snippet("", "x", "s, une…")),
        (Snippet("", "x", "s, une…"), 6, Snippet("", "x", "s, une…")),  # already cut at a space
        # Cut right after a word or before one: nothing is lost.
        (Snippet("…a micro", "x", ""), 6, Snippet("…micro", "x", "")),
        (Snippet("…, micro", "x", ""), 6, Snippet("…micro", "x", "")),
        (Snippet("", "x", " une, b…"), 6, Snippet("", "x", " une,…")),
        (Snippet("", "x", " deux b…"), 6, Snippet("", "x", " deux…")),
    ],
)
def test_whole_words(wide: Snippet, width: int, expected: Snippet) -> None:
    assert whole_words(wide, width) == expected


HEADED = "Titre\nIntro courte.\nCancer métastasé : perspectives\nLa guérison est rare.\nFin"
#         0      6              20                                52                      74
HEADINGS = [0, 20, 74]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        (2, (0, 5)),  # in the title: its own line
        (8, (5, 20)),  # under the title: up to the next heading
        (25, (20, 51)),  # in a heading
        (60, (51, 74)),  # under it
        (75, (74, 77)),  # in the last heading
    ],
)
def test_context_bounds(position: int, expected: tuple[int, int]) -> None:
    assert context_bounds(HEADED, position, HEADINGS) == expected


def test_context_bounds_before_the_first_heading() -> None:
    assert context_bounds("Avant.\n# T\nTexte", 2, [7]) == (0, 7)
    assert context_bounds("Sans titre.", 3, []) == (0, 11)


def test_a_result_context_never_runs_across_a_heading() -> None:
    text = (
        "Le cancer\nLa métastase est fréquente.\nCancer métastasé : perspectives et enjeux"
        "\nLa guérison reste rare."
    )
    headings = [0, text.index("Cancer métastasé")]
    results = ResultSet(text, find_all(text, "frequente"), headings)
    found = results.snippet(0, width=40)
    # Not cut (the section ends there): no « … », and nothing of the next title.
    assert found == Snippet("La métastase est ", "fréquente", ".")
    results = ResultSet(text, find_all(text, "guerison"), headings)
    assert results.snippet(0, width=40) == Snippet("La ", "guérison", " reste rare.")


def test_a_cut_context_ends_on_whole_words_with_an_ellipsis() -> None:
    text = "Titre\nUn deux trois quatre cinq six sept huit neuf dix onze douze.\nSuite"
    results = ResultSet(text, find_all(text, "six"), [0, text.index("Suite")])
    found = results.snippet(0, width=12)
    assert found.before.startswith("…") and found.after.endswith("…")
    words = set(text.replace(".", " ").split())
    assert all(w in words for w in found.before.strip("… ").split())
    assert all(w in words for w in found.after.strip("… ").split())

"""Fuzzing the checks on remembered settings: whatever a settings file holds, each value read
back is within its domain, and a reading position survives the round trip."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core import text_size
from reader.core.settings_values import (
    ReadingPosition,
    bool_value,
    document_position,
    integer_value,
    large_text_size_value,
    looks_damaged,
    position_in_sections,
    position_value,
    speech_speed_value,
    text_size_value,
    text_value,
    theme_value,
)
from reader.core.speech import SPEEDS
from reader.core.themes import CHOICES

# What QSettings can give back from an INI file, and more: text (numbers in any form),
# numbers of any size, lists, bytes, nothing.
_NUMBER_TEXT = st.one_of(
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.from_regex(r"\s*[-+]?[0-9_٠-٩０-９]{0,12}\s*", fullmatch=True),
)
_SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    _NUMBER_TEXT,
    st.binary(max_size=20),
    st.sampled_from([*CHOICES, "true", "Oui", " off ", "violet", "@Invalid()"]),
)
ANYTHING = st.recursive(_SCALAR, lambda inner: st.lists(inner, max_size=3), max_leaves=6)


@given(ANYTHING)
def test_every_value_is_within_its_domain(raw: object) -> None:
    integer = integer_value(raw)
    assert integer is None or (type(integer) is int)
    size = text_size_value(raw)
    assert size in text_size.STEPS
    large = large_text_size_value(raw)
    assert large in text_size.STEPS and large >= text_size.LARGE_TEXT_MINIMUM
    assert type(bool_value(raw)) is bool
    if raw is None or isinstance(raw, list | bytes):
        assert bool_value(raw, True) is True and bool_value(raw, False) is False
    assert theme_value(raw) in CHOICES
    assert isinstance(text_value(raw), str)
    assert speech_speed_value(raw) in SPEEDS


@given(ANYTHING, ANYTHING)
def test_a_reading_position_is_always_usable(section: object, offset: object) -> None:
    position = position_value(section, offset)
    assert 0 <= position.section < 10_000
    assert 0 <= position.offset <= 10_000_000


@given(
    st.lists(st.integers(min_value=0, max_value=5_000), max_size=12, unique=True).map(sorted),
    st.builds(ReadingPosition, st.integers(0, 20), st.integers(0, 10_000)),
    st.integers(min_value=0, max_value=6_000),
)
def test_a_document_position_is_inside_the_document(
    headings: list[int], reading: ReadingPosition, length: int
) -> None:
    assert 0 <= document_position(headings, reading, length) <= max(0, length - 1)


@given(
    st.lists(st.integers(min_value=0, max_value=5_000), max_size=12, unique=True).map(sorted),
    st.integers(min_value=0, max_value=6_000),
)
def test_a_position_comes_back_where_it_was(headings: list[int], position: int) -> None:
    length = max([position, *headings]) + 1
    reading = position_in_sections(headings, position)
    assert reading.section >= 0 and reading.offset >= 0
    assert position_value(reading.section, reading.offset) == reading
    assert document_position(headings, reading, length) == position


@given(st.binary(max_size=200))
def test_any_bytes_are_judged_without_error(data: bytes) -> None:
    assert looks_damaged(data) in (True, False)

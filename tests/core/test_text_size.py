"""The text size steps: A+ / A− move one step, never past 50 % or 400 %."""

from __future__ import annotations

import pytest

from reader.core.text_size import (
    DEFAULT,
    LARGE_TEXT_MINIMUM,
    MAXIMUM,
    MINIMUM,
    STEPS,
    can_grow,
    can_shrink,
    clamp,
    larger,
    nearest_step,
    percent_label,
    point_size,
    smaller,
)


def test_steps_are_ordered_and_hold_the_landmarks() -> None:
    assert list(STEPS) == sorted(set(STEPS))
    assert (MINIMUM, MAXIMUM) == (50, 400)
    assert {DEFAULT, LARGE_TEXT_MINIMUM} <= set(STEPS)


@pytest.mark.parametrize(
    ("percent", "minimum", "up", "down"),
    [
        (100, 50, 110, 90),
        (50, 50, 67, 50),
        (67, 50, 75, 50),
        (400, 50, 400, 350),
        (350, 50, 400, 300),
        (150, 50, 175, 125),
        (133, 50, 150, 125),  # between two steps: the neighbouring steps
        (10, 50, 50, 50),  # below the table
        (10000, 50, 400, 400),  # above the table
        (200, 200, 250, 200),  # Grand texte never goes under 200 %
        (250, 200, 300, 200),
        (100, 200, 200, 200),
    ],
)
def test_larger_and_smaller(percent: int, minimum: int, up: int, down: int) -> None:
    assert larger(percent, minimum) == up
    assert smaller(percent, minimum) == down


@pytest.mark.parametrize(
    ("percent", "minimum", "expected"),
    [(49, 50, 50), (50, 50, 50), (401, 50, 400), (120, 50, 120), (150, 200, 200)],
)
def test_clamp(percent: int, minimum: int, expected: int) -> None:
    assert clamp(percent, minimum) == expected


@pytest.mark.parametrize(
    ("percent", "minimum", "expected"),
    [(100, 50, 100), (104, 50, 100), (106, 50, 110), (0, 50, 50), (999, 50, 400), (120, 200, 200)],
)
def test_nearest_step(percent: int, minimum: int, expected: int) -> None:
    assert nearest_step(percent, minimum) == expected


@pytest.mark.parametrize(
    ("percent", "minimum", "grows", "shrinks"),
    [(50, 50, True, False), (100, 50, True, True), (400, 50, False, True), (200, 200, True, False)],
)
def test_limits(percent: int, minimum: int, grows: bool, shrinks: bool) -> None:
    assert can_grow(percent) is grows
    assert can_shrink(percent, minimum) is shrinks


@pytest.mark.parametrize(("percent", "points"), [(100, 14.0), (50, 7.0), (200, 28.0), (400, 56.0)])
def test_point_size(percent: int, points: float) -> None:
    assert point_size(percent) == points


def test_percent_label() -> None:
    assert percent_label(150) == "150\u00a0%"

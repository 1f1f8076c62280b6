"""The side panels step aside under 20 characters a line and come back with 4 to spare."""

from __future__ import annotations

import pytest

from reader.core.column import panels_come_back, panels_give_way


@pytest.mark.parametrize(
    ("characters", "give_way", "come_back"),
    [
        (9.0, True, False),
        (19.9, True, False),
        (20.0, False, False),
        (23.9, False, False),
        (24.0, False, True),
        (70.0, False, True),
    ],
)
def test_panels_and_the_column(characters: float, give_way: bool, come_back: bool) -> None:
    assert panels_give_way(characters) is give_way
    assert panels_come_back(characters) is come_back

"""Reading aloud's choices: only the computer's own engines, a French voice, speeds 0.5–2×."""

from __future__ import annotations

import pytest

from reader.core.speech import (
    ALLOWED_ENGINES,
    SPEEDS,
    choose_engine,
    choose_voice,
    faster,
    rate_for_speed,
    slower,
)


@pytest.mark.parametrize(
    ("available", "requested", "expected"),
    [
        (["speechd", "mock"], "", "speechd"),
        (["mock", "speechd"], "", "speechd"),  # the silent test engine only when named
        (["mock"], "", None),
        (["mock", "speechd"], "mock", "mock"),
        ([], "", None),
        # Engines that are not the computer's own (or unknown ones) are refused.
        (["android", "speechd"], "", "speechd"),
        (["cloudvoice"], "", None),
        (["cloudvoice", "speechd"], "cloudvoice", None),
        (["speechd"], "flite", None),  # asked for but not there
        (["sapi", "winrt"], "", "sapi"),
        (["darwin"], "", "darwin"),
    ],
)
def test_choose_engine(available: list[str], requested: str, expected: str | None) -> None:
    assert choose_engine(available, requested) == expected


def test_no_network_engine_is_allowed() -> None:
    assert set(ALLOWED_ENGINES) == {"speechd", "mock", "sapi", "winrt", "darwin", "macos", "flite"}


@pytest.mark.parametrize(
    ("voices", "wanted", "expected"),
    [
        ([("Bob", "en_GB"), ("Amélie", "fr_CA"), ("Jean", "fr_FR")], "fr_FR", 2),
        ([("Bob", "en_GB"), ("Amélie", "fr_CA")], "fr_FR", 1),  # the language will do
        ([("Bob", "en_GB"), ("Anne", "en_US")], "fr_FR", None),
        ([("Jean", "fr-FR")], "fr_FR", 0),
        ([("Bob", "en_GB"), ("Jean", "fr_FR")], "fr", 1),
        ([("Bob", "en_GB"), ("Anne", "en_US")], "en_US", 1),
        ([], "fr_FR", None),
    ],
)
def test_choose_voice(voices: list[tuple[str, str]], wanted: str, expected: int | None) -> None:
    assert choose_voice(voices, wanted) == expected


def test_speeds_go_from_half_to_double() -> None:
    assert SPEEDS[0] == 0.5 and SPEEDS[-1] == 2.0 and 1.0 in SPEEDS
    assert list(SPEEDS) == sorted(SPEEDS)


@pytest.mark.parametrize(
    ("speed", "up", "down"),
    [(1.0, 1.15, 0.9), (0.5, 0.6, 0.5), (2.0, 2.0, 1.75), (1.1, 1.15, 1.0)],
)
def test_steps(speed: float, up: float, down: float) -> None:
    assert faster(speed) == up
    assert slower(speed) == down


@pytest.mark.parametrize(
    ("speed", "rate"), [(1.0, 0.0), (0.5, -1.0), (2.0, 1.0), (4.0, 1.0), (1.5, 0.585)]
)
def test_rate_for_speed(speed: float, rate: float) -> None:
    assert rate_for_speed(speed) == pytest.approx(rate, abs=0.001)

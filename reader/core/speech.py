"""Choices for reading aloud that need no Qt: which engine, which voice, how fast.

Only the computer's own engines are ever used: the reader is offline, and a voice that sent
the text to a server would send a patient's reading there too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = [
    "ALLOWED_ENGINES",
    "DEFAULT_SPEED",
    "SPEEDS",
    "choose_engine",
    "choose_voice",
    "faster",
    "rate_for_speed",
    "slower",
]

ALLOWED_ENGINES: tuple[str, ...] = ("speechd", "sapi", "winrt", "darwin", "macos", "flite", "mock")
"""Engines that speak on the computer itself. ``mock`` is Qt's silent test engine: it is used
only when asked for by name."""

SPEEDS: tuple[float, ...] = (0.5, 0.6, 0.75, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
"""Speeds offered, as multiples of the voice's normal speed."""
DEFAULT_SPEED = 1.0


def choose_engine(available: Sequence[str], requested: str = "") -> str | None:
    """The engine to use: ``requested`` if it is allowed and there, else the first allowed
    system engine Qt offers (never ``mock`` unless requested); None when there is none."""
    if requested:
        return requested if requested in ALLOWED_ENGINES and requested in available else None
    for engine in available:
        if engine in ALLOWED_ENGINES and engine != "mock":
            return engine
    return None


def choose_voice(voices: Sequence[tuple[str, str]], wanted: str) -> int | None:
    """Index of the best voice for the locale ``wanted`` (``fr_FR`` or ``fr``) among
    (name, locale) pairs: the same locale first, then the same language; None if no voice
    speaks the language."""
    language = wanted.replace("-", "_").split("_")[0].lower()
    exact = wanted.replace("-", "_").lower()
    best: int | None = None
    for index, (_name, locale) in enumerate(voices):
        spoken = locale.replace("-", "_").lower()
        if spoken == exact and "_" in exact:
            return index
        if best is None and spoken.split("_")[0] == language:
            best = index
    return best


def faster(speed: float) -> float:
    """The next speed up (2× at most)."""
    return next((step for step in SPEEDS if step > speed + 1e-9), SPEEDS[-1])


def slower(speed: float) -> float:
    """The next speed down (0.5× at least)."""
    return next((step for step in reversed(SPEEDS) if step < speed - 1e-9), SPEEDS[0])


def rate_for_speed(speed: float) -> float:
    """Qt's rate (-1 to 1, 0 normal) for a speed: 0.5× is -1, 2× is 1, evenly in between on a
    logarithmic scale, as engines double the words a minute from 0 to 1."""
    return max(-1.0, min(1.0, math.log2(speed)))

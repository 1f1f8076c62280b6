"""Text size as a percentage: the steps the reader moves through, and their limits.

The article is drawn at ``BASE_POINT_SIZE`` × percent; Grand texte never goes below
``LARGE_TEXT_MINIMUM`` and enlarges the rest of the interface by ``LARGE_INTERFACE_PERCENT``.
"""

from __future__ import annotations

import bisect

# Each press of A+ / A− moves one step; 400 % is what WCAG 1.4.10 asks to reflow at.
STEPS: tuple[int, ...] = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400)
MINIMUM = STEPS[0]
MAXIMUM = STEPS[-1]
DEFAULT = 100
# Grand texte: the article at least twice its normal size, the interface at one and a half.
LARGE_TEXT_MINIMUM = 200
LARGE_TEXT_DEFAULT = 200
LARGE_INTERFACE_PERCENT = 150
BASE_POINT_SIZE = 14.0


def clamp(percent: int, minimum: int = MINIMUM) -> int:
    """A percentage brought within ``minimum`` … ``MAXIMUM``."""
    return max(minimum, min(MAXIMUM, percent))


def nearest_step(percent: int, minimum: int = MINIMUM) -> int:
    """The step closest to a percentage (the lower one on a tie), within the limits."""
    allowed = [step for step in STEPS if step >= minimum]
    return min(allowed, key=lambda step: (abs(step - percent), step))


def larger(percent: int, minimum: int = MINIMUM) -> int:
    """The next step above ``percent``, or ``MAXIMUM`` when there is none."""
    index = bisect.bisect_right(STEPS, percent)
    return clamp(STEPS[index] if index < len(STEPS) else MAXIMUM, minimum)


def smaller(percent: int, minimum: int = MINIMUM) -> int:
    """The next step below ``percent``, never under ``minimum``."""
    index = bisect.bisect_left(STEPS, percent)
    return clamp(STEPS[index - 1] if index > 0 else MINIMUM, minimum)


def can_grow(percent: int) -> bool:
    """Whether A+ would still change something."""
    return percent < MAXIMUM


def can_shrink(percent: int, minimum: int = MINIMUM) -> bool:
    """Whether A− would still change something."""
    return percent > minimum


def point_size(percent: int, base: float = BASE_POINT_SIZE) -> float:
    """The font size, in points, of text drawn at ``percent``."""
    return base * percent / 100


def percent_label(percent: int) -> str:
    """How a size is shown to the reader: « 150 % » (French non-breaking space)."""
    return f"{percent}\u00a0%"

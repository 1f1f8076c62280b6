"""When the side panels give the text their room: a column of fewer than about 20 characters
of body text is too narrow to read, so the panels step aside rather than squeeze it.

The panels come back only with a few characters to spare, so that a window resized by a pixel
around the limit does not make them flicker.
"""

from __future__ import annotations

MINIMUM_CHARACTERS = 20.0
"""Characters of body text a line must hold with the panels shown."""
RETURN_MARGIN = 4.0
"""Extra characters the column must hold with the panels before they come back."""


def panels_give_way(characters_with_panels: float) -> bool:
    """Whether panels that are shown should step aside for a column this narrow."""
    return characters_with_panels < MINIMUM_CHARACTERS


def panels_come_back(characters_with_panels: float) -> bool:
    """Whether panels that stepped aside would leave the text enough room again."""
    return characters_with_panels >= MINIMUM_CHARACTERS + RETURN_MARGIN

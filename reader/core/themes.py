"""Every colour the reader draws, in one table per theme, with the WCAG contrast arithmetic.

Widgets never pick colours themselves: the main window hands them a Theme.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Theme:
    """One theme: colours as ``#rrggbb`` (or ``#rrggbbaa`` for a translucent layer)."""

    key: str
    name: str
    text: str
    background: str
    heading: str
    link: str
    term: str
    match_background: str
    match_text: str
    current_background: str
    current_text: str
    current_outline: str
    selection_background: str
    selection_text: str
    placeholder: str
    popup_background: str
    popup_text: str
    popup_border: str
    status_text: str
    focus: str
    border: str
    window: str
    window_text: str


CLAIR = Theme(
    key="clair",
    name="Clair",
    text="#1a1a1a",
    background="#fdfcf9",
    heading="#1a1a1a",
    link="#0b5394",
    term="#0b4a7a",
    match_background="#ffe58a",
    match_text="#1a1a1a",
    current_background="#ff9e3d",
    current_text="#000000",
    current_outline="#7a3500",
    selection_background="#0b5394",
    selection_text="#ffffff",
    placeholder="#595959",
    popup_background="#ffffff",
    popup_text="#1a1a1a",
    popup_border="#5c5c5c",
    status_text="#3d3d3d",
    focus="#0b5394",
    border="#767676",
    window="#f0efeb",
    window_text="#1a1a1a",
)

THEMES: dict[str, Theme] = {CLAIR.key: CLAIR}


def colour_fields() -> tuple[str, ...]:
    """Names of the colour roles of a theme."""
    return tuple(f.name for f in fields(Theme) if f.name not in ("key", "name"))


def _channels(colour: str) -> tuple[float, float, float, float]:
    value = colour.lstrip("#")
    if len(value) not in (6, 8):
        raise ValueError(f"couleur invalide : {colour!r} (attendu #rrggbb ou #rrggbbaa)")
    red, green, blue = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    alpha = int(value[6:8], 16) / 255 if len(value) == 8 else 1.0
    return red, green, blue, alpha


def composite(colour: str, over: str) -> str:
    """A translucent colour as it looks over an opaque background."""
    r, g, b, a = _channels(colour)
    br, bg, bb, _ = _channels(over)
    mixed = (round((a * c + (1 - a) * d) * 255) for c, d in ((r, br), (g, bg), (b, bb)))
    return "#" + "".join(f"{v:02x}" for v in mixed)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b, _ = _channels(colour)
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio; a translucent foreground is composited over the background first."""
    background = composite(background, "#ffffff")
    foreground = composite(foreground, background)
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)

"""Every colour the reader draws, in one table per theme, with the WCAG contrast arithmetic.

Widgets never pick colours themselves: the main window hands them a Theme.
"""

from __future__ import annotations

from reader.core.record import record, record_fields


@record
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
    reading_background: str
    reading_text: str
    reading_underline: str
    selection_text: str
    placeholder: str
    popup_background: str
    popup_text: str
    popup_border: str
    status_text: str
    focus: str
    border: str
    control_outline: str
    """Check box and radio indicators, field borders, button outlines, tab shapes, arrows."""
    scroll_handle: str
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
    # Reading aloud: the sentence being read, a background and a thick underline.
    reading_background="#bfdcff",
    reading_text="#1a1a1a",
    reading_underline="#0b5394",
    selection_background="#0b5394",
    selection_text="#ffffff",
    placeholder="#595959",
    popup_background="#ffffff",
    popup_text="#1a1a1a",
    popup_border="#5c5c5c",
    status_text="#3d3d3d",
    focus="#0b5394",
    border="#767676",
    control_outline="#636363",
    scroll_handle="#767676",
    window="#f0efeb",
    window_text="#1a1a1a",
)

SOMBRE = Theme(
    key="sombre",
    name="Sombre",
    text="#e8e6e3",
    background="#1b1d21",
    heading="#f4f2ee",
    link="#8cc4ff",
    term="#a9d4ff",
    match_background="#6b5500",
    match_text="#ffffff",
    current_background="#ffb35c",
    current_text="#000000",
    current_outline="#ffd199",
    # Reading aloud: the sentence being read, a background and a thick underline.
    reading_background="#15446e",
    reading_text="#ffffff",
    reading_underline="#ffd199",
    selection_background="#2f6aa8",
    selection_text="#ffffff",
    placeholder="#a3a3a3",
    popup_background="#2a2d33",
    popup_text="#ece9e4",
    popup_border="#8d939c",
    status_text="#cfccc7",
    focus="#8cc4ff",
    border="#8d939c",
    control_outline="#a3a9b2",
    scroll_handle="#8d939c",
    window="#25282d",
    window_text="#e8e6e3",
)

# Contraste élevé: white and yellow on black, every text pair at 7:1 or more (WCAG 1.4.6).
CONTRASTE = Theme(
    key="contraste",
    name="Contraste élevé",
    text="#ffffff",
    background="#000000",
    heading="#ffffff",
    link="#ffff00",
    term="#00ffff",
    match_background="#ffff00",
    match_text="#000000",
    current_background="#00ffff",
    current_text="#000000",
    current_outline="#ffffff",
    # Reading aloud: the sentence being read, a background and a thick underline.
    reading_background="#ffffff",
    reading_text="#000000",
    reading_underline="#000000",
    selection_background="#1aebff",
    selection_text="#000000",
    placeholder="#d9d9d9",
    popup_background="#000000",
    popup_text="#ffffff",
    popup_border="#ffffff",
    status_text="#ffffff",
    focus="#ffff00",
    border="#ffffff",
    control_outline="#ffffff",
    scroll_handle="#ffffff",
    window="#000000",
    window_text="#ffffff",
)

THEMES: dict[str, Theme] = {theme.key: theme for theme in (CLAIR, SOMBRE, CONTRASTE)}

# The reader's choice: a theme of the table, or « Système », which follows the computer.
SYSTEM = "systeme"
CHOICES: tuple[str, ...] = (SYSTEM, *THEMES)


def system_theme(scheme: str, high_contrast: bool) -> Theme:
    """The theme « Système » shows, from the computer's colour scheme and contrast preference.

    ``scheme`` is ``"light"``, ``"dark"`` or ``"unknown"``; a contrast preference wins over it.
    """
    if high_contrast:
        return CONTRASTE
    return SOMBRE if scheme == "dark" else CLAIR


def theme_for(choice: str, scheme: str, high_contrast: bool) -> Theme:
    """The theme to show for a choice (a theme key, or ``SYSTEM``)."""
    if choice in THEMES:
        return THEMES[choice]
    return system_theme(scheme, high_contrast)


def colour_fields() -> tuple[str, ...]:
    """Names of the colour roles of a theme."""
    return tuple(name for name in record_fields(Theme) if name not in ("key", "name"))


def _channels(colour: str) -> tuple[float, float, float, float]:
    value = colour.lstrip("#")
    if len(value) not in (6, 8):
        raise ValueError(f"couleur invalide : {colour!r} (attendu #rrggbb ou #rrggbbaa)")
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

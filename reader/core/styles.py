"""Style sheets as Qt is given them: em lengths in pixels, colours from the theme table.

Qt's rich text resolves ``em`` against the *application* font at parse time, not against the
article's font, so a margin of ``2em`` would not follow the text size. The lengths are turned
into pixels of the article's font here, before Qt sees them.
"""

from __future__ import annotations

import re

from reader.core.themes import Theme

# WCAG 1.4.12 text spacing, used by Grand texte. Both are given to QFont in pixels: its
# percentage spacing (112 %) would add 12 % of each letter's width, about half of 0.12 em.
LETTER_SPACING_EM = 0.12
WORD_SPACING_EM = 0.16

_EM = re.compile(r"(?<![\w.#-])(\d+(?:\.\d+)?|\.\d+)em\b")


def resolve_em(css: str, em_pixels: float) -> str:
    """The style sheet with every ``Nem`` length replaced by pixels of a font of ``em_pixels``."""

    def pixels(match: re.Match[str]) -> str:
        value = float(match.group(1)) * em_pixels
        return f"{value:.1f}".rstrip("0").rstrip(".") + "px"

    return _EM.sub(pixels, css)


def letter_spacing_pixels(em_pixels: float) -> float:
    """Extra space between letters, in pixels, for a font of ``em_pixels``."""
    return LETTER_SPACING_EM * em_pixels


def word_spacing_pixels(em_pixels: float) -> float:
    """Extra space between words, in pixels (Qt takes no em for word spacing)."""
    return WORD_SPACING_EM * em_pixels


def article_colours(theme: Theme) -> str:
    """Rules that colour the article's headings, links and glossary terms."""
    return (
        f"h1, h2, h3, h4, h5, h6 {{ color: {theme.heading}; }}\n"
        f"a {{ color: {theme.link}; }}\n"
        f"a.terme {{ color: {theme.term}; }}\n"
    )

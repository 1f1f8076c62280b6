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


# How much larger than the text each heading level is at 100 % (article.css's intent).
_HEADING_FACTOR = {1: 1.45, 2: 1.25, 3: 1.1, 4: 1.1, 5: 1.1, 6: 1.1}
# Qt ignores a heading's font-size in % or px and keeps its own (h1 twice the text); only the
# keywords replace it, each a fixed factor of the text size.
_KEYWORDS = (("medium", 1.0), ("large", 1.2), ("x-large", 1.5), ("xx-large", 2.0))


def heading_sizes(text_percent: int) -> str:
    """Rules that make headings grow less than the text: their extra size shrinks as the text
    grows (a title is 1.5 times the text at 100 %, 1.2 times at 400 %), so a heading's longest
    word still fits the column (WCAG 1.4.10) while bold and space keep it a heading."""
    scale = 100 / max(100, text_percent)
    rules = []
    for level, factor in _HEADING_FACTOR.items():
        wanted = 1 + (factor - 1) * scale
        keyword = min(_KEYWORDS, key=lambda k: (abs(k[1] - wanted), k[1]))[0]
        rules.append(f"h{level} {{ font-size: {keyword}; }}")
    return "\n".join(rules) + "\n"

"""Style sheets handed to Qt: em turned into pixels, colours taken from the theme table."""

from __future__ import annotations

import pytest

from reader.core.styles import (
    article_colours,
    heading_sizes,
    letter_spacing_pixels,
    resolve_em,
    word_spacing_pixels,
)
from reader.core.themes import THEMES, Theme


@pytest.mark.parametrize(
    ("css", "em", "expected"),
    [
        ("p { margin-bottom: 2em; }", 20.0, "p { margin-bottom: 40px; }"),
        ("p { margin-bottom: 1em; }", 18.5, "p { margin-bottom: 18.5px; }"),
        ("h2 { margin-top: 1.6em; }", 10.0, "h2 { margin-top: 16px; }"),
        ("li { margin: .5em 0; }", 10.0, "li { margin: 5px 0; }"),
        ("p { line-height: 150%; }", 10.0, "p { line-height: 150%; }"),
        ("p { margin: 0.25em 1em; }", 12.0, "p { margin: 3px 12px; }"),
        ("a.theme { x: 1; }", 12.0, "a.theme { x: 1; }"),  # a word that ends in « em »
        ("#item2em { x: 1; }", 12.0, "#item2em { x: 1; }"),
        ("p { margin: 2rem; }", 12.0, "p { margin: 2rem; }"),
    ],
)
def test_resolve_em(css: str, em: float, expected: str) -> None:
    assert resolve_em(css, em) == expected


def test_text_spacing() -> None:
    assert letter_spacing_pixels(25.0) == pytest.approx(3.0)
    assert word_spacing_pixels(25.0) == pytest.approx(4.0)


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.key)
def test_colours_come_from_the_theme(theme: Theme) -> None:
    rules = article_colours(theme)
    assert f"color: {theme.heading}" in rules
    assert f"color: {theme.link}" in rules
    assert f"color: {theme.term}" in rules


@pytest.mark.parametrize(
    ("percent", "h1", "h2"),
    [
        (50, "x-large", "large"),
        (100, "x-large", "large"),
        (200, "large", "large"),
        (400, "large", "medium"),
    ],
)
def test_headings_grow_less_than_the_text(percent: int, h1: str, h2: str) -> None:
    rules = heading_sizes(percent)
    assert f"h1 {{ font-size: {h1}; }}" in rules
    assert f"h2 {{ font-size: {h2}; }}" in rules

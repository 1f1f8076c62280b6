"""Every pair of colours the reader draws reaches WCAG contrast, computed from the theme table."""

from __future__ import annotations

import pytest

from reader.core.themes import (
    CHOICES,
    THEMES,
    Theme,
    colour_fields,
    composite,
    contrast_ratio,
    system_theme,
    theme_for,
)

# (foreground, background, minimum ratio in normal themes)
TEXT_PAIRS = [
    ("text", "background"),
    ("heading", "background"),
    ("link", "background"),
    ("term", "background"),
    ("match_text", "match_background"),
    ("current_text", "current_background"),
    ("selection_text", "selection_background"),
    ("reading_text", "reading_background"),  # the sentence read aloud
    ("placeholder", "background"),
    ("placeholder", "popup_background"),
    ("popup_text", "popup_background"),
    ("link", "popup_background"),  # « Voir aussi » links in the glossary popup
    ("status_text", "window"),
    ("window_text", "window"),
]
NON_TEXT_PAIRS = [
    ("focus", "background"),
    ("focus", "window"),
    ("border", "background"),
    ("border", "window"),
    ("popup_border", "popup_background"),
    ("current_outline", "background"),
    ("reading_underline", "reading_background"),
]
# Controls' own shapes (WCAG 1.4.11): 3:1, and 7:1 in Contraste élevé.
CONTROL_PAIRS = [
    ("control_outline", "window"),
    ("control_outline", "background"),
    ("scroll_handle", "window"),
    ("scroll_handle", "background"),
]


@pytest.mark.parametrize(
    ("foreground", "background", "expected"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#1a1a1a", "#fdf6e3", 16.1),
        ("#0b5394", "#ffffff", 7.84),
        ("#ffffff", "#308cc6", 3.69),
        ("#00000080", "#ffffff", 4.0),
    ],
)
def test_contrast_arithmetic(foreground: str, background: str, expected: float) -> None:
    assert contrast_ratio(foreground, background) == pytest.approx(expected, abs=0.05)


def test_composite() -> None:
    assert composite("#00000080", "#ffffff") == "#7f7f7f"
    assert composite("#123456", "#ffffff") == "#123456"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.key)
@pytest.mark.parametrize(("foreground", "background"), TEXT_PAIRS)
def test_text_contrast(theme: Theme, foreground: str, background: str) -> None:
    minimum = 7.0 if theme.key == "contraste" else 4.5
    ratio = contrast_ratio(getattr(theme, foreground), getattr(theme, background))
    assert ratio >= minimum, f"{theme.name}: {foreground} on {background} = {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.key)
@pytest.mark.parametrize(("foreground", "background"), NON_TEXT_PAIRS)
def test_non_text_contrast(theme: Theme, foreground: str, background: str) -> None:
    ratio = contrast_ratio(getattr(theme, foreground), getattr(theme, background))
    assert ratio >= 3.0, f"{theme.name}: {foreground} on {background} = {ratio:.2f}"


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.key)
@pytest.mark.parametrize(("foreground", "background"), CONTROL_PAIRS)
def test_control_contrast(theme: Theme, foreground: str, background: str) -> None:
    minimum = 7.0 if theme.key == "contraste" else 3.0
    ratio = contrast_ratio(getattr(theme, foreground), getattr(theme, background))
    assert ratio >= minimum, f"{theme.name}: {foreground} on {background} = {ratio:.2f}"


def test_every_colour_is_checked() -> None:
    checked = {name for pair in TEXT_PAIRS + NON_TEXT_PAIRS + CONTROL_PAIRS for name in pair}
    assert set(colour_fields()) == checked


def test_the_three_themes() -> None:
    assert list(THEMES) == ["clair", "sombre", "contraste"]
    assert CHOICES == ("systeme", "clair", "sombre", "contraste")
    assert [t.name for t in THEMES.values()] == ["Clair", "Sombre", "Contraste élevé"]


@pytest.mark.parametrize(
    ("scheme", "high_contrast", "expected"),
    [
        ("light", False, "clair"),
        ("unknown", False, "clair"),
        ("dark", False, "sombre"),
        ("light", True, "contraste"),
        ("dark", True, "contraste"),
        ("unknown", True, "contraste"),
        ("nonsense", False, "clair"),
    ],
)
def test_system_theme(scheme: str, high_contrast: bool, expected: str) -> None:
    assert system_theme(scheme, high_contrast).key == expected


@pytest.mark.parametrize(
    ("choice", "scheme", "high_contrast", "expected"),
    [
        ("clair", "dark", True, "clair"),
        ("sombre", "light", False, "sombre"),
        ("contraste", "light", False, "contraste"),
        ("systeme", "dark", False, "sombre"),
        ("systeme", "light", True, "contraste"),
        ("inconnu", "dark", False, "sombre"),
    ],
)
def test_theme_for(choice: str, scheme: str, high_contrast: bool, expected: str) -> None:
    assert theme_for(choice, scheme, high_contrast).key == expected

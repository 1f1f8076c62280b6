"""Soft hyphens at French hyphenation points, only in the words asked for, never in markup."""

from __future__ import annotations

import pytest

from reader.core.hyphenation import (
    hyphenated,
    position_mover,
    soft_hyphenate_html,
    strip_soft_hyphens,
    word_at,
)

SHY = "\u00ad"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("thérapeutique", f"thé{SHY}ra{SHY}peu{SHY}tique"),
        ("immunothérapie", f"im{SHY}mu{SHY}no{SHY}thé{SHY}ra{SHY}pie"),
        ("métastase", f"mé{SHY}ta{SHY}stase"),
        ("Le", "Le"),  # too short to break
    ],
)
def test_french_hyphenation_points(word: str, expected: str) -> None:
    assert hyphenated(word) == expected
    assert strip_soft_hyphens(hyphenated(word)) == word


@pytest.mark.parametrize(
    ("html", "words", "expected"),
    [
        ("<p>une métastase</p>", {"métastase"}, f"<p>une mé{SHY}ta{SHY}stase</p>"),
        ("<p>une métastase</p>", set(), "<p>une métastase</p>"),
        # Only whole words, never inside a tag, an attribute or a character reference.
        (
            '<a href="terme:métastase">métastases</a>',
            {"métastase"},
            '<a href="terme:métastase">métastases</a>',
        ),
        ("<p>&eacute;radication</p>", {"eacute"}, "<p>&eacute;radication</p>"),
        ("<h1>peut-il guérir</h1>", {"guérir"}, f"<h1>peut-il gué{SHY}rir</h1>"),
    ],
)
def test_only_the_words_asked_for_in_the_text(html: str, words: set[str], expected: str) -> None:
    assert soft_hyphenate_html(html, words) == expected


@pytest.mark.parametrize(
    ("text", "position", "word"),
    [
        (f"la mé{SHY}ta{SHY}stase osseuse", 6, "métastase"),
        ("la métastase", 3, ""),  # just before the word
        ("la métastase", 4, "métastase"),
        ("la métastase", 12, "métastase"),
    ],
)
def test_word_at(text: str, position: int, word: str) -> None:
    assert word_at(text, position) == word


def test_positions_move_with_the_soft_hyphens() -> None:
    old, new = "un métastase x", f"un mé{SHY}ta{SHY}stase x"
    move = position_mover(old, new)
    assert [new[move(i)] for i in range(len(old))] == list(old)
    assert move(len(old)) == len(new)
    back = position_mover(new, old)
    assert [old[back(i)] for i in (0, 3, 4, 5, 7, 8)] == ["u", "m", "é", "t", "a", "s"]

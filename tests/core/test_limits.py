"""Pathological content (issue 16): refused up front with a clear message, or made fast. Each
case states the time it took before the guard; the bound here is the README's (2 s)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from reader.core.article import read_article, read_metadata
from reader.core.document import open_document
from reader.core.folding import fold
from reader.core.glossary.loader import parse_glossary
from reader.core.glossary.term_links import MAX_TERM_LINKS
from reader.core.limits import MAX_LIST_ITEMS, MAX_WORD, beyond_limits
from reader.core.problems import ContentError, Problem
from reader.core.render_cache import cached_document, open_document_cached

SECONDS = 2.0


def _timed(work: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


@pytest.mark.parametrize(
    ("text", "words", "line"),
    [
        ("# T\n\n" + "a" * 5_000_000 + "\n", "mot de 5\u202f000\u202f000 caractères", 3),
        ("# T\n\nUn " + "b" * (MAX_WORD + 1) + " mot.\n", "mot de 10\u202f001", 3),
        ("# T\n\n" + "- point\n" * 50_000, "plus de 5\u202f000 éléments de liste", 5003),
        ("# T\n\n" + "1. point\n" * (MAX_LIST_ITEMS + 1), "éléments de liste", 5003),
    ],
    ids=["5M-word", "just-too-long", "50k-items", "numbered"],
)
def test_texts_past_the_limits_are_refused_at_once(
    tmp_path: Path, text: str, words: str, line: int
) -> None:
    """Before: a 5,000,000-letter word never finished opening (over 5 minutes); 50,000 list
    items did not either (setHtml is quadratic in them)."""
    path = tmp_path / "texte.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as refused:
        _timed(lambda: read_article(path))
    problem = refused.value.problem
    assert words in problem.message and problem.line == line
    assert "attendu" in problem.message or "article en a" in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "# T\n\n" + ("a" * MAX_WORD + " ") * 30,
        "# T\n\n" + "- point\n" * MAX_LIST_ITEMS,
        "Le cancer peut-il être guéri après métastase ? " * 200_000,  # 10 MB of real words
        ("!" * 9_000 + " ") * 1_000,
    ],
    ids=["words-at-the-limit", "items-at-the-limit", "10MB-prose", "9MB-punctuation"],
)
def test_texts_within_the_limits_pass_quickly(text: str) -> None:
    problem, seconds = _timed(lambda: beyond_limits(text, "x.md"))
    assert problem is None
    assert seconds < 1.0


def test_folding_is_linear_in_combining_marks() -> None:
    """Before: 10,000 marks on one letter took 7.6 s to fold, 30,000 over a minute."""
    text = "Une e" + "\u0301" * 30_000 + " tumeur."
    folded, seconds = _timed(lambda: fold(text))
    assert seconds < 0.5
    assert folded.text.startswith("une e") and folded.text.endswith(" tumeur.")  # type: ignore[attr-defined]


def test_20000_broken_entries_are_reported_in_linear_time() -> None:
    """Before: each reported plain ``id = …`` entry scanned the file again (quadratic)."""
    text = "".join(f'e{i} = "pas une entrée, ligne {i + 1}"\n' for i in range(20_000))
    glossary, seconds = _timed(lambda: parse_glossary(text, "glossary.toml"))
    assert seconds < SECONDS
    problems = glossary.problems  # type: ignore[attr-defined]
    assert len(problems) == 20_000
    assert problems[12_345].line == 12_346


def test_a_form_of_200000_letters_is_quoted_short() -> None:
    form = "-" + "a" * 200_000
    text = f'[mal]\nheadword = "mal"\nforms = ["{form}"]\ndefinition = "Une douleur."\n'
    (problem,) = parse_glossary(text, "glossary.toml").problems
    assert len(problem.message) < 400
    assert "«\u00a0-aaaa" in problem.message and "…\u00a0»" in problem.message
    assert problem.line == 1


def test_every_message_is_bounded() -> None:
    problem = Problem("x", "a" * 100_000)
    assert len(problem.message) <= 2_001


def test_a_one_letter_form_is_linked_a_bounded_number_of_times(tmp_path: Path) -> None:
    """Before: « a » 500,000 times took minutes and over 2 GB (a link element per match)."""
    (tmp_path / "texte.md").write_text("# Titre\n\n" + "a " * 500_000 + "\n", encoding="utf-8")
    (tmp_path / "glossary.toml").write_text(
        '[a]\nheadword = "a"\nforms = ["a"]\ndefinition = "Une lettre."\n', encoding="utf-8"
    )
    document, seconds = _timed(lambda: open_document(tmp_path / "texte.md"))
    assert seconds < SECONDS * 2  # the Markdown of a 1 MB paragraph alone takes about 1 s
    html = document.rendered.html  # type: ignore[attr-defined]
    assert html.count('class="terme"') == MAX_TERM_LINKS
    assert any("5\u202f000 premiers" in p.message for p in document.problems)  # type: ignore[attr-defined]


DEEP = "a = " + "[" * 500 + "]" * 500 + "\n"


def test_deeply_nested_metadata_is_a_syntax_error(tmp_path: Path) -> None:
    """Before: RecursionError, a traceback at start."""
    path = tmp_path / "texte.toml"
    path.write_text('title = "Titre"\n' + DEEP, encoding="utf-8")
    metadata, problems = read_metadata(path)
    assert metadata.title is None
    (problem,) = problems
    assert "imbriquées trop profondément" in problem.message and problem.line == 2


def test_a_deeply_nested_glossary_is_a_syntax_error() -> None:
    glossary = parse_glossary('[a]\nheadword = "a"\n' + DEEP, "glossary.toml")
    (problem,) = glossary.problems
    assert len(glossary) == 0
    assert problem.message.startswith("erreur de syntaxe TOML")
    assert problem.line == 3


def test_a_datetime_edition_date_is_read_as_its_date_and_cached(tmp_path: Path) -> None:
    article = tmp_path / "texte.md"
    article.write_text("# Titre\n\nTexte.\n", encoding="utf-8")
    (tmp_path / "texte.toml").write_text("edition_date = 2026-11-26T10:30:00\n", "utf-8")
    document = open_document_cached(article, tmp_path / "cache")
    assert document.article.metadata.edition_date == date(2026, 11, 26)
    assert type(document.article.metadata.edition_date) is date
    assert not document.problems or all("edition_date" not in p.message for p in document.problems)
    found = cached_document(article, tmp_path / "cache")
    assert found is not None and found.article.metadata.edition_date == date(2026, 11, 26)

"""The handout's HTML without Qt: which sections a section prints, the header, no links, and a
glossary of exactly the terms printed, A–Z."""

from __future__ import annotations

from datetime import date

import pytest

from reader.core.article import Metadata
from reader.core.bundle import content_dir
from reader.core.folding import fold_str
from reader.core.glossary.loader import load_glossary, parse_glossary
from reader.core.glossary.term_links import TermMatcher
from reader.core.handout_html import (
    GLOSSARY_HEADING,
    Scope,
    body_html,
    compose_handout,
    glossary_entries,
    pdf_file_name,
    plain_text,
    section_span,
)
from reader.core.markdown_render import Section, render_markdown

GLOSSARY = parse_glossary(
    """
[tumeur]
headword = "tumeur"
forms = ["tumeur", "tumeurs"]
definition = "Une masse de cellules."

[tumeur_primitive]
headword = "tumeur primitive"
forms = ["tumeur primitive"]
definition = "La première masse."

[chimio]
headword = "Chimiothérapie"
forms = ["chimiothérapie"]
definition = "Des médicaments contre les cellules malades."

[avance]
headword = "stade avancé"
forms = ["stade avancé"]
definition = "Un cancer étendu."

[notice_term]
headword = "équipe soignante"
forms = ["équipe soignante"]
definition = "Les soignants."
""",
    "test",
)

ARTICLE = """# Mon titre

Intro avec une tumeur primitive.

## Premier

Texte du premier, avec la [chimiothérapie](https://exemple.org/chimio).

### Détail du premier

Un détail, *stade avancé*.

## Second

Texte du second : tumeurs.
"""

META = Metadata(
    title="Mon titre",
    source="Un livre",
    edition_date=date(2026, 11, 26),
    edition_note="texte revu",
)
NOTICE = "Parlez-en à votre équipe soignante."


def _sections(*levels: int) -> tuple[Section, ...]:
    return tuple(Section(f"section-{i + 1}", level, f"S{i + 1}") for i, level in enumerate(levels))


@pytest.mark.parametrize(
    ("levels", "index", "span"),
    [
        ((1, 2, 3, 2), 0, (0, 4)),  # the title's section is the whole article
        ((1, 2, 3, 2), 1, (1, 3)),  # a section takes its subsections
        ((1, 2, 3, 2), 2, (2, 3)),  # a subsection stops at its parent's next sibling
        ((1, 2, 3, 2), 3, (3, 4)),  # the last runs to the end
        ((2, 2, 2), 1, (1, 2)),
        ((2, 3, 1, 2), 1, (1, 2)),  # a higher heading ends it too
        ((3,), 0, (0, 1)),
    ],
)
def test_section_span(levels: tuple[int, ...], index: int, span: tuple[int, int]) -> None:
    assert section_span(_sections(*levels), index) == span


@pytest.mark.parametrize("index", [-1, 4])
def test_section_span_outside_the_article(index: int) -> None:
    with pytest.raises(IndexError):
        section_span(_sections(1, 2, 3, 2), index)


@pytest.mark.parametrize(
    ("section", "inside", "outside"),
    [
        (1, ["Premier", "Texte du premier", "Détail du premier", "Un détail"], ["Intro", "Second"]),
        (2, ["Détail du premier", "Un détail"], ["Texte du premier", "Second"]),
        (3, ["Second", "Texte du second"], ["Premier", "Intro", "Mon titre"]),
        (0, ["Mon titre", "Intro", "Premier", "Second"], []),
    ],
)
def test_a_section_prints_its_heading_down_to_the_next_of_its_level(
    section: int, inside: list[str], outside: list[str]
) -> None:
    text = plain_text(body_html(ARTICLE, "section", section))
    for words in inside:
        assert words in text
    for words in outside:
        assert words not in text
    title = render_markdown(ARTICLE).sections[section].title
    assert text.startswith(title)


def test_raw_html_that_looks_like_a_heading_does_not_cut_a_section() -> None:
    article = '# T\n\n## A\n\nun <h2 id="section-3">faux</h2> titre\n\n## B\n\nfin\n'
    text = plain_text(body_html(article, "section", 1))
    assert '<h2 id="section-3">faux</h2> titre' in text
    assert "fin" not in text


def test_an_article_without_headings_prints_whole_whatever_the_scope() -> None:
    assert plain_text(body_html("Juste un paragraphe.", "section", 0)) == "Juste un paragraphe."


def test_paper_has_no_links_and_outside_addresses_are_written_out() -> None:
    handout = compose_handout("Mon titre", META, NOTICE, ARTICLE, GLOSSARY)
    assert "<a " not in handout.html
    assert "href" not in handout.html
    assert "terme:" not in handout.html
    assert "chimiothérapie (https://exemple.org/chimio)" in plain_text(handout.html)


def test_the_header_holds_title_source_edition_and_notice_once() -> None:
    handout = compose_handout("Mon titre", META, NOTICE, ARTICLE, GLOSSARY)
    text = plain_text(handout.html)
    assert text.startswith("Mon titre")
    assert text.count("Mon titre") == 1  # the article's own first heading is not repeated
    for words in (
        "Source\u00a0: Un livre.",
        "Édition\u00a0: Texte revu.",
        "Date de l’édition\u00a0: 26 novembre 2026.",
        NOTICE,
    ):
        assert words in text
    assert text.index(NOTICE) < text.index("Intro avec")


def test_a_section_handout_keeps_the_article_title_and_notice() -> None:
    handout = compose_handout("Mon titre", META, NOTICE, ARTICLE, GLOSSARY, "section", 3)
    text = plain_text(handout.html)
    assert text.startswith("Mon titre")
    assert NOTICE in text
    assert "Texte du second" in text
    assert "Intro" not in text


@pytest.mark.parametrize(
    ("scope", "section", "headwords"),
    [
        # The notice's « équipe soignante » counts: it is printed on the page too.
        (
            "article",
            -1,
            ["Chimiothérapie", "équipe soignante", "stade avancé", "tumeur", "tumeur primitive"],
        ),
        ("section", 1, ["Chimiothérapie", "équipe soignante", "stade avancé"]),
        ("section", 2, ["équipe soignante", "stade avancé"]),
        ("section", 3, ["équipe soignante", "tumeur"]),
    ],
)
def test_the_glossary_holds_exactly_the_terms_printed_a_to_z(
    scope: Scope, section: int, headwords: list[str]
) -> None:
    handout = compose_handout("Mon titre", META, NOTICE, ARTICLE, GLOSSARY, scope, section)
    assert [entry.headword for entry in handout.entries] == headwords
    text = plain_text(handout.html)
    glossary = text[text.index(GLOSSARY_HEADING) :]
    for entry in GLOSSARY.entries:
        assert (entry.definition in glossary) == (entry.headword in headwords)


def test_no_glossary_section_when_no_term_is_printed() -> None:
    handout = compose_handout("Titre", Metadata(), "", "# Titre\n\nRien.", GLOSSARY)
    assert handout.entries == ()
    assert GLOSSARY_HEADING not in handout.html


def test_a_term_is_not_found_across_two_blocks() -> None:
    text = plain_text("<p>une tumeur</p><p>primitive ici</p>")
    assert [hit.entry_id for hit in TermMatcher(GLOSSARY).find(text)] == ["tumeur"]


def test_glossary_entries_are_each_once_in_french_order() -> None:
    entries = glossary_entries("tumeur, stade avancé, tumeurs, chimiothérapie", GLOSSARY)
    assert [e.id for e in entries] == ["chimio", "avance", "tumeur"]


def test_the_bundled_article_handout_defines_every_term_it_prints() -> None:
    glossary = load_glossary(content_dir() / "glossary.toml")
    article = (content_dir() / "article.md").read_text(encoding="utf-8")
    handout = compose_handout("Titre", Metadata(), "", article, glossary)
    found = {hit.entry_id for hit in TermMatcher(glossary).find(handout.printed_text)}
    assert {entry.id for entry in handout.entries} == found
    assert len(found) > 10
    keys = [fold_str(entry.headword) for entry in handout.entries]
    assert keys == sorted(keys)


@pytest.mark.parametrize(
    ("title", "section", "name"),
    [
        (
            "Le cancer peut-il être guéri après métastase ?",
            None,
            "Le cancer peut-il être guéri après métastase.pdf",
        ),
        (
            "Cancer\u00a0: un point",
            "Conclusion\u00a0: la suite",
            "Cancer un point - Conclusion la suite.pdf",
        ),
        ('a/b\\c*d?"e<f>g|h', None, "a b c d e f g h.pdf"),
        ("...", None, "article.pdf"),
        ("", None, "article.pdf"),
        ("x" * 300, None, "x" * 100 + ".pdf"),
    ],
)
def test_pdf_file_name(title: str, section: str | None, name: str) -> None:
    assert pdf_file_name(title, section) == name

"""Markdown to sections and HTML: the bundled edition, raw HTML, images, headings."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from reader.core.article import read_article
from reader.core.bundle import bundled_article
from reader.core.markdown_render import Section, render_markdown
from tests.source_text import SOURCE_BLOCKS, normalise

_BLOCK_TAGS = {"h1": "title", "h2": "heading", "p": "paragraph", "li": "item"}


class _Blocks(HTMLParser):
    """Collects (kind, text, bold label) of each block of rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str, str]] = []
        self._stack: list[str] = []
        self._text: list[str] = []
        self._bold: list[str] = []
        self._in_bold = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._stack.append(tag)
            self._text, self._bold = [], []
        elif tag == "strong":
            self._in_bold = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "strong":
            self._in_bold = False
        elif tag in _BLOCK_TAGS and self._stack:
            self._stack.pop()
            self.blocks.append((_BLOCK_TAGS[tag], "".join(self._text), "".join(self._bold)))

    def handle_data(self, data: str) -> None:
        self._text.append(data)
        if self._in_bold:
            self._bold.append(data)


def _edition_blocks() -> list[tuple[str, str, str]]:
    parser = _Blocks()
    parser.feed(render_markdown(read_article(bundled_article()).markdown).html)
    return parser.blocks


def test_edition_keeps_every_sentence_in_order() -> None:
    edition = _edition_blocks()
    assert [kind for kind, _, _ in edition] == [block.kind for block in SOURCE_BLOCKS]
    for (kind, text, _), block in zip(edition, SOURCE_BLOCKS, strict=True):
        if kind == "heading":  # English title case after the colon may be lowered
            assert normalise(text).casefold() == block.comparable.casefold()
        else:
            assert normalise(text) == block.comparable


def test_edition_typography() -> None:
    text = read_article(bundled_article()).markdown
    assert "Léradication" not in text and "L’éradication" in text
    assert "“" not in text and "”" not in text
    assert "«\u00a0métastase\u00a0»" in text
    for mark in (":", "?"):
        for index, char in enumerate(text):
            if char == mark:
                assert text[index - 1] == "\u00a0", text[index - 30 : index + 1]
    assert "1 voir" not in text and "Commentez" not in text


def test_list_labels_are_bold() -> None:
    items = [(text, bold) for kind, text, bold in _edition_blocks() if kind == "item"]
    assert len(items) == 8
    for text, bold in items:
        assert bold and text.startswith(bold)
        assert text[len(bold) :].startswith("\u00a0: ")


def test_sections_of_the_bundled_article() -> None:
    sections = render_markdown(read_article(bundled_article()).markdown).sections
    assert [s.level for s in sections] == [1, 2, 2, 2, 2, 2]
    assert sections[1].title.startswith("Cancer métastasé\u00a0:")
    assert len({s.id for s in sections}) == 6


@pytest.mark.parametrize(
    ("markdown", "sections"),
    [
        ("# A\n\n## B\n\n### C\n\n## D", [(1, "A"), (2, "B"), (3, "C"), (2, "D")]),
        ("## Sans titre principal\n\ntexte", [(2, "Sans titre principal")]),
        ("# Même\n\n# Même", [(1, "Même"), (1, "Même")]),
        ("# *Mise* en `forme`", [(1, "Mise en forme")]),
        ("#\n\ntexte", [(1, "(titre vide)")]),
        ("Titre\n=====\n\nSous-titre\n---", [(1, "Titre"), (2, "Sous-titre")]),
    ],
)
def test_sections_table(markdown: str, sections: list[tuple[int, str]]) -> None:
    rendered = render_markdown(markdown)
    assert [(s.level, s.title) for s in rendered.sections] == sections
    ids = [s.id for s in rendered.sections]
    assert len(set(ids)) == len(ids)
    assert all(f'id="{section_id}"' in rendered.html for section_id in ids)


def test_no_heading_is_a_problem_but_renders() -> None:
    rendered = render_markdown("Juste un paragraphe.", source="a.md")
    assert rendered.sections == ()
    assert "Juste un paragraphe." in rendered.html
    assert "aucun titre" in str(rendered.problems[0])


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        "<iframe src='https://exemple.org'></iframe>",
        "<style>p { display: none }</style>",
        "texte <b onclick='x()'>gras</b>",
    ],
)
def test_raw_html_is_shown_as_text(raw: str) -> None:
    rendered = render_markdown(f"# T\n\n{raw}\n\nFin.")
    assert "<script" not in rendered.html
    assert "<iframe" not in rendered.html
    assert "<style" not in rendered.html
    assert "onclick=" not in rendered.html or "&lt;b onclick" in rendered.html
    assert "&lt;" in rendered.html
    assert "Fin." in rendered.html


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("![radio du thorax](https://exemple.org/x.png)", "[image non affichée : radio du thorax]"),
        ("![](file:///etc/passwd)", "[image non affichée]"),
    ],
)
def test_images_become_their_description(source: str, shown: str) -> None:
    rendered = render_markdown(f"# T\n\n{source}")
    assert "<img" not in rendered.html
    assert shown in rendered.html
    assert "etc/passwd" not in rendered.html and "exemple.org" not in rendered.html


def test_section_is_a_value() -> None:
    assert Section("section-1", 1, "A") == Section("section-1", 1, "A")

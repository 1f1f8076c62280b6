"""Markdown to HTML and a list of sections, with raw HTML and remote resources kept out.

Raw HTML in an article is shown as text, never interpreted, so an article cannot run a script,
restyle or hide the text; images become their description because nothing is loaded from outside.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Sequence

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from reader.core.article import Article
from reader.core.notice import notice_paragraphs
from reader.core.problems import Problem
from reader.core.rendered_article import RenderedArticle, Section

__all__ = ["RenderedArticle", "Section", "render_article", "render_markdown"]

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
# Ordinary white space only: the non-breaking space before « : » must stay in the title.
_SPACES = re.compile(r"[ \t\r\n]+")


class _StructureProcessor(Treeprocessor):  # type: ignore[misc]
    """Collects the headings and turns images into their description."""

    def __init__(self, md: markdown.Markdown, sections: list[Section], heading_ids: bool) -> None:
        super().__init__(md)
        self._sections = sections
        self._heading_ids = heading_ids

    def run(self, root: etree.Element) -> None:
        self._sections.clear()
        for element in root.iter():
            level = _HEADINGS.get(element.tag)
            if level is not None:
                title = _SPACES.sub(" ", "".join(element.itertext())).strip(" ")
                section_id = f"section-{len(self._sections) + 1}"
                if self._heading_ids:
                    element.set("id", section_id)
                self._sections.append(Section(section_id, level, title or "(titre vide)"))
            elif element.tag == "img":
                _replace_image(element)


def _replace_image(element: etree.Element) -> None:
    """An image would be loaded from a file or the network: show its description instead."""
    description = element.get("alt") or element.get("title") or ""
    element.tag = "span"
    element.attrib.clear()
    element.set("class", "image-absente")
    element.text = f"[image non affichée{' : ' + description if description else ''}]"


class _SafeStructureExtension(Extension):  # type: ignore[misc]
    def __init__(self, sections: list[Section], heading_ids: bool) -> None:
        super().__init__()
        self._sections = sections
        self._heading_ids = heading_ids

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        processor = _StructureProcessor(md, self._sections, self._heading_ids)
        md.treeprocessors.register(processor, "reader_structure", 8)


def render_markdown(
    text: str, extensions: Sequence[Extension] = (), source: str = "", heading_ids: bool = True
) -> RenderedArticle:
    """Render Markdown to an HTML body and its sections; raw HTML ends up as visible text.

    With ``heading_ids``, each heading carries its section's id (the handout cuts the text at
    them); the screen goes without, since QTextDocument turns each id into an anchor name and
    that makes setHtml quadratic (10,000 headings: 4.5 s instead of 0.15 s)."""
    sections: list[Section] = []
    md = markdown.Markdown(
        extensions=[_SafeStructureExtension(sections, heading_ids), "sane_lists", *extensions],
        output_format="html",
    )
    problems: list[Problem] = []
    try:
        body = md.convert(text)
    except RecursionError:
        # Python-Markdown recurses for each level of a list in a list: a few hundred levels
        # exhaust Python's stack. Better the text shown flat than not at all.
        md.reset()
        body = md.convert(flatten_nesting(text))
        problems.append(
            Problem(
                source,
                "des listes sont imbriquées sur trop de niveaux pour être mises en forme : "
                "le texte est affiché sans retraits ni sous-listes.",
            )
        )
    if not sections:
        problems.append(
            Problem(source, "aucun titre (ligne commençant par « # ») : le sommaire restera vide.")
        )
    return RenderedArticle(body, tuple(sections), tuple(problems))


# A line's indentation and list markers, however many: « ····- - 1. texte ».
_NESTING = re.compile(
    r"^[ \t]*((?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*", re.M
)


def flatten_nesting(text: str) -> str:
    """The text with no line indented and at most one list marker a line: nothing nests."""
    return _NESTING.sub(lambda found: found.group(1) or "", text)


def notice_html(notice: str) -> list[str]:
    """The medical notice as paragraphs, the first led by « À propos de ce texte. »."""
    paragraphs = notice_paragraphs(notice)
    if not paragraphs:
        return []
    first, *others = (html.escape(paragraph) for paragraph in paragraphs)
    return [
        f"<p class='avis'><b>À propos de ce texte.</b> {first}</p>",
        *(f"<p class='avis'>{paragraph}</p>" for paragraph in others),
    ]


def render_article(
    article: Article, notice: str, extensions: Sequence[Extension] = ()
) -> RenderedArticle:
    """The article followed by the edition note and the medical notice, as one HTML body for
    the screen (headings without ids: the pane finds them by block)."""
    rendered = render_markdown(article.markdown, extensions, str(article.path), heading_ids=False)
    lines = notice_html(notice)
    about = article.metadata.about_lines
    lines.extend(f"<p class='edition'>{html.escape(line)}</p>" for line in about)
    footer = "<hr/><div class='notice'>" + "".join(lines) + "</div>"
    return RenderedArticle(rendered.html + footer, rendered.sections, rendered.problems)

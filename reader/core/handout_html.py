"""The printed handout as HTML, without Qt: header, the text chosen, and the glossary it needs.

A handout is what a reader takes home: the title, where the text comes from and its edition
date, the medical notice, then the whole article or one section, and last a glossary of
exactly the terms met on the pages before it. It is composed apart from the screen so that
nothing of the screen (term links, search highlights, theme colours) can end up on paper.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from reader.core.article import Metadata
from reader.core.glossary.entries import Entry, Glossary
from reader.core.glossary.loader import sort_key
from reader.core.glossary.term_links import TermMatcher
from reader.core.links import is_outside
from reader.core.markdown_render import notice_html, render_markdown
from reader.core.rendered_article import Section

Scope = Literal["article", "section"]
"""What is printed: the whole article, or the section being read."""

GLOSSARY_HEADING = "Glossaire"
GLOSSARY_SEPARATOR = "\u00a0: "
"""Between a headword and its definition in the handout's glossary."""

_HEADING_OPEN = re.compile(r'<h([1-6]) id="(section-\d+)">')
_BLOCK_TAGS = frozenset(
    {"p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "div", "br", "hr", "tr", "td"}
)
# Between two blocks: not a letter, so no multi-word term is found across a block boundary.
_BLOCK_BREAK = "\n¶\n"


@dataclass(frozen=True)
class Handout:
    """A handout ready to lay out: its title (for the footer), HTML, and what it defines."""

    title: str
    html: str
    printed_text: str
    """The plain text printed before the glossary: where the glossary's terms were looked for."""
    entries: tuple[Entry, ...]


class _PlainLinksProcessor(Treeprocessor):  # type: ignore[misc]
    """Paper has no links: each becomes its text, and an outside address is written after it."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter("a"):
            address = element.get("href", "")
            element.tag = "span"
            element.attrib.clear()
            text = "".join(element.itertext()).strip()
            if is_outside(address) and address != text:
                element.tail = f" ({address}){element.tail or ''}"


class _PlainLinksExtension(Extension):  # type: ignore[misc]
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # Markdown's API name
        md.treeprocessors.register(_PlainLinksProcessor(md), "handout_plain_links", 9)


def section_span(sections: Sequence[Section], index: int) -> tuple[int, int]:
    """Sections printed for section ``index``: itself and what follows down to the next
    heading of the same or a higher level (a smaller number), as ``[first, end)``."""
    if not 0 <= index < len(sections):
        raise IndexError(f"section {index} hors de l’article ({len(sections)} sections)")
    level = sections[index].level
    end = index + 1
    while end < len(sections) and sections[end].level > level:
        end += 1
    return index, end


def body_html(markdown_text: str, scope: Scope = "article", section: int = -1) -> str:
    """The article's HTML for paper (no links), whole or cut to one section's span.

    The cut is made on the rendered HTML at the headings' ids: raw HTML in an article is shown
    as escaped text, so only real headings carry ``<hN id="section-K">``.
    """
    rendered = render_markdown(markdown_text, [_PlainLinksExtension()])
    text = rendered.html
    if scope == "article" or not rendered.sections:
        return text
    first, end = section_span(rendered.sections, max(section, 0))
    starts = {match.group(2): match.start() for match in _HEADING_OPEN.finditer(text)}
    start = starts[rendered.sections[first].id]
    stop = starts[rendered.sections[end].id] if end < len(rendered.sections) else len(text)
    return text[start:stop].strip()


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())  # str.split() also splits at U+00A0


def _drop_leading_title(body: str, title: str) -> str:
    """The header already prints the title: drop the body's first heading when it repeats it."""
    match = _HEADING_OPEN.match(body.lstrip())
    if match is None:
        return body
    body = body.lstrip()
    close = body.find(f"</h{match.group(1)}>")
    if close < 0 or not _same_title(plain_text(body[: close + 5]), title):
        return body
    return body[close + 5 :].lstrip()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(_BLOCK_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append(_BLOCK_BREAK)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment, blocks kept apart so that no term spans two of them."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    text = re.sub(r"(?:\s*¶\s*)+", _BLOCK_BREAK, text)
    return text.removeprefix(_BLOCK_BREAK).removesuffix(_BLOCK_BREAK).strip()


def header_html(title: str, metadata: Metadata, notice: str) -> str:
    """Title, source, edition and the medical notice: what the top of the first page says."""
    parts = [f"<h1 class='titre'>{html.escape(title)}</h1>"]
    parts.extend(f"<p class='info'>{html.escape(line)}</p>" for line in metadata.about_lines)
    parts.extend(notice_html(notice))
    return "<div class='entete'>" + "".join(parts) + "</div><hr/>"


def glossary_entries(text: str, glossary: Glossary) -> tuple[Entry, ...]:
    """The entries whose forms occur in ``text``, each once, A–Z by headword."""
    found = {hit.entry_id for hit in TermMatcher(glossary).find(text)}
    entries = (entry for entry_id in found if (entry := glossary.get(entry_id)) is not None)
    return tuple(sorted(entries, key=lambda entry: sort_key(entry.headword)))


def glossary_html(entries: Sequence[Entry]) -> str:
    """The « Glossaire » section, as a dictionary sets it: one compact paragraph an entry,
    the headword in bold and its definition after it on the same line (a heading line each
    made the glossary half again as long as the article)."""
    if not entries:
        return ""
    items = "".join(
        f"<p class='entree'><b>{html.escape(entry.headword)}</b>{GLOSSARY_SEPARATOR}"
        f"{html.escape(entry.definition)}</p>"
        for entry in entries
    )
    return f"<h2 class='glossaire'>{GLOSSARY_HEADING}</h2>{items}"


def compose_handout(
    title: str,
    metadata: Metadata,
    notice: str,
    markdown_text: str,
    glossary: Glossary,
    scope: Scope = "article",
    section: int = -1,
) -> Handout:
    """The whole handout. Its glossary holds the terms of everything printed before it:
    title, source and notice included, since the reader meets them on the page too."""
    body = _drop_leading_title(body_html(markdown_text, scope, section), title)
    printed = header_html(title, metadata, notice) + body
    printed_text = plain_text(printed)
    entries = glossary_entries(printed_text, glossary)
    page = f"<html><body>{printed}{glossary_html(entries)}</body></html>"
    return Handout(title, page, printed_text, entries)


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def pdf_file_name(title: str, section_title: str | None = None) -> str:
    """A file name for the PDF, from the title (and the section printed): safe on every
    system, at most about 100 characters, ending in ``.pdf``."""
    name = title if section_title is None else f"{title} - {section_title}"
    name = _UNSAFE_IN_NAMES.sub(" ", name.replace("\u00a0", " ").replace("\u202f", " "))
    name = " ".join(name.split())[:100].strip(" .-")
    return f"{name or 'article'}.pdf"

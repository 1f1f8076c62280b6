"""The rendered article's plain text as the text pane holds it, worked out without Qt.

The pane's ``toPlainText()`` is its blocks (headings, paragraphs, list items, the rule before
the notice) joined by newlines, HTML's runs of spaces made one and U+00A0 a space. Knowing it
without a window lets the sentence splitter be tested on the real article in the Qt-free
tests; a GUI test proves the two agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["PlainText", "plain_text"]

_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Qt's HTML parser makes one space of any run of white space, U+202F included, but U+00A0.
_SPACES = re.compile(r"[^\S\u00a0]+")


@dataclass(frozen=True)
class PlainText:
    """The text, one block a line, and the offsets where headings start."""

    text: str
    heading_starts: tuple[int, ...]


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[bool, list[str]]] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._open = []
            self.blocks.append((tag in _HEADINGS, self._open))
        elif tag == "hr":
            self.blocks.append((False, []))
            self._open = None
        elif tag == "br" and self._open is not None:
            self._open.append("\u2028")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)


def plain_text(html: str) -> PlainText:
    """The text a QTextDocument shows for the article's HTML, and its headings' offsets."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    lines: list[str] = []
    starts: list[int] = []
    offset = 0
    for heading, parts in parser.blocks:
        # toPlainText() then gives U+00A0 as a plain space.
        line = _SPACES.sub(" ", "".join(parts)).strip(" ").replace("\u00a0", " ")
        if heading:
            starts.append(offset)
        lines.append(line)
        offset += len(line) + 1
    return PlainText("\n".join(lines), tuple(starts))

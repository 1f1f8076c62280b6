"""What rendering an article gives: its HTML body and its sections.

Apart from the Markdown renderer (reader.core.markdown_render), so that the window, and an
article read back from the render cache, can use them without importing Python-Markdown.
"""

from __future__ import annotations

from reader.core.problems import Problem
from reader.core.record import record


@record
class Section:
    """One heading of the article: the tree shows it, the pane scrolls to it."""

    id: str
    level: int
    title: str


@record
class RenderedArticle:
    """The article's HTML body, in document order with its sections."""

    html: str
    sections: tuple[Section, ...]
    problems: tuple[Problem, ...] = ()

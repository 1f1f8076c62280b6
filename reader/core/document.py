"""Everything the window shows for one article, loaded and checked in one call without Qt."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.article import Article, read_article, read_text_file
from reader.core.bundle import content_dir
from reader.core.problems import ContentError, Problem
from reader.core.record import field, record
from reader.core.rendered_article import RenderedArticle

if TYPE_CHECKING:
    from reader.core.glossary.entries import Glossary
    from reader.core.glossary.term_links import TermMatcher

GLOSSARY_NAME = "glossary.toml"
"""The glossary of an article is the file of this name in the article's folder."""


@record
class Document:
    """An article ready to show, with every problem found on the way (none of them fatal).

    The glossary is loaded when first asked for: the first paint of the text needs only the
    rendered HTML, in which the terms are already links.
    """

    article: Article
    rendered: RenderedArticle
    notice: str
    problems: tuple[Problem, ...]
    load_glossary: Callable[[], Glossary] = field(repr=False, compare=False)

    @property
    def title(self) -> str:
        """The metadata title, else the first heading, else the file name."""
        if self.article.metadata.title:
            return self.article.metadata.title
        if self.rendered.sections:
            return self.rendered.sections[0].title
        return self.article.path.stem

    @cached_property
    def glossary(self) -> Glossary:
        """The glossary the HTML's term links point into (loaded once, on first use)."""
        return self.load_glossary()

    @cached_property
    def matcher(self) -> TermMatcher:
        """Finds the glossary's terms in a text (built once, on first use)."""
        from reader.core.glossary.term_links import TermMatcher

        return TermMatcher(self.glossary)


def read_notice(folder: Path) -> tuple[str, tuple[Problem, ...]]:
    """The medical notice: the article folder's own ``notice.md``, else the general one."""
    problems: list[Problem] = []
    for candidate in notice_candidates(folder):
        if not candidate.is_file():
            continue
        try:
            return read_text_file(candidate, "l’avis médical").strip(), tuple(problems)
        except ContentError as error:
            problems.append(error.problem)
    return "", tuple(problems)


GENERAL_NOTICE_NAME = "general-notice.md"
"""The bundled notice for an article that has none of its own: ``notice.md`` beside the bundled
article speaks of that article (undated, author unknown), which another text may not be."""


def notice_candidates(folder: Path) -> tuple[Path, ...]:
    """Where the medical notice is looked for, in order."""
    return (folder / "notice.md", content_dir() / GENERAL_NOTICE_NAME)


def open_document(path: Path) -> Document:
    """Read, check and render an article; raises ContentError only when nothing can be shown."""
    # Imported here: an article read back from the render cache needs neither Markdown nor TOML.
    from reader.core.glossary.loader import load_glossary
    from reader.core.glossary.term_links import MAX_TERM_LINKS, TermLinkExtension, TermMatcher
    from reader.core.markdown_render import render_article

    article = read_article(path)
    notice, notice_problems = read_notice(path.parent)
    # A broken entry costs only itself: the others are still linked, the problem is shown.
    glossary = load_glossary(path.parent / GLOSSARY_NAME)
    matcher = TermMatcher(glossary)
    extensions = [TermLinkExtension(matcher)] if len(glossary) else []
    rendered = render_article(article, notice, extensions)
    problems = (*article.problems, *notice_problems, *glossary.problems, *rendered.problems)
    if extensions and extensions[0].left_out:
        more = f"{MAX_TERM_LINKS:,}".replace(",", "\u202f")
        problems += (
            Problem(
                str(path.parent / GLOSSARY_NAME),
                f"les termes du glossaire apparaissent plus de {more} fois dans le texte\u00a0: "
                f"seuls les {more} premiers mènent à leur définition.",
            ),
        )
    return Document(article, rendered, notice, problems, lambda: glossary)

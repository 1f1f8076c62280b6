"""Everything the window shows for one article, loaded and checked in one call without Qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.article import Article, read_article, read_text_file
from reader.core.bundle import content_dir
from reader.core.glossary import Glossary, load_glossary
from reader.core.problems import ContentError, Problem
from reader.core.rendering import RenderedArticle, render_article
from reader.core.terms import TermLinkExtension, TermMatcher

GLOSSARY_NAME = "glossary.toml"
"""The glossary of an article is the file of this name in the article's folder."""


@dataclass(frozen=True)
class Document:
    """An article ready to show, with every problem found on the way (none of them fatal)."""

    article: Article
    rendered: RenderedArticle
    notice: str
    problems: tuple[Problem, ...]
    glossary: Glossary
    matcher: TermMatcher

    @property
    def title(self) -> str:
        """The metadata title, else the first heading, else the file name."""
        if self.article.metadata.title:
            return self.article.metadata.title
        if self.rendered.sections:
            return self.rendered.sections[0].title
        return self.article.path.stem


def read_notice(folder: Path) -> tuple[str, tuple[Problem, ...]]:
    """The medical notice: the article folder's own ``notice.md``, else the bundled one."""
    problems: list[Problem] = []
    for candidate in (folder / "notice.md", content_dir() / "notice.md"):
        if not candidate.is_file():
            continue
        try:
            return read_text_file(candidate, "l’avis médical").strip(), tuple(problems)
        except ContentError as error:
            problems.append(error.problem)
    return "", tuple(problems)


def open_document(path: Path) -> Document:
    """Read, check and render an article; raises ContentError only when nothing can be shown."""
    article = read_article(path)
    notice, notice_problems = read_notice(path.parent)
    # A broken entry costs only itself: the others are still linked, the problem is shown.
    glossary = load_glossary(path.parent / GLOSSARY_NAME)
    matcher = TermMatcher(glossary)
    extensions = [TermLinkExtension(matcher)] if len(glossary) else []
    rendered = render_article(article, notice, extensions)
    problems = (*article.problems, *notice_problems, *glossary.problems, *rendered.problems)
    return Document(article, rendered, notice, problems, glossary, matcher)

"""Finding glossary terms in a text, and marking them as links in rendered Markdown.

Matching runs on folded text (no case, no accents, one kind of apostrophe) so that
« L’Immunothérapie » finds « immunothérapie », then maps each hit back to the original
characters, so the link covers exactly what the author wrote.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown  # type: ignore[import-untyped]
from markdown.extensions import Extension  # type: ignore[import-untyped]
from markdown.treeprocessors import Treeprocessor  # type: ignore[import-untyped]
from markdown.util import AtomicString  # type: ignore[import-untyped]

from reader.core.folding import fold
from reader.core.glossary.entries import Glossary
from reader.core.glossary.loader import fold_many
from reader.core.links import TERM_SCHEME

__all__ = ["MAX_TERM_LINKS", "TermHit", "TermLinkExtension", "TermMatcher"]

MAX_TERM_LINKS = 5_000
"""Terms linked in one article at most: a real one has dozens; past this, terms stay text."""

# A maximal run of letters and digits. A form must start at the start of such a run and end
# where one ends, so « métastase » is not found inside « micrométastases »; apostrophes,
# hyphens and spaces are boundaries, so « l’immunothérapie » holds « immunothérapie ».
_TOKEN_RE = re.compile(r"[^\W_]+")

# Markdown hides raw HTML and escaped characters behind STX…ETX placeholders until the end;
# a link inside one would corrupt it.
_PLACEHOLDER_RE = re.compile("\x02[^\x03]*(?:\x03|$)")

# Forms of « avoir » and « être » that open a form only to tell the verb from the adjective
# (« a métastasé »): they are matched, but the link covers the word after them.
_AUXILIARIES = frozenset(
    (
        *("a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aura", "auront", "eu"),
        *("est", "es", "suis", "sommes", "etes", "sont", "etait", "etaient", "sera", "seront"),
        "ete",
    )
)

_SKIPPED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre"})


@dataclass(frozen=True)
class TermHit:
    """One glossary term in a text: original offsets [start, end) and the entry it names."""

    start: int
    end: int
    entry_id: str


class TermMatcher:
    """Finds glossary forms in a text: whole words, longest first, ignoring case and accents.

    Forms are indexed by their first word. At each word of the folded text only the forms
    starting with that word are tried, longest first. This gives the same hits as one big
    regex alternation sorted by length, but builds and runs in milliseconds for ten thousand
    entries, where Python's regex compiler needs more than a second.
    """

    def __init__(self, glossary: Glossary) -> None:
        forms = [(form, entry.id) for entry in glossary.entries for form in entry.forms]
        folded_forms = fold_many([form for form, _ in forms])
        owners: dict[str, str] = {}  # the first entry keeps a form, as the loader decides
        for folded, (_, entry_id) in zip(folded_forms, forms, strict=True):
            owners.setdefault(folded, entry_id)
        by_first_word: dict[str, list[tuple[str, str, int]]] = {}
        for folded, entry_id in owners.items():
            # A form that does not start with a letter or digit could never start at a word;
            # the glossary loader rejects such forms, so this only skips hand-made ones.
            first_word = _TOKEN_RE.match(folded)
            if first_word is not None:
                by_first_word.setdefault(first_word.group(), []).append(
                    (folded, entry_id, _auxiliary_length(folded))
                )
        for candidates in by_first_word.values():
            # Longest first, so « tumeurs primaires » wins over « tumeurs ».
            candidates.sort(key=lambda candidate: (-len(candidate[0]), candidate[0]))
        self._by_first_word: dict[str, tuple[tuple[str, str, int], ...]] = {
            word: tuple(candidates) for word, candidates in by_first_word.items()
        }

    def find(self, text: str, limit: int | None = None) -> list[TermHit]:
        """Non-overlapping hits, left to right, in original ``text`` offsets (the first
        ``limit`` of them, if given)."""
        if not self._by_first_word or not text:
            return []
        folded = fold(text)
        haystack = folded.text
        size = len(haystack)
        index = self._by_first_word
        hits: list[TermHit] = []
        resume = 0  # hits do not overlap: no new hit starts inside the previous one
        for word in _TOKEN_RE.finditer(haystack):
            start = word.start()
            if start < resume:
                continue
            candidates = index.get(word.group())
            if candidates is None:
                continue
            for form, entry_id, auxiliary in candidates:
                end = start + len(form)
                if haystack.startswith(form, start) and (
                    end == size or not haystack[end].isalnum()
                ):
                    original_start, original_end = folded.span(start + auxiliary, end)
                    hits.append(TermHit(original_start, original_end, entry_id))
                    resume = end
                    break
            if limit is not None and len(hits) >= limit:
                break
        return hits


def _auxiliary_length(folded_form: str) -> int:
    """How many characters of a folded form are an auxiliary and the spaces after it."""
    words = folded_form.split(" ", 1)
    if len(words) == 2 and words[0] in _AUXILIARIES and words[1].strip():
        return len(folded_form) - len(words[1].lstrip())
    return 0


class _TermLinkProcessor(Treeprocessor):  # type: ignore[misc]
    """Wraps each term of running text in a link; headings, links and code stay as they are."""

    def __init__(self, md: markdown.Markdown, extension: TermLinkExtension) -> None:
        super().__init__(md)
        self._matcher = extension.matcher
        self._scheme = extension.scheme
        self._extension = extension

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        if element.tag in _SKIPPED_TAGS:
            return
        position = 0  # where the next link goes among the element's children
        if element.text:
            element.text, links = self._split(element.text)
            for link in links:
                element.insert(position, link)
                position += 1
        for child in list(element)[position:]:
            self._walk(child)
            position += 1
            # A child's tail is running text of this element, even after a skipped heading.
            if child.tail:
                child.tail, links = self._split(child.tail)
                for link in links:
                    element.insert(position, link)
                    position += 1

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        """The text before the first term, and one link per term, each carrying what follows it."""
        if isinstance(text, AtomicString):  # Markdown's own "leave this text alone"
            return text, []
        hits: list[TermHit] = []
        segment_start = 0
        # Terms are looked for between placeholders only, never inside or across one.
        for placeholder in (*_PLACEHOLDER_RE.finditer(text), None):
            segment_end = placeholder.start() if placeholder else len(text)
            room = MAX_TERM_LINKS - self._extension.linked - len(hits)
            hits.extend(
                TermHit(hit.start + segment_start, hit.end + segment_start, hit.entry_id)
                for hit in self._matcher.find(text[segment_start:segment_end], room + 1)
            )
            if placeholder:
                segment_start = placeholder.end()
        room = MAX_TERM_LINKS - self._extension.linked
        if len(hits) > room:  # a one-letter form can match 500,000 times (2 GB of links)
            self._extension.left_out += len(hits) - room
            hits = hits[:room]
        self._extension.linked += len(hits)
        if not hits:
            return text, []
        links: list[etree.Element] = []
        for position, hit in enumerate(hits):
            link = etree.Element("a", {"href": f"{self._scheme}:{hit.entry_id}", "class": "terme"})
            link.text = text[hit.start : hit.end]
            following = hits[position + 1].start if position + 1 < len(hits) else len(text)
            link.tail = text[hit.end : following]
            links.append(link)
        return text[: hits[0].start], links


class TermLinkExtension(Extension):  # type: ignore[misc]
    """Python-Markdown extension: glossary terms become ``<a href="terme:ID" class="terme">``."""

    def __init__(self, matcher: TermMatcher, scheme: str = TERM_SCHEME) -> None:
        super().__init__()
        self.matcher = matcher
        self.scheme = scheme
        self.linked = 0
        """Terms linked so far."""
        self.left_out = 0
        """Terms found past MAX_TERM_LINKS, left as plain text."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # Markdown's API name
        # After "inline" (20) so emphasis is already split into elements, before "prettify"
        # (10) and the reader's structure pass (8).
        md.treeprocessors.register(_TermLinkProcessor(md, self), "glossary_terms", 15)

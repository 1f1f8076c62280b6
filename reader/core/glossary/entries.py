"""A glossary's entries: what the popup, the panel and the handout show.

Apart from the TOML loader (reader.core.glossary.loader), so that a glossary read back from the
render cache builds its entries without importing the TOML parser, the checker's patterns and
the folding tables: the first click on a term, and the panel built just after the first paint,
then wait for none of them (issue 20).
"""

from __future__ import annotations

from typing import Any

from reader.core.problems import Problem
from reader.core.record import record, record_fields


@record
class Entry:
    """One glossary term: what the reader shows, and the word forms that point to it."""

    id: str
    headword: str
    forms: tuple[str, ...]
    definition: str
    synonyms: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()


def with_changes(entry: Entry, **changes: Any) -> Entry:
    """A copy of ``entry`` with some fields changed (records never change in place)."""
    values = {name: getattr(entry, name) for name in record_fields(Entry)}
    values.update(changes)
    return Entry(**values)


@record
class Glossary:
    """Valid entries sorted A–Z ignoring case and accents, plus what was wrong in the file."""

    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...] = ()

    def __post_init__(self) -> None:
        # Set once here rather than rebuilt on every look-up; not a field (not compared, not
        # shown), so it goes straight into the instance.
        self.__dict__["_by_id"] = {entry.id: entry for entry in self.entries}

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None: a link may outlive the entry it points to."""
        by_id: dict[str, Entry] = self.__dict__["_by_id"]
        return by_id.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)


EMPTY_GLOSSARY = Glossary(())

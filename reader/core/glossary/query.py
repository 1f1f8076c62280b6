"""Which glossary entry a search query names, so that search can show its definition first."""

from __future__ import annotations

import re

from reader.core.folding import fold_str
from reader.core.glossary.entries import Entry, Glossary

# « l’immunothérapie », « d’immunothérapie »: the elided article is not part of the word.
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|c|m|t)'")


def entry_for_query(glossary: Glossary, query: str) -> Entry | None:
    """The entry whose headword, a form or a synonym is the query (folded), else None."""
    wanted = _ELISION.sub("", fold_str(query).strip())
    if len(wanted) < 2:
        return None
    for entry in glossary.entries:
        names = (entry.headword, *entry.forms, *entry.synonyms)
        if any(fold_str(name).strip() == wanted for name in names):
            return entry
    return None

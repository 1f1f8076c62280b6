"""A search query that names a glossary entry finds it, whatever the accents, case or elision."""

from __future__ import annotations

import pytest

from reader.core.bundle import content_dir
from reader.core.glossary.loader import load_glossary
from reader.core.glossary.query import entry_for_query

GLOSSARY = load_glossary(content_dir() / "glossary.toml")


@pytest.mark.parametrize(
    ("query", "headword"),
    [
        ("remission", "rémission"),
        ("RÉMISSION", "rémission"),
        ("  micrometastases ", "micrométastase"),
        ("l'immunotherapie", "immunothérapie"),
        ("l’immunothérapie", "immunothérapie"),
        ("tumeur primaire", "tumeur primitive (ou primaire)"),
        ("essais cliniques", "essai clinique"),
    ],
)
def test_queries_that_name_an_entry(query: str, headword: str) -> None:
    entry = entry_for_query(GLOSSARY, query)
    assert entry is not None and entry.headword == headword


@pytest.mark.parametrize("query", ["", "e", "metast", "le cancer peut-il", "bonjour"])
def test_queries_that_name_none(query: str) -> None:
    assert entry_for_query(GLOSSARY, query) is None

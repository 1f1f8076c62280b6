"""Fuzzing the content pipeline: any text at all renders, with sane sections, and never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.glossary.loader import parse_glossary
from reader.core.markdown_render import render_markdown

# Markdown's own syntax characters are over-represented so that the fuzzer builds real structure.
_MARKDOWN = st.text(
    alphabet=st.sampled_from(list("#-*_`>[]()!<>&;:=\n \t\u00a0éœ’«»1.abc\x00\x02\x03"))
    | st.characters(),
    max_size=400,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKDOWN)
def test_any_text_renders_with_unique_section_ids(text: str) -> None:
    rendered = render_markdown(text, source="fuzz.md")
    ids = [section.id for section in rendered.sections]
    assert len(ids) == len(set(ids))
    assert all(1 <= section.level <= 6 for section in rendered.sections)
    assert all(section.title for section in rendered.sections)
    assert "<script" not in rendered.html.lower()
    assert "<img" not in rendered.html.lower()
    untitled = [p for p in rendered.problems if "aucun titre" in p.message]
    assert bool(rendered.sections) != bool(untitled)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_glossary_text_loads_or_says_why(text: str) -> None:
    glossary = parse_glossary(text, "fuzz.toml")
    assert all(entry.definition.strip() for entry in glossary.entries)
    assert all(problem.path == "fuzz.toml" for problem in glossary.problems)

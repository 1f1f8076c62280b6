"""French spacing: found and mended in any text, and right in every string the content shows."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from reader.core.french_spacing import excerpt, fix_spacing, spacing_faults

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("text", "marks", "fixed"),
    [
        ("la lymphe : un", [":"], f"la lymphe{NBSP}: un"),
        ("se défendre ; des", [";"], f"se défendre{NBSP}; des"),
        ("guéri ?", ["?"], f"guéri{NBSP}?"),
        ("Attention !", ["!"], f"Attention{NBSP}!"),
        ("dire « progrès ».", ["«", "»"], f"dire «{NBSP}progrès{NBSP}»."),
        ("deux  \t:", [":"], f"deux{NBSP}:"),
        # Already right: nothing to say.
        (f"la lymphe{NBSP}: un", [], f"la lymphe{NBSP}: un"),
        (f"guéri{NNBSP}? «{NNBSP}oui{NNBSP}»", [], f"guéri{NNBSP}? «{NNBSP}oui{NNBSP}»"),
        # No space at all is not this rule's business, nor are addresses and times.
        ("https://exemple.org", [], "https://exemple.org"),
        ("10:30", [], "10:30"),
        ("", [], ""),
    ],
)
def test_faults_are_found_and_fixed(text: str, marks: list[str], fixed: str) -> None:
    assert [fault.mark for fault in spacing_faults(text)] == marks
    assert fix_spacing(text) == fixed
    assert spacing_faults(fixed) == ()


def test_a_fault_is_quoted_with_the_words_around_it() -> None:
    text = "Il circule par la lymphe : un liquide clair."
    (fault,) = spacing_faults(text)
    assert text[fault.start : fault.end] == " "
    assert excerpt(text, fault) == "la lymphe : un"
    assert ":" in fault.where


# -- every string the bundled content shows -------------------------------------------------


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    return []


def _glossary_shown() -> list[str]:
    data = tomllib.loads((CONTENT / "glossary.toml").read_text(encoding="utf-8"))
    shown: list[str] = []
    for entry in data.values():
        # « forms » and « see_also » are matched or followed, never shown.
        for key in ("headword", "definition", "synonyms"):
            shown.extend(_strings(entry.get(key)))
    return shown


SHOWN: list[tuple[str, str]] = [
    *(("glossary.toml", text) for text in _glossary_shown()),
    *(
        ("article.toml", text)
        for text in _strings(tomllib.loads((CONTENT / "article.toml").read_text("utf-8")))
    ),
    ("notice.md", (CONTENT / "notice.md").read_text(encoding="utf-8")),
    ("general-notice.md", (CONTENT / "general-notice.md").read_text(encoding="utf-8")),
    ("article.md", (CONTENT / "article.md").read_text(encoding="utf-8")),
]


def test_every_file_of_the_content_is_checked() -> None:
    assert {name for name, _ in SHOWN} == {
        "glossary.toml",
        "article.toml",
        "notice.md",
        "general-notice.md",
        "article.md",
    }
    assert len(SHOWN) > 40


@pytest.mark.parametrize(("name", "text"), SHOWN, ids=[f"{n}:{t[:30]}" for n, t in SHOWN])
def test_the_content_uses_non_breaking_spaces(name: str, text: str) -> None:
    assert [excerpt(text, fault) for fault in spacing_faults(text)] == [], name

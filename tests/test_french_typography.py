"""French typography in everything the reader shows: the interface's strings and the messages.

In French « : » takes a non-breaking space before it, « ; ? ! » a narrow (or ordinary)
non-breaking one, and « » one inside; an ordinary space lets a line break before the colon
(« fichier introuvable / : l’article… ») or inside the quotes at large sizes.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.test_translations import STRINGS

ROOT = Path(__file__).resolve().parents[1]
_FIXED = ("\u00a0", "\u202f")
# « : ; ? ! » are punctuation when a space or the end follows them (not in « https://… »).
_MARK = re.compile(r"«|»|[:;?!](?=\s|$)")


def problems_in(text: str) -> list[str]:
    """Each French mark in ``text`` that lacks its non-breaking space, with what precedes it."""
    found = []
    for mark in _MARK.finditer(text):
        at = mark.start()
        if mark.group() == "«":
            fixed = text[at + 1 : at + 2] in _FIXED
        else:
            fixed = at > 0 and text[at - 1] in _FIXED
        if not fixed:
            found.append(text[max(0, at - 8) : at + 1])
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dossier\u00a0:", []),
        ("Dossier :", ["Dossier :"]),
        ("Dossier:", ["Dossier:"]),
        ("Que voulez-vous imprimer\u202f?", []),
        ("Que voulez-vous imprimer ?", ["mprimer ?"]),
        ("«\u00a0{0}\u00a0»", []),
        ("« {0} »", ["«", "« {0} »"]),
        ("…\u00a0et {0} autres", []),
        ("https://example.org", []),  # a colon inside a word is no punctuation
        ("Ctrl+F", []),
        ("ligne 3, colonne 2\u00a0: {0}.", []),
    ],
)
def test_the_check_finds_breakable_spaces(text: str, expected: list[str]) -> None:
    assert problems_in(text) == expected


@pytest.mark.parametrize(
    ("path", "item"), STRINGS, ids=[f"{p.name}:{s[:30]}" for p, (_, s) in STRINGS]
)
def test_every_interface_string_has_french_spaces(path: Path, item: tuple[str, str]) -> None:
    assert not problems_in(item[1]), f"{path.name}: {item[1]!r}"


def _messages(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that can be messages: docstrings (of modules, classes,
    functions and attributes) are English, for developers; a lone mark or a set of characters
    (no word in it) and a regular expression are code, not text a reader sees."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search(r"[^\W\d_]{2}", node.value)
        and not re.search(r"\(\?|\\[sdwut]|\[\^|\[[^\]]*\w-\w[^\]]*\]", node.value)
    ]


# The core's messages (problems in content files, write errors…) reach the reader as they are,
# and so do the command line's help and the dialogs' HTML.
MESSAGE_SOURCES = [*sorted((ROOT / "reader" / "core").rglob("*.py")), ROOT / "reader" / "app.py"]


@pytest.mark.parametrize("path", MESSAGE_SOURCES, ids=lambda p: p.name)
def test_the_core_messages_have_french_spaces(path: Path) -> None:
    bad = [
        f"{path.name}:{line}: {text!r}"
        for line, text in _messages(path)
        if any(mark in text for mark in "«»") or re.search(r"[ \u00a0\u202f][:;?!]", text)
        if problems_in(text)
    ]
    assert not bad, "\n".join(bad)


def test_the_problems_read_with_french_spaces() -> None:
    from reader.core.problems import Problem

    assert str(Problem("glossary.toml", "clé inconnue", 3)) == (
        "glossary.toml, ligne 3\u00a0: clé inconnue"
    )

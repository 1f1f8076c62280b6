"""Every string the interface shows through Qt's translation calls has an English translation."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from reader.ui.app.translations import read_ts

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "reader_en.ts"


def _translatable(path: Path) -> list[tuple[str, str]]:
    """(context, source) of each ``self.tr("…")`` and ``….translate("ctx", "…")`` in a file."""
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = child.args
                strings = [a.value for a in args if isinstance(a, ast.Constant)]
                if child.func.attr == "tr":
                    assert strings and isinstance(strings[0], str), (
                        f"{path}:{child.lineno}: tr() needs a literal string"
                    )
                    found.append((cls, strings[0]))
                elif (
                    child.func.attr == "translate"
                    and len(args) >= 2
                    and isinstance(args[0], ast.Constant)
                    and isinstance(args[0].value, str)
                ):  # QCoreApplication.translate("context", "…"), not QPainter.translate(x, y)
                    assert len(strings) >= 2 and all(isinstance(s, str) for s in strings[:2]), (
                        f"{path}:{child.lineno}: translate() needs literal strings"
                    )
                    found.append((str(strings[0]), str(strings[1])))
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


SOURCES = sorted((ROOT / "reader").rglob("*.py"))
STRINGS = [(path, item) for path in SOURCES for item in _translatable(path)]


def test_strings_are_found() -> None:
    contexts = {context for _, (context, _) in STRINGS}
    assert {"MainWindow", "TextPane", "AboutDialog", "PaneAccessibility", "main"} <= contexts
    assert len(STRINGS) >= 50


@pytest.mark.parametrize(
    ("path", "item"), STRINGS, ids=[f"{p.name}:{s[:30]}" for p, (_, s) in STRINGS]
)
def test_every_string_has_an_english_translation(path: Path, item: tuple[str, str]) -> None:
    table = read_ts(TS)
    assert item in table, f"{path.name}: {item} has no finished translation in {TS.name}"
    assert table[item].strip() or not item[1].strip()


def test_ts_keeps_the_placeholders_and_accelerators() -> None:
    for (context, source), english in read_ts(TS).items():
        for mark in ("{0}", "{1}"):
            assert (mark in source) == (mark in english), (context, source)
        assert ("&" in source) == ("&" in english), (context, source)

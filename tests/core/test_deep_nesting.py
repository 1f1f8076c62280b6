"""Lists nested hundreds deep exhaust Python-Markdown's recursion: the text is shown flat, with a
problem that says so, never a traceback."""

from __future__ import annotations

import pytest

from reader.core.markdown_render import flatten_nesting, render_markdown


def _nested(depth: int, marker: str = "-") -> str:
    return "\n".join("    " * level + f"{marker} niveau {level}" for level in range(depth))


@pytest.mark.parametrize(
    "body",
    [
        _nested(400),
        _nested(400, "1."),
        "\n".join("\t" * level + f"- niveau {level}" for level in range(400)),
        "- " * 1000 + "niveau 0",
        "1. " * 1000 + "niveau 0",
    ],
    ids=["spaces", "numbered", "tabs", "markers-on-one-line", "numbers-on-one-line"],
)
def test_too_deep_is_shown_flat_with_a_problem(body: str) -> None:
    rendered = render_markdown(f"# Titre\n\n{body}\n\n## Suite\n\nFin.", source="a.md")
    assert [section.title for section in rendered.sections] == ["Titre", "Suite"]
    assert "niveau 0<" in rendered.html and "Fin." in rendered.html
    if "niveau 399" in body:
        assert "niveau 399<" in rendered.html
    assert len(rendered.problems) == 1
    problem = rendered.problems[0]
    assert problem.path == "a.md" and "imbriquées sur trop de niveaux" in problem.message


def test_fifty_levels_keep_their_nesting() -> None:
    rendered = render_markdown(f"# Titre\n\n{_nested(50)}", source="a.md")
    assert rendered.html.count("<ul>") == 50
    assert rendered.problems == ()


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("        - a\n    - b\n- c", "- a\n- b\n- c"),
        ("- - - a", "- a"),
        ("1. 2) - a", "1. a"),
        ("\t\ttexte", "texte"),
        ("1.5 kg", "1.5 kg"),
        ("# Titre\n\n    - a", "# Titre\n\n- a"),
        ("-5 °C", "-5 °C"),
    ],
)
def test_flatten_nesting(text: str, flat: str) -> None:
    assert flatten_nesting(text) == flat

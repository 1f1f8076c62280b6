"""A broken TOML file is explained in French, with its line and column (tomllib says English)."""

from __future__ import annotations

import tomllib

import pytest

from reader.core.problems import toml_problem
from reader.core.toml_reasons import in_french

# A broken file (as a person might write it) → what the reader says is wrong.
CASES = {
    "header not closed": ("[tumeur\n", "il manque «\u00a0]\u00a0» à la fin de l’en-tête"),
    "no equals sign": ('[a]\nheadword "x"\n', "il manque «\u00a0=\u00a0» après le nom de la clé"),
    "text without quotes": ("title = Un titre\n", "valeur non reconnue"),
    "string not closed": ('title = "Un titre\n', "un texte n’a pas de guillemet fermant"),
    "list not closed": ('forms = ["a", "b"\n', "à la fin du fichier\u00a0: liste non fermée"),
    "key twice": ('title = "a"\ntitle = "b"\n', "une valeur est donnée deux fois"),
    "header twice": ("[a]\n[a]\n", "l’en-tête «\u00a0[a]\u00a0» apparaît deux fois"),
    "dotted header twice": ("[a.b]\n[a.b]\n", "«\u00a0[a.b]\u00a0» apparaît deux fois"),
    "bad date": ("edition_date = 2026-02-30\n", "date non valide"),
    "two values on a line": ('title = "a" "b"\n', "une valeur doit être seule sur sa ligne"),
    "lone backslash": ('title = "a \\ b"\n', "barre oblique inverse"),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_a_broken_file_is_explained_in_french(text: str, expected: str) -> None:
    with pytest.raises(tomllib.TOMLDecodeError) as caught:
        tomllib.loads(text)
    problem = toml_problem(caught.value, "article.toml")
    assert problem.message.startswith("TOML invalide")
    assert expected in problem.message, problem.message
    assert problem.line is not None or "à la fin du fichier" in problem.message
    assert not any(word in problem.message for word in ("Expected", "Invalid", "Cannot"))


def test_an_unknown_reason_is_kept_as_it_is() -> None:
    assert in_french("Something new in a later Python") == "Something new in a later Python"


def test_a_quoted_part_stays_in_the_french_reason() -> None:
    assert in_french("Illegal character '\\x07'") == "caractère interdit «\u00a0\\x07\u00a0»"

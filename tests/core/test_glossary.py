"""The glossary loader: every fault is a French problem with its line, and costs only its entry."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.folding import fold_str
from reader.core.glossary.entries import EMPTY_GLOSSARY, Entry, Glossary
from reader.core.glossary.loader import fold_many, load_glossary, parse_glossary
from reader.core.problems import Problem

GOOD = [  # lines 1-5
    "[tumeur]",
    'headword = "tumeur"',
    'forms = ["tumeur", "tumeurs"]',
    'definition = "Masse de cellules."',
    "",
]


def toml(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def masse(*lines: str) -> list[str]:
    """A second entry starting at line 6, with the given lines after its header."""
    return ["[masse]", *lines]


# (name, TOML text, fragments one problem must all contain, its line, ids kept)
BROKEN: list[tuple[str, str, list[str], int | None, tuple[str, ...]]] = [
    (
        "syntaxe",
        toml(*GOOD, "[cassee", 'headword = "x"'),
        ["erreur de syntaxe TOML", "colonne", "aucun terme n’est chargé"],
        6,
        (),
    ),
    (
        "table en double",
        toml(*GOOD, *GOOD),
        ["erreur de syntaxe TOML"],
        6,
        (),
    ),
    (
        "valeur hors table",
        toml('titre = "Glossaire"', "", *GOOD),
        ["« titre »", "entrée [titre]", "c’est un texte"],
        1,
        ("tumeur",),
    ),
    (
        "liste de tables",
        toml(*GOOD, "[[liste]]", 'headword = "x"'),
        ["« liste »", "c’est une liste"],
        6,
        ("tumeur",),
    ),
    (
        "clé inconnue",
        toml(*GOOD, *masse('headword = "masse"', 'definition = "Amas."', 'prononciation = "mas"')),
        [
            "« masse »",
            "clés inconnues",
            "« prononciation »",
            "headword, forms, definition, synonyms, see_also",
        ],
        6,
        ("tumeur",),
    ),
    (
        "sans headword",
        toml(*GOOD, *masse('definition = "Amas."')),
        ["« masse »", "n’a pas de « headword »"],
        6,
        ("tumeur",),
    ),
    (
        "headword nombre",
        toml(*GOOD, *masse("headword = 3", 'definition = "Amas."')),
        ["« masse »", "« headword » doit être un texte", "pas un nombre"],
        6,
        ("tumeur",),
    ),
    (
        "définition vide",
        toml(*GOOD, *masse('headword = "masse"', 'definition = "   "')),
        ["« masse »", "« definition » est vide"],
        6,
        ("tumeur",),
    ),
    (
        "sans définition",
        toml(*GOOD, *masse('headword = "masse"')),
        ["« masse »", "n’a pas de « definition »"],
        6,
        ("tumeur",),
    ),
    (
        "forms texte",
        toml(*GOOD, *masse('headword = "masse"', 'forms = "masse"', 'definition = "Amas."')),
        ["« masse »", "« forms » doit être une liste de textes non vides", "pas un texte"],
        6,
        ("tumeur",),
    ),
    (
        "forms élément vide",
        toml(*GOOD, *masse('headword = "masse"', 'forms = ["masse", ""]', 'definition = "Amas."')),
        ["« masse »", "l’élément n° 2 de « forms »", "un texte vide"],
        6,
        ("tumeur",),
    ),
    (
        "forms élément nombre",
        toml(*GOOD, *masse('headword = "masse"', 'forms = ["masse", 2]', 'definition = "Amas."')),
        ["l’élément n° 2 de « forms »", "un nombre"],
        6,
        ("tumeur",),
    ),
    (
        "forms liste vide",
        toml(*GOOD, *masse('headword = "masse"', "forms = []", 'definition = "Amas."')),
        ["« masse »", "« forms » est une liste vide"],
        6,
        ("tumeur",),
    ),
    (
        "forme sans lettre au début",
        toml(*GOOD, *masse('headword = "masse"', 'forms = ["-masse"]', 'definition = "Amas."')),
        ["« -masse »", "commencer par une lettre ou un chiffre"],
        6,
        ("tumeur",),
    ),
    (
        "synonyms texte",
        toml(*GOOD, *masse('headword = "masse"', 'definition = "Amas."', 'synonyms = "amas"')),
        ["« masse »", "« synonyms » doit être une liste"],
        6,
        ("tumeur",),
    ),
    (
        "see_also nombres",
        toml(*GOOD, *masse('headword = "masse"', 'definition = "Amas."', "see_also = [1]")),
        ["« see_also »", "un nombre"],
        6,
        ("tumeur",),
    ),
    (
        "identifiant non ASCII",
        toml(*GOOD, '["grosse masse"]', 'headword = "masse"', 'definition = "Amas."'),
        ["« grosse masse »", "identifiant"],
        6,
        ("tumeur",),
    ),
    (
        "forme déjà prise",
        toml(
            *GOOD,
            *masse('headword = "masse"', 'forms = ["masse", "Tumeurs"]', 'definition = "Amas."'),
        ),
        ["« Tumeurs »", "« masse »", "déjà celle de l’entrée « tumeur » (ligne 1)", "retirée"],
        6,
        ("masse", "tumeur"),
    ),
    (
        "forme déjà prise, accents ignorés",
        toml(
            *GOOD,
            *masse('headword = "masse"', 'forms = ["masse", "TUMÉURS"]', 'definition = "Amas."'),
        ),
        ["« TUMÉURS »", "« tumeur »"],
        6,
        ("masse", "tumeur"),
    ),
    (
        "plus aucune forme",
        toml(*GOOD, *masse('headword = "masse"', 'forms = ["tumeur"]', 'definition = "Amas."')),
        ["« masse »", "n’a plus aucune forme"],
        6,
        ("tumeur",),
    ),
    (
        "see_also inconnu",
        toml(*GOOD[:4], 'see_also = ["cellule"]'),
        ["« tumeur »", "« cellule »", "n’existe pas", "lien est retiré"],
        1,
        ("tumeur",),
    ),
    (
        "see_also vers soi",
        toml(*GOOD[:4], 'see_also = ["tumeur"]'),
        ["« tumeur »", "renvoie à elle-même"],
        1,
        ("tumeur",),
    ),
    (
        "see_also vers une entrée ignorée",
        toml(*GOOD[:4], 'see_also = ["masse"]', "", *masse('definition = "Amas."')),
        ["« masse »", "entrée ignorée à cause d’une erreur"],
        1,
        ("tumeur",),
    ),
    (
        "définition circulaire",
        toml("[tumeur]", 'headword = "tumeur"', 'definition = "Une Tumeur est une masse."'),
        ["« tumeur »", "emploie le mot défini", "gardée"],
        1,
        ("tumeur",),
    ),
    (
        "définition circulaire par une forme",
        toml(*GOOD[:3], 'definition = "Masse, souvent plusieurs tumeurs."'),
        ["emploie le mot défini (« tumeurs »)"],
        1,
        ("tumeur",),
    ),
]


@pytest.mark.parametrize(
    ("text", "fragments", "line", "kept"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_each_fault_is_reported_with_its_line_and_costs_only_its_entry(
    text: str, fragments: list[str], line: int | None, kept: tuple[str, ...]
) -> None:
    glossary = parse_glossary(text, "glossaire.toml")
    matching = [p for p in glossary.problems if all(f in p.message for f in fragments)]
    assert matching, [p.message for p in glossary.problems]
    assert matching[0].line == line
    assert matching[0].path == "glossaire.toml"
    assert sorted(entry.id for entry in glossary.entries) == sorted(kept)


def test_a_syntax_error_is_one_problem_and_an_empty_glossary() -> None:
    glossary = parse_glossary(toml(*GOOD, "[cassee"), "g.toml")
    assert len(glossary) == 0
    assert len(glossary.problems) == 1
    assert str(glossary.problems[0]).startswith("g.toml, ligne 6 : erreur de syntaxe TOML")


@pytest.mark.parametrize(
    ("text", "fragment", "line"),
    [
        ("[a]\nheadword = texte\n", "un texte doit être entre guillemets", 2),
        ('[a]\nheadword = "texte\n', "n’a pas de guillemet fermant", 2),
        ("[a]\nheadword\n", "il manque « = »", 2),
        ("[a]\n[a]\n", "l’en-tête «\u00a0[a]\u00a0» apparaît deux fois", 2),
        ('[a]\nforms = ["x",\n\n', "à la fin du fichier", 2),
        ("[a]\nx = {y = 1, y = 2}\n", "la clé «\u00a0y\u00a0» est en double", 2),
    ],
)
def test_syntax_errors_are_said_in_french(text: str, fragment: str, line: int) -> None:
    (problem,) = parse_glossary(text, "g").problems
    assert fragment in problem.message
    assert problem.line == line


def test_problems_come_in_file_order() -> None:
    text = toml(
        "[a]",
        'headword = "a"',
        'definition = "Lettre."',
        'see_also = ["z"]',
        "",
        "[b]",
        'headword = "b"',
        "definition = 1",
    )
    assert [p.line for p in parse_glossary(text, "g").problems] == [1, 6]


def test_every_fault_of_one_entry_is_reported() -> None:
    glossary = parse_glossary(
        toml(*GOOD, *masse('headword = ""', "definition = 4", 'voir = "x"')), "g.toml"
    )
    messages = " | ".join(p.message for p in glossary.problems)
    assert "« voir »" in messages
    assert "« headword » est vide" in messages
    assert "« definition » doit être un texte" in messages
    assert all(p.line == 6 for p in glossary.problems)


def test_a_taken_form_leaves_the_rest_of_the_entry() -> None:
    text = toml(
        *GOOD, *masse('headword = "masse"', 'forms = ["Tumeurs", "masse"]', 'definition = "Amas."')
    )
    entry = parse_glossary(text, "g").get("masse")
    assert entry is not None
    assert entry.forms == ("masse",)


def test_a_bad_link_is_dropped_and_good_links_stay() -> None:
    text = toml(
        *GOOD[:4],
        'see_also = ["cellule", "masse", "masse"]',
        "",
        "[masse]",
        'headword = "masse"',
        'definition = "Amas."',
    )
    glossary = parse_glossary(text, "g")
    entry = glossary.get("tumeur")
    assert entry is not None
    assert entry.see_also == ("masse",)
    assert len(glossary.problems) == 1


def test_a_valid_entry_is_read_whole() -> None:
    text = toml(
        "[tumeur_primitive]",
        'headword = "tumeur  primitive"',
        'forms = ["tumeur primitive", "Tumeur primitive", "tumeurs\\u00a0primaires"]',
        'definition = """Première tumeur',
        'd’un cancer."""',
        'synonyms = ["tumeur primaire"]',
        'see_also = ["tumeur"]',
        "",
        *GOOD,
    )
    glossary = parse_glossary(text, "g")
    assert glossary.problems == ()
    assert glossary.get("tumeur_primitive") == Entry(
        id="tumeur_primitive",
        headword="tumeur primitive",
        forms=("tumeur primitive", "tumeurs primaires"),
        definition="Première tumeur d’un cancer.",
        synonyms=("tumeur primaire",),
        see_also=("tumeur",),
    )


def test_forms_default_to_the_headword() -> None:
    glossary = parse_glossary(toml("[masse]", 'headword = "masse"', 'definition = "Amas."'), "g")
    entry = glossary.get("masse")
    assert entry is not None
    assert entry.forms == ("masse",)
    assert entry.synonyms == ()
    assert entry.see_also == ()


def test_a_word_inside_a_longer_word_is_not_circular() -> None:
    text = toml(
        "[masse]", 'headword = "masse"', 'definition = "Amas de cellules, parfois massive."'
    )
    assert parse_glossary(text, "g").problems == ()


@pytest.mark.parametrize(
    ("headwords", "expected"),
    [
        (
            ["zèbre", "Écorce", "abeille", "œil", "eau"],
            ["abeille", "eau", "Écorce", "œil", "zèbre"],
        ),
        (["guérison", "éradication", "diagnostic"], ["diagnostic", "éradication", "guérison"]),
        (["tumeur primitive", "tumeur"], ["tumeur", "tumeur primitive"]),
    ],
)
def test_entries_are_sorted_ignoring_case_and_accents(
    headwords: list[str], expected: list[str]
) -> None:
    lines: list[str] = []
    for number, headword in enumerate(headwords):
        lines += [f"[e{number}]", f'headword = "{headword}"', 'definition = "Un mot."', ""]
    glossary = parse_glossary(toml(*lines), "g")
    assert glossary.problems == ()
    assert [entry.headword for entry in glossary.entries] == expected


def test_get_len_and_the_empty_glossary() -> None:
    glossary = parse_glossary(toml(*GOOD), "g")
    assert len(glossary) == 1
    assert glossary.get("tumeur") is glossary.entries[0]
    assert glossary.get("absent") is None
    assert len(EMPTY_GLOSSARY) == 0
    assert EMPTY_GLOSSARY.problems == ()
    assert Glossary(()) == EMPTY_GLOSSARY


def test_an_empty_file_is_an_empty_glossary_without_problem() -> None:
    assert parse_glossary("", "g") == EMPTY_GLOSSARY
    assert parse_glossary("# rien pour l’instant\n", "g") == EMPTY_GLOSSARY


def test_a_missing_file_is_no_glossary_and_no_problem(tmp_path: Path) -> None:
    assert load_glossary(tmp_path / "absent.toml") == EMPTY_GLOSSARY


def test_a_file_loads_with_its_path_as_source(tmp_path: Path) -> None:
    path = tmp_path / "glossaire.toml"
    path.write_bytes("\ufeff".encode() + toml(*GOOD[:3], 'definition = "Une tumeur."').encode())
    glossary = load_glossary(path)
    assert [entry.id for entry in glossary.entries] == ["tumeur"]
    assert glossary.problems == (Problem(str(path), glossary.problems[0].message, 1),)


@pytest.mark.parametrize(
    ("content", "fragment", "line"),
    [
        (toml(*GOOD).encode() + b'[masse]\nheadword = "\xe9"\n', "n’est pas en UTF-8", 7),
        (b"\xff", "n’est pas en UTF-8", 1),
    ],
)
def test_a_file_that_is_not_utf8_is_one_problem(
    tmp_path: Path, content: bytes, fragment: str, line: int
) -> None:
    path = tmp_path / "glossaire.toml"
    path.write_bytes(content)
    glossary = load_glossary(path)
    assert len(glossary) == 0
    assert len(glossary.problems) == 1
    assert fragment in glossary.problems[0].message
    assert glossary.problems[0].line == line


def test_a_folder_instead_of_a_file_is_one_problem(tmp_path: Path) -> None:
    glossary = load_glossary(tmp_path)
    assert len(glossary) == 0
    assert "dossier" in glossary.problems[0].message


@given(st.lists(st.text()))
def test_folding_many_texts_at_once_equals_folding_each(texts: list[str]) -> None:
    assert fold_many(texts) == [fold_str(text) for text in texts]


def _generated(count: int) -> str:
    parts = []
    for number in range(count):
        word = f"élément{number}"
        parts.append(
            f"[e{number}]\n"
            f'headword = "{word} clinique"\n'
            f'forms = ["{word} clinique", "{word}s cliniques", "{word}"]\n'
            f'definition = "Définition d’essai pour la mesure de vitesse, sans rien d’autre."\n'
            f'see_also = ["e{(number + 1) % count}"]\n'
        )
    return "\n".join(parts)


def test_ten_thousand_entries_load_quickly() -> None:
    text = _generated(10_000)
    timings = []
    for _ in range(2):
        # CPU time of this process, best of two: other processes on the machine do not count.
        started = time.process_time()
        glossary = parse_glossary(text, "g")
        timings.append(time.process_time() - started)
    assert len(glossary) == 10_000
    assert glossary.problems == ()
    # About 0.8 s on a quiet machine, of which tomllib itself takes about 0.55 s.
    assert min(timings) < 2.0, timings


# -- French spacing: an ordinary space before « : ; ? ! » or inside « » -----------------------

NBSP = "\u00a0"

# (name, lines after [masse] at line 6, the field, what the message quotes, its line)
SPACING: list[tuple[str, list[str], str, str, int]] = [
    (
        "avant deux-points",
        ['headword = "masse"', 'definition = "Amas de cellules : une boule."'],
        "definition",
        "cellules : une",
        8,
    ),
    (
        "avant point-virgule, seconde ligne d’un texte long",
        ['headword = "masse"', 'definition = """Amas de cellules,', 'une boule ; rien de plus."""'],
        "definition",
        "boule ; rien",
        9,
    ),
    (
        "dans des guillemets",
        ['headword = "masse"', 'definition = "Amas, dit « boule » parfois."'],
        "definition",
        "dit « boule",
        8,
    ),
    (
        "avant point d’interrogation dans le mot présenté",
        ['headword = "masse ?"', 'forms = ["masse"]', 'definition = "Amas."'],
        "headword",
        "masse ?",
        7,
    ),
    (
        "avant point d’exclamation dans un synonyme",
        ['headword = "masse"', 'definition = "Amas."', 'synonyms = ["boule !"]'],
        "synonyms",
        "boule !",
        9,
    ),
]


@pytest.mark.parametrize(
    ("lines", "key", "quoted", "line"),
    [case[1:] for case in SPACING],
    ids=[case[0] for case in SPACING],
)
def test_an_ordinary_space_before_a_colon_or_inside_guillemets_is_reported_with_its_line(
    lines: list[str], key: str, quoted: str, line: int
) -> None:
    glossary = parse_glossary(toml(*GOOD, *masse(*lines)), "glossaire.toml")
    problems = [p for p in glossary.problems if "espace ordinaire" in p.message]
    assert problems, glossary.problems
    first = problems[0]
    assert first.path == "glossaire.toml"
    assert first.line == line
    assert f"«{NBSP}{key}{NBSP}»" in first.message
    assert quoted in first.message
    assert "U+00A0" in first.message
    # Only a warning: the entry stays, and is shown with non-breaking spaces.
    masse_entry = glossary.get("masse")
    assert masse_entry is not None
    shown = (masse_entry.headword, masse_entry.definition, *masse_entry.synonyms)
    assert not any(" :" in t or " ;" in t or " ?" in t or " !" in t for t in shown)
    assert not any("« " in t or " »" in t for t in shown)


def test_each_ordinary_space_is_one_problem_with_its_own_line() -> None:
    text = toml(
        *GOOD,
        *masse('headword = "masse"', 'definition = """Amas : boule', 'et « rien »."""'),
    )
    problems = [p for p in parse_glossary(text, "g").problems if "espace ordinaire" in p.message]
    assert [p.line for p in problems] == [8, 9, 9]


def test_non_breaking_spaces_are_kept_and_not_reported() -> None:
    text = toml(
        "[masse]",
        'headword = "masse"',
        'definition = "Amas\\u00a0: «\\u00a0boule\\u00a0»\\u202f; rien\\u202f?"',
    )
    glossary = parse_glossary(text, "g")
    assert glossary.problems == ()
    entry = glossary.get("masse")
    assert entry is not None
    assert entry.definition == "Amas\u00a0: «\u00a0boule\u00a0»\u202f; rien\u202f?"


def test_forms_are_not_checked_for_spacing() -> None:
    # Forms are never shown: they are matched, spaces of any kind alike.
    text = toml("[masse]", 'headword = "masse"', 'forms = ["masse !"]', 'definition = "Amas."')
    assert parse_glossary(text, "g").problems == ()

"""Finding glossary terms: whole words, longest first, case and accents ignored; and the
Markdown extension that turns them into links without changing the text."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as etree
from pathlib import Path

import markdown  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.folding import fold_str
from reader.core.glossary.entries import EMPTY_GLOSSARY, Entry, Glossary
from reader.core.glossary.loader import parse_glossary
from reader.core.glossary.term_links import TermHit, TermLinkExtension, TermMatcher

ROOT = Path(__file__).resolve().parents[2]

GLOSSARY_TOML = """
[metastase]
headword = "métastase"
forms = ["métastase", "métastases"]
definition = "Un foyer ailleurs."

[micrometastase]
headword = "micrométastase"
forms = ["micrométastase", "micrométastases"]
definition = "Un foyer minuscule."

[tumeur]
headword = "tumeur"
forms = ["tumeur", "tumeurs"]
definition = "Une masse."

[tumeur_primitive]
headword = "tumeur primitive (ou primaire)"
forms = ["tumeur primitive", "tumeurs primitives", "tumeur primaire", "tumeurs primaires"]
definition = "La première masse."

[immunotherapie]
headword = "immunothérapie"
definition = "Un soin par les défenses."

[prise_en_charge]
headword = "prise en charge"
forms = ["prise en charge"]
definition = "Les soins."

[multidisciplinaire]
headword = "prise en charge multidisciplinaire"
forms = ["prise en charge multidisciplinaire", "multidisciplinaire"]
definition = "Des soins à plusieurs."

[metastase_adj]
headword = "métastasé"
forms = ["a métastasé", "cancer métastasé"]
definition = "Étendu ailleurs."

[coeur]
headword = "cœur"
forms = ["cœur"]
definition = "Un organe."

[stade_4]
headword = "stade 4"
forms = ["stade 4"]
definition = "Un stade."
"""

GLOSSARY = parse_glossary(GLOSSARY_TOML, "test")
MATCHER = TermMatcher(GLOSSARY)


def test_the_test_glossary_is_clean() -> None:
    assert GLOSSARY.problems == ()


def surfaces(text: str) -> list[tuple[str, str]]:
    return [(text[hit.start : hit.end], hit.entry_id) for hit in MATCHER.find(text)]


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("simple", "Des métastases.", [("métastases", "metastase")]),
    ("majuscules", "MÉTASTASES !", [("MÉTASTASES", "metastase")]),
    ("sans accents", "les metastases", [("metastases", "metastase")]),
    ("mot dans un mot", "des micrométastases", [("micrométastases", "micrometastase")]),
    ("suivi d’une lettre", "métastasesx métastaser", []),
    ("précédé d’un chiffre", "2métastases", []),
    ("suivi d’un chiffre", "tumeur2", []),
    ("apostrophe typographique", "L’immunothérapie", [("immunothérapie", "immunotherapie")]),
    ("apostrophe droite", "l'Immunothérapie", [("Immunothérapie", "immunotherapie")]),
    ("apostrophe modificative", "lʼimmunothérapie", [("immunothérapie", "immunotherapie")]),
    (
        "la plus longue d’abord",
        "les tumeurs primaires et les tumeurs",
        [("tumeurs primaires", "tumeur_primitive"), ("tumeurs", "tumeur")],
    ),
    ("pas de forme plus longue", "tumeurs primaire", [("tumeurs", "tumeur")]),
    (
        "expression plus longue",
        "une prise en charge multidisciplinaire",
        [("prise en charge multidisciplinaire", "multidisciplinaire")],
    ),
    ("expression seule", "une prise en charge rapide", [("prise en charge", "prise_en_charge")]),
    (
        "espaces variés",
        "prise\u00a0en\n  charge",
        [("prise\u00a0en\n  charge", "prise_en_charge")],
    ),
    ("trait d’union", "tumeur-primaire", [("tumeur", "tumeur")]),
    ("soulignés", "_tumeur_", [("tumeur", "tumeur")]),
    ("ligature", "un CŒUR, un coeur", [("CŒUR", "coeur"), ("coeur", "coeur")]),
    ("accent décomposé", "me\u0301tastase", [("me\u0301tastase", "metastase")]),
    ("trait d’union conditionnel", "méta\u00adstases", [("méta\u00adstases", "metastase")]),
    # The auxiliary tells the verb from the adjective but is not part of the link.
    ("forme avec auxiliaire", "le cancer a métastasé.", [("métastasé", "metastase_adj")]),
    ("chiffre dans la forme", "au stade 4, au stade 40", [("stade 4", "stade_4")]),
    ("à la suite", "tumeurs tumeur", [("tumeurs", "tumeur"), ("tumeur", "tumeur")]),
    (
        "collées par la ponctuation",
        "«tumeur»,métastase.",
        [("tumeur", "tumeur"), ("métastase", "metastase")],
    ),
    ("texte vide", "", []),
    ("aucun terme", "Rien à signaler ici.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_terms_are_found_as_whole_words_longest_first(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert surfaces(text) == expected


def test_hits_are_original_offsets() -> None:
    text = "Ce cancer a\u00a0métastasé."
    assert MATCHER.find(text) == [TermHit(12, 21, "metastase_adj")]


def test_an_empty_glossary_finds_nothing() -> None:
    assert TermMatcher(EMPTY_GLOSSARY).find("tumeur") == []


def test_a_form_not_starting_with_a_letter_is_ignored_by_a_hand_made_glossary() -> None:
    glossary = Glossary((Entry("x", "x", ("-x", "x"), "Lettre."),))
    assert TermMatcher(glossary).find("-x y") == [TermHit(1, 2, "x")]


def test_the_first_entry_keeps_a_form_shared_by_a_hand_made_glossary() -> None:
    glossary = Glossary((Entry("a", "a", ("mot",), "A."), Entry("b", "b", ("Mot",), "B.")))
    assert TermMatcher(glossary).find("mot") == [TermHit(0, 3, "a")]


FORMS = sorted({form for entry in GLOSSARY.entries for form in entry.forms})
FOLDED_FORMS = {entry.id: {fold_str(form) for form in entry.forms} for entry in GLOSSARY.entries}


def _vary(form: str, upper: bool, strip_accents: bool) -> str:
    form = form.upper() if upper else form
    return fold_str(form) if strip_accents else form


PIECES = st.one_of(
    st.builds(_vary, st.sampled_from(FORMS), st.booleans(), st.booleans()),
    st.sampled_from([" ", "’", "'", "-", "\u00a0", "\u00ad", "\u0301", "\n", "x", "2", "_", "ß"]),
    st.text(max_size=4),
)


@settings(max_examples=300)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_hits_are_in_range_sorted_disjoint_and_true_to_their_entry(text: str) -> None:
    hits = MATCHER.find(text)
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(text)
        previous_end = hit.end
        assert fold_str(text[hit.start : hit.end]) in FOLDED_FORMS[hit.entry_id] | {
            form.split(" ", 1)[1] for form in FOLDED_FORMS[hit.entry_id] if form.startswith("a ")
        }


@given(st.sampled_from(FORMS), st.sampled_from([" ", ". ", " « ", "’"]))
def test_every_form_alone_is_found(form: str, around: str) -> None:
    text = f"Voici{around}{form}{around}fin"
    hits = MATCHER.find(text)
    assert len(hits) == 1
    # A form opening with an auxiliary (« a métastasé ») links the word after it.
    assert text[hits[0].start : hits[0].end] == form.removeprefix("a ")


def test_ten_thousand_entries_on_the_article_are_fast() -> None:
    entries = tuple(
        Entry(f"e{n}", f"terme{n}", (f"terme{n}", f"termes{n} composés", f"mot{n}"), "Déf.")
        for n in range(10_000)
    )
    article = (ROOT / "content" / "article.md").read_text(encoding="utf-8") * 1
    started = time.process_time()
    matcher = TermMatcher(Glossary(entries))
    built = time.process_time()
    matcher.find(article + " terme9999 ")
    found = time.process_time()
    assert matcher.find("un terme42 et des termes7 composés") == [
        TermHit(3, 10, "e42"),
        TermHit(18, 34, "e7"),
    ]
    assert built - started < 1.0, built - started
    assert found - built < 0.2, found - built


# ---- the Markdown extension ---------------------------------------------------------------


def render(text: str, scheme: str = "terme") -> str:
    return str(markdown.markdown(text, extensions=[TermLinkExtension(MATCHER, scheme)]))


def link(entry_id: str, text: str, scheme: str = "terme") -> str:
    return f'<a class="terme" href="{scheme}:{entry_id}">{text}</a>'


def strip_tags(rendered: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


MARKDOWN_CASES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "paragraphe",
        "Des métastases et des tumeurs primaires.",
        [link("metastase", "métastases"), link("tumeur_primitive", "tumeurs primaires")],
        [],
    ),
    (
        "titres laissés tels quels",
        "# Les métastases\n\n## Les *tumeurs*\n\nUne tumeur.",
        ["<h1>Les métastases</h1>", "<h2>Les <em>tumeurs</em></h2>", link("tumeur", "tumeur")],
        [link("metastase", "métastases")],
    ),
    (
        "emphase et texte qui suit",
        "*Une tumeur* puis des métastases, **Immunothérapie** : oui.",
        [
            "<em>Une "
            + link("tumeur", "tumeur")
            + "</em> puis des "
            + link("metastase", "métastases"),
            "<strong>" + link("immunotherapie", "Immunothérapie") + "</strong> : oui.",
        ],
        [],
    ),
    (
        "code et liens existants",
        "`tumeur` et [tumeur](https://exemple.fr) puis tumeur\n\n    tumeur en bloc\n",
        [
            "<code>tumeur</code>",
            '<a href="https://exemple.fr">tumeur</a> puis ' + link("tumeur", "tumeur"),
        ],
        ['<a class="terme" href="terme:tumeur">tumeur</a></code>', "en bloc</a>"],
    ),
    (
        "listes",
        "- L’immunothérapie\n- prise en charge multidisciplinaire\n",
        [
            "<li>L’" + link("immunotherapie", "immunothérapie") + "</li>",
            "<li>" + link("multidisciplinaire", "prise en charge multidisciplinaire") + "</li>",
        ],
        [],
    ),
    (
        "HTML brut mis de côté par Markdown",
        '<span title="tumeur">une tumeur</span> et une tumeur',
        [
            '<span title="tumeur">une '
            + link("tumeur", "tumeur")
            + "</span> et une "
            + link("tumeur", "tumeur")
        ],
        [],
    ),
    (
        "caractères échappés",
        "\\*tumeur\\* et \\_métastase\\_",
        ["*" + link("tumeur", "tumeur") + "* et _" + link("metastase", "métastase") + "_"],
        [],
    ),
    (
        "entités",
        "tumeur &amp; métastase &lt;cœur&gt;",
        [link("tumeur", "tumeur") + " &amp; " + link("metastase", "métastase")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [case[1:] for case in MARKDOWN_CASES],
    ids=[case[0] for case in MARKDOWN_CASES],
)
def test_markdown_terms_become_links_and_the_text_stays_the_same(
    text: str, present: list[str], absent: list[str]
) -> None:
    rendered = render(text)
    for fragment in present:
        assert fragment in rendered
    for fragment in absent:
        assert fragment not in rendered
    assert strip_tags(rendered) == strip_tags(markdown.markdown(text))


def test_markdown_placeholders_are_left_alone() -> None:
    md = markdown.Markdown(extensions=[TermLinkExtension(MATCHER)])
    processor = md.treeprocessors["glossary_terms"]
    root = etree.Element("div")
    paragraph = etree.SubElement(root, "p")
    paragraph.text = "\x02tumeur\x03 tumeur \x02klzzwxh:0001\x03métastase"
    processor.run(root)
    assert paragraph.text == "\x02tumeur\x03 "
    assert [(a.text, a.tail) for a in paragraph] == [
        ("tumeur", " \x02klzzwxh:0001\x03"),
        ("métastase", ""),
    ]


def test_the_link_scheme_can_be_chosen() -> None:
    assert link("tumeur", "tumeur", "glossaire") in render("une tumeur", scheme="glossaire")


def test_the_whole_article_keeps_its_text_and_its_headings_have_no_links() -> None:
    article = (ROOT / "content" / "article.md").read_text(encoding="utf-8")
    rendered = render(article)
    assert strip_tags(rendered) == strip_tags(markdown.markdown(article))
    for heading in re.findall(r"<h[1-6]>.*?</h[1-6]>", rendered):
        assert "terme:" not in heading
    assert rendered.count('class="terme"') > 10


@given(st.lists(PIECES, max_size=10).map("".join))
@settings(max_examples=100)
def test_markdown_never_changes_the_text(text: str) -> None:
    assert strip_tags(render(text)) == strip_tags(markdown.markdown(text))


def test_the_core_modules_do_not_import_qt() -> None:
    code = (
        "import sys, reader.core.glossary.loader, reader.core.glossary.term_links, "
        "reader.core.folding; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 importé'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)

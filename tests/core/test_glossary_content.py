"""The bundled glossary: complete for the article, short, plain, and right on the facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.folding import fold, fold_str
from reader.core.glossary.entries import Entry
from reader.core.glossary.loader import contains_word, load_glossary
from reader.core.glossary.term_links import TermMatcher

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY_PATH = ROOT / "content" / "glossary.toml"
ARTICLE_PATHS = [ROOT / "content" / "article.md", Path("/work/shared/seed/article-source.txt")]

GLOSSARY = load_glossary(GLOSSARY_PATH)
MATCHER = TermMatcher(GLOSSARY)


def _article() -> str:
    for path in ARTICLE_PATHS:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    pytest.skip("ni content/article.md ni le texte source ne sont présents")


def entry(entry_id: str) -> Entry:
    found = GLOSSARY.get(entry_id)
    assert found is not None, f"pas d’entrée « {entry_id} »"
    return found


# Every term the article needs explained (and words of it that must lead to the same entry),
# with the entry that covers it.
REQUIRED: list[tuple[str, str]] = [
    ("métastase", "metastase"),
    ("métastatique", "metastatique"),
    ("tumeurs métastatiques", "metastatique"),
    ("cancer métastasé", "metastatique"),
    ("a métastasé", "metastatique"),
    ("micrométastase", "micrometastase"),
    ("tumeur", "tumeur"),
    ("tumeur primaire", "tumeur_primitive"),
    ("tumeur primitive", "tumeur_primitive"),
    ("cellule cancéreuse", "cellule_cancereuse"),
    ("système lymphatique", "systeme_lymphatique"),
    ("système immunitaire", "systeme_immunitaire"),
    ("chirurgie", "chirurgie"),
    ("radiothérapie", "radiotherapie"),
    ("chimiothérapie", "chimiotherapie"),
    ("immunothérapie", "immunotherapie"),
    ("thérapie ciblée", "therapie_ciblee"),
    ("essai clinique", "essai_clinique"),
    ("essai thérapeutique", "essai_clinique"),
    ("médecine personnalisée", "medecine_personnalisee"),
    ("rémission", "remission"),
    ("récidive", "recidive"),
    ("oncologue", "oncologue"),
    ("radiothérapeute", "radiotherapeute"),
    ("multidisciplinaire", "multidisciplinaire"),
    ("prise en charge multidisciplinaire", "multidisciplinaire"),
    ("stade avancé", "stade_avance"),
    ("progression", "progression"),
    ("survie", "survie"),
    ("guérison", "guerison"),
    ("guéri", "guerison"),
    ("guérir", "guerison"),
    ("guérissable", "guerison"),
    ("incurable", "incurable"),
    ("impasse thérapeutique", "impasse_therapeutique"),
    ("arsenal thérapeutique", "arsenal_therapeutique"),
    ("sous contrôle", "sous_controle"),
    ("dissémination", "dissemination"),
    ("disséminé", "dissemination"),
    ("éradication", "eradication"),
    ("éradiquer", "eradication"),
    ("profil génétique", "profil_genetique"),
    ("qualité de vie", "qualite_de_vie"),
    ("symptôme", "symptome"),
    ("diagnostic", "diagnostic"),
    ("prise en charge", "prise_en_charge"),
    ("toxique", "toxique"),
]


def test_the_bundled_glossary_loads_without_problem() -> None:
    assert GLOSSARY.problems == ()
    assert len(GLOSSARY) >= len({entry_id for _, entry_id in REQUIRED})


@pytest.mark.parametrize(("term", "entry_id"), REQUIRED, ids=[term for term, _ in REQUIRED])
def test_each_required_term_has_its_entry(term: str, entry_id: str) -> None:
    found = entry(entry_id)
    names = {fold_str(found.headword), *(fold_str(form) for form in found.forms)}
    assert fold_str(term) in names


def _loose(term: str) -> re.Pattern[str]:
    """The term with any plural or feminine ending on each word, accents kept: found
    without the glossary, so that a missing inflection shows up as a miss."""
    words = fold_str(term, keep_accents=True).split()
    body = r"\s+".join(re.escape(word) + r"(?:e|s|es|x)?" for word in words)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


@pytest.mark.parametrize(("term", "entry_id"), REQUIRED, ids=[term for term, _ in REQUIRED])
def test_every_occurrence_in_the_article_is_found(term: str, entry_id: str) -> None:
    article = _article()
    folded = fold(article, keep_accents=True)
    hits = MATCHER.find(article)
    occurrences = [folded.span(*m.span()) for m in _loose(term).finditer(folded.text)]
    for start, end in occurrences:
        if term.startswith("a "):  # the auxiliary is matched but not linked (« a métastasé »)
            start = end - len(article[start:end].split(None, 1)[1])
        covering = [hit for hit in hits if hit.start <= start and end <= hit.end]
        assert covering, f"« {article[start:end]} » (vers {start}) n’est pas reconnu"
        hit = covering[0]
        # The term itself, or a longer term that holds it (« tumeurs » in « tumeurs primaires »).
        assert hit.entry_id == entry_id or (hit.end - hit.start) > (end - start), (
            article[hit.start : hit.end],
            hit.entry_id,
        )


def test_nearly_every_required_term_occurs_in_the_article() -> None:
    """Guards the test above against passing on an article where nothing is found."""
    folded = fold(_article(), keep_accents=True).text
    absent = [term for term, _ in REQUIRED if not _loose(term).search(folded)]
    # Today only « tumeur primitive », « guérir », « essai thérapeutique » and « prise en charge
    # multidisciplinaire » (the article says « personnalisée et multidisciplinaire ») are absent.
    assert len(absent) <= 5, absent


def test_each_entry_about_the_article_is_found_in_it() -> None:
    found = {hit.entry_id for hit in MATCHER.find(_article())}
    assert {entry_id for _, entry_id in REQUIRED} <= found


@pytest.mark.parametrize("entry_id", [e.id for e in GLOSSARY.entries])
def test_every_form_alone_leads_to_its_entry(entry_id: str) -> None:
    for form in entry(entry_id).forms:
        text = f"On lit « {form} » ici."
        hits = MATCHER.find(text)
        # The auxiliary of « a métastasé », « ont métastasé » is matched but not linked.
        first, _, rest = form.partition(" ")
        linked = rest if first in {"a", "ont", "est", "sont"} and rest else form
        assert [(text[h.start : h.end], h.entry_id) for h in hits] == [(linked, entry_id)]


def _words(text: str) -> list[str]:
    return [word for word in text.split() if any(char.isalnum() for char in word)]


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text, maxsplit=1)[0]


@pytest.mark.parametrize("entry_id", [e.id for e in GLOSSARY.entries])
def test_definitions_are_short_and_plain(entry_id: str) -> None:
    definition = entry(entry_id).definition
    assert len(_words(definition)) <= 40, definition
    assert len(_words(_first_sentence(definition))) <= 20, definition
    assert not any(char.isdigit() for char in definition), "pas de chiffres"
    assert "%" not in definition
    assert definition[0].isupper() and definition.endswith((".", "»")), definition
    assert not contains_word(fold_str(definition), fold_str(entry(entry_id).headword))


# Words that alarm or promise: a definition is neither a prognosis nor a reassurance.
ALARMING = ["mort", "mortel", "deces", "fatal", "condamne", "espoir", "esperance de vie", "chances"]


@pytest.mark.parametrize("entry_id", [e.id for e in GLOSSARY.entries])
def test_definitions_are_neutral(entry_id: str) -> None:
    definition = fold_str(entry(entry_id).definition)
    assert [word for word in ALARMING if contains_word(definition, word)] == []


# For each entry, the stems of its word family: defining « métastase » with « métastatique »
# explains nothing. Every entry must have a row, so a new entry gets checked too.
COUSINS: dict[str, list[str]] = {
    "metastase": ["metasta"],
    "metastatique": ["metasta"],
    "micrometastase": ["metasta"],
    "tumeur": ["tumeur", "tumoral"],
    "tumeur_primitive": ["primitiv", "primair"],
    "cellule_cancereuse": ["cancereu"],
    "systeme_lymphatique": ["lymphatique"],
    "lymphe": ["lymph"],
    "ganglion": ["ganglion"],
    "systeme_immunitaire": ["immunit"],
    "chirurgie": ["chirurg"],
    "chirurgien": ["chirurg"],
    "radiotherapie": ["radiotherap"],
    "radiotherapeute": ["radiotherap"],
    "chimiotherapie": ["chimio"],
    "immunotherapie": ["immun"],
    "therapie_ciblee": ["cible"],
    "effet_indesirable": ["indesirable", "effet"],
    "essai_clinique": ["essai", "clinique", "etude"],
    "medecine_personnalisee": ["personn"],
    "profil_genetique": ["genetiq"],
    "remission": ["remission"],
    "recidive": ["recidiv"],
    "guerison": ["gueri", "curable"],
    "incurable": ["curable", "gueri"],
    "impasse_therapeutique": ["impasse", "therapeuti"],
    "arsenal_therapeutique": ["arsenal", "therapeuti"],
    "sous_controle": ["controle"],
    "oncologue": ["oncolog", "cancerolog"],
    "multidisciplinaire": ["disciplin"],
    "stade_avance": ["stade", "avance"],
    "progression": ["progress"],
    "survie": ["surviv", "survie"],
    "dissemination": ["dissemin"],
    "eradication": ["eradi"],
    "qualite_de_vie": ["qualite"],
    "symptome": ["symptom"],
    "diagnostic": ["diagnost"],
    "prise_en_charge": ["en charge"],
    "toxique": ["toxi"],
}


def test_every_entry_has_its_word_family_listed() -> None:
    assert set(COUSINS) == {e.id for e in GLOSSARY.entries}


@pytest.mark.parametrize(("entry_id", "stems"), COUSINS.items())
def test_no_definition_uses_its_own_word_family(entry_id: str, stems: list[str]) -> None:
    definition = fold_str(entry(entry_id).definition)
    assert [stem for stem in stems if stem in definition] == []


# Facts a clinician checks first; each is a folded fragment or a regex.
FACTS: list[tuple[str, str]] = [
    ("micrometastase", r"scanner|irm"),
    ("micrometastase", r"trop petit"),
    ("micrometastase", r"grossir|grandir"),
    ("remission", r"disparition"),
    ("remission", r"partielle ou complete"),
    ("remission", r"(n'est )?pas (forcement )?une guerison"),
    ("metastase", r"meme cancer"),
    ("metastase", r"sang"),
    ("metastase", r"lymphe"),
    ("metastase", r"cancer du sein dans l'os reste un cancer du sein"),
    # Both senses: the spreading (the article's « désigne la propagation ») and the tumour.
    ("metastase", r"^(propagation|passage|extension)"),
    ("metastase", r"\btumeur\b"),
    # « tumeurs métastatiques » are the metastases themselves; « cancer métastasé » has spread.
    ("metastatique", r"^se dit d'un cancer"),
    ("metastatique", r"des tumeurs qu'il (y )?a formees"),
    ("ganglion", r"haricot"),
    ("chirurgie", r"ce traitement"),
    ("immunotherapie", r"defenses naturelles du corps"),
    ("immunotherapie", r"ne convient pas a tous les cancers"),
    ("effet_indesirable", r"serieux|grave"),
    ("effet_indesirable", r"signaler"),
    ("effet_indesirable", r"equipe soignante"),
    ("effet_indesirable", r"prevenir"),
    ("effet_indesirable", r"soulager"),
    ("essai_clinique", r"loi"),
    ("essai_clinique", r"informes"),
    ("essai_clinique", r"consent|accord"),
    ("essai_clinique", r"tout stade|toute etape"),
    ("essai_clinique", r"pas seulement en dernier recours"),
    ("essai_clinique", r"refuser"),
    ("essai_clinique", r"sans perdre ses soins"),
    ("multidisciplinaire", r"reunion de concertation"),
    ("multidisciplinaire", r"\brcp\b"),
    ("multidisciplinaire", r"dossier de chaque"),
    ("tumeur", r"benigne"),
    ("tumeur", r"maligne"),
    ("eradication", r"toutes les cellules cancereuses"),
    ("incurable", r"ne veut pas dire"),
    ("incurable", r"freiner"),
    ("incurable", r"soulager"),
    ("impasse_therapeutique", r"aucun traitement"),
    ("impasse_therapeutique", r"pas sa conclusion"),
    ("arsenal_therapeutique", r"ensemble des traitements"),
    ("sous_controle", r"stable"),
    ("sous_controle", r"pas disparu"),
    ("therapie_ciblee", r"test|analyse"),
    ("therapie_ciblee", r"tumeur"),
    ("therapie_ciblee", r"effets indesirables"),
    ("immunotherapie", r"effets indesirables"),
    ("survie", r"groupe"),
    ("survie", r"pas une prevision"),
    ("radiotherapie", r"zone precise|endroit"),
    ("chirurgie", r"endroit precis"),
    ("chimiotherapie", r"tout le corps"),
    ("essai_clinique", r"volontaires?"),
    ("essai_clinique", r"(quitter|arreter) a tout moment"),
    ("essai_clinique", r"surveillance|encadre"),
    ("progression", r"aggrav|s'aggrave"),
    ("progression", r"progres"),
    ("prise_en_charge", r"soins"),
    ("multidisciplinaire", r"plusieurs"),
    ("guerison", r"durable"),
]


@pytest.mark.parametrize(("entry_id", "pattern"), FACTS)
def test_key_facts_are_stated(entry_id: str, pattern: str) -> None:
    assert re.search(pattern, fold_str(entry(entry_id).definition)), entry(entry_id).definition


# Simplifications of the article that the glossary must not repeat.
WRONG: list[tuple[str, str]] = [
    ("therapie_ciblee", r"moins toxique"),
    ("remission", r"symptomes (sont )?absents"),
    ("micrometastase", r"cellules? isolees?"),
    ("prise_en_charge", r"rembours"),
    ("progression", r"amelior"),
    # What the medical review found wrong before, so that it cannot come back.
    ("micrometastase", r"examens habituels|ne permettent pas"),
    ("metastatique", r"tumeur, qui s'est etendu"),
    ("ganglion", r"grain"),
    ("chirurgie", r"\belle agit\b"),
    ("effet_indesirable", r"reaction genante"),
    ("medecine_personnalisee", r"\bpersonnes?\b"),
    ("eradication", r"n'en reste aucune"),
]


@pytest.mark.parametrize(("entry_id", "pattern"), WRONG)
def test_the_articles_simplifications_are_not_repeated(entry_id: str, pattern: str) -> None:
    assert not re.search(pattern, fold_str(entry(entry_id).definition))


def test_primitive_and_primary_are_both_given() -> None:
    tumour = entry("tumeur_primitive")
    assert {
        "tumeur primitive",
        "tumeurs primitives",
        "tumeur primaire",
        "tumeurs primaires",
    } <= set(tumour.forms)
    assert "primitive" in tumour.headword and "primaire" in tumour.headword


@pytest.mark.parametrize(
    ("entry_id", "synonym"),
    [
        ("chimiotherapie", "chimio"),
        ("radiotherapie", "rayons"),
        ("recidive", "rechute"),
        ("essai_clinique", "essai therapeutique"),
    ],
)
def test_everyday_synonyms_are_given(entry_id: str, synonym: str) -> None:
    assert any(synonym in fold_str(s) for s in entry(entry_id).synonyms)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("metastase", "micrometastase"),
        ("remission", "recidive"),
        ("remission", "guerison"),
        ("recidive", "guerison"),
        ("radiotherapie", "radiotherapeute"),
        ("chirurgie", "chirurgien"),
        ("systeme_immunitaire", "immunotherapie"),
        ("therapie_ciblee", "medecine_personnalisee"),
        ("metastase", "metastatique"),
        ("guerison", "incurable"),
        ("remission", "sous_controle"),
    ],
)
def test_related_entries_point_to_each_other(one: str, other: str) -> None:
    assert other in entry(one).see_also
    assert one in entry(other).see_also


@pytest.mark.parametrize(
    ("entry_id", "phrase"),
    [("tumeur", "c'est-a-dire"), ("eradication", "complete"), ("eradication", "toutes")],
)
def test_each_thing_is_said_once(entry_id: str, phrase: str) -> None:
    assert fold_str(entry(entry_id).definition).count(phrase) <= 1


# -- « métastatique » and « métastasé »: one entry, every form of both still linked ----------

FORMERLY_METASTASE_ADJ = [
    "cancer métastasé",
    "cancers métastasés",
    "tumeur métastasée",
    "tumeurs métastasées",
    "métastasée",
    "métastasées",
    "a métastasé",
    "ont métastasé",
    "s’est métastasé",
    "métastaser",
]
FORMERLY_METASTATIQUE = ["métastatique", "métastatiques"]


def test_metastatique_and_metastase_are_one_entry() -> None:
    merged = entry("metastatique")
    assert GLOSSARY.get("metastase_adj") is None
    assert "métastatique" in merged.headword and "métastasé" in merged.headword
    assert set(FORMERLY_METASTASE_ADJ + FORMERLY_METASTATIQUE) <= set(merged.forms)
    # Only this entry says it: no other headword or synonym is « métastasé » or « métastatique ».
    others = [e for e in GLOSSARY.entries if e.id != "metastatique"]
    names = {name.casefold() for e in others for name in (e.headword, *e.synonyms)}
    assert not names & {"métastatique", "métastasé"}


@pytest.mark.parametrize("form", FORMERLY_METASTASE_ADJ + FORMERLY_METASTATIQUE)
def test_every_form_of_the_merged_entries_still_leads_to_it(form: str) -> None:
    text = f"Le médecin dit « {form} »."
    # An auxiliary (« a métastasé ») still leads to the entry, but only the participle is marked.
    first, _, rest = form.partition(" ")
    marked = rest if rest and first in {"a", "ont", "est", "sont"} else form
    assert [(text[h.start : h.end], h.entry_id) for h in MATCHER.find(text)] == [
        (marked, "metastatique")
    ]


# -- the words the review found missing are linked where the article has them --------------


def _linked(html: str) -> list[tuple[str, str]]:
    """(entry id, linked text) of every glossary link of the rendered article, in order."""
    pattern = r'<a (?=[^>]*class="terme")[^>]*href="terme:([\w-]+)"[^>]*>([^<]*)</a>'
    return [(found.group(1), found.group(2)) for found in re.finditer(pattern, html)]


@pytest.mark.parametrize(
    ("words", "entry_id"),
    # Each is the first word of its entry in its section: linked even where only the first
    # word of an entry in a section is.
    [
        ("impasse thérapeutique", "impasse_therapeutique"),
        ("incurable", "incurable"),
        ("arsenal thérapeutique", "arsenal_therapeutique"),
        ("sous contrôle", "sous_controle"),
        ("guérissable", "guerison"),
    ],
)
def test_the_new_terms_are_linked_in_the_article(words: str, entry_id: str) -> None:
    from reader.core.bundle import bundled_article
    from reader.core.document import open_document

    links = _linked(open_document(bundled_article()).rendered.html)
    assert (entry_id, words) in links, [
        link for link in links if fold_str(words) in fold_str(link[1])
    ]
    # « incurable » no longer opens « guérison ».
    assert ("guerison", "incurable") not in links


def test_the_notice_and_the_about_lines_name_no_glossary_term() -> None:
    """They end the article unlinked: a term there would be a place in the Glossaire panel
    with no link to follow."""
    from reader.core.article import read_metadata

    metadata, _ = read_metadata(ROOT / "content" / "article.toml")
    notice = (ROOT / "content" / "notice.md").read_text(encoding="utf-8")
    for text in (notice, *metadata.about_lines):
        assert [text[h.start : h.end] for h in MATCHER.find(text)] == []

"""French sentences, split right, with offsets that point at exactly their words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.core.plain_text import plain_text
from reader.core.sentences import Sentence, pause_after_ms, sentence_at, split_sentences

NBSP, NNBSP = "\u00a0", "\u202f"


def _texts(text: str, headings: tuple[int, ...] = ()) -> list[str]:
    return [sentence.text for sentence in split_sentences(text, headings)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une phrase. Une autre.", ["Une phrase.", "Une autre."]),
        ("Sans point final", ["Sans point final"]),
        # Abbreviations and initials end no sentence.
        ("M. Dupont est là. Il attend.", ["M. Dupont est là.", "Il attend."]),
        ("Le Dr Martin arrive. Mme Petit aussi.", ["Le Dr Martin arrive.", "Mme Petit aussi."]),
        ("Le Dr. Martin arrive.", ["Le Dr. Martin arrive."]),
        ("Des organes, p. ex. Le foie.", ["Des organes, p. ex. Le foie."]),
        ("Voir cf. Chapitre deux. Puis lire.", ["Voir cf. Chapitre deux.", "Puis lire."]),
        ("Selon J. Dupont et A.-M. Durand, oui.", ["Selon J. Dupont et A.-M. Durand, oui."]),
        ("Né en 52 av. J.-C. Mort plus tard.", ["Né en 52 av. J.-C. Mort plus tard."]),
        # « etc. » ends a sentence when a capital follows, not otherwise.
        ("Foie, os, etc. Les autres.", ["Foie, os, etc.", "Les autres."]),
        ("Foie, os, etc. et poumons.", ["Foie, os, etc. et poumons."]),
        # A lower-case word after the period: the sentence goes on.
        ("Voir la fig. suivante.", ["Voir la fig. suivante."]),
        # Non-breaking spaces before « ? » and « ! » stay inside the sentence.
        (
            f"Est-ce grave{NBSP}? Non{NNBSP}! Bien.",
            [f"Est-ce grave{NBSP}?", f"Non{NNBSP}!", "Bien."],
        ),
        ("Est-ce grave ? Non ! Bien.", ["Est-ce grave ?", "Non !", "Bien."]),
        ("Quoi ?! Vraiment.", ["Quoi ?!", "Vraiment."]),
        # A question inside a sentence (lower case after it) does not end it.
        ("« Pourquoi ? » demanda-t-il.", ["« Pourquoi ? » demanda-t-il."]),
        # Ellipses, one character or three periods.
        ("Il hésita… Puis il parla.", ["Il hésita…", "Puis il parla."]),
        ("Il hésita... Puis il parla.", ["Il hésita...", "Puis il parla."]),
        ("Il hésita… et parla.", ["Il hésita… et parla."]),
        # A sentence that ends inside a quotation ends after the closing guillemet.
        (
            f"Il dit{NBSP}: «{NBSP}C’est fini.{NBSP}» Puis il part.",
            [f"Il dit{NBSP}: «{NBSP}C’est fini.{NBSP}»", "Puis il part."],
        ),
        ("Il dit : « C’est fini. » Puis il part.", ["Il dit : « C’est fini. »", "Puis il part."]),
        ("« Fini. » dit-il.", ["« Fini. » dit-il."]),
        # The next sentence may open with a quotation, a digit or a dash.
        ("Bien. « Oui », dit-il.", ["Bien.", "« Oui », dit-il."]),
        ("Deux ans. 3 cas sur 10.", ["Deux ans.", "3 cas sur 10."]),
        ("Voilà. — Et après ?", ["Voilà.", "— Et après ?"]),
        # Capitals with accents start sentences too.
        ("Fin. Écoutez. À demain. Œuvre.", ["Fin.", "Écoutez.", "À demain.", "Œuvre."]),
        # Decimals and numbers are not ends.
        ("Un taux de 2.5 mg. Puis rien.", ["Un taux de 2.5 mg.", "Puis rien."]),
        # Spaces around the text are not part of any sentence.
        ("  Un.   Deux.  ", ["Un.", "Deux."]),
        ("", []),
        ("   ", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "headings", "expected"),
    [
        # Each block is its own unit: list items and headings without a final period.
        ("Titre\nPremier. Second.", (0,), [("Titre", "heading"), ("Premier.", "sentence"),
                                           ("Second.", "sentence")]),
        ("Liste :\nun item\ndeux items", (), [("Liste :", "sentence"), ("un item", "sentence"),
                                              ("deux items", "sentence")]),
        # A heading with several sentences (a question and more) is still one unit.
        ("Intro\nPeut-on guérir ? Oui. Parfois", (0, 6), [("Intro", "heading"),
                                                         ("Peut-on guérir ? Oui. Parfois",
                                                          "heading")]),
        # Empty blocks (the rule before the notice) give nothing.
        ("Un.\n\nDeux.", (), [("Un.", "sentence"), ("Deux.", "sentence")]),
    ],
)  # fmt: skip
def test_blocks(text: str, headings: tuple[int, ...], expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.kind) for s in split_sentences(text, headings)] == expected


def test_offsets_and_block_ends() -> None:
    text = "Titre\nUn. Deux.\nTrois"
    assert split_sentences(text, (0,)) == (
        Sentence(0, 5, "Titre", "heading", True),
        Sentence(6, 9, "Un.", "sentence", False),
        Sentence(10, 15, "Deux.", "sentence", True),
        Sentence(16, 21, "Trois", "sentence", True),
    )


def test_characters_beyond_the_bmp_keep_python_offsets() -> None:
    text = "Un 😀 rire. Puis 𝔸 lettre."
    first, second = split_sentences(text)
    assert text[first.start : first.end] == "Un 😀 rire."
    assert text[second.start : second.end] == "Puis 𝔸 lettre."


@pytest.mark.parametrize(
    ("offset", "expected"), [(0, 0), (2, 0), (3, 1), (4, 1), (9, 2), (10, 2), (99, 2)]
)
def test_sentence_at(offset: int, expected: int) -> None:
    # [0, 3) [4, 9) [10, 16): a caret just after a sentence is before the next one.
    sentences = split_sentences("Un. Deux.\nTrois.")
    assert sentence_at(sentences, offset) == expected


def test_sentence_at_nothing() -> None:
    assert sentence_at((), 5) == -1


@pytest.mark.parametrize(
    ("sentence", "speed", "expected"),
    [
        (Sentence(0, 1, "T", "heading", True), 1.0, 700),
        (Sentence(0, 1, "T", "heading", True), 2.0, 350),
        (Sentence(0, 1, "T", "sentence", True), 1.0, 250),
        (Sentence(0, 1, "T", "sentence", True), 0.5, 500),
        (Sentence(0, 1, "T", "sentence", False), 1.0, 0),
    ],
)
def test_pause_after(sentence: Sentence, speed: float, expected: int) -> None:
    assert pause_after_ms(sentence, speed) == expected


# -- the real article, as the pane shows it ------------------------------------------------


@pytest.fixture(scope="module")
def article_sentences() -> tuple[Sentence, ...]:
    shown = plain_text(open_document(bundled_article()).rendered.html)
    return split_sentences(shown.text, shown.heading_starts)


def test_real_article(article_sentences: tuple[Sentence, ...]) -> None:
    texts = [sentence.text for sentence in article_sentences]
    headings = [s.text for s in article_sentences if s.kind == "heading"]
    assert headings[0] == "Le cancer peut-il être guéri après métastase ?"
    assert headings[-1] == "Conclusion : un avenir plus nuancé"
    assert len(headings) == 6
    # The lead: three sentences, the last one ending its paragraph.
    assert texts[1:4] == [
        "Un cancer métastasé est rarement guérissable.",
        "Les traitements actuels visent à contrôler la progression de la maladie, à prolonger "
        "la survie et à préserver la qualité de vie du patient en atténuant les symptômes.",
        "L’éradication complète des métastases est peu fréquente.",
    ]
    assert article_sentences[3].ends_block
    # A question inside the text, with the colon before it.
    assert (
        "La découverte d’un cancer métastasé est une nouvelle bouleversante qui soulève "
        "inévitablement la question cruciale : la guérison est-elle encore possible ?"
    ) in texts
    # A list item is cut after its label only where a sentence ends, not at the colon.
    assert any(t.startswith("Thérapies ciblées : Ces traitements visent") for t in texts)
    assert "Bien que la récidive reste possible, ces rémissions peuvent durer des années." in texts
    assert texts[-1] == "Date de l’édition : 26 novembre 2026."  # as toPlainText gives it
    assert len(texts) == 45  # 34 of the article, 8 of the notice, 3 about the edition


def test_real_article_is_covered(article_sentences: tuple[Sentence, ...]) -> None:
    shown = plain_text(open_document(bundled_article()).rendered.html).text
    _assert_covers(shown, article_sentences)


# -- any text ------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "M.", "Dr", "etc.", "p. ex.", "cf.", "J.", "…", "...", "?", "!", ".", "«", "»", NBSP,
        NNBSP, " ", " ", "\n", "Le", "la", "Éte", "3", "—", "😀", "mot", "fin", ":", "’",
    ]
)  # fmt: skip
_TEXT = st.one_of(st.lists(_PIECES, max_size=60).map("".join), st.text(max_size=200))


def _assert_covers(text: str, sentences: tuple[Sentence, ...]) -> None:
    """In order, no overlap, every visible character in exactly one sentence, none across a
    block's end, no sentence starting or ending with a space."""
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert "\n" not in sentence.text
        assert sentence.text == sentence.text.strip(" \t\u00a0\u202f\u2009")
        gap = text[previous_end : sentence.start]
        assert gap.strip(" \t\n\u00a0\u202f\u2009") == "", gap
        previous_end = sentence.end
    assert text[previous_end:].strip(" \t\n\u00a0\u202f\u2009") == ""


@given(_TEXT, st.sets(st.integers(0, 200), max_size=5))
def test_sentences_cover_the_text_in_order(text: str, headings: set[int]) -> None:
    _assert_covers(text, split_sentences(text, headings))

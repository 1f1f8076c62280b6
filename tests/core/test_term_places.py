"""Where each term appears: section, words around it, headings skipped, offsets exact."""

from __future__ import annotations

import pytest

from reader.core.glossary.loader import parse_glossary
from reader.core.glossary.term_links import TermMatcher
from reader.core.glossary.term_places import Heading, Place, term_places

MATCHER = TermMatcher(
    parse_glossary(
        """
[metastase]
headword = "métastase"
forms = ["métastase", "métastases"]
definition = "Un foyer ailleurs."

[tumeur]
headword = "tumeur"
forms = ["tumeur", "tumeurs"]
definition = "Une masse."

[tumeur_primitive]
headword = "tumeur primitive"
forms = ["tumeur primitive", "tumeurs primaires"]
definition = "La première masse."
""",
        "test.toml",
    )
)


def _places(text: str, headings: list[Heading], context: int = 30) -> list[tuple[str, ...]]:
    found = term_places(text, MATCHER, headings, context)
    return [
        (place.entry_id, text[place.start : place.end], place.section, place.context)
        for places in found.values()
        for place in places
    ]


TITLE = "Les métastases"
BODY = "Une tumeur peut donner des métastases."
TEXT = f"{TITLE}\n{BODY}"
HEADING = Heading(0, len(TITLE), TITLE)


@pytest.mark.parametrize(
    ("text", "headings", "context", "expected"),
    [
        pytest.param("", [], 30, [], id="empty text"),
        pytest.param("Rien à voir ici.", [], 30, [], id="no term"),
        pytest.param(
            TEXT,
            [HEADING],
            30,
            [
                ("tumeur", "tumeur", TITLE, "Une tumeur peut donner…"),
                ("metastase", "métastases", TITLE, "…donner des métastases."),
            ],
            id="heading skipped, section named",
        ),
        pytest.param(
            BODY,
            [],
            30,
            [
                ("tumeur", "tumeur", "", "Une tumeur peut donner…"),
                ("metastase", "métastases", "", "…donner des métastases."),
            ],
            id="before any heading",
        ),
        pytest.param(
            "Une tumeur.",
            [],
            0,
            [("tumeur", "tumeur", "", "…tumeur…")],
            id="no context at all",
        ),
        pytest.param(
            "A\nLes tumeurs primaires grossissent.\nB",
            [Heading(0, 1, "A"), Heading(35, 36, "B")],
            30,
            [("tumeur_primitive", "tumeurs primaires", "A", "Les tumeurs primaires grossissent.")],
            id="longest form, context stays in its paragraph",
        ),
        pytest.param(
            "Titre un\nLa tumeur.\nTitre deux\nUne autre tumeur.",
            [Heading(0, 8, "Titre un"), Heading(20, 30, "Titre deux")],
            30,
            [
                ("tumeur", "tumeur", "Titre un", "La tumeur."),
                ("tumeur", "tumeur", "Titre deux", "Une autre tumeur."),
            ],
            id="each place in its own section",
        ),
        pytest.param(
            "Anticonstitutionnellement tumeur extraordinairement",
            [],
            10,
            [("tumeur", "tumeur", "", "…tumeur…")],
            id="half words are dropped",
        ),
        pytest.param(
            "Ici, la\u00a0tumeur\u00a0:  grossit",
            [],
            30,
            [("tumeur", "tumeur", "", "Ici, la tumeur : grossit")],
            id="spaces made plain",
        ),
    ],
)
def test_places(
    text: str, headings: list[Heading], context: int, expected: list[tuple[str, ...]]
) -> None:
    assert _places(text, headings, context) == expected


def test_places_are_in_reading_order_and_point_at_the_term() -> None:
    text = "Une tumeur, des métastases, une tumeur primitive, des tumeurs."
    places = term_places(text, MATCHER, [])
    assert [text[p.start : p.end] for p in places["tumeur"]] == ["tumeur", "tumeurs"]
    assert [text[p.start : p.end] for p in places["tumeur_primitive"]] == ["tumeur primitive"]
    for found in places.values():
        starts = [place.start for place in found]
        assert starts == sorted(starts)


def test_context_is_about_the_asked_size() -> None:
    words = " ".join(["mot"] * 40)
    text = f"{words} tumeur {words}"
    (place,) = term_places(text, MATCHER, [], context=30)["tumeur"]
    assert isinstance(place, Place)
    assert place.before.startswith("…") and place.after.endswith("…")
    assert 10 <= len(place.before) <= 16 and 10 <= len(place.after) <= 16

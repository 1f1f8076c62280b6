"""One definition of what a link leads to: a term, a section, or an outside address."""

from __future__ import annotations

import pytest

from reader.core.links import is_outside, is_term_link, scheme_of, term_link


@pytest.mark.parametrize(
    ("address", "scheme", "outside", "term"),
    [
        ("terme:metastase", "terme", False, True),
        ("https://www.e-cancer.fr", "https", True, False),
        ("HTTP://EXAMPLE.ORG", "http", True, False),
        ("mailto:a@b.fr", "mailto", True, False),
        ("tel:0805123124", "tel", True, False),
        ("file:///etc/passwd", "file", False, False),
        ("javascript:alert(1)", "javascript", False, False),
        ("#traitements", "", False, False),
        ("../secret.txt", "", False, False),
        ("c:/windows", "c", False, False),
        ("", "", False, False),
    ],
)
def test_what_an_address_leads_to(address: str, scheme: str, outside: bool, term: bool) -> None:
    assert scheme_of(address) == scheme
    assert is_outside(address) is outside
    assert is_term_link(address) is term


def test_a_term_link_round_trips() -> None:
    assert is_term_link(term_link("micrometastase"))
    assert term_link("micrometastase") == "terme:micrometastase"

"""Reading article files: every way a file can fail gives a French message naming it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from reader.core.article import Metadata, parse_metadata, read_article, read_metadata
from reader.core.bundle import bundled_article
from reader.core.folding import fold_str
from reader.core.notice import notice_paragraphs
from reader.core.problems import ContentError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "content", "fragment", "line"),
    [
        ("absent.md", None, "fichier introuvable", None),
        ("dossier.md", "DIR", "c’est un dossier", None),
        ("latin1.md", "# Titre\n\nLe cancer métastasé\n".encode("latin-1"), "pas en UTF-8", 3),
        ("binaire.md", b"# Titre\n\x00\x01\x02", "fichier binaire", 2),
        ("vide.md", b"", "le fichier est vide", None),
        ("blanc.md", b"  \n\t\n \xc2\xa0\n", "le fichier est vide", None),
    ],
)
def test_unusable_articles_say_why(
    tmp_path: Path, name: str, content: bytes | str | None, fragment: str, line: int | None
) -> None:
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(ContentError) as caught:
        read_article(path)
    problem = caught.value.problem
    assert problem.path == str(path)
    assert fragment in problem.message
    assert problem.line == line
    assert str(path) in str(caught.value)


def test_non_utf8_message_names_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes("# T\n\nab\xe9".encode("latin-1"))
    with pytest.raises(ContentError) as caught:
        read_article(path)
    assert str(caught.value) == (
        f"{path}, ligne 3 : le texte n’est pas en UTF-8 (octet 0xE9, colonne 3) ; "
        "enregistrez le fichier en UTF-8."
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbf# Titre\n\nTexte.\n", "# Titre\n\nTexte.\n"),
        (b"# Titre\r\n\r\nTexte.\r\n", "# Titre\n\nTexte.\n"),
        (b"# Titre\r\rTexte.\r", "# Titre\n\nTexte.\n"),
    ],
)
def test_bom_and_line_ends_are_accepted(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(raw)
    assert read_article(path).markdown == expected


NBSP = "\u00a0"


def test_bundled_metadata() -> None:
    article = read_article(bundled_article())
    meta = article.metadata
    assert article.problems == ()
    assert meta.title == f"Le cancer peut-il être guéri après métastase{NBSP}?"
    assert meta.language == "fr"
    assert meta.source is not None
    for words in ("sans nom d’auteur", "sans date", "sans références", "inconnue"):
        assert words in meta.source
    assert meta.edition_date == date(2026, 11, 26)
    assert meta.edition_date_text == "26 novembre 2026"


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if part]


def test_the_bundled_about_lines_say_one_thing_each_in_plain_words() -> None:
    meta = read_article(bundled_article()).metadata
    source, edition, when = meta.about_lines
    # « Source : Ce texte … références : sa source d’origine est inconnue. » said « source »
    # twice with two colons; now one sentence after one label.
    assert source.startswith(f"Source{NBSP}: Ce texte nous est parvenu sans nom d’auteur")
    assert source.count(":") == 1 and fold_str(source).count("source") == 1
    assert len(_sentences(source)) == 1
    # Not « Édition : Édition hors ligne : … »: one label, one sentence in everyday words.
    assert edition.startswith(f"Édition{NBSP}: ")
    assert edition.count(":") == 1 and fold_str(edition).count("edition") == 1
    assert "hors ligne" not in edition
    assert len(_sentences(edition)) == 1
    assert "phrases" in edition and "informations médicales" in edition
    # The date is a line of its own, said as a date of the edition, not a bare date.
    assert when == f"Date de l’édition{NBSP}: 26 novembre 2026."


@pytest.mark.parametrize(
    ("meta", "lines"),
    [
        (Metadata(), ()),
        (Metadata(source="brochure de l’hôpital"), (f"Source{NBSP}: Brochure de l’hôpital.",)),
        (
            Metadata(edition_note="Texte revu.", edition_date=date(2026, 2, 1)),
            (f"Édition{NBSP}: Texte revu.", f"Date de l’édition{NBSP}: 1 février 2026."),
        ),
        (Metadata(source="Un livre ?"), (f"Source{NBSP}: Un livre ?",)),
    ],
)
def test_about_lines_start_with_a_capital_after_the_colon(
    meta: Metadata, lines: tuple[str, ...]
) -> None:
    assert meta.about_lines == lines


NOTICE = (ROOT / "content" / "notice.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "pattern",
    [
        r"informations generales",
        r"n'est pas date",
        r"(ne plus etre|pas) a jour",
        r"traitements evoluent",
        r"ne remplace pas l'avis de votre equipe soignante",
        r"medecin",
        r"infirmiere",
        r"cancer info, le service d'information de l'institut national du cancer",
        r"0 805 123 124 \(service et appel gratuits\)",
        r"definitions du glossaire ont ete ecrites par",
        r"et non par l'auteur",
        r"precisent ou corrigent",
    ],
)
def test_the_notice_says_what_a_patient_needs(pattern: str) -> None:
    assert re.search(pattern, fold_str(NOTICE)), NOTICE


def test_the_phone_number_never_breaks_across_lines() -> None:
    assert "0\u00a0805\u00a0123\u00a0124" in NOTICE


def test_the_notice_comes_in_short_paragraphs() -> None:
    paragraphs = notice_paragraphs(NOTICE)
    assert len(paragraphs) >= 3
    assert all(len(paragraph.split()) <= 60 for paragraph in paragraphs)
    assert notice_paragraphs("Un.\n\n  \n\nDeux\nlignes\u00a0!\n") == ("Un.", "Deux lignes\u00a0!")


@pytest.mark.parametrize(
    ("raw", "expected", "fragments"),
    [
        ({"title": "T", "language": "fr"}, Metadata(title="T"), []),
        ({"titre": "T"}, Metadata(), ["clé inconnue « titre »"]),
        ({"title": 3}, Metadata(), ["« title » doit être un texte"]),
        ({"title": "  "}, Metadata(), ["« title » doit être un texte"]),
        ({"edition_date": "hier"}, Metadata(), ["« edition_date » doit être une date"]),
        ({"edition_date": date(2026, 2, 1)}, Metadata(edition_date=date(2026, 2, 1)), []),
    ],
)
def test_metadata_values(raw: dict[str, object], expected: Metadata, fragments: list[str]) -> None:
    metadata, problems = parse_metadata(raw, "m.toml")
    assert metadata == expected
    assert len(problems) == len(fragments)
    for problem, fragment in zip(problems, fragments, strict=True):
        assert fragment in problem.message
        assert problem.path == "m.toml"


def test_broken_metadata_file_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('title = "T"\nlanguage = \n', encoding="utf-8")
    metadata, problems = read_metadata(path)
    assert metadata == Metadata()
    assert len(problems) == 1
    assert problems[0].line == 2
    assert "TOML invalide" in problems[0].message


def test_missing_metadata_is_fine(tmp_path: Path) -> None:
    assert read_metadata(tmp_path / "none.toml") == (Metadata(), ())

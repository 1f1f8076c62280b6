"""Reading article files: every way a file can fail gives a French message naming it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader.core.article import Metadata, parse_metadata, read_article, read_metadata
from reader.core.bundle import bundled_article
from reader.core.problems import ContentError


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


def test_bundled_metadata() -> None:
    article = read_article(bundled_article())
    meta = article.metadata
    assert article.problems == ()
    assert meta.title == "Le cancer peut-il être guéri après métastase ?"
    assert meta.language == "fr"
    assert meta.source is not None
    for words in ("sans nom d’auteur", "sans date", "sans références", "inconnue"):
        assert words in meta.source
    assert meta.edition_date == date(2026, 11, 26)
    assert meta.edition_date_text == "26 novembre 2026"


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

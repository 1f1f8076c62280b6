"""Files that are not ordinary text files: a pipe, a file too large. Each is refused at once,
with its French reason, instead of waiting for ever or reading without end."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.article import MAX_TEXT_BYTES, read_article, read_text_file
from reader.core.glossary.loader import load_glossary
from reader.core.problems import ContentError
from tests.pipes import pipe_with_writer


def test_a_pipe_is_not_read_as_an_article(tmp_path: Path) -> None:
    pipe = tmp_path / "article.md"
    with pipe_with_writer(pipe, b"# Titre\n\nTexte.\n"), pytest.raises(ContentError) as raised:
        read_article(pipe)
    assert raised.value.problem.path == str(pipe)
    assert "pas un fichier ordinaire" in raised.value.problem.message


def test_a_pipe_is_not_read_as_a_glossary(tmp_path: Path) -> None:
    content = b'[tumeur]\nheadword = "tumeur"\ndefinition = "Masse."\n'
    with pipe_with_writer(tmp_path / "glossary.toml", content) as pipe:
        glossary = load_glossary(pipe)
    assert len(glossary) == 0
    assert "pas un fichier ordinaire" in glossary.problems[0].message


def test_an_article_too_large_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "enorme.md"
    path.write_bytes(b"# Titre\n\n" + b"texte " * (MAX_TEXT_BYTES // 6 + 1))
    with pytest.raises(ContentError) as raised:
        read_text_file(path)
    assert "trop grand" in raised.value.problem.message
    assert "10 Mo" in raised.value.problem.message


def test_a_glossary_too_large_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_bytes(b"# " + b"x" * MAX_TEXT_BYTES + b"\n")
    glossary = load_glossary(path)
    assert len(glossary) == 0
    assert "trop grand" in glossary.problems[0].message


def test_an_article_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "grand.md"
    path.write_bytes(b"# Titre\n\n" + b"a" * (MAX_TEXT_BYTES - 20) + b"\n")
    assert read_text_file(path).startswith("# Titre")

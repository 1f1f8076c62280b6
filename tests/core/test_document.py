"""Opening a document loads the glossary beside the article and links its terms."""

from __future__ import annotations

from pathlib import Path

from reader.core.bundle import bundled_article, content_dir
from reader.core.document import open_document
from reader.core.glossary.loader import load_glossary


def _article_with_glossary(folder: Path, glossary: str | None) -> Path:
    article = folder / "texte.md"
    article.write_text("# Titre\n\nUne tumeur et des métastases.\n", encoding="utf-8")
    if glossary is not None:
        (folder / "glossary.toml").write_text(glossary, encoding="utf-8")
    return article


def test_the_bundled_article_opens_with_its_glossary() -> None:
    document = open_document(bundled_article())
    assert document.glossary == load_glossary(content_dir() / "glossary.toml")
    assert len(document.glossary) > 0
    assert document.problems == ()
    assert 'href="terme:micrometastase"' in document.rendered.html


def test_no_glossary_beside_the_article_means_no_term_links(tmp_path: Path) -> None:
    document = open_document(_article_with_glossary(tmp_path, None))
    assert len(document.glossary) == 0
    assert "terme:" not in document.rendered.html
    assert document.problems == ()


def test_a_broken_glossary_entry_costs_only_itself(tmp_path: Path) -> None:
    glossary = (
        '[tumeur]\nheadword = "tumeur"\nforms = ["tumeur"]\ndefinition = "Une masse."\n\n'
        '[metastase]\nheadword = "métastase"\nforms = ["métastases"]\n'
    )
    document = open_document(_article_with_glossary(tmp_path, glossary))
    assert [entry.id for entry in document.glossary.entries] == ["tumeur"]
    assert 'href="terme:tumeur"' in document.rendered.html
    assert "terme:metastase" not in document.rendered.html
    (problem,) = document.problems
    assert problem.path == str(tmp_path / "glossary.toml")
    assert problem.line == 6
    assert "« metastase »" in problem.message and "definition" in problem.message


def test_a_glossary_that_does_not_parse_leaves_the_article_readable(tmp_path: Path) -> None:
    document = open_document(_article_with_glossary(tmp_path, "[tumeur\nheadword = 1\n"))
    assert "Une tumeur et des métastases." in document.rendered.html
    assert "terme:" not in document.rendered.html
    assert len(document.problems) == 1
    assert document.problems[0].line == 1


def test_an_article_without_a_notice_gets_the_general_one(tmp_path: Path) -> None:
    # The bundled notice speaks of the bundled article (undated, author unknown): another
    # text gets a notice that says nothing about it it cannot know.
    document = open_document(_article_with_glossary(tmp_path, None))
    general = (content_dir() / "general-notice.md").read_text(encoding="utf-8").strip()
    assert document.notice == general
    assert "ne remplace pas l’avis de votre équipe soignante" in document.notice
    for claim in ("pas daté", "inconnu", "glossaire"):
        assert claim not in document.notice
    bundled = open_document(bundled_article()).notice
    assert bundled != general and "Cancer info" in bundled


def test_an_articles_own_notice_comes_first(tmp_path: Path) -> None:
    (tmp_path / "notice.md").write_text("Demandez à votre pharmacien.\n", encoding="utf-8")
    document = open_document(_article_with_glossary(tmp_path, None))
    assert document.notice == "Demandez à votre pharmacien."

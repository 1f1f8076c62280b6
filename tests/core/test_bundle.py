"""The one door to bundled files works from a source tree and from an installed package."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import bundle


def test_source_tree_paths() -> None:
    assert bundle.bundled_article().is_file()
    assert (bundle.resources_dir() / "styles" / "article.css").is_file()


def test_inside_the_package_wins(tmp_path: Path) -> None:
    package, source = tmp_path / "pkg", tmp_path / "src"
    (package / "content").mkdir(parents=True)
    (source / "content").mkdir(parents=True)
    assert bundle._locate("content", package, source) == package / "content"


def test_falls_back_to_the_source_tree(tmp_path: Path) -> None:
    package, source = tmp_path / "pkg", tmp_path / "src"
    package.mkdir()
    (source / "resources").mkdir(parents=True)
    assert bundle._locate("resources", package, source) == source / "resources"


def test_missing_folder_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="introuvable"):
        bundle._locate("content", tmp_path / "a", tmp_path / "b")

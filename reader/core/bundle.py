"""The one door to bundled files: ``content/`` and ``resources/``.

In an installed wheel they live inside the package (``reader/content``); in a source checkout
they sit beside the package. Nothing is read at import time.
"""

from __future__ import annotations

from pathlib import Path

# The package's own folder: where an installed wheel puts content/ and resources/. Found from
# this file rather than with importlib.resources, whose import costs start-up ~10 ms.
_PACKAGE_ROOT = Path(__file__).resolve().parents[1]
_SOURCE_ROOT = _PACKAGE_ROOT.parent


def _locate(name: str, package_root: Path | None = None, source_root: Path | None = None) -> Path:
    """Find a bundled folder: inside the package first, then in the source tree."""
    inside = package_root if package_root is not None else _PACKAGE_ROOT
    candidate = inside / name
    if candidate.is_dir():
        return candidate
    beside = (source_root if source_root is not None else _SOURCE_ROOT) / name
    if beside.is_dir():
        return beside
    raise FileNotFoundError(f"dossier « {name} » introuvable (ni dans {inside}, ni dans {beside})")


def content_dir() -> Path:
    """The folder that holds the bundled article, its metadata and its glossary."""
    return _locate("content")


def resources_dir() -> Path:
    """The folder that holds style sheets, icons, translations and screenshots."""
    return _locate("resources")


def bundled_article() -> Path:
    """The Markdown file the reader opens when it is given no other."""
    return content_dir() / "article.md"

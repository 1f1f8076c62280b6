"""The wheel carries the article, its data and the resources, and finds them once installed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PIP_INSTALL = (sys.executable, "-m", "pip", "install", "--no-deps", "-q")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("*.whl")
    return found


def test_wheel_carries_content_and_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "reader/app.py",
        "reader/content/article.md",
        "reader/content/article.toml",
        "reader/content/notice.md",
        "reader/content/general-notice.md",
        "reader/content/glossary.toml",
        "reader/resources/styles/article.css",
        "reader/resources/translations/reader_en.ts",
        "reader/resources/styles/large-text.css",
    ):
        assert required in names, required
    assert not any(name.startswith("tests/") for name in names)


def test_installed_package_finds_the_article_from_elsewhere(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [*PIP_INSTALL, "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    code = (
        "from reader.core.bundle import bundled_article, resources_dir; "
        "from reader.core.document import open_document; "
        "d = open_document(bundled_article()); "
        "print(bundled_article()); print(d.title); print(len(d.rendered.sections)); "
        "print((resources_dir() / 'styles' / 'article.css').is_file())"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    path, title, sections, css = result.stdout.strip().splitlines()
    assert path.startswith(str(site))
    assert title == "Le cancer peut-il être guéri après métastase\u00a0?"
    assert sections == "6"
    assert css == "True"


def test_voice_extra_is_addons_of_the_same_range() -> None:
    """PySide6-Addons pins its Essentials exactly: the same range keeps them one version."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (essentials,) = [d for d in project["dependencies"] if d.startswith("PySide6-Essentials")]
    wanted = "PySide6-Addons" + essentials.removeprefix("PySide6-Essentials")
    assert project["optional-dependencies"]["voix"] == [wanted]
    assert wanted in project["optional-dependencies"]["test"]  # CI tests the mock engine


def test_installed_addons_match_essentials() -> None:
    from importlib import metadata

    try:
        addons = metadata.version("PySide6-Addons")
    except metadata.PackageNotFoundError:
        pytest.skip("PySide6-Addons is not installed (the « voix » extra)")
    assert addons == metadata.version("PySide6-Essentials")

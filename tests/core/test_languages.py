"""Which language the interface speaks: asked for, else the system's when offered, else French."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.languages import (
    available_languages,
    choose_language,
    environment_locale,
    requested_language,
)

OFFERED = ("fr", "en")


@pytest.mark.parametrize(
    ("requested", "system", "expected"),
    [
        (None, "C", "fr"),
        (None, "fr_FR", "fr"),
        (None, "fr_BE", "fr"),
        (None, "en_US", "en"),
        (None, "en-GB", "en"),
        (None, "de_DE", "fr"),  # not offered: the source language
        ("en", "fr_FR", "en"),
        ("EN", "fr_FR", "en"),
        ("fr", "en_US", "fr"),
        ("de", "en_US", "fr"),
        ("", "en_US", "en"),
    ],
)
def test_choose_language(requested: str | None, system: str, expected: str) -> None:
    assert choose_language(requested, system, OFFERED) == expected


def test_available_languages_are_french_then_the_ts_files(tmp_path: Path) -> None:
    assert available_languages(tmp_path) == ("fr",)
    for name in ("reader_en.ts", "reader_de.ts", "reader_fr.ts", "autre.ts"):
        (tmp_path / name).write_text("<TS/>", encoding="utf-8")
    assert available_languages(tmp_path) == ("fr", "de", "en")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], None),
        (["--lang", "en", "--help"], "en"),
        (["--help", "--lang=en"], "en"),
        (["article.md"], None),
        (["--lang"], None),  # argparse will say what is missing
        (["--", "--lang", "en"], None),  # after « -- », a file named --lang
    ],
)
def test_requested_language(argv: list[str], expected: str | None) -> None:
    assert requested_language(argv) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, ""),
        ({"LANG": "en_GB.UTF-8"}, "en_GB"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr_FR"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en_US"),
        ({"LC_ALL": "", "LANG": "C.UTF-8"}, "C"),
    ],
)
def test_environment_locale(environ: dict[str, str], expected: str) -> None:
    assert environment_locale(environ) == expected

"""Which language the interface speaks: French unless asked for, or the system speaks, another.

The interface's own strings are French; each other language is a Qt Linguist file
``resources/translations/reader_<code>.ts``, so the languages on offer are French plus those files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SOURCE_LANGUAGE = "fr"


def available_languages(translations: Path) -> tuple[str, ...]:
    """French, then every language that has a ``reader_<code>.ts`` file, sorted."""
    found = sorted(
        path.stem.removeprefix("reader_")
        for path in translations.glob("reader_*.ts")
        if path.stem.removeprefix("reader_") != SOURCE_LANGUAGE
    )
    return (SOURCE_LANGUAGE, *found)


def choose_language(requested: str | None, system_locale: str, available: Iterable[str]) -> str:
    """The language asked for, else the system's (``en_GB`` → ``en``) when offered, else French."""
    offered = set(available)
    if requested:
        code = requested.lower()
        return code if code in offered else SOURCE_LANGUAGE
    system = system_locale.replace("-", "_").split("_")[0].lower()
    return system if system in offered else SOURCE_LANGUAGE

"""Which language the interface speaks: French unless asked for, or the system speaks, another.

The interface's own strings are French; each other language is a Qt Linguist file
``resources/translations/reader_<code>.ts``, so the languages on offer are French plus those files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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


def environment_locale(environ: Mapping[str, str]) -> str:
    """The locale the environment asks messages to speak (``LC_ALL``, ``LC_MESSAGES``, ``LANG``),
    read without Qt so that ``reader --help`` answers at once in the reader's language."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return value.split(".")[0]
    return ""


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in a command line (``--lang en`` or ``--lang=en``), if any;
    read before the full parse so that the help and the errors speak that language."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument.startswith("--lang="):
            return argument.removeprefix("--lang=")
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, French source) → translation, for every finished message of a ``.ts`` file."""
    import xml.etree.ElementTree as ElementTree  # here: French, the usual case, reads no file

    table: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: the French source is shown
            if translation.text:
                table[(name, source)] = translation.text
    return table

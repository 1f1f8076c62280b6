"""A problem found in a content file, said so that a person can fix it."""

from __future__ import annotations

import re

from reader.core.record import record


@record
class Problem:
    """What is wrong in which file, and where when known; the message is French, for people."""

    path: str
    message: str
    line: int | None = None

    def __post_init__(self) -> None:
        # A message quotes what is wrong; a 200,000-letter form quoted whole would fill the
        # message bar and take seconds to lay out. Long quotes keep their start.
        object.__setattr__(self, "message", shorten_quotes(displayable(self.message)))
        object.__setattr__(self, "path", displayable(self.path))

    def __str__(self) -> str:
        where = f"{self.path}, ligne {self.line}" if self.line is not None else self.path
        return f"{where}\u00a0: {self.message}"


MAX_QUOTE = 200
"""A quotation « … » longer than this (in characters) is cut to its first QUOTE_KEPT."""
QUOTE_KEPT = 120
MAX_MESSAGE = 2000
"""No message is longer than this: whatever follows is cut."""
_LONG_QUOTE = re.compile(rf"«([^»]{{{MAX_QUOTE + 1},}})»")


def shorten_quotes(message: str) -> str:
    """``message`` with every long quotation cut to its start and « … », and at most
    MAX_MESSAGE characters long."""
    shorter = _LONG_QUOTE.sub(lambda quote: f"«{quote.group(1)[:QUOTE_KEPT]}…\u00a0»", message)
    return shorter if len(shorter) <= MAX_MESSAGE else shorter[:MAX_MESSAGE] + "…"


def displayable(text: str) -> str:
    """``text`` with each byte of a file name that is not UTF-8 (Python keeps them as lone
    surrogates) shown as « \ufffd »: Qt, JSON and UTF-8 files cannot hold lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


class ContentError(Exception):
    """Raised when a content file cannot be used at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


@record
class TomlPosition:
    """Where tomllib says a syntax error is (Python < 3.14 only puts it in the message)."""

    reason: str
    """The message without its position."""
    line: int | None = None
    column: int | None = None
    at_end: bool = False


def toml_position(message: str) -> TomlPosition:
    """Split a tomllib error message into its reason and its position."""
    found = _TOML_WHERE.search(message)
    if found is not None:
        return TomlPosition(message[: found.start()], int(found.group(1)), int(found.group(2)))
    if _TOML_AT_END.search(message):
        return TomlPosition(_TOML_AT_END.sub("", message), at_end=True)
    return TomlPosition(message)


def toml_problem(error: ValueError, path: str) -> Problem:
    """A TOML syntax error as a Problem with its line, said in French."""
    from reader.core.toml_reasons import in_french  # only when a file is broken

    position = toml_position(str(error))
    reason = in_french(position.reason)
    if position.at_end:
        return Problem(path, f"TOML invalide à la fin du fichier : {reason}.")
    if position.line is None:
        return Problem(path, f"TOML invalide : {reason}.")
    return Problem(
        path, f"TOML invalide, colonne {position.column} : {reason}.", position.line
    )


TOO_DEEP = "listes ou tables imbriquées trop profondément (quelques niveaux au plus sont attendus)"
"""Why Python's TOML parser gave up (it recurses: 500 nested lists exhaust its stack)."""
_DEEP = 50  # no real metadata or glossary nests lists or tables this deep


def deep_nesting_line(text: str) -> int | None:
    """The line where lists or tables first nest more than a real file would, for the message
    that replaces the parser's RecursionError (brackets inside strings are counted too: the
    line is a hint)."""
    depth = 0
    line = 1
    for character in text:
        if character == "\n":
            line += 1
        elif character in "[{":
            depth += 1
            if depth > _DEEP:
                return line
        elif character in "]}":
            depth = max(0, depth - 1)
    return None


MAX_SHOWN = 50
"""Problems listed one by one in the message bar; the rest are counted."""


def problem_lines(problems: tuple[Problem, ...] | list[Problem]) -> list[str]:
    """The problems as lines for the message bar: the first MAX_SHOWN, then how many more (a
    file with 20,000 broken entries would take seconds to lay out, and nobody reads it all)."""
    lines = [str(problem) for problem in problems[:MAX_SHOWN]]
    if len(problems) > MAX_SHOWN:
        more = f"{len(problems) - MAX_SHOWN:,}".replace(",", "\u202f")
        lines.append(f"… et {more} autres problèmes, non listés ici.")
    return lines

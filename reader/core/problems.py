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

    def __str__(self) -> str:
        where = f"{self.path}, ligne {self.line}" if self.line is not None else self.path
        return f"{where} : {self.message}"


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
    """A TOML syntax error as a Problem with its line."""
    position = toml_position(str(error))
    if position.line is None:
        return Problem(path, f"TOML invalide : {position.reason}.")
    return Problem(
        path, f"TOML invalide, colonne {position.column} : {position.reason}.", position.line
    )

"""A problem found in a content file, said so that a person can fix it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """What is wrong in which file, and where when known; the message is French, for people."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}, ligne {self.line}" if self.line is not None else self.path
        return f"{where} : {self.message}"


class ContentError(Exception):
    """Raised when a content file cannot be used at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def toml_problem(error: ValueError, path: str) -> Problem:
    """A TOML syntax error as a Problem with its line (Python < 3.14 only puts it in the text)."""
    message = str(error)
    found = _TOML_WHERE.search(message)
    if found is None:
        return Problem(path, f"TOML invalide : {message}.")
    reason = message[: found.start()]
    return Problem(
        path, f"TOML invalide, colonne {found.group(2)} : {reason}.", int(found.group(1))
    )

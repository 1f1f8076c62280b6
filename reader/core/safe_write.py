"""Writing a file whole or not at all, with a clear French reason when it cannot be written.

A PDF half written (disk full, a crash while drawing) must never take the name the reader
chose: the file is drawn under a temporary name in the same folder, then renamed over it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class WriteError(Exception):
    """The file could not be written; the message says why, in French, for the reader."""


def destination_problem(path: Path) -> str | None:
    """Why ``path`` cannot receive a new file, or None when it can (checked before writing)."""
    folder = path.parent
    if path.is_dir():
        return f"« {path} » est un dossier : choisissez un nom de fichier."
    if not folder.exists():
        return f"le dossier « {folder} » n’existe pas."
    if not folder.is_dir():
        return f"« {folder} » n’est pas un dossier."
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"vous n’avez pas le droit d’écrire dans le dossier « {folder} »."
    if path.exists() and not os.access(path, os.W_OK):
        return f"le fichier « {path} » est protégé contre l’écriture."
    return None


def write_replacing(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` on a temporary file beside ``path``, then put it in place in one step.

    Raises WriteError, leaving nothing behind, when the destination is unusable or ``write``
    fails (it raises OSError or WriteError, or writes nothing).
    """
    problem = destination_problem(path)
    if problem is not None:
        raise WriteError(problem)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise WriteError(_reason(error, path.parent)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        write(temporary)
        if temporary.stat().st_size == 0:
            raise WriteError("rien n’a pu être écrit dans le fichier.")
        os.replace(temporary, path)
    except OSError as error:
        raise WriteError(_reason(error, path)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _reason(error: OSError, where: Path) -> str:
    detail = error.strerror or type(error).__name__
    return f"écriture impossible dans « {where} » ({detail})."

"""Writing a file whole or not at all, with a clear French reason when it cannot be written.

A PDF half written (disk full, a crash while drawing) must never take the name the reader
chose: the file is drawn under a temporary name in the same folder, checked (Qt's PDF writer
reports no write error, so a full disk leaves a truncated file that looks written), flushed to
the disk, then renamed over it. The new file gets the permissions the umask allows, a replaced
file keeps its own.
"""

from __future__ import annotations

import contextlib
import os
import stat
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


_NAME_MAX = 255
"""The longest file name (in bytes) of the usual file systems (ext4, btrfs, XFS, NTFS)."""
INCOMPLETE = (
    "le fichier écrit est incomplet (le disque est peut-être plein) ; "
    "aucun fichier existant n’a été remplacé."
)
"""Why a file whose ``check`` failed was not put in place."""


def write_replacing(
    path: Path,
    write: Callable[[Path], None],
    complete: Callable[[Path], bool] = lambda _path: True,
) -> None:
    """Call ``write`` on a temporary file beside ``path``, then put it in place in one step.

    ``complete`` says whether what was written is whole (a PDF ends with its trailer). Raises
    WriteError, leaving nothing behind and any old file as it was, when the destination is
    unusable or ``write`` fails (it raises OSError or WriteError, writes nothing, or writes a
    file that is not complete).
    """
    problem = destination_problem(path)
    if problem is not None:
        raise WriteError(problem)
    try:
        handle, name = tempfile.mkstemp(
            prefix=_temporary_prefix(path.name), suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise WriteError(_reason(error, path.parent)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        mode = _mode_for(path)
        write(temporary)
        if temporary.stat().st_size == 0:
            raise WriteError("rien n’a pu être écrit dans le fichier.")
        if not complete(temporary):
            raise WriteError(INCOMPLETE)
        with temporary.open("rb+") as written:
            os.fsync(written.fileno())  # a disk that fills up at flush time says so here
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        raise WriteError(_reason(error, path)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _temporary_prefix(name: str) -> str:
    """The file's own name when the temporary name stays within the limit, else a short one:
    a name the file system accepts must not be refused because of the temporary one."""
    prefix = f".{name}."
    if len(os.fsencode(prefix)) + len(".tmp") + 8 <= _NAME_MAX:
        return prefix
    return ".lecteur."


def _mode_for(path: Path) -> int:
    """The permissions for ``path``: those of the file it replaces, else what the umask
    leaves of rw-rw-rw- (mkstemp makes its file private to the owner)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def ends_with(marker: bytes, tail: int = 1024) -> Callable[[Path], bool]:
    """A ``complete`` check: whether the file ends with ``marker`` (white space aside), as a
    PDF ends with ``%%EOF``; reads only the last ``tail`` bytes."""

    def check(path: Path) -> bool:
        with path.open("rb") as file:
            size = file.seek(0, os.SEEK_END)
            file.seek(max(0, size - tail))
            return file.read().rstrip().endswith(marker)

    return check


def _reason(error: OSError, where: Path) -> str:
    detail = error.strerror or type(error).__name__
    return f"écriture impossible dans « {where} » ({detail})."

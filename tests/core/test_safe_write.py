"""Writing a file whole or not at all, with a French reason when it cannot be written."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.safe_write import WriteError, destination_problem, write_replacing

AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_permissions = pytest.mark.skipif(AS_ROOT, reason="root may write in a read-only folder")


def _missing_folder(tmp: Path) -> Path:
    return tmp / "absent" / "x.pdf"


def _a_folder(tmp: Path) -> Path:
    (tmp / "dossier.pdf").mkdir()
    return tmp / "dossier.pdf"


def _under_a_file(tmp: Path) -> Path:
    (tmp / "fichier").write_text("x")
    return tmp / "fichier" / "x.pdf"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_missing_folder, "n’existe pas"),
        (_a_folder, "est un dossier"),
        (_under_a_file, "n’est pas un dossier"),
    ],
)
def test_destination_problems(make: Callable[[Path], Path], words: str, tmp_path: Path) -> None:
    path = make(tmp_path)
    problem = destination_problem(path)
    assert problem is not None and words in problem
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(WriteError, match=words):
        write_replacing(path, lambda p: p.write_bytes(b"%PDF"))
    assert sorted(tmp_path.rglob("*")) == before


@needs_permissions
def test_a_read_only_folder_is_refused_before_writing(tmp_path: Path) -> None:
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert "droit d’écrire" in (destination_problem(folder / "x.pdf") or "")
        with pytest.raises(WriteError, match="droit d’écrire"):
            write_replacing(folder / "x.pdf", lambda p: p.write_bytes(b"%PDF"))
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_good_destination_has_no_problem(tmp_path: Path) -> None:
    assert destination_problem(tmp_path / "x.pdf") is None
    (tmp_path / "x.pdf").write_bytes(b"old")
    assert destination_problem(tmp_path / "x.pdf") is None


def test_the_file_appears_whole_and_nothing_else_is_left(tmp_path: Path) -> None:
    seen: list[Path] = []

    def write(temporary: Path) -> None:
        seen.append(temporary)
        assert temporary.parent == tmp_path
        assert not (tmp_path / "x.pdf").exists()  # not under its name while being written
        temporary.write_bytes(b"%PDF-1.4 ... %%EOF")

    write_replacing(tmp_path / "x.pdf", write)
    assert (tmp_path / "x.pdf").read_bytes() == b"%PDF-1.4 ... %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]
    assert not seen[0].exists()


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (OSError(28, "No space left on device"), "No space left on device"),
        (WriteError("le PDF n’a pas pu être dessiné."), "dessiné"),
        (None, "rien n’a pu être écrit"),  # the writer wrote nothing
    ],
)
def test_a_failed_write_keeps_the_old_file_and_leaves_nothing(
    failure: Exception | None, words: str, tmp_path: Path
) -> None:
    (tmp_path / "x.pdf").write_bytes(b"old")

    def write(temporary: Path) -> None:
        if failure is not None:
            temporary.write_bytes(b"half")
            raise failure

    with pytest.raises(WriteError, match=words):
        write_replacing(tmp_path / "x.pdf", write)
    assert (tmp_path / "x.pdf").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]

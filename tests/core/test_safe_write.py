"""Writing a file whole or not at all, with a French reason when it cannot be written."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.safe_write import WriteError, destination_problem, ends_with, write_replacing

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


# -- a full disk, permissions and long names (issue 16) -------------------------------------------


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n" + b"x" * 100 + b"\n%%EOF\n")


def test_a_truncated_file_never_replaces_the_old_one(tmp_path: Path) -> None:
    """Qt's PDF writer reports no error on a full disk: the check on the trailer catches it."""
    target = tmp_path / "article.pdf"
    target.write_bytes(b"ancien PDF complet")
    with pytest.raises(WriteError, match="incomplet"):
        write_replacing(
            target, lambda p: p.write_bytes(b"%PDF-1.4\n" + b"x" * 50), ends_with(b"%%EOF")
        )
    assert target.read_bytes() == b"ancien PDF complet"
    assert [p.name for p in tmp_path.iterdir()] == ["article.pdf"]


def test_a_whole_file_passes_the_check(tmp_path: Path) -> None:
    write_replacing(tmp_path / "a.pdf", _pdf, ends_with(b"%%EOF"))
    assert (tmp_path / "a.pdf").read_bytes().endswith(b"%%EOF\n")


def test_a_new_file_gets_the_umask_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_replacing(tmp_path / "a.pdf", _pdf)
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    target.chmod(0o604)
    write_replacing(target, _pdf)
    assert stat.S_IMODE(target.stat().st_mode) == 0o604
    assert target.read_bytes().startswith(b"%PDF")


def test_the_longest_name_the_file_system_accepts_is_accepted(tmp_path: Path) -> None:
    name = "é" * 123 + ".pdf"  # 250 bytes in UTF-8: the temporary name must stay shorter
    (tmp_path / name).write_bytes(b"")  # the file system takes it
    write_replacing(tmp_path / name, _pdf)
    assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [name]

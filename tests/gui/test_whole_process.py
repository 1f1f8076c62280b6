"""The reader as a whole process: a damaged window layout cannot crash it, and a SIGTERM or
SIGINT (logout, shutdown, Ctrl+C) closes it as a person would, remembering what closing
remembers. Run through tests/tools/drive_reader.py, so that a crash fails one test, not all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from reader.core.settings_values import seal
from tests.gui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 30


@contextmanager
def _reader(tmp_path: Path, *options: str, settings: Path) -> Iterator[subprocess.Popen[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.tools.drive_reader",
            *options,
            "--",
            "--settings",
            str(settings),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(TIMEOUT)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def _line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


def _saved_layout(make_window: WindowFactory, settings_file: Path) -> bytes:
    """The layout blob a real window writes when it closes."""
    window = make_window()
    window.close()
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value("window/state")
    assert isinstance(value, QByteArray) and not value.isEmpty()
    return bytes(value.data())


def test_a_damaged_layout_byte_cannot_crash_the_reader(
    make_window: WindowFactory, settings_file: Path, tmp_path: Path
) -> None:
    """Qt's restoreState crashes (SIGSEGV) on this one changed byte (a count in the dock
    layout), found by random mutation; the seal written beside the layout catches it."""
    state = bytearray(_saved_layout(make_window, settings_file))
    written_seal = seal(bytes(state))
    state[15] = 11
    # The file as the reader wrote it (layout and seal), then one byte of the layout damaged.
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    store.setValue("window/state", QByteArray(bytes(state)))
    store.setValue("window/state_seal", written_seal)
    store.sync()
    with _reader(tmp_path, "--close", settings=settings_file) as process:
        status = process.wait(TIMEOUT)
        assert process.stderr is not None
        err = process.stderr.read()
    assert status == 0, err
    assert "Traceback" not in err
    # Closing wrote a fresh, sealed layout over the damaged one.
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    fresh = store.value("window/state")
    assert isinstance(fresh, QByteArray)
    assert store.value("window/state_seal") == seal(bytes(fresh.data()))


def test_a_sealed_layout_is_still_restored(make_window: WindowFactory) -> None:
    window = make_window()
    window.tree_dock.toggleViewAction().trigger()
    assert not window.tree_dock.isVisible()
    window.close()
    assert not make_window().tree_dock.isVisible()


def test_an_ini_file_of_another_program_is_never_written_over(qtbot: QtBot, tmp_path: Path) -> None:
    """QSettings escapes spaces in keys: « nom = valeur » lines were not written by it."""
    other = tmp_path / "autre.ini"
    content = "[Réglages]\nnom = Jean\nville = Lyon\ntaille = 150\n"
    other.write_text(content, encoding="utf-8")
    with _reader(tmp_path, "--zoom-in", "--close", settings=other) as process:
        assert _line(process) == "ready 100"
        assert _line(process) == "changed 110"
        assert process.wait(TIMEOUT) == 0
    assert other.read_text(encoding="utf-8") == content


def _text_size(settings: Path) -> object:
    return QSettings(str(settings), QSettings.Format.IniFormat).value("display/text_size")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_change_just_before_a_signal_is_remembered(
    tmp_path: Path, settings_file: Path, number: signal.Signals
) -> None:
    with _reader(tmp_path, "--zoom-in", settings=settings_file) as process:
        assert _line(process) == "ready 100"
        assert _line(process) == "changed 110"
        time.sleep(0.3)  # the change is 0.3 s old: written only a second after it, normally
        process.send_signal(number)
        status = process.wait(TIMEOUT)
        assert process.stderr is not None
        err = process.stderr.read()
    assert status == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert _text_size(settings_file) == "110"
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert store.value("reading/article") == str((ROOT / "content" / "article.md").resolve())
    assert isinstance(store.value("window/state"), QByteArray)


def test_a_signal_during_an_export_leaves_no_temporary_file(
    tmp_path: Path, settings_file: Path
) -> None:
    folder = tmp_path / "pdf"
    folder.mkdir()
    target = folder / "article.pdf"
    with _reader(tmp_path, "--export", str(target), settings=settings_file) as process:
        assert _line(process).startswith("ready")
        assert _line(process) == "exporting"
        process.send_signal(signal.SIGTERM)
        status = process.wait(TIMEOUT)
    assert status == 0
    assert [p.name for p in folder.iterdir()] in ([], ["article.pdf"])
    if target.exists():
        assert target.read_bytes().rstrip().endswith(b"%%EOF")

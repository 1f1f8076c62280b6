"""Settings that cannot be read or written: the real window starts on the defaults, never
crashes, never writes defaults over a file it could not read, and never leaves half a file.

Completes the damaged-file and out-of-range cases of tests/gui/test_display.py.
"""

from __future__ import annotations

import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.app import main
from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.ui.app.settings import Settings
from reader.ui.main_window import MainWindow
from tests.gui.conftest import WindowFactory, close_later

LABEL_100 = "100\u00a0%"


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(
        open_document(bundled_article()),
        Settings(QSettings(str(path), QSettings.Format.IniFormat)),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _use_and_close(window: MainWindow) -> None:
    """Change every kind of setting, then close (which writes them)."""
    window.display.zoom_in()
    window.display.set_large_text(True)
    window.display.choose_theme("sombre")
    window.pane.scroll_to_section(3)
    window.close()


def test_a_settings_folder_that_is_a_file(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Root may write anywhere, but nobody can create a file inside a file."""
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_bytes(b"je suis un fichier\n")
    path = blocker / "reader.ini"
    window = _window(qtbot, path)
    assert window.display.size_label.text() == LABEL_100
    _use_and_close(window)
    assert blocker.read_bytes() == b"je suis un fichier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pas-un-dossier", "user-settings"]
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main(["--settings", str(path)]) == 0
    assert seen["title"] == "Le cancer peut-il être guéri après métastase\u00a0?"
    assert "Traceback" not in capsys.readouterr().err


def test_a_settings_file_that_is_a_folder(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "reader.ini"
    (folder / "dedans").mkdir(parents=True)
    window = _window(qtbot, folder)
    assert window.display.size_label.text() == LABEL_100
    _use_and_close(window)
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["dedans"]


def test_another_file_given_as_settings_is_never_written_over(qtbot: QtBot, tmp_path: Path) -> None:
    """« reader --settings notes.txt » by mistake: QSettings would read the lines as keys and
    write its own over them when the window closes."""
    notes = tmp_path / "notes.txt"
    content = "Questions pour le médecin :\n- durée du traitement = combien ?\n- effets\n"
    notes.write_text(content, encoding="utf-8")
    seen: dict[str, object] = {}
    close_later(qtbot, seen)
    assert main(["--settings", str(notes)]) == 0
    assert "title" in seen
    assert notes.read_text(encoding="utf-8") == content


def test_a_settings_file_too_large_is_left_alone(
    make_window: WindowFactory, settings_file: Path
) -> None:
    content = b"[display]\ntext_size=150\n" + b"; commentaire\n" * 100_000
    settings_file.write_bytes(content)
    window = make_window()
    assert window.display.size_label.text() == LABEL_100
    _use_and_close(window)
    assert settings_file.read_bytes() == content


@pytest.mark.parametrize(
    "content",
    [
        "[display]\ntext_size=@Rect(1 2 3 4)\ntheme=@Size(1 2)\nlarge_text=@Point(1 2)\n",
        "[display]\ntext_size=100, 200\ntheme=clair, sombre\nlarge_text_size=1e3\n",
        "[display]\ntext_size=" + "9" * 5000 + "\nlarge_text_size=-200\nlarge_text=2\n",
        "[display]\ntext_size=49\nlarge_text=true\nlarge_text_size=199\n",
        "[reading]\narticle=@ByteArray(\\0)\nsection=-1\noffset=99999999999999999999\n",
        "[window]\ngeometry=@ByteArray(" + "A" * 3000 + ")\nstate=@ByteArray(\\xff\\xff)\n",
    ],
    ids=["qt-types", "lists", "huge", "just-outside", "reading", "window"],
)
def test_wrong_types_and_ranges_give_defaults(
    make_window: WindowFactory, settings_file: Path, content: str
) -> None:
    settings_file.write_text(content, encoding="utf-8")
    window = make_window()
    percent = window.display.text_percent
    assert percent in (100, 200)  # 200 only where Grand texte is validly on
    assert window.display.size_label.text() == f"{percent}\u00a0%"
    assert window.display.theme_actions["systeme"].isChecked()
    assert window.pane.verticalScrollBar().value() == 0
    window.close()


@contextmanager
def _files_limited_to(size: int) -> Iterator[None]:
    """Any write past ``size`` bytes of a file fails with EFBIG, as on a full disk: unlike
    folder permissions, this holds for root too."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_failed_write_leaves_the_old_file_whole(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "reglages"
    folder.mkdir()
    path = folder / "reader.ini"
    old = b"[display]\ntext_size=150\ntheme=contraste\n"
    path.write_bytes(old)
    window = _window(qtbot, path)
    assert window.display.size_label.text() == "150\u00a0%"
    with _files_limited_to(16):
        _use_and_close(window)
        store = QSettings(str(path), QSettings.Format.IniFormat)
        store.setValue("display/text_size", 175)
        store.sync()
        assert store.status() == QSettings.Status.AccessError
    assert path.read_bytes() == old
    assert [p.name for p in folder.iterdir()] == ["reader.ini"]  # no temporary file left

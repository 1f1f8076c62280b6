"""PySide6 reads the source of every module imported after it; the reader spares it that."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# As the reader starts: its core first, then PySide6, then the window's modules. Prints the
# reader's source files that ended up read and kept in linecache.
_START = """
import linecache, sys
import reader.app
from PySide6.QtCore import QCoreApplication
if {spare}:  # as reader.app does: the helper was imported with the core, before PySide6
    assert reader.ui.import_scan.skip_source_scan()
import reader.ui.main_window
print(sorted(name for name in linecache.cache if "/reader/" in name.replace("\\\\", "/")))
"""


def _sources_read(spare: bool) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _START.format(spare=spare)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
    )
    return list(ast.literal_eval(result.stdout.strip()))  # a printed list of file names


def test_pyside6_reads_the_window_modules_without_the_reader_help() -> None:
    """The control: this PySide6 does scan (if it stops, the helper can go)."""
    read = _sources_read(spare=False)
    assert any(name.endswith("text_pane.py") for name in read)


def test_the_window_modules_are_not_read_at_start_up() -> None:
    assert _sources_read(spare=True) == []

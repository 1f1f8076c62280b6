"""Runs the real ``reader`` command as a whole process, for tests that crash or signal it.

    python -m tests.tools.drive_reader [--zoom-in] [--export PDF] [--close] -- READER-ARGS

Once the window is on screen it does what it is asked (one step up in text size, a PDF export,
closing it as a person would), printing one line on standard output after each step
(``ready PERCENT``, ``changed PERCENT``, ``exporting``, ``exported``), then leaves the reader
running until it closes. Exits with the reader's status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zoom-in", action="store_true")
    parser.add_argument("--export", type=Path)
    parser.add_argument("--close", action="store_true")
    parser.add_argument("reader_args", nargs="*")
    options = parser.parse_args()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import main as reader_main
    from reader.ui.main_window import MainWindow

    app = QApplication(["reader"])

    def drive() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(10, drive)
            return
        window = windows[0]
        _say(f"ready {window.display.text_percent}")
        if options.zoom_in:
            window.display.zoom_in()
            _say(f"changed {window.display.text_percent}")
        if options.export is not None:
            _say("exporting")
            window.printing.export_pdf(options.export)
            _say("exported")
        if options.close:
            window.close()

    QTimer.singleShot(0, drive)
    return reader_main(options.reader_args)


if __name__ == "__main__":
    sys.exit(main())

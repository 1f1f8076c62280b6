"""A full tour of the reader with socket creation made to fail; prints what was attempted as JSON.

Run by tests/gui/test_offline.py in a fresh interpreter, so that ``sys.modules`` tells whether
anything imported ``PySide6.QtNetwork``.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import tempfile
from pathlib import Path
from typing import Any

ATTEMPTS: list[str] = []


class _NoSocket(socket.socket):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        ATTEMPTS.append(f"socket{args!r}")
        raise OSError("réseau interdit pendant la visite hors ligne")


def _refuse(*args: Any, **kwargs: Any) -> Any:
    ATTEMPTS.append(f"connexion{args!r}")
    raise OSError("réseau interdit pendant la visite hors ligne")


def main() -> None:
    socket.socket = _NoSocket  # type: ignore[misc]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.bundle import bundled_article
    from reader.core.document import open_document
    from reader.ui.application import configure_application
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication([])
    configure_application(app)
    steps: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_document(bundled_article()), Settings(store))
        window.show()
        QTest.qWaitForWindowExposed(window)
        pane = window.pane
        for _ in range(8):
            QTest.keyClick(pane, Qt.Key.Key_PageDown)
        steps.append("défilement")
        for index in range(len(pane.sections)):
            pane.scroll_to_section(index)
        steps.append("sommaire")
        QTest.keyClick(pane, Qt.Key.Key_Tab)
        QTest.keyClick(pane, Qt.Key.Key_Return)
        steps.append("liens")
        window.about_action.trigger()
        steps.append("à propos")
        app.processEvents()
        if "--control" in sys.argv:  # proves that the recorder sees an attempt
            try:
                socket.create_connection(("127.0.0.1", 9))
            except OSError:
                steps.append("contrôle")
        window.close()
    print(
        json.dumps(
            {
                "steps": steps,
                "attempts": ATTEMPTS,
                "qtnetwork": sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork")),
            }
        )
    )


if __name__ == "__main__":
    main()

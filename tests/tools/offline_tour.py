"""A full tour of the reader with socket creation made to fail; prints what was attempted as JSON.

Run by tests/gui/test_offline.py in a fresh interpreter, so that ``sys.modules`` tells whether
anything imported ``PySide6.QtNetwork``, and an audit hook sees every file Python opens.

    python -m tests.tools.offline_tour [--article PATH] [--query TEXT] [--control]

The tour drives the real window with keys and clicks: scrolling, the section tree, every link,
search (typing, F3, Shift+F3, the results panel, Escape), a glossary definition opened and
closed, text size (Ctrl+=, Ctrl+-, Grand texte on and off, Ctrl+0), every theme, a PDF export,
« À propos », then closing (which writes the settings). A step that does not happen stops the
tour with an error, so the test fails rather than passing on a shorter tour.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ATTEMPTS: list[str] = []
OPENED: set[str] = set()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Note every file Python opens (imports included): path-like first argument only."""
    if event == "open" and args and isinstance(args[0], str | bytes):
        OPENED.add(os.fsdecode(args[0]))


class _NoSocket(socket.socket):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        ATTEMPTS.append(f"socket{args!r}")
        raise OSError("réseau interdit pendant la visite hors ligne")


def _refuse(*args: Any, **kwargs: Any) -> Any:
    ATTEMPTS.append(f"connexion{args!r}")
    raise OSError("réseau interdit pendant la visite hors ligne")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--article", type=Path, help="article to tour (default: the bundled one)")
    parser.add_argument("--query", default="metastase", help="what to search for")
    parser.add_argument("--control", action="store_true", help="attempt one connection")
    return parser.parse_args()


def main() -> None:
    tempfile.gettempdir()  # tempfile probes the folder once: its own doing, not the reader's
    sys.addaudithook(_audit)
    socket.socket = _NoSocket  # type: ignore[misc]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    options = _arguments()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.bundle import bundled_article, content_dir, resources_dir
    from reader.core.document import open_document
    from reader.ui.app.application import configure_application
    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    app = QApplication([])
    configure_application(app)
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier

    def wait_until(condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + 10
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"la visite attendait en vain : {what}")
            QTest.qWait(10)

    steps: list[str] = []
    with tempfile.TemporaryDirectory(prefix="visite-") as folder:
        store = QSettings(str(Path(folder) / "reglages.ini"), QSettings.Format.IniFormat)
        document = open_document(options.article or bundled_article())
        window = MainWindow(document, Settings(store))
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.activateWindow()
        wait_until(window.isActiveWindow, "la fenêtre active")
        pane = window.pane

        for _ in range(8):
            QTest.keyClick(pane, Qt.Key.Key_PageDown)
        QTest.keyClick(pane, Qt.Key.Key_Home, ctrl)
        steps.append("défilement")

        QTest.keyClick(pane, Qt.Key.Key_T, ctrl)
        wait_until(lambda: window.tree.hasFocus(), "le sommaire")
        for _ in range(len(pane.sections)):
            QTest.keyClick(window.tree, Qt.Key.Key_Down)
            QTest.keyClick(window.tree, Qt.Key.Key_Return)
        for index in range(len(pane.sections)):
            pane.scroll_to_section(index)
        steps.append("sommaire")

        def links(scheme_is_term: bool) -> list[tuple[int, str]]:
            found: list[tuple[int, str]] = []
            block = pane.document().begin()
            while block.isValid():
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    href = fragment.charFormat().anchorHref()
                    if href and href.startswith("terme:") == scheme_is_term:
                        found.append((fragment.position() + 1, href))  # its middle may wrap
                    fragments += 1
                block = block.next()
            return found

        def click_at(position: int) -> None:
            cursor = pane.textCursor()
            cursor.setPosition(position)
            pane.setTextCursor(cursor)
            pane.ensureCursorVisible()
            QTest.mouseClick(
                pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
            )

        for position, _href in links(scheme_is_term=False):
            click_at(position)
        pane.setFocus()
        QTest.keyClick(pane, Qt.Key.Key_Tab)
        QTest.keyClick(pane, Qt.Key.Key_Return)
        QTest.keyClick(pane, Qt.Key.Key_Escape)
        steps.append("liens")

        pane.setFocus()
        QTest.keyClick(pane, Qt.Key.Key_F, ctrl)
        bar = window.search.search_bar
        wait_until(lambda: bar.field.hasFocus(), "le champ de recherche")
        QTest.keyClicks(bar.field, options.query)
        wait_until(lambda: " sur " in bar.count_text, "les résultats comptés")
        for _ in range(3):
            QTest.keyClick(bar.field, Qt.Key.Key_F3)
        QTest.keyClick(bar.field, Qt.Key.Key_F3, shift)
        QTest.keyClick(bar.field, Qt.Key.Key_R, ctrl)
        results = window.search.search_results
        wait_until(
            lambda: results.row_count() > 0 and window.search.results_dock.isVisible(),
            "les résultats",
        )
        QTest.keyClick(results.view, Qt.Key.Key_Down)
        QTest.keyClick(results.view, Qt.Key.Key_Return)
        QTest.keyClick(bar.field, Qt.Key.Key_Escape)
        wait_until(
            lambda: not bar.is_active and not pane.extraSelections(), "la fin de la recherche"
        )
        steps.append("recherche")

        terms = links(scheme_is_term=True)
        if not terms:
            raise RuntimeError("la visite attendait en vain : un mot du glossaire dans le texte")
        for position, _href in terms[:3]:
            click_at(position)
            wait_until(window.glossary.popup.isVisible, "la définition")
            QTest.keyClick(window.glossary.popup.body, Qt.Key.Key_Escape)
            wait_until(lambda: not window.glossary.popup.isVisible(), "la définition fermée")
        window.glossary.dock.show()
        window.glossary.dock.raise_()
        steps.append("glossaire")

        pane.setFocus()
        for _ in range(3):
            QTest.keyClick(pane, Qt.Key.Key_Equal, ctrl)
        QTest.keyClick(pane, Qt.Key.Key_Minus, ctrl)
        wait_until(lambda: window.display.text_percent == 125, "le texte à 125 %")
        QTest.keyClick(pane, Qt.Key.Key_T, ctrl | shift)
        wait_until(lambda: window.display.text_percent == 200, "le Grand texte")
        QTest.keyClick(pane, Qt.Key.Key_T, ctrl | shift)
        QTest.keyClick(pane, Qt.Key.Key_0, ctrl)
        wait_until(lambda: window.display.text_percent == 100, "la taille normale")
        steps.append("taille")

        for action in window.display.theme_actions.values():
            action.trigger()
            app.processEvents()
        steps.append("thèmes")

        pdf = Path(folder) / "article.pdf"
        if not window.printing.export_pdf(pdf) or not pdf.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("la visite attendait en vain : le PDF")
        steps.append("pdf")

        window.navigation.about_action.trigger()
        app.processEvents()
        steps.append("à propos")
        if options.control:  # proves that the recorder sees an attempt
            try:
                socket.create_connection(("127.0.0.1", 9))
            except OSError:
                steps.append("contrôle")
        window.close()
        app.processEvents()
        report = {
            "steps": steps,
            "attempts": ATTEMPTS,
            "qtnetwork": sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork")),
            "opened": sorted(OPENED),
            "places": {
                "temporary": folder,
                "content": str(content_dir()),
                "resources": str(resources_dir()),
                "python": sorted({sys.prefix, sys.base_prefix, sys.exec_prefix}),
            },
        }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()

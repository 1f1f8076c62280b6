"""Render the real window to PNG (offscreen) to look at it.

Usage: ``python -m tests.tools.screenshot OUT.png``.

Options: ``--size 1100x780`` the window size, ``--section N`` scroll to a section first,
``--percent 150`` the text size, ``--large`` Grand texte, ``--theme sombre`` a theme.
``--term WORD`` click the first glossary term reading WORD (opens its definition),
``--glossary FILTER`` show the « Glossaire » panel, filtered, on its first term.
``--read-aloud TEXT`` read aloud (Qt's silent mock engine) from the sentence starting TEXT.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1100x780")
    parser.add_argument("--section", type=int, default=-1)
    parser.add_argument("--article", type=Path, default=None)
    parser.add_argument("--percent", type=int, default=0)
    parser.add_argument("--large", action="store_true")
    parser.add_argument("--theme", default="")
    parser.add_argument("--term", default=None)
    parser.add_argument("--glossary", default=None)
    parser.add_argument("--read-aloud", default=None)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QPointF, QSettings, Qt
    from PySide6.QtGui import QMouseEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from reader.core.bundle import bundled_article
    from reader.core.document import open_document
    from reader.ui.app.application import configure_application
    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    app = QApplication([])
    configure_application(app)
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_document(args.article or bundled_article()), Settings(store))
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        for _ in range(5):
            app.processEvents()
        if args.large:
            window.display.large_text_action.trigger()
        if args.theme:
            window.display.choose_theme(args.theme)
        while args.percent and window.display.text_percent < args.percent:
            window.display.zoom_in()
        for _ in range(5):
            app.processEvents()
        if args.section >= 0:
            window.pane.scroll_to_section(args.section)
            app.processEvents()
        if args.glossary is not None:
            window.glossary.dock.raise_()
            window.glossary.panel.filter_field.setText(args.glossary)
            app.processEvents()
        if args.term:
            pane = window.pane
            cursor = pane.document().find(args.term)
            while not cursor.isNull() and not cursor.charFormat().anchorHref():
                cursor = pane.document().find(args.term, cursor)
            middle = QTextCursor(pane.document())
            middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
            pane.setTextCursor(middle)
            pane.ensureCursorVisible()
            app.processEvents()
            point = QPointF(pane.cursorRect(middle).center())
            for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
                event = QMouseEvent(
                    kind,
                    point,
                    pane.viewport().mapToGlobal(point),
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton
                    if kind == QMouseEvent.Type.MouseButtonPress
                    else Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                app.sendEvent(pane.viewport(), event)
            for _ in range(5):
                app.processEvents()
        if args.read_aloud:
            # The mock engine has no French voice: its English one stands in (it is silent).
            os.environ.update(LECTEUR_VOIX_MOTEUR="mock", LECTEUR_VOIX_LANGUE="en_GB")
            pane = window.pane
            found = pane.document().find(args.read_aloud)
            found.setPosition(found.selectionStart())
            pane.setTextCursor(found)
            window.reading_aloud.read_action.trigger()
            for _ in range(5):
                app.processEvents()
        window.grab().save(str(args.out))
        window.close()


if __name__ == "__main__":
    main()

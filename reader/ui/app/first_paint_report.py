"""A check that the installed reader really shows the article: what the window shows at its first
paint, printed, then the reader quits.

Set ``LECTEUR_SANTE_FIRST_PAINT_EXIT=1`` to use it (the offline bundle's test does, on a computer
with no screen): the title the window manager would show, then the first line painted at the top
of the text. Nothing is printed when the text is never painted (an error dialog, a crash).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from reader.ui.app.first_paint import AfterFirstPaint


def report_then_quit(window: QWidget, pane: QTextBrowser) -> AfterFirstPaint:
    """After ``pane``'s first paint, print the window's title and the top line of text, and quit."""

    def report() -> None:
        # Qt shows the application's display name when the window sets no title of its own.
        title = window.windowTitle() or QApplication.applicationDisplayName()
        top = pane.cursorForPosition(QPoint(0, 0)).block().text()
        print(f"titre : {title}", flush=True)
        print(f"texte : {top}", flush=True)
        QCoreApplication.quit()

    return AfterFirstPaint(pane.viewport(), report)

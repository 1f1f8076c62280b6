"""Printing: « Imprimer… » and « Exporter en PDF… », and what they need to know.

The actions exist from the start; the printer itself (reader.ui.printing.handout_printer, and
Qt's print support with it) is made the first time one of them is used: most readings never
print. The window feeds this controller the section being read and the reading font.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.core.document import Document
from reader.ui.controllers.action_text import new_action, show_shortcut_in_tooltip

if TYPE_CHECKING:
    from reader.core.handout_html import Handout, Scope
    from reader.ui.printing.handout_printer import Printing


class PrintingController(QObject):
    """The print and PDF actions, and the printer made on first use."""

    message = Signal(str)
    """What happened to an export, to tell the reader (« PDF enregistré : … »)."""

    def __init__(self, document: Document, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self._printing: Printing | None = None
        self._section = -1
        self._font = QFont()
        self.print_action = new_action(self.tr("&Imprimer…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(
            self.tr("Imprimer l’article ou la section en cours, avec son glossaire")
        )
        self.pdf_action = new_action(self.tr("Exporter en P&DF…"), self)
        self.pdf_action.setStatusTip(
            self.tr("Enregistrer l’article ou la section en cours dans un fichier PDF")
        )
        for action in (self.print_action, self.pdf_action):
            show_shortcut_in_tooltip(action)
        self.print_action.triggered.connect(self.print_handout)
        self.pdf_action.triggered.connect(self.ask_pdf_export)

    def _printer(self) -> Printing:
        if self._printing is None:
            from reader.ui.printing.handout_printer import Printing

            self._printing = Printing(self._document, self._window)
            self._printing.message.connect(self.message)
        self._printing.current_section = self._section
        self._printing.reading_font = self._font
        return self._printing

    @Slot(int)
    def set_current_section(self, index: int) -> None:
        """The section being read (what « Section en cours » prints)."""
        self._section = index

    @Slot(QFont, str)
    def set_reading_style(self, font: QFont, _style_sheet: str = "") -> None:
        """The reading font: a larger reading size prints larger too."""
        self._font = QFont(font)

    def handout(self, scope: Scope = "article") -> Handout:
        """The handout for the whole article or the section being read, with its glossary."""
        return self._printer().handout(scope)

    @Slot()
    def print_handout(self) -> None:
        """Ask what to print, then open the print preview (from which it is printed)."""
        self._printer().print_handout()

    def show_print_preview(self, scope: Scope = "article") -> None:
        """Open the print preview of the handout; its printer button prints it."""
        self._printer().show_print_preview(scope)

    @Slot()
    def ask_pdf_export(self) -> None:
        """Ask what to export, then where to save the PDF."""
        self._printer().ask_pdf_export()

    def export_pdf(self, path: Path, scope: Scope = "article") -> bool:
        """Write the handout to a PDF file (A4), whole or not at all; says what happened
        (``message``). Returns whether the file was written."""
        return self._printer().export_pdf(path, scope)

"""Printing and PDF export of the large-print handout: the dialogs, the preview and the file.

Made the first time the reader asks to print or export (by reader.ui.controllers.printing), so
that Qt's print support (a library of its own) is not loaded when the reader starts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QFont, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from reader.core.document import GLOSSARY_NAME, Document
from reader.core.glossary.loader import load_glossary
from reader.core.handout_html import Handout, Scope, compose_handout, pdf_file_name
from reader.core.problems import Problem, displayable, problem_lines
from reader.core.rendered_article import Section
from reader.core.safe_write import WriteError, ends_with, write_replacing
from reader.ui.dialogs.print_scope import PrintScopeDialog
from reader.ui.printing.handout_pages import paint_handout, set_handout_margins


class Printing(QObject):
    """Prints or exports the article, or the section being read, with its glossary.

    It is fed what it needs (the section being read, the reading font) and reaches into no
    widget; its dialogs are children of ``window``, and live while they are open.
    """

    message = Signal(str)
    """What happened to an export, to tell the reader (« PDF enregistré : … »)."""

    def __init__(self, document: Document, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._window = window
        self.current_section = -1
        """The index of the section being read (-1 before the first heading)."""
        self.reading_font = QFont()
        """The pane's reading font: a larger reading size prints larger too."""
        self._dialogs: list[QDialog] = []  # kept alive while open, dropped when closed
        self._pdf_folder: Path | None = None
        self._glossary_problems: tuple[Problem, ...] = ()

    def handout(self, scope: Scope = "article") -> Handout:
        """The handout for the whole article or the section being read, with its glossary
        (the ``glossary.toml`` beside the article, read now so that it is never stale)."""
        document = self._document
        glossary = load_glossary(document.article.path.parent / GLOSSARY_NAME)
        self._glossary_problems = glossary.problems  # said with the export's outcome
        return compose_handout(
            document.title,
            document.article.metadata,
            document.notice,
            document.article.markdown,
            glossary,
            scope,
            self.current_section,
        )

    @Slot()
    def print_handout(self) -> None:
        """Ask what to print, then open the print preview (from which it is printed)."""
        self._ask_scope(
            self.tr("Imprimer"),
            self.tr("Que voulez-vous imprimer ?"),
            self.tr("Aperçu avant impression…"),
            self.show_print_preview,
        )

    def show_print_preview(self, scope: Scope = "article") -> None:
        """Open the print preview of the handout; its printer button prints it."""
        handout = self.handout(scope)
        font = self._handout_font()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(handout.title)
        set_handout_margins(printer)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Aperçu avant impression — {0}").format(handout.title))
        preview.paintRequested.connect(lambda device: paint_handout(handout, font, device))
        # The printer must live as long as the dialog that draws on it.
        preview.setProperty("printer", printer)
        self._keep_while_open(preview)
        preview.open()

    @Slot()
    def ask_pdf_export(self) -> None:
        """Ask what to export, then where to save the PDF."""
        self._ask_scope(
            self.tr("Exporter en PDF"),
            self.tr("Que voulez-vous mettre dans le PDF ?"),
            self.tr("Choisir le fichier…"),
            self._ask_pdf_path,
        )

    def export_pdf(self, path: Path, scope: Scope = "article") -> bool:
        """Write the handout to a PDF file (A4), whole or not at all; says what happened
        (``message``). Returns whether the file was written."""
        handout = self.handout(scope)
        font = self._handout_font()

        def write(temporary: Path) -> None:
            writer = QPdfWriter(str(temporary))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setTitle(handout.title)
            writer.setCreator(self.tr("Lecteur santé"))
            set_handout_margins(writer)
            pages = paint_handout(handout, font, writer)
            del writer
            if pages == 0:
                raise WriteError(self.tr("le PDF n’a pas pu être dessiné."))

        try:
            # Qt's writer reports no write error: a PDF is whole only if it ends with its trailer.
            write_replacing(path, write, ends_with(b"%%EOF"))
        except WriteError as error:
            self.message.emit(self.tr("Le PDF n’a pas été enregistré : {0}").format(error))
            return False
        self._pdf_folder = path.parent
        lines = [self.tr("PDF enregistré : {0}").format(displayable(str(path)))]
        if self._glossary_problems:  # the glossary changed since the article was opened
            lines.append(self.tr("Problème dans le contenu :"))
            lines.extend(f"• {line}" for line in problem_lines(self._glossary_problems))
        self.message.emit("\n".join(lines))
        return True

    def _ask_pdf_path(self, scope: Scope) -> None:
        section = self._current_section_title() if scope == "section" else None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = self._pdf_folder or (Path(documents) if documents else Path.home())
        if not folder.is_dir():
            folder = Path.home()
        dialog = QFileDialog(self._window, self.tr("Exporter en PDF"))
        # Qt's own dialog: it speaks French with Qt's translation, and looks the same everywhere.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Documents PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(folder))
        dialog.selectFile(pdf_file_name(self._document.title, section))
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("Dossier :"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, self.tr("Nom du fichier :"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("Type :"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Enregistrer"))
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, self.tr("Annuler"))
        dialog.fileSelected.connect(lambda name: self.export_pdf(Path(name), scope))
        self._keep_while_open(dialog)
        dialog.open()

    def _handout_font(self) -> QFont:
        return QFont(self.reading_font)

    def _current_section_title(self) -> str | None:
        index = self.current_section
        sections: tuple[Section, ...] = self._document.rendered.sections
        return sections[index].title if 0 <= index < len(sections) else None

    def _ask_scope(
        self, title: str, question: str, go_text: str, then: Callable[[Scope], None]
    ) -> None:
        dialog = PrintScopeDialog(
            title, question, go_text, self._current_section_title(), then, self._window
        )
        self._keep_while_open(dialog)
        dialog.open()

    def _keep_while_open(self, dialog: QDialog) -> None:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._drop_dialog(dialog))

    def _drop_dialog(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

"""« À propos de ce texte »: where the text comes from, when it was edited, and the notice."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader.core.article import Metadata
from reader.core.notice import notice_paragraphs


class AboutDialog(QDialog):
    """The source information, the edition date and the medical notice, in plain words."""

    def __init__(self, title: str, metadata: Metadata, notice: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de ce texte"))
        unknown = self.tr("Inconnue.")
        # Labels outside the f-strings: pyside6-lupdate does not look inside them.
        source_label = self.tr("Source :")
        edition_label = self.tr("Édition :")
        date_label = self.tr("Date de l’édition :")
        notice_label = self.tr("Avis médical :")
        # One fact a paragraph, each a sentence after its label: the same capitals everywhere.
        rows = [
            f"<h2>{html.escape(title)}</h2>",
            f"<p><b>{source_label}</b> {html.escape(metadata.source_text or unknown)}</p>",
        ]
        if metadata.edition_text:
            rows.append(f"<p><b>{edition_label}</b> {html.escape(metadata.edition_text)}</p>")
        if metadata.edition_date_text:
            rows.append(f"<p><b>{date_label}</b> {html.escape(metadata.edition_date_text)}.</p>")
        paragraphs = notice_paragraphs(notice)
        if paragraphs:
            first, *others = (html.escape(paragraph) for paragraph in paragraphs)
            rows.append(f"<p><b>{notice_label}</b> {first}</p>")
            rows.extend(f"<p>{paragraph}</p>" for paragraph in others)
        self._rows = rows
        self.label = QLabel("".join(rows), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setAccessibleName(self.tr("À propos de ce texte"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self._fit_to_font()

    def _fit_to_font(self) -> None:
        """A width in lines of the interface font: Grand texte's larger font gets a wider
        dialog (also when it is turned on while the dialog exists)."""
        line = self.fontMetrics().height()
        self.setMinimumWidth(min(33 * line, self.screen().availableGeometry().width() - 40))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def set_reading_note(self, note: str) -> None:
        """Add what reading aloud uses, or what to install for it, under the notice."""
        row = f"<p>{html.escape(note)}</p>" if note else ""
        self.label.setText("".join(self._rows) + row)

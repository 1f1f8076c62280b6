"""Asking what to print or export: the whole article, or the section being read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.handout_html import Scope


class PrintScopeDialog(QDialog):
    """Two choices and a button; the whole article is chosen unless the reader says otherwise.

    Without a current section (an article with no heading) only the whole article is offered.
    """

    def __init__(
        self,
        title: str,
        question: str,
        go_text: str,
        section_title: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(question, self)
        self.article_choice = QRadioButton(self.tr("Tout l’article"), self)
        self.article_choice.setAccessibleName(self.tr("Tout l’article"))
        self.article_choice.setChecked(True)
        if section_title:
            section_text = self.tr("Section en cours : « {0} »").format(section_title)
        else:
            section_text = self.tr("Section en cours (cet article n’a pas de sections)")
        self.section_choice = QRadioButton(section_text, self)
        self.section_choice.setAccessibleName(section_text)
        self.section_choice.setEnabled(bool(section_title))
        self.buttons = QDialogButtonBox(self)
        self.go_button = self.buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setAccessibleName(go_text)
        self.go_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(self.article_choice)
        column.addWidget(self.section_choice)
        column.addSpacing(8)
        column.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.article_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def scope(self) -> Scope:
        """What the reader chose."""
        return "section" if self.section_choice.isChecked() else "article"

"""« Raccourcis clavier »: every key the reader answers to, as a table a screen reader can walk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    """A two-column table, keys then what they do, and a « Fermer » button.

    The window hands it the rows (made from its own actions, so the page cannot fall behind).
    """

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        intro = QLabel(
            self.tr("Tout se fait au clavier. F6 passe d’une zone de la fenêtre à la suivante."),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Touches"), self.tr("Action")])
        self.table.setAccessibleName(self.tr("Raccourcis clavier"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the button
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Fermer"))
        self.close_button.setAccessibleName(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        available = self.screen().availableGeometry()
        self.resize(min(720, available.width() - 40), min(620, available.height() - 40))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row: (keys, what they do)."""

        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(row, 0), cell(row, 1)) for row in range(self.table.rowCount())]

"""« Raccourcis clavier »: every key the reader answers to, as a table a screen reader can walk."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.dialogs.key_names import is_on_a_keyboard, spoken_keys


def shortcut_rows(
    window: QMainWindow, own_keys: Iterable[tuple[QKeySequence, str]]
) -> list[tuple[str, str]]:
    """Every key of a window, made from its menus and actions, then ``own_keys`` (the keys a
    widget answers to by itself, no action standing for them)."""
    rows: list[tuple[str, str]] = []
    seen: set[QAction] = set()

    def add(action: QAction) -> None:
        if action in seen or action.isSeparator():
            return
        seen.add(action)
        shown = [spoken_keys(k) for k in action.shortcuts() if is_on_a_keyboard(k)]
        if shown:
            keys = QCoreApplication.translate("ShortcutsDialog", " ou ").join(shown)
            rows.append((keys, action.text().replace("&", "")))

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu)
            else:
                add(action)

    for menu_action in window.menuBar().actions():
        title = menu_action.text()
        mnemonic = title[title.index("&") + 1] if "&" in title[:-1] else ""
        if mnemonic:
            alt = spoken_keys(QKeySequence(f"Alt+{mnemonic.upper()}"))
            name = title.replace("&", "")
            opening = QCoreApplication.translate("ShortcutsDialog", "Ouvrir le menu « {0} »")
            rows.append((alt, opening.format(name)))
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            walk(menu)
    for action in window.findChildren(QAction):
        add(action)
    for sequence, what in own_keys:
        rows.append((spoken_keys(sequence), what))
    return rows


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
        self._fit_to_font()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_to_font(self) -> None:
        """Sized in lines of the interface font, so that Grand texte's larger font gets room."""
        line = self.fontMetrics().height()
        available = self.screen().availableGeometry()
        self.resize(min(42 * line, available.width() - 40), min(36 * line, available.height() - 40))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row: (keys, what they do)."""

        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(row, 0), cell(row, 1)) for row in range(self.table.rowCount())]

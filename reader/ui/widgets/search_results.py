"""The results panel: every match under its section title, with its context and the match in bold.

A click or Enter on a result asks for that match; a definition (from the glossary) can be put
first. The list is filled after the keystroke's highlights are drawn, and holds at most
RESULTS_LIMIT matches (every match stays highlighted in the text).
"""

from __future__ import annotations

import html
from collections.abc import Generator, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.rendered_article import Section
from reader.core.results import ResultSet, RowKind, layout_rows
from reader.core.themes import CLAIR, Theme
from reader.ui.app.theme_palette import set_colours, text_roles
from reader.ui.widgets.rich_text_delegate import Index, RichTextDelegate

# Matches listed at most; past it one row says how many more there are (all stay highlighted).
RESULTS_LIMIT = 500
_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
_VALUE_ROLE = Qt.ItemDataRole.UserRole + 3
_DEFINITION = "definition"
_MATCH_INDENT = 18
_CACHED_ROWS = 400
_ROWS_PER_STEP = 50


class _ResultsView(QTreeView):
    """A flat list whose rows grow with their wrapped text."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SearchResults(QWidget):
    """The results of a search, by section; choosing one asks the window to go there."""

    match_chosen = Signal(int)
    """Index of the match the reader chose (click, or Enter on a result)."""
    section_requested = Signal(int)
    """Index of the section whose title the reader chose in the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._model = QStandardItemModel(self)
        self.view = _ResultsView(self)
        self.view.setObjectName("searchResultsView")
        self.view.setAccessibleName(self.tr("Résultats de la recherche"))
        self.view.setModel(self._model)
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(0)
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegate(
            RichTextDelegate(self.view, _HTML_ROLE, _match_indent, _CACHED_ROWS)
        )
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Per item, so that only the rows in view are measured, however long the list.
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.view.clicked.connect(self._choose)
        self.view.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._summary)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._titles: list[str] = []
        self._results = ResultSet("", [], [])
        self._definition: tuple[str, str] | None = None
        self._match_rows: dict[int, int] = {}
        self._match_style = ""
        # Filling the list waits until the keystroke's highlights are drawn.
        self._current = -1
        self._building: Generator[None, None, None] | None = None
        self._fill_timer = QTimer(self)
        self._fill_timer.setSingleShot(True)
        self._fill_timer.setInterval(0)
        self._fill_timer.timeout.connect(self._build_more)
        self.apply_theme(CLAIR)

    # -- what it shows ------------------------------------------------------------------------

    @property
    def summary_text(self) -> str:
        """The line above the list: how many results."""
        return self._summary.text()

    def row_count(self) -> int:
        """Rows in the list (a definition if any, section titles, results)."""
        return self._model.rowCount()

    def row_text(self, row: int) -> str:
        """Plain text of a row, as a screen reader reads it."""
        return str(self._model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) or "")

    def row_of_match(self, match: int) -> int:
        """Row that lists match ``match``, or -1 when it is not listed."""
        return self._match_rows.get(match, -1)

    # -- slots --------------------------------------------------------------------------------

    @Slot(object)
    def set_sections(self, sections: Sequence[Section]) -> None:
        """The article's sections, whose titles head the groups of results."""
        self._titles = [section.title for section in sections]

    @Slot(object)
    def show_results(self, results: ResultSet) -> None:
        """List ``results``: after the keystroke's highlights are drawn, a few rows at a time."""
        self._results = results
        self._current = -1
        self._restart()
        self._fill_timer.start()

    @Slot()
    def clear_results(self) -> None:
        """Empty the list now."""
        self._results = ResultSet("", [], [])
        self._current = -1
        self._fill()

    @Slot()
    def flush(self) -> None:
        """Finish filling the list now if it is being filled."""
        self._fill_timer.stop()
        while self._building is not None:
            self._build_more()

    @Slot(int)
    def mark_current(self, match: int) -> None:
        """Select the row of the current match, without asking to go there."""
        self._current = match
        if self._building is not None:
            return  # marked when filled
        row = self.row_of_match(match)
        if row < 0:
            self.view.clearSelection()
            return
        index = self._model.index(row, 0)
        if self.view.currentIndex() != index:
            self.view.setCurrentIndex(index)
        if self.isVisible():
            above = self._model.index(row - 1, 0)
            if above.isValid() and above.data(_KIND_ROLE) == RowKind.SECTION.value:
                self.view.scrollTo(above)  # the title of its section too, when there is room
            self.view.scrollTo(index)

    @Slot(str, str)
    def set_definition(self, headword: str, text: str) -> None:
        """Show a definition first, above the results (the glossary's entry for the query)."""
        self._show_definition((headword, text))

    @Slot()
    def clear_definition(self) -> None:
        """Remove the definition shown first, if any."""
        self._show_definition(None)

    def _show_definition(self, definition: tuple[str, str] | None) -> None:
        if definition == self._definition:
            return  # most keystrokes: the list, being filled a few rows at a time, stays so
        self._definition = definition
        self._fill()

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Colours of the list and of the matches in it, from ``theme``."""
        set_colours(self.view, text_roles(theme))
        self._match_style = f"background-color:{theme.match_background}; color:{theme.match_text}"
        self._fill()

    # -- inner workings -----------------------------------------------------------------------

    def _title(self, section: int) -> str:
        if 0 <= section < len(self._titles):
            return self._titles[section]
        return self.tr("Avant le premier titre")

    def _fill(self) -> None:
        """Fill the list again at once (a definition or the colours changed)."""
        self._restart()
        self.flush()

    def _restart(self) -> None:
        if self._building is not None:
            self._building.close()
        self._building = self._build()

    def _build_more(self) -> None:
        if self._building is None:
            return
        try:
            next(self._building)
        except StopIteration:
            self._building = None
        else:
            self._fill_timer.start()

    def _build(self) -> Generator[None, None, None]:
        """Build the rows in a new model, pausing every few rows; then show it."""
        # A new model filled away from the view: filling one the view shows would have the
        # view measure every row again after each one is added.
        model = QStandardItemModel(self)
        try:
            match_rows = yield from self._add_rows(model)
        except GeneratorExit:  # a newer search replaced this one
            model.deleteLater()
            raise
        self._building = None
        self._match_rows = match_rows
        old_model, old_selection = self._model, self.view.selectionModel()
        self._model = model
        self.view.setModel(model)
        old_selection.deleteLater()  # setModel leaves the old one behind
        old_model.deleteLater()
        total = len(self._results)
        self._summary.setText(
            self.tr("1 résultat") if total == 1 else self.tr("{0} résultats").format(total)
        )
        if self._current >= 0:
            self.mark_current(self._current)

    def _add_rows(self, model: QStandardItemModel) -> Generator[None, None, dict[int, int]]:
        """Add the rows to ``model``, pausing every few; return the row of each listed match."""
        results = self._results
        match_rows: dict[int, int] = {}
        if self._definition is not None:
            model.appendRow(self._definition_item(*self._definition))
        section_title = ""
        for row in layout_rows(results.groups, RESULTS_LIMIT):
            if row.kind is RowKind.SECTION:
                section_title = self._title(row.value)
                item = _item(section_title, f"<b>{html.escape(section_title)}</b>")
            elif row.kind is RowKind.MATCH:
                found = results.snippet(row.value)
                plain = found.before + found.match + found.after
                item = _item(
                    plain,
                    f"{html.escape(found.before)}<span style='{self._match_style}'>"
                    f"<b>{html.escape(found.match)}</b></span>{html.escape(found.after)}",
                    self.tr("{0} (dans « {1} »)").format(plain, section_title),
                )
                match_rows[row.value] = model.rowCount()
            else:
                item = _item(
                    self.tr("… et {0} autres, non listés : précisez la recherche.").format(
                        row.value
                    )
                )
                item.setSelectable(False)
            item.setData(row.kind.value, _KIND_ROLE)
            item.setData(row.value, _VALUE_ROLE)
            model.appendRow(item)
            if model.rowCount() % _ROWS_PER_STEP == 0:
                yield  # let the reader's keys and the text's painting through
        return match_rows

    def _definition_item(self, headword: str, text: str) -> QStandardItem:
        item = _item(
            self.tr("Définition de « {0} » : {1}").format(headword, text),
            self.tr("<b>Définition de « {0} »</b> : {1}").format(
                html.escape(headword), html.escape(text)
            ),
        )
        item.setData(_DEFINITION, _KIND_ROLE)
        return item

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        kind = index.data(_KIND_ROLE)
        value = index.data(_VALUE_ROLE)
        if kind == RowKind.MATCH.value:
            self.match_chosen.emit(int(value))
        elif kind == RowKind.SECTION.value and int(value) >= 0:
            self.section_requested.emit(int(value))


def _match_indent(index: Index) -> int:
    """Matches are indented under their section's title."""
    return _MATCH_INDENT if index.data(_KIND_ROLE) == RowKind.MATCH.value else 0


def _item(text: str, rich: str = "", accessible: str = "") -> QStandardItem:
    """A read-only row: plain text for screen readers, HTML for the delegate to draw."""
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(rich or html.escape(text), _HTML_ROLE)
    item.setData(accessible or text, Qt.ItemDataRole.AccessibleTextRole)
    return item

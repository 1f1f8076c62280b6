"""Search: the bar under the text, the results panel, the highlights, and when the panel shows.

The actions exist from the start (their keys work at once); the bar, the results list and the
highlighter are built just after the first paint, or as soon as something asks for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reader.core.document import Document
from reader.core.themes import Theme
from reader.ui.controllers.action_text import new_action, show_shortcut_in_tooltip
from reader.ui.controllers.dock_tabs import front_dock
from reader.ui.widgets.dock_title import side_dock
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:  # built after the first paint: imported there
    from reader.core.results import ResultSet
    from reader.ui.widgets.match_highlighter import MatchHighlighter
    from reader.ui.widgets.search_bar import SearchBar
    from reader.ui.widgets.search_results import SearchResults



def _with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``key`` where the platform lacks it."""
    keys = QKeySequence.keyBindings(standard)
    wanted = QKeySequence(key)
    return keys if wanted in keys else [wanted, *keys]


class SearchController(QObject):
    """Find in the article: actions, search bar, results panel and highlights."""

    bar_built = Signal(QWidget)
    """The search bar, once built: the window puts it under the text."""
    search_ended = Signal()
    """The search was closed: the keyboard goes back to the text."""

    _bar: SearchBar
    _results: SearchResults
    _highlighter: MatchHighlighter

    def __init__(self, document: Document, pane: TextPane, window: QWidget) -> None:
        super().__init__(window)
        self._document = document
        self._pane = pane
        self._window = window
        self._built = False
        self._theme: Theme | None = None
        self._results_offered = False  # the results panel was shown for this search
        self._tab_before: QDockWidget | None = None  # the side tab in front before the results
        self._create_actions()
        self.results_dock = side_dock(
            self.tr("Résultats"), self.tr("Fermer les résultats"), "resultsDock", window
        )
        self.results_toggle = self.results_dock.toggleViewAction()
        self.results_toggle.setText(self.tr("Afficher les résultats de la recherche"))
        self.find_action.triggered.connect(self.open_search)
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action.triggered.connect(self.find_previous)
        self.close_search_action.triggered.connect(self.close_search)
        self.results_action.triggered.connect(self.focus_results)

    def _create_actions(self) -> None:
        self.find_action = new_action(self.tr("&Rechercher…"), self)
        self.find_action.setIconText(self.tr("Rechercher"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_next_action = new_action(self.tr("Résultat &suivant"), self)
        self.find_next_action.setIconText(self.tr("Suivant"))
        self.find_next_action.setShortcuts(_with_key(QKeySequence.StandardKey.FindNext, "F3"))
        self.find_previous_action = new_action(self.tr("Résultat &précédent"), self)
        self.find_previous_action.setIconText(self.tr("Précédent"))
        self.find_previous_action.setShortcuts(
            _with_key(QKeySequence.StandardKey.FindPrevious, "Shift+F3")
        )
        self.close_search_action = new_action(self.tr("&Fermer la recherche"), self)
        self.close_search_action.setIconText(self.tr("Fermer"))
        self.close_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_search_action.setEnabled(False)  # Escape belongs to the search while it is open
        self.results_action = new_action(self.tr("&Aller aux résultats"), self)
        self.results_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        for action in self.menu_actions():
            show_shortcut_in_tooltip(action)

    def menu_actions(self) -> tuple[QAction, ...]:
        """The « Recherche » menu, in order."""
        return (
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.results_action,
            self.close_search_action,
        )

    # -- built after the first paint ----------------------------------------------------------

    def build(self) -> None:
        """Make the bar, the results list and the highlighter (once)."""
        if self._built:
            return
        self._built = True
        from reader.ui.widgets.match_highlighter import MatchHighlighter
        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.search_results import SearchResults

        self._bar = SearchBar(self._window)
        self._results = SearchResults(self._window)
        self._results.setMinimumWidth(0)
        self.results_dock.setWidget(self._results)
        self._highlighter = MatchHighlighter(self._pane)
        if self._theme is not None:
            for part in (self._bar, self._results, self._highlighter):
                part.apply_theme(self._theme)
        self._bar.set_actions(
            self.find_previous_action, self.find_next_action, self.close_search_action
        )
        self._highlighter.reindex()
        self._results.set_sections(self._document.rendered.sections)
        self._bar.opened.connect(self._highlighter.prepare)
        self._bar.opened.connect(self._search_opened)
        # Glossary first: the definition is in place before the results fill the list once.
        self._bar.search_requested.connect(self._offer_definition)
        self._bar.search_requested.connect(self._highlighter.search)
        self._bar.next_requested.connect(self._highlighter.next_match)
        self._bar.previous_requested.connect(self._highlighter.previous_match)
        self._bar.closed.connect(self._search_closed)
        self._highlighter.results_changed.connect(self._results.show_results)
        self._highlighter.results_changed.connect(self._show_results_dock)
        self._highlighter.match_changed.connect(self._bar.show_position)
        self._highlighter.match_changed.connect(self._mark_current_result)
        self._highlighter.match_changed.connect(self._enable_steps)
        self._results.match_chosen.connect(self._highlighter.make_current)
        self._results.section_requested.connect(self._pane.scroll_to_section)
        self.bar_built.emit(self._bar)

    @property
    def search_bar(self) -> SearchBar:
        """The search bar under the text."""
        self.build()
        return self._bar

    @property
    def search_results(self) -> SearchResults:
        """The list of a search's results, by section."""
        self.build()
        return self._results

    @property
    def highlighter(self) -> MatchHighlighter:
        """Marks a search's matches in the text and steps through them."""
        self.build()
        return self._highlighter

    # -- slots --------------------------------------------------------------------------------

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the bar, the results and the highlights in ``theme``."""
        self._theme = theme
        if self._built:
            for part in (self._bar, self._results, self._highlighter):
                part.apply_theme(theme)

    @Slot()
    def open_search(self) -> None:
        """Open the search bar, its text selected (Ctrl+F)."""
        self.search_bar.open()

    @Slot()
    def find_next(self) -> None:
        """Go to the next match (F3)."""
        self.search_bar.step_forward()

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match (Shift+F3)."""
        self.search_bar.step_backward()

    @Slot()
    def close_search(self) -> None:
        """Close the search bar and its highlights (Escape)."""
        self.search_bar.close_search()

    @Slot()
    def focus_results(self) -> None:
        """Show the results panel and put the keyboard in it (Ctrl+R)."""
        results = self.search_results
        self._raise_results()
        results.flush()
        results.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _search_opened(self) -> None:
        self.close_search_action.setEnabled(True)
        self._set_steps_enabled(False)  # until a search finds something
        self._results_offered = False

    @Slot()
    def _search_closed(self) -> None:
        self.close_search_action.setEnabled(False)
        self._set_steps_enabled(True)  # F3 opens the search again
        self._highlighter.clear()
        self._results.clear_results()
        self.results_dock.hide()
        # The tab the reader had before the results came is in front again (Qt would show the
        # last one left, « Glossaire », instead of « Sommaire »).
        before, self._tab_before = self._tab_before, None
        if before is not None and before.isVisible():
            before.raise_()
        self.search_ended.emit()
        self._activate_layout()

    @Slot(str, object)
    def _offer_definition(self, query: str, _options: object) -> None:
        """A query that names a glossary entry shows its definition first among the results."""
        from reader.core.glossary.query import entry_for_query

        entry = entry_for_query(self._document.glossary, query)
        if entry is None:
            self._results.clear_definition()
        else:
            self._results.set_definition(entry.headword, entry.definition)

    @Slot(object)
    def _show_results_dock(self, results: ResultSet) -> None:
        """Show the results the first time this search finds some; closed, they stay closed."""
        if len(results) and self._bar.is_active and not self._results_offered:
            self._results_offered = True
            self._raise_results()

    @Slot(int, int, int)
    def _enable_steps(self, _current: int, total: int, _wrapped: int) -> None:
        """« Précédent » and « Suivant » only when there is a result to go to."""
        self._set_steps_enabled(total > 0)

    def _set_steps_enabled(self, enabled: bool) -> None:
        self.find_next_action.setEnabled(enabled)
        self.find_previous_action.setEnabled(enabled)

    @Slot(int, int, int)
    def _mark_current_result(self, current: int, _total: int, _wrapped: int) -> None:
        self._results.mark_current(current)

    def _raise_results(self) -> None:
        window = self._window
        if self.results_dock.isHidden() and isinstance(window, QMainWindow):
            self._tab_before = front_dock(window, window.dockWidgetArea(self.results_dock))
        self.results_dock.show()
        self.results_dock.raise_()
        self._activate_layout()

    def _activate_layout(self) -> None:
        # Lay the window out now, so that a match brought into view stays in view. (Raising or
        # hiding the tab is silent for screen readers: reader.ui.accessibility.dock_tab_list.)
        layout = self._window.layout()
        if layout is not None:
            layout.activate()

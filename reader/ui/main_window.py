"""The main window: the one place where the widgets meet.

Its constructor reads as phases: build the widgets, create the actions, lay them out, connect
them, restore what was remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from reader.core.bundle import resources_dir
from reader.core.document import Document
from reader.core.results import ResultSet
from reader.core.themes import CLAIR
from reader.ui.about_dialog import AboutDialog
from reader.ui.match_highlighter import MatchHighlighter
from reader.ui.message_bar import MessageBar
from reader.ui.search_bar import SearchBar
from reader.ui.search_results import SearchResults
from reader.ui.section_tree import SectionTree
from reader.ui.settings import Settings
from reader.ui.text_pane import TextPane

_DEFAULT_SIZE = QSize(1100, 780)
_READING_FONTS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"]
_BASE_POINT_SIZE = 14


def _with_key(standard: QKeySequence.StandardKey, key: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``key`` where the platform lacks it."""
    keys = QKeySequence.keyBindings(standard)
    wanted = QKeySequence(key)
    return keys if wanted in keys else [wanted, *keys]


class MainWindow(QMainWindow):
    """An article, its section tree, its menus and toolbar."""

    def __init__(self, document: Document, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._about: AboutDialog | None = None
        self._results_offered = False  # Search: the results panel was shown for this search
        self._build_widgets()
        self._create_actions()
        self._build_layout()
        self._connect()
        self._restore_settings()
        self._show_document()

    # -- phases -------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.pane = TextPane(self)
        self.pane.setObjectName("textPane")
        font = QFont()
        font.setFamilies(_READING_FONTS)
        font.setPointSize(_BASE_POINT_SIZE)
        self.pane.document().setDefaultFont(font)
        css = (resources_dir() / "styles" / "article.css").read_text(encoding="utf-8")
        self.pane.document().setDefaultStyleSheet(css)
        palette = self.pane.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#fdfcf9"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
        palette.setColor(QPalette.ColorRole.Link, QColor("#0b5394"))
        self.pane.setPalette(palette)
        self.tree = SectionTree(self)
        self.tree.setObjectName("sectionTree")
        self.tree.setAccessibleName(self.tr("Sommaire"))
        self.message_bar = MessageBar(self)
        # Search.
        self.search_bar = SearchBar(self)
        self.search_results = SearchResults(self)
        self.highlighter = MatchHighlighter(self.pane)
        for themed in (self.search_bar, self.search_results, self.highlighter):
            themed.apply_theme(CLAIR)

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self.tr("À &propos de ce texte"), self)
        self.about_action.setStatusTip(self.tr("Source, date de l’édition et avis médical"))
        self.contents_action = QAction(self.tr("Aller au &sommaire"), self)
        self.contents_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.text_action = QAction(self.tr("Aller au &texte"), self)
        self.text_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        for action in (self.quit_action, self.contents_action, self.text_action):
            self._show_shortcut_in_tooltip(action)
        # Search.
        self.find_action = QAction(self.tr("&Rechercher…"), self)
        self.find_action.setIconText(self.tr("Rechercher"))
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_next_action = QAction(self.tr("Résultat &suivant"), self)
        self.find_next_action.setIconText(self.tr("Suivant"))
        self.find_next_action.setShortcuts(_with_key(QKeySequence.StandardKey.FindNext, "F3"))
        self.find_previous_action = QAction(self.tr("Résultat &précédent"), self)
        self.find_previous_action.setIconText(self.tr("Précédent"))
        self.find_previous_action.setShortcuts(
            _with_key(QKeySequence.StandardKey.FindPrevious, "Shift+F3")
        )
        self.close_search_action = QAction(self.tr("&Fermer la recherche"), self)
        self.close_search_action.setIconText(self.tr("Fermer"))
        self.close_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_search_action.setEnabled(False)  # Escape belongs to the search while it is open
        self.results_action = QAction(self.tr("Aller aux &résultats"), self)
        self.results_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        for action in (
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.close_search_action,
            self.results_action,
        ):
            self._show_shortcut_in_tooltip(action)

    @staticmethod
    def _show_shortcut_in_tooltip(action: QAction) -> None:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&", "")
        action.setToolTip(f"{name} ({keys})" if keys else name)

    def _build_layout(self) -> None:
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.pane, 1)
        # Search: the bar under the text, so opening it moves no line of the text.
        column.addWidget(self.search_bar)
        self.setCentralWidget(central)

        self.tree_dock = QDockWidget(self.tr("Sommaire"), self)
        self.tree_dock.setObjectName("sectionDock")
        self.tree_dock.setWidget(self.tree)
        self.tree_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.resizeDocks([self.tree_dock], [300], Qt.Orientation.Horizontal)

        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addAction(self.contents_action)
        view_menu.addAction(self.text_action)
        tree_toggle = self.tree_dock.toggleViewAction()
        tree_toggle.setText(self.tr("Afficher le sommaire"))
        view_menu.addAction(tree_toggle)
        # Search: results share the left side with the contents, as a tab raised when shown.
        self.results_dock = QDockWidget(self.tr("Résultats"), self)
        self.results_dock.setObjectName("resultsDock")
        self.results_dock.setWidget(self.search_results)
        self.results_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.results_dock)
        self.tabifyDockWidget(self.tree_dock, self.results_dock)
        self.results_dock.hide()
        results_toggle = self.results_dock.toggleViewAction()
        results_toggle.setText(self.tr("Afficher les résultats de la recherche"))
        view_menu.addAction(results_toggle)
        search_menu = self.menuBar().addMenu(self.tr("&Recherche"))
        for action in (
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            self.results_action,
            self.close_search_action,
        ):
            search_menu.addAction(action)
        self.search_bar.set_actions(
            self.find_previous_action, self.find_next_action, self.close_search_action
        )

        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Search.
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.about_action)

    def _connect(self) -> None:
        self.tree.section_requested.connect(self.pane.scroll_to_section)
        self.pane.section_changed.connect(self.tree.mark_current)
        self.pane.outside_link_activated.connect(self._show_outside_link)
        self.pane.link_refused.connect(self._show_refused_link)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.contents_action.triggered.connect(self._focus_tree)
        self.text_action.triggered.connect(self.pane.setFocus)
        # Search.
        self.find_action.triggered.connect(self.search_bar.open)
        self.find_next_action.triggered.connect(self.search_bar.step_forward)
        self.find_previous_action.triggered.connect(self.search_bar.step_backward)
        self.close_search_action.triggered.connect(self.search_bar.close_search)
        self.results_action.triggered.connect(self._focus_results)
        self.search_bar.opened.connect(self.highlighter.prepare)
        self.search_bar.opened.connect(self._search_opened)
        self.search_bar.search_requested.connect(self.highlighter.search)
        self.search_bar.next_requested.connect(self.highlighter.next_match)
        self.search_bar.previous_requested.connect(self.highlighter.previous_match)
        self.search_bar.closed.connect(self._search_closed)
        self.highlighter.results_changed.connect(self.search_results.show_results)
        self.highlighter.results_changed.connect(self._show_results_dock)
        self.highlighter.match_changed.connect(self.search_bar.show_position)
        self.highlighter.match_changed.connect(self._mark_current_result)
        self.search_results.match_chosen.connect(self.highlighter.make_current)
        self.search_results.section_requested.connect(self.pane.scroll_to_section)

    def _restore_settings(self) -> None:
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        # Search: results belong to a search, and no search is open at start.
        self.results_dock.hide()

    def _show_document(self) -> None:
        document = self._document
        self.setWindowTitle(document.title)
        self.pane.setAccessibleName(document.title)
        self.pane.setAccessibleDescription(self.tr("Texte de l’article"))
        self.tree.set_sections(document.rendered.sections)
        self.pane.show_article(document.rendered.html, document.rendered.sections)
        # Search.
        self.highlighter.reindex()
        self.search_results.set_sections(document.rendered.sections)
        if document.problems:
            lines = [self.tr("Problème dans le contenu :")] + [f"• {p}" for p in document.problems]
            self.message_bar.show_message("\n".join(lines))
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- slots --------------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        """The article shown."""
        return self._document

    @Slot()
    def show_about(self) -> None:
        """Open « À propos de ce texte » (one dialog, reused)."""
        if self._about is None:
            notice = self._document.notice
            self._about = AboutDialog(
                self._document.title, self._document.article.metadata, notice, self
            )
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    @Slot()
    def _focus_tree(self) -> None:
        self.tree_dock.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Search.

    @Slot()
    def _search_opened(self) -> None:
        self.close_search_action.setEnabled(True)
        self._results_offered = False

    @Slot()
    def _search_closed(self) -> None:
        self.close_search_action.setEnabled(False)
        self.highlighter.clear()
        self.search_results.clear_results()
        self.results_dock.hide()
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _show_results_dock(self, results: ResultSet) -> None:
        """Show the results the first time this search finds some; closed, they stay closed."""
        if len(results) and self.search_bar.is_active and not self._results_offered:
            self._results_offered = True
            self._raise_results()

    @Slot(int, int, int)
    def _mark_current_result(self, current: int, _total: int, _wrapped: int) -> None:
        self.search_results.mark_current(current)

    def _raise_results(self) -> None:
        self.results_dock.show()
        self.results_dock.raise_()
        # Lay the window out now, so that a match brought into view stays in view.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    @Slot()
    def _focus_results(self) -> None:
        self._raise_results()
        self.search_results.flush()
        self.search_results.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot(str)
    def _show_outside_link(self, address: str) -> None:
        self.message_bar.show_message(
            self.tr(
                "Ce lien mène à une adresse extérieure, qui n’est pas ouverte "
                "(cet ordinateur n’a pas de connexion) : {0}"
            ).format(address)
        )

    @Slot(str)
    def _show_refused_link(self, address: str) -> None:
        self.message_bar.show_message(
            self.tr(
                "Ce lien n’est pas ouvert : il ne mène pas à une partie de l’article ({0})."
            ).format(address)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState()
        self._settings.sync()
        super().closeEvent(event)

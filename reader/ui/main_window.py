"""The main window: the one place where the widgets meet.

Its constructor reads as phases: build the widgets, create the actions, lay them out, connect
them, restore what was remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPageSize,
    QPalette,
    QPdfWriter,
    QResizeEvent,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import text_size
from reader.core.bundle import resources_dir
from reader.core.document import Document
from reader.core.glossary import load_glossary
from reader.core.glossary_lookup import entry_for_query
from reader.core.handout import Handout, Scope, compose_handout, pdf_file_name
from reader.core.results import ResultSet
from reader.core.safe_write import WriteError, write_replacing
from reader.core.settings_values import document_position, position_in_sections
from reader.core.styles import (
    article_colours,
    letter_spacing_pixels,
    resolve_em,
    word_spacing_pixels,
)
from reader.core.term_places import term_places
from reader.core.themes import CHOICES, SYSTEM, THEMES, Theme, theme_for
from reader.ui.about_dialog import AboutDialog
from reader.ui.dock_title import DockTitle
from reader.ui.glossary_panel import GlossaryPanel
from reader.ui.glossary_popup import GlossaryPopup
from reader.ui.handout import paint_handout, set_handout_margins
from reader.ui.match_highlighter import MatchHighlighter
from reader.ui.menu_namer import MenuNamer
from reader.ui.message_bar import MessageBar
from reader.ui.print_scope_dialog import PrintScopeDialog
from reader.ui.search_bar import SearchBar
from reader.ui.search_results import SearchResults
from reader.ui.section_tree import SectionTree
from reader.ui.settings import Settings
from reader.ui.shortcuts_dialog import ShortcutsDialog
from reader.ui.text_pane import TextPane
from reader.ui.theme_palette import theme_palette

_DEFAULT_SIZE = QSize(1100, 780)
_READING_FONTS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"]
# Grand texte prefers faces drawn for low vision, when the computer has one.
_LARGE_TEXT_FONTS = ["Luciole", "Atkinson Hyperlegible", "Verdana", *_READING_FONTS]
_DOCK_WIDTH = 300
# Narrow enough for 320 px wide windows (WCAG 1.4.10), wide enough to read a title.
_DOCK_MINIMUM_WIDTH = 100
# In a narrow window the text keeps most of the width, and the panel gives way first.
_PANE_MINIMUM_WIDTH = 190
# Bumped whenever the panels change: a layout saved with other panels would put the new ones
# anywhere (the glossary under the contents instead of in a tab beside it).
_LAYOUT_VERSION = 2
_SCHEMES = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}


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
        self._shortcuts: ShortcutsDialog | None = None
        # Printing.
        self._print_dialogs: list[QDialog] = []  # kept alive while open, dropped when closed
        self._pdf_folder: Path | None = None
        # Text size and themes.
        self._theme: Theme | None = None
        self._default_state = QByteArray()
        self._glossary_places_found = False  # Glossary: the panel's places, found on demand
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
        self.tree = SectionTree(self)
        self.tree.setObjectName("sectionTree")
        self.tree.setAccessibleName(self.tr("Sommaire"))
        self.message_bar = MessageBar(self)
        # Text size and themes.
        styles = resources_dir() / "styles"
        self._article_css = (styles / "article.css").read_text(encoding="utf-8")
        self._large_text_css = (styles / "large-text.css").read_text(encoding="utf-8")
        self.size_label = QLabel(self)
        self.size_label.setObjectName("textSizeLabel")
        self.size_label.setToolTip(self.tr("Taille du texte"))
        self.size_label.setContentsMargins(6, 0, 6, 0)
        # What the window found before changing application-wide fonts and colours: Grand texte
        # off and closing the window give it back exactly.
        self._normal_interface_font = QFont(QApplication.font())
        self._normal_palette = QPalette(QApplication.palette())
        hints = QGuiApplication.styleHints()
        self._system_scheme = _SCHEMES.get(hints.colorScheme(), "unknown")
        self._system_high_contrast = _high_contrast_preferred()
        # Glossary.
        self.glossary_popup = GlossaryPopup(self)
        self.glossary_popup.set_font_families(_READING_FONTS)
        self.glossary_panel = GlossaryPanel(self)
        self.glossary_panel.setObjectName("glossaryPanel")
        # The popup follows its term once the text has scrolled or reflowed (deferred: the
        # scroll bar also changes from inside Qt's relayout).
        self._glossary_follow = QTimer(self)
        self._glossary_follow.setSingleShot(True)
        self._glossary_follow.setInterval(0)
        # Search.
        self.search_bar = SearchBar(self)
        self.search_results = SearchResults(self)
        self.highlighter = MatchHighlighter(self.pane)

    def _create_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self.tr("À &propos de ce texte"), self)
        self.about_action.setStatusTip(self.tr("Source, date de l’édition et avis médical"))
        self.contents_action = QAction(self.tr("Aller au &sommaire"), self)
        self.contents_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.text_action = QAction(self.tr("Aller au &texte"), self)
        self.text_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        # Printing.
        self.print_action = QAction(self.tr("&Imprimer…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(
            self.tr("Imprimer l’article ou la section en cours, avec son glossaire")
        )
        self.pdf_action = QAction(self.tr("Exporter en P&DF…"), self)
        self.pdf_action.setStatusTip(
            self.tr("Enregistrer l’article ou la section en cours dans un fichier PDF")
        )
        for action in (
            self.quit_action,
            self.contents_action,
            self.text_action,
            self.print_action,
            self.pdf_action,
        ):
            self._show_shortcut_in_tooltip(action)

        # Keyboard and accessibility.
        self.next_region_action = QAction(self.tr("&Zone suivante"), self)
        self.next_region_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.next_region_action.setStatusTip(self.tr("Sommaire, texte, puis les autres zones"))
        self.previous_region_action = QAction(self.tr("Zone &précédente"), self)
        self.previous_region_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        self.shortcuts_action = QAction(self.tr("&Raccourcis clavier"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        for action in (self.next_region_action, self.previous_region_action, self.shortcuts_action):
            self._show_shortcut_in_tooltip(action)
        # Text size and themes.
        self.zoom_in_action = QAction(self.tr("&Agrandir le texte"), self)
        self.zoom_in_action.setIconText(self.tr("A+"))
        zoom_in_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        ctrl_equal = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)  # « + » without Shift
        if ctrl_equal not in zoom_in_keys:
            zoom_in_keys.append(ctrl_equal)
        self.zoom_in_action.setShortcuts(zoom_in_keys)
        self.zoom_out_action = QAction(self.tr("&Réduire le texte"), self)
        self.zoom_out_action.setIconText(self.tr("A−"))
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = QAction(self.tr("Taille &normale du texte"), self)
        self.zoom_reset_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        # Ctrl+Shift+G would clash with « Rechercher le précédent » on Linux.
        self.large_text_action = QAction(self.tr("&Grand texte"), self)
        self.large_text_action.setCheckable(True)
        self.large_text_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_T)
        )
        self.large_text_action.setStatusTip(
            self.tr("Texte de l’article à 200 % ou plus, interface à 150 %, lettres espacées")
        )
        self.reset_display_action = QAction(self.tr("Réinitialiser l’&affichage"), self)
        self.reset_display_action.setStatusTip(
            self.tr("Taille du texte, thème, panneaux et position de lecture par défaut")
        )
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for choice in CHOICES:
            name = self.tr("Système") if choice == SYSTEM else THEMES[choice].name
            action = QAction(name, self.theme_group)
            action.setCheckable(True)
            self.theme_actions[choice] = action
        for action in (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.large_text_action,
            self.reset_display_action,
        ):
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
        native = QKeySequence.SequenceFormat.NativeText
        keys = " ou ".join(keys.toString(native) for keys in action.shortcuts())
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
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)

        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        # Printing.
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addAction(self.contents_action)
        view_menu.addAction(self.text_action)
        tree_toggle = self.tree_dock.toggleViewAction()
        tree_toggle.setText(self.tr("Afficher le sommaire"))
        view_menu.addAction(tree_toggle)
        # Glossary.
        self.glossary_dock = QDockWidget(self.tr("Glossaire"), self)
        self.glossary_dock.setObjectName("glossaryDock")
        self.glossary_dock.setWidget(self.glossary_panel)
        self.glossary_dock.setFeatures(self.tree_dock.features())
        self.tabifyDockWidget(self.tree_dock, self.glossary_dock)
        self.tree_dock.raise_()  # the contents first; the glossary is one tab away
        glossary_toggle = self.glossary_dock.toggleViewAction()
        glossary_toggle.setText(self.tr("Afficher le glossaire"))
        view_menu.addAction(glossary_toggle)
        self.glossary_dock_title = DockTitle(
            self.tr("Glossaire"), self.tr("Fermer le glossaire"), self.glossary_dock
        )
        self.glossary_dock.setTitleBarWidget(self.glossary_dock_title)
        self.glossary_dock.setMinimumWidth(_DOCK_MINIMUM_WIDTH)
        self.glossary_panel.setMinimumWidth(0)
        # Text size and themes.
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addAction(self.large_text_action)
        theme_menu = view_menu.addMenu(self.tr("T&hème"))
        theme_menu.addActions(list(self.theme_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(self.reset_display_action)
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
        self.results_dock_title = DockTitle(
            self.tr("Résultats"), self.tr("Fermer les résultats"), self.results_dock
        )
        self.results_dock.setTitleBarWidget(self.results_dock_title)
        self.results_dock.setMinimumWidth(_DOCK_MINIMUM_WIDTH)
        self.search_results.setMinimumWidth(0)
        self.tree_dock.raise_()  # of the tabs on the left, the contents come first
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
        self._view_menu, self._help_menu = view_menu, help_menu

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Search.
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.about_action)
        self.toolbar = toolbar
        # Text size and themes.
        toolbar.addSeparator()
        self._add_tool(toolbar, self.zoom_out_action)
        toolbar.addWidget(self.size_label)
        self._add_tool(toolbar, self.zoom_in_action)
        self._add_tool(toolbar, self.zoom_reset_action)
        toolbar.addSeparator()
        self._add_tool(toolbar, self.large_text_action)
        self.tree_dock_title = DockTitle(
            self.tr("Sommaire"), self.tr("Fermer le sommaire"), self.tree_dock
        )
        self.tree_dock.setTitleBarWidget(self.tree_dock_title)
        self.tree_dock.setMinimumWidth(_DOCK_MINIMUM_WIDTH)
        self.tree.setMinimumWidth(0)
        self.pane.setMinimumWidth(_PANE_MINIMUM_WIDTH)

        # Printing.
        toolbar.addAction(self.print_action)
        # Keyboard and accessibility.
        self._view_menu.addSeparator()
        self._view_menu.addAction(self.next_region_action)
        self._view_menu.addAction(self.previous_region_action)
        self._help_menu.insertAction(self.about_action, self.shortcuts_action)
        # F6 visits these in order, skipping hidden ones; another panel joins with one line:
        # self._regions.append(widget)
        self._regions: list[QWidget] = [self.tree, self.message_bar, self.pane]
        self._regions.insert(1, self.glossary_panel)  # Glossary.
        self._regions.insert(2, self.search_results)  # Search: the results panel,
        self._regions.append(self.search_bar)  # and the search bar under the text.
        self._name_window_controls()

    @staticmethod
    def _add_tool(toolbar: QToolBar, action: QAction) -> None:
        """A toolbar button for an action, named by the action's full text (not « A+ »)."""
        toolbar.addAction(action)
        button = toolbar.widgetForAction(action)
        button.setAccessibleName(action.text().replace("&", ""))

    def _connect(self) -> None:
        self.tree.section_requested.connect(self.pane.scroll_to_section)
        self.pane.section_changed.connect(self.tree.mark_current)
        self.pane.outside_link_activated.connect(self._show_outside_link)
        self.pane.link_refused.connect(self._show_refused_link)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.contents_action.triggered.connect(self._focus_tree)
        self.text_action.triggered.connect(self.pane.setFocus)
        # Keyboard and accessibility.
        self.next_region_action.triggered.connect(self.focus_next_region)
        self.previous_region_action.triggered.connect(self.focus_previous_region)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        # Printing.
        self.print_action.triggered.connect(self.print_handout)
        self.pdf_action.triggered.connect(self.ask_pdf_export)
        # Text size and themes.
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action.triggered.connect(self.reset_zoom)
        self.pane.zoom_requested.connect(self._zoom_steps)
        self.large_text_action.toggled.connect(self.set_large_text)
        for choice, action in self.theme_actions.items():
            action.triggered.connect(partial(self.choose_theme, choice))
        self.reset_display_action.triggered.connect(self.reset_display)
        self.tree_dock_title.close_requested.connect(self.tree_dock.close)
        for changed in (
            self._settings.text_size_changed,
            self._settings.large_text_changed,
            self._settings.large_text_size_changed,
            self._settings.theme_changed,
        ):
            changed.connect(self._show_display_settings)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        if hasattr(hints, "accessibility"):  # Qt 6.10 and later
            hints.accessibility().contrastPreferenceChanged.connect(self._system_contrast_changed)
        # Glossary.
        self.pane.term_activated.connect(self._open_term)
        self._glossary_follow.timeout.connect(self._follow_term)
        self.pane.verticalScrollBar().valueChanged.connect(self._glossary_follow_later)
        self.pane.verticalScrollBar().rangeChanged.connect(self._glossary_follow_later)
        self.glossary_popup.dismissed.connect(self._return_to_term)
        self.glossary_panel.place_requested.connect(self.pane.select_term_at)
        self.glossary_dock.visibilityChanged.connect(self._find_glossary_places)
        self.glossary_dock_title.close_requested.connect(self.glossary_dock.close)
        # Search.
        self.find_action.triggered.connect(self.search_bar.open)
        self.find_next_action.triggered.connect(self.search_bar.step_forward)
        self.find_previous_action.triggered.connect(self.search_bar.step_backward)
        self.close_search_action.triggered.connect(self.search_bar.close_search)
        self.results_action.triggered.connect(self._focus_results)
        self.search_bar.opened.connect(self.highlighter.prepare)
        self.search_bar.opened.connect(self._search_opened)
        # Glossary first: the definition is in place before the results fill the list once.
        self.search_bar.search_requested.connect(self._offer_definition)
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
        self.results_dock_title.close_requested.connect(self.results_dock.close)

    def _restore_settings(self) -> None:
        self._default_state = self.saveState(_LAYOUT_VERSION)
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state, _LAYOUT_VERSION)  # a layout of other panels is ignored
        # Text size and themes.
        self._show_display_settings()
        # Search: results belong to a search, and no search is open at start.
        self.results_dock.hide()

    def _show_document(self) -> None:
        document = self._document
        self.setWindowTitle(document.title)
        self.pane.setAccessibleName(document.title)
        self.pane.setAccessibleDescription(self.tr("Texte de l’article"))
        self.tree.set_sections(document.rendered.sections)
        self.pane.show_article(document.rendered.html, document.rendered.sections)
        # Reading position.
        if self._settings.reading_article == self._article_key:
            self.pane.show_position(
                document_position(
                    self.pane.heading_positions,
                    self._settings.reading_position,
                    self.pane.document().characterCount(),
                )
            )
        # Search.
        self.highlighter.reindex()
        self.search_results.set_sections(document.rendered.sections)
        if document.problems:
            lines = [self.tr("Problème dans le contenu :")] + [f"• {p}" for p in document.problems]
            self.message_bar.show_message("\n".join(lines))
        # Glossary.
        self.glossary_popup.set_glossary(document.glossary)
        self.glossary_panel.set_glossary(document.glossary)
        self._glossary_places_found = False  # found when the panel is first shown
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

    # -- keyboard and accessibility ---------------------------------------------------------------

    def _name_window_controls(self) -> None:
        """Name what Qt leaves unnamed (or names in English): menus, dock and overflow buttons."""
        self.menuBar().setAccessibleName(self.tr("Menus"))
        self._menu_namer = MenuNamer(self.menuBar(), self.tr("Autres menus"))
        for button in self.tree_dock.findChildren(QAbstractButton):
            if button.objectName() == "qt_dockwidget_closebutton":
                button.setAccessibleName(self.tr("Fermer le sommaire"))
                button.setToolTip(self.tr("Fermer le sommaire"))
            elif button.objectName() == "qt_dockwidget_floatbutton":
                button.setAccessibleName(self.tr("Détacher le sommaire"))
                button.setToolTip(self.tr("Détacher le sommaire"))
        for button in self.menuBar().findChildren(QToolButton):
            button.setAccessibleName(self.tr("Autres menus"))
        for button in self.toolbar.findChildren(QToolButton):
            if button.objectName() == "qt_toolbar_ext_button":
                button.setAccessibleName(self.tr("Autres boutons de la barre d’outils"))

    @property
    def regions(self) -> tuple[QWidget, ...]:
        """The regions F6 visits, in order (hidden ones are skipped when moving)."""
        return tuple(self._regions)

    @Slot()
    def focus_next_region(self) -> None:
        """Move the focus to the next visible region (F6)."""
        self._focus_region(+1)

    @Slot()
    def focus_previous_region(self) -> None:
        """Move the focus to the previous visible region (Shift+F6)."""
        self._focus_region(-1)

    def _focus_region(self, step: int) -> None:
        focused = QApplication.focusWidget()
        current = next(
            (
                i
                for i, region in enumerate(self._regions)
                if focused is not None and (region is focused or region.isAncestorOf(focused))
            ),
            -1 if step > 0 else 0,
        )
        count = len(self._regions)
        for offset in range(1, count + 1):
            region = self._regions[(current + step * offset) % count]
            target = self._focus_target(region)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    @staticmethod
    def _focus_target(region: QWidget) -> QWidget | None:
        """The region itself if it takes focus, else its first control that does."""
        # A dock behind another dock's tab stays "visible" but is moved out of sight.
        if not region.isVisible() or not region.isEnabled() or region.visibleRegion().isEmpty():
            return None
        if region.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return region
        widget = region.nextInFocusChain()
        while widget is not None and widget is not region:
            if (
                region.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window, made from its menus and actions, then the text's own keys."""
        native = QKeySequence.SequenceFormat.NativeText
        rows: list[tuple[str, str]] = []
        seen: set[QAction] = set()

        def add(action: QAction) -> None:
            if action in seen or action.isSeparator():
                return
            seen.add(action)
            shown = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
            if shown:
                rows.append((self.tr(" ou ").join(shown), action.text().replace("&", "")))

        def walk(menu: QMenu) -> None:
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu)
                else:
                    add(action)

        for menu_action in self.menuBar().actions():
            title = menu_action.text()
            mnemonic = title[title.index("&") + 1] if "&" in title[:-1] else ""
            if mnemonic:
                alt = QKeySequence(f"Alt+{mnemonic.upper()}").toString(native)
                name = title.replace("&", "")
                rows.append((alt, self.tr("Ouvrir le menu « {0} »").format(name)))
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                walk(menu)
        for action in self.findChildren(QAction):
            add(action)
        for sequence, what in self.pane.keyboard_help():
            rows.append((sequence.toString(native), what))
        return rows

    @property
    def shortcuts_dialog(self) -> ShortcutsDialog | None:
        """The « Raccourcis clavier » dialog last opened, if any."""
        return self._shortcuts

    @Slot()
    def show_shortcuts(self) -> None:
        """Open « Raccourcis clavier » (built afresh, so it lists every action there is now)."""
        if self._shortcuts is not None:
            self._shortcuts.deleteLater()
        self._shortcuts = ShortcutsDialog(self.shortcut_rows(), self)
        self._shortcuts.show()
        self._shortcuts.raise_()
        self._shortcuts.activateWindow()

    # Printing.

    def handout(self, scope: Scope = "article") -> Handout:
        """The handout for the whole article or the section being read, with its glossary
        (the ``glossary.toml`` beside the article, read now so that it is never stale)."""
        document = self._document
        glossary = load_glossary(document.article.path.parent / "glossary.toml")
        return compose_handout(
            document.title,
            document.article.metadata,
            document.notice,
            document.article.markdown,
            glossary,
            scope,
            self.pane.current_section,
        )

    def _handout_font(self) -> QFont:
        # The pane's own font: a larger reading size prints larger too.
        return QFont(self.pane.document().defaultFont())

    def _current_section_title(self) -> str | None:
        index = self.pane.current_section
        sections = self.pane.sections
        return sections[index].title if 0 <= index < len(sections) else None

    def _ask_scope(
        self, title: str, question: str, go_text: str, then: Callable[[Scope], None]
    ) -> None:
        dialog = PrintScopeDialog(title, question, go_text, self._current_section_title(), self)
        self._keep_while_open(dialog)
        dialog.accepted.connect(lambda: then(dialog.scope))
        dialog.open()

    def _keep_while_open(self, dialog: QDialog) -> None:
        self._print_dialogs.append(dialog)
        dialog.finished.connect(lambda _result: self._drop_dialog(dialog))

    def _drop_dialog(self, dialog: QDialog) -> None:
        if dialog in self._print_dialogs:
            self._print_dialogs.remove(dialog)
        dialog.deleteLater()

    @Slot()
    def print_handout(self) -> None:
        """Ask what to print, then open the print preview (from which it is printed)."""
        self._ask_scope(
            self.tr("Imprimer"),
            self.tr("Que voulez-vous imprimer ?"),
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
        preview = QPrintPreviewDialog(printer, self)
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
            self.tr("Que voulez-vous mettre dans le PDF ?"),
            self.tr("Choisir le fichier…"),
            self._ask_pdf_path,
        )

    def _ask_pdf_path(self, scope: Scope) -> None:
        section = self._current_section_title() if scope == "section" else None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = self._pdf_folder or (Path(documents) if documents else Path.home())
        if not folder.is_dir():
            folder = Path.home()
        dialog = QFileDialog(self, self.tr("Exporter en PDF"))
        # Qt's own dialog: it speaks French with Qt's translation, and looks the same everywhere.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("Documents PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(folder))
        dialog.selectFile(pdf_file_name(self._document.title, section))
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("Dossier :"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileName, self.tr("Nom du fichier :"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("Type :"))
        dialog.setLabelText(QFileDialog.DialogLabel.Accept, self.tr("Enregistrer"))
        dialog.setLabelText(QFileDialog.DialogLabel.Reject, self.tr("Annuler"))
        dialog.fileSelected.connect(lambda name: self.export_pdf(Path(name), scope))
        self._keep_while_open(dialog)
        dialog.open()

    def export_pdf(self, path: Path, scope: Scope = "article") -> bool:
        """Write the handout to a PDF file (A4), whole or not at all; says in the message bar
        what happened. Returns whether the file was written."""
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
            write_replacing(path, write)
        except WriteError as error:
            self.message_bar.show_message(
                self.tr("Le PDF n’a pas été enregistré : {0}").format(error)
            )
            return False
        self._pdf_folder = path.parent
        self.message_bar.show_message(self.tr("PDF enregistré : {0}").format(path))
        return True

    @Slot()
    def _focus_tree(self) -> None:
        self.tree_dock.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Glossary.
    @Slot(bool)
    def _find_glossary_places(self, shown: bool = True) -> None:
        """Where each term is, for the panel: found once, when the panel is first shown,
        since most readers never open it and start-up matters."""
        if self._glossary_places_found or not shown:
            return
        self._glossary_places_found = True
        places = term_places(self.pane.toPlainText(), self._document.matcher, self.pane.headings)
        self.glossary_panel.set_places(places)

    def _term_anchor(self) -> QRect:
        """Where the term last activated is drawn, in this window's coordinates."""
        rect = self.pane.range_rect(*self.pane.active_term)
        return QRect(self.pane.viewport().mapTo(self, rect.topLeft()), rect.size())

    @Slot(str)
    def _open_term(self, entry_id: str) -> None:
        self.glossary_popup.show_entry(entry_id, self._term_anchor())

    def _glossary_follow_later(self, *_ignored: object) -> None:
        self._glossary_follow.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._glossary_follow_later()  # Glossary: the text column moved, so did the term

    @Slot()
    def _follow_term(self) -> None:
        if self.glossary_popup.isVisible():
            self.glossary_popup.move_next_to(self._term_anchor())

    @Slot()
    def _return_to_term(self) -> None:
        self.pane.select_term_at(self.pane.active_term[0])
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

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

    @Slot(str, object)
    def _offer_definition(self, query: str, _options: object) -> None:
        """A query that names a glossary entry shows its definition first among the results."""
        entry = entry_for_query(self._document.glossary, query)
        if entry is None:
            self.search_results.clear_definition()
        else:
            self.search_results.set_definition(entry.headword, entry.definition)

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

    # -- text size and themes -----------------------------------------------------------------

    @property
    def text_percent(self) -> int:
        """The article's size in percent, as shown now (Grand texte included)."""
        if self._settings.large_text:
            return self._settings.large_text_size
        return self._settings.text_size

    @property
    def theme(self) -> Theme:
        """The theme shown now (for « Système », the one the computer asks for)."""
        return self._theme if self._theme is not None else self._chosen_theme()

    def _minimum_percent(self) -> int:
        large = self._settings.large_text
        return text_size.LARGE_TEXT_MINIMUM if large else text_size.MINIMUM

    def _set_percent(self, percent: int) -> None:
        if self._settings.large_text:
            self._settings.large_text_size = percent
        else:
            self._settings.text_size = percent

    @Slot()
    def zoom_in(self) -> None:
        """Enlarge the article by one step (up to 400 %)."""
        self._set_percent(text_size.larger(self.text_percent, self._minimum_percent()))

    @Slot()
    def zoom_out(self) -> None:
        """Reduce the article by one step (down to 50 %, or 200 % in Grand texte)."""
        self._set_percent(text_size.smaller(self.text_percent, self._minimum_percent()))

    @Slot()
    def reset_zoom(self) -> None:
        """Back to the normal size: 100 %, or 200 % in Grand texte."""
        large = self._settings.large_text
        self._set_percent(text_size.LARGE_TEXT_DEFAULT if large else text_size.DEFAULT)

    @Slot(int)
    def _zoom_steps(self, steps: int) -> None:
        for _ in range(abs(steps)):
            (self.zoom_in if steps > 0 else self.zoom_out)()

    @Slot(bool)
    def set_large_text(self, on: bool) -> None:
        """Grand texte on or off (off gives back the size and fonts there were before)."""
        self._settings.large_text = on

    @Slot(str)
    def choose_theme(self, choice: str) -> None:
        """Show a theme of the table, or follow the computer (``systeme``)."""
        self._settings.theme = choice

    @Slot()
    def reset_display(self) -> None:
        """Every display setting and the layout back to their defaults, reading from the top."""
        self._settings.reset_display(self._article_key)
        self.restoreState(self._default_state, _LAYOUT_VERSION)
        self.tree_dock.show()
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.pane.show_position(0)

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the whole interface in a theme: palette, borders, the article and every widget
        that has an ``apply_theme`` of its own."""
        self._theme = theme
        QApplication.setPalette(theme_palette(theme))
        self.highlighter.apply_theme(theme)  # Search: not a widget, so named here
        for widget in self.findChildren(QWidget):
            apply = getattr(widget, "apply_theme", None)
            if callable(apply):
                apply(theme)
        self._show_reading_style()

    def _chosen_theme(self) -> Theme:
        return theme_for(self._settings.theme, self._system_scheme, self._system_high_contrast)

    @Slot()
    def _show_display_settings(self, *_ignored: object) -> None:
        large = self._settings.large_text
        interface = QFont(self._normal_interface_font)
        if large:
            _scale_font(interface, text_size.LARGE_INTERFACE_PERCENT)
        if QApplication.font() != interface:
            QApplication.setFont(interface)
        theme = self._chosen_theme()
        if theme != self._theme:
            self.apply_theme(theme)  # shows the article in it too
        else:
            self._show_reading_style()
        percent = self.text_percent
        self.glossary_popup.set_text_scale(percent)  # Glossary: definitions as large as the text
        label = text_size.percent_label(percent)
        self.size_label.setText(label)
        self.size_label.setAccessibleName(self.tr("Taille du texte : {0}").format(label))
        normal = text_size.LARGE_TEXT_DEFAULT if large else text_size.DEFAULT
        self.zoom_reset_action.setIconText(text_size.percent_label(normal))
        self.zoom_in_action.setEnabled(text_size.can_grow(percent))
        self.zoom_out_action.setEnabled(text_size.can_shrink(percent, self._minimum_percent()))
        self.zoom_reset_action.setEnabled(percent != normal)
        self.large_text_action.setChecked(large)
        self.theme_actions[self._settings.theme].setChecked(True)

    def _show_reading_style(self) -> None:
        large = self._settings.large_text
        font = QFont()
        font.setFamilies(_LARGE_TEXT_FONTS if large else _READING_FONTS)
        font.setPointSizeF(text_size.point_size(self.text_percent))
        em_pixels = font.pointSizeF() * self.pane.logicalDpiY() / 72
        css = self._article_css
        if large:
            spacing = letter_spacing_pixels(em_pixels)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
            font.setWordSpacing(word_spacing_pixels(em_pixels))
            css += "\n" + self._large_text_css
        css += "\n" + article_colours(self.theme)
        self.pane.set_reading_style(font, resolve_em(css, em_pixels))

    @Slot(Qt.ColorScheme)
    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = _SCHEMES.get(scheme, "unknown")
        self._show_display_settings()

    @Slot(Qt.ContrastPreference)
    def _system_contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        self._system_high_contrast = preference == Qt.ContrastPreference.HighContrast
        self._show_display_settings()

    # -- reading position ---------------------------------------------------------------------

    @property
    def _article_key(self) -> str:
        return str(self._document.article.path.resolve())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState(_LAYOUT_VERSION)
        self._settings.remember_position(
            self._article_key,
            position_in_sections(self.pane.heading_positions, self.pane.top_position),
        )
        self._settings.sync()
        # The application's font and palette are the window's only while it is open.
        QApplication.setFont(self._normal_interface_font)
        QApplication.setPalette(self._normal_palette)
        super().closeEvent(event)


def _scale_font(font: QFont, percent: int) -> None:
    """Enlarge a font in place, whether it is sized in points or in pixels."""
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * percent / 100)
    else:
        font.setPixelSize(round(font.pixelSize() * percent / 100))


def _high_contrast_preferred() -> bool:
    """Whether the computer asks for high contrast (known from Qt 6.10 on)."""
    hints = QGuiApplication.styleHints()
    if not hasattr(hints, "accessibility"):
        return False
    preference = hints.accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)

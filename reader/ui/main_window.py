"""The main window: the one place where the widgets meet.

Its constructor reads as phases: build the widgets, create the actions, lay them out, connect
them, restore what was remembered, show the article. What the first paint does not show (the
glossary's popup and panel, the search bar, its results and highlights) is built just after it,
in ``_build_after_first_paint``, or as soon as something asks for it: the article is on screen
sooner, and nothing else changes.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core import text_size
from reader.core.bundle import resources_dir
from reader.core.document import Document
from reader.core.problems import problem_lines
from reader.core.settings_values import article_key, document_position, position_in_sections
from reader.core.styles import (
    article_colours,
    letter_spacing_pixels,
    resolve_em,
    word_spacing_pixels,
)
from reader.core.themes import CHOICES, SYSTEM, THEMES, Theme, theme_for
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.settings import Settings
from reader.ui.app.theme_palette import theme_palette
from reader.ui.controllers.regions import Regions
from reader.ui.widgets.dock_title import DockTitle
from reader.ui.widgets.menu_namer import MenuNamer
from reader.ui.widgets.message_bar import MessageBar
from reader.ui.widgets.section_tree import SectionTree
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:  # built after the first paint, or when first used: imported there
    from reader.core.handout_html import Handout, Scope
    from reader.core.results import ResultSet
    from reader.ui.controllers.printing import Printing
    from reader.ui.dialogs.about import AboutDialog
    from reader.ui.dialogs.shortcuts import ShortcutsDialog
    from reader.ui.widgets.glossary_panel import GlossaryPanel
    from reader.ui.widgets.glossary_popup import GlossaryPopup
    from reader.ui.widgets.match_highlighter import MatchHighlighter
    from reader.ui.widgets.search_bar import SearchBar
    from reader.ui.widgets.search_results import SearchResults

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

    # Built just after the first paint (see the properties of the same names).
    _glossary_popup: GlossaryPopup
    _glossary_panel: GlossaryPanel
    _search_bar: SearchBar
    _search_results: SearchResults
    _highlighter: MatchHighlighter

    def __init__(self, document: Document, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._about: AboutDialog | None = None
        self._shortcuts: ShortcutsDialog | None = None
        self._printing: Printing | None = None  # Printing: made when first asked for
        self._complete = False  # whether _build_after_first_paint has run
        # Text size and themes.
        self._theme: Theme | None = None
        self._default_state = QByteArray()
        # Glossary: the panel's places, found when it is first shown.
        self._glossary_places_found = False
        self._glossary_dock_shown = False
        self._results_offered = False  # Search: the results panel was shown for this search
        self._build_widgets()
        self._create_actions()
        self._build_layout()
        self._connect()
        self._restore_settings()
        self._show_document()
        AfterFirstPaint(self.pane.viewport(), self._build_after_first_paint)

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
        # Glossary: the popup follows its term once the text has scrolled or reflowed
        # (deferred: the scroll bar also changes from inside Qt's relayout).
        self._glossary_follow = QTimer(self)
        self._glossary_follow.setSingleShot(True)
        self._glossary_follow.setInterval(0)

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
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.message_bar)
        self._column.addWidget(self.pane, 1)
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
        # Glossary: the dock and its tab now, so that nothing moves; its panel after the first
        # paint.
        self.glossary_dock = QDockWidget(self.tr("Glossaire"), self)
        self.glossary_dock.setObjectName("glossaryDock")
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
        # Search: results share the left side with the contents, as a tab raised when shown;
        # the dock now (so that a remembered layout is restored), its list after the first paint.
        self.results_dock = QDockWidget(self.tr("Résultats"), self)
        self.results_dock.setObjectName("resultsDock")
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
        # self._regions.append(widget). The glossary's and search's join after the first paint.
        self._regions = Regions([self.tree, self.message_bar, self.pane])
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
        # Glossary: what can happen before the panel and popup exist (they are made on demand).
        self.pane.term_activated.connect(self._open_term)
        self.glossary_dock.visibilityChanged.connect(self._find_glossary_places)
        self.glossary_dock_title.close_requested.connect(self.glossary_dock.close)
        # Search: the actions reach the bar through the window, which makes it on demand.
        self.find_action.triggered.connect(self.open_search)
        self.find_next_action.triggered.connect(self.find_next)
        self.find_previous_action.triggered.connect(self.find_previous)
        self.close_search_action.triggered.connect(self.close_search)
        self.results_action.triggered.connect(self._focus_results)
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
        if document.problems:
            # Issue 16: at most problem_lines' limit, each quotation shortened (core.problems).
            problems = problem_lines(document.problems)
            lines = [self.tr("Problème dans le contenu :")] + [f"• {p}" for p in problems]
            self.message_bar.show_message("\n".join(lines))
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_after_first_paint(self) -> None:
        """Build what the first paint does not show; runs once, just after it, or as soon as
        something asks for one of these parts."""
        if self._complete:
            return
        self._complete = True
        theme, percent = self.theme, self.text_percent
        # Glossary.
        from reader.ui.widgets.glossary_panel import GlossaryPanel
        from reader.ui.widgets.glossary_popup import GlossaryPopup

        self._glossary_popup = GlossaryPopup(self)
        self._glossary_popup.set_font_families(_READING_FONTS)
        self._glossary_popup.set_text_scale(percent)  # definitions as large as the text
        self._glossary_panel = GlossaryPanel(self)
        self._glossary_panel.setObjectName("glossaryPanel")
        self._glossary_panel.setMinimumWidth(0)
        self.glossary_dock.setWidget(self._glossary_panel)
        for widget in (self._glossary_popup, self._glossary_panel):
            widget.apply_theme(theme)
        self._glossary_popup.set_glossary(self._document.glossary)
        self._glossary_panel.set_glossary(self._document.glossary)
        self._glossary_follow.timeout.connect(self._follow_term)
        self.pane.verticalScrollBar().valueChanged.connect(self._glossary_follow_later)
        self.pane.verticalScrollBar().rangeChanged.connect(self._glossary_follow_later)
        self._glossary_popup.dismissed.connect(self._return_to_term)
        self._glossary_panel.place_requested.connect(self.pane.select_term_at)
        self._regions.insert(1, self._glossary_panel)
        # Search: the bar under the text, so opening it moves no line of the text.
        from reader.ui.widgets.match_highlighter import MatchHighlighter
        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.search_results import SearchResults

        self._search_bar = SearchBar(self)
        self._column.addWidget(self._search_bar)
        self._search_results = SearchResults(self)
        self._search_results.setMinimumWidth(0)
        self.results_dock.setWidget(self._search_results)
        self._highlighter = MatchHighlighter(self.pane)
        for part in (self._search_bar, self._search_results, self._highlighter):
            part.apply_theme(theme)
        self._search_bar.set_actions(
            self.find_previous_action, self.find_next_action, self.close_search_action
        )
        self._highlighter.reindex()
        self._search_results.set_sections(self._document.rendered.sections)
        self._search_bar.opened.connect(self._highlighter.prepare)
        self._search_bar.opened.connect(self._search_opened)
        # Glossary first: the definition is in place before the results fill the list once.
        self._search_bar.search_requested.connect(self._offer_definition)
        self._search_bar.search_requested.connect(self._highlighter.search)
        self._search_bar.next_requested.connect(self._highlighter.next_match)
        self._search_bar.previous_requested.connect(self._highlighter.previous_match)
        self._search_bar.closed.connect(self._search_closed)
        self._highlighter.results_changed.connect(self._search_results.show_results)
        self._highlighter.results_changed.connect(self._show_results_dock)
        self._highlighter.match_changed.connect(self._search_bar.show_position)
        self._highlighter.match_changed.connect(self._mark_current_result)
        self._search_results.match_chosen.connect(self._highlighter.make_current)
        self._search_results.section_requested.connect(self.pane.scroll_to_section)
        self._regions.insert(2, self._search_results)  # the results panel,
        self._regions.append(self._search_bar)  # and the search bar under the text.
        # Glossary: the panel was shown before it existed (a remembered layout).
        if self._glossary_dock_shown:
            self._find_glossary_places(True)

    # -- built after the first paint ------------------------------------------------------------

    @property
    def is_complete(self) -> bool:
        """Whether the parts built after the first paint exist yet."""
        return self._complete

    @property
    def glossary_popup(self) -> GlossaryPopup:
        """The definition shown beside a term."""
        self._build_after_first_paint()
        return self._glossary_popup

    @property
    def glossary_panel(self) -> GlossaryPanel:
        """The glossary's panel: every entry, its definition and where it is in the text."""
        self._build_after_first_paint()
        return self._glossary_panel

    @property
    def search_bar(self) -> SearchBar:
        """The search bar under the text."""
        self._build_after_first_paint()
        return self._search_bar

    @property
    def search_results(self) -> SearchResults:
        """The list of a search's results, by section."""
        self._build_after_first_paint()
        return self._search_results

    @property
    def highlighter(self) -> MatchHighlighter:
        """Marks a search's matches in the text and steps through them."""
        self._build_after_first_paint()
        return self._highlighter

    # -- slots --------------------------------------------------------------------------------

    @property
    def document(self) -> Document:
        """The article shown."""
        return self._document

    @Slot()
    def show_about(self) -> None:
        """Open « À propos de ce texte » (one dialog, reused)."""
        if self._about is None:
            from reader.ui.dialogs.about import AboutDialog

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

    # -- keyboard and accessibility -----------------------------------------------------------

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
        self._build_after_first_paint()
        return self._regions.as_tuple()

    @Slot()
    def focus_next_region(self) -> None:
        """Move the focus to the next visible region (F6)."""
        self._regions.focus(+1)

    @Slot()
    def focus_previous_region(self) -> None:
        """Move the focus to the previous visible region (Shift+F6)."""
        self._regions.focus(-1)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window, made from its menus and actions, then the text's own keys."""
        from reader.ui.dialogs.shortcuts import shortcut_rows

        return shortcut_rows(self, self.pane.keyboard_help())

    @property
    def shortcuts_dialog(self) -> ShortcutsDialog | None:
        """The « Raccourcis clavier » dialog last opened, if any."""
        return self._shortcuts

    @Slot()
    def show_shortcuts(self) -> None:
        """Open « Raccourcis clavier » (built afresh, so it lists every action there is now)."""
        from reader.ui.dialogs.shortcuts import ShortcutsDialog

        if self._shortcuts is not None:
            self._shortcuts.deleteLater()
        self._shortcuts = ShortcutsDialog(self.shortcut_rows(), self)
        self._shortcuts.show()
        self._shortcuts.raise_()
        self._shortcuts.activateWindow()

    # Printing: made the first time it is asked for, and Qt's print support with it.

    def _printer(self) -> Printing:
        if self._printing is None:
            from reader.ui.controllers.printing import Printing

            self._printing = Printing(self._document, self.pane, self)
            self._printing.message.connect(self.message_bar.show_message)
        return self._printing

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
        """Write the handout to a PDF file (A4), whole or not at all; says in the message bar
        what happened. Returns whether the file was written."""
        return self._printer().export_pdf(path, scope)

    # Glossary.
    @Slot(bool)
    def _find_glossary_places(self, shown: bool = True) -> None:
        """Where each term is, for the panel: found once, when the panel is first shown,
        since most readers never open it and start-up matters."""
        self._glossary_dock_shown = shown
        if self._glossary_places_found or not shown or not self._complete:
            return  # not before the panel exists: it looks once it does
        self._glossary_places_found = True
        from reader.core.glossary.term_places import term_places

        places = term_places(self.pane.toPlainText(), self._document.matcher, self.pane.headings)
        self._glossary_panel.set_places(places)

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
        if self._glossary_popup.isVisible():
            self._glossary_popup.move_next_to(self._term_anchor())

    @Slot()
    def _return_to_term(self) -> None:
        self.pane.select_term_at(self.pane.active_term[0])
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    # Search.

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
    def _search_opened(self) -> None:
        self.close_search_action.setEnabled(True)
        self._results_offered = False

    @Slot()
    def _search_closed(self) -> None:
        self.close_search_action.setEnabled(False)
        self._highlighter.clear()
        self._search_results.clear_results()
        self.results_dock.hide()
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str, object)
    def _offer_definition(self, query: str, _options: object) -> None:
        """A query that names a glossary entry shows its definition first among the results."""
        from reader.core.glossary.query import entry_for_query

        entry = entry_for_query(self._document.glossary, query)
        if entry is None:
            self._search_results.clear_definition()
        else:
            self._search_results.set_definition(entry.headword, entry.definition)

    @Slot(object)
    def _show_results_dock(self, results: ResultSet) -> None:
        """Show the results the first time this search finds some; closed, they stay closed."""
        if len(results) and self._search_bar.is_active and not self._results_offered:
            self._results_offered = True
            self._raise_results()

    @Slot(int, int, int)
    def _mark_current_result(self, current: int, _total: int, _wrapped: int) -> None:
        self._search_results.mark_current(current)

    def _raise_results(self) -> None:
        self.results_dock.show()
        self.results_dock.raise_()
        # Lay the window out now, so that a match brought into view stays in view.
        layout = self.layout()
        if layout is not None:
            layout.activate()

    @Slot()
    def _focus_results(self) -> None:
        results = self.search_results
        self._raise_results()
        results.flush()
        results.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        if self._complete:  # Search: not a widget, so named here (made in its theme otherwise)
            self._highlighter.apply_theme(theme)
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
        if self._complete:  # Glossary: definitions as large as the text
            self._glossary_popup.set_text_scale(percent)
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
        # Issue 16: never raises (a symlink loop, a name that is not UTF-8).
        return article_key(self._document.article.path)

    def remember_state(self) -> None:
        """Write now what closing writes (issue 16: also on the session manager's request)."""
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState(_LAYOUT_VERSION)
        self._settings.remember_position(
            self._article_key,
            position_in_sections(self.pane.heading_positions, self.pane.top_position),
        )
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_state()
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

"""The main window: the frame where the feature controllers meet.

It keeps only the frame: the text column, the docks, the menus and toolbar assembled from what
the controllers offer, one block of connections, and saving and restoring the layout. Each
feature (display, search, glossary, printing, navigation) lives whole in its controller, under
reader/ui/controllers/. What the first paint does not show is built just after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.document import Document
from reader.core.settings_values import TOP, document_position, position_in_sections
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.settings import Settings
from reader.ui.controllers.action_text import add_tool, new_action, show_shortcut_in_tooltip
from reader.ui.controllers.display import READING_FONTS, DisplayController
from reader.ui.controllers.glossary import GlossaryController
from reader.ui.controllers.navigation import NavigationController
from reader.ui.controllers.printing import PrintingController
from reader.ui.controllers.search import SearchController
from reader.ui.widgets.dock_title import DockTitle
from reader.ui.widgets.menu_namer import MenuNamer
from reader.ui.widgets.message_bar import MessageBar
from reader.ui.widgets.section_tree import SectionTree
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:
    from reader.ui.dialogs.about import AboutDialog

_DEFAULT_SIZE = QSize(1100, 780)
_DOCK_WIDTH = 300
# Narrow enough for 320 px wide windows (WCAG 1.4.10), wide enough to read a title.
_DOCK_MINIMUM_WIDTH = 100
# In a narrow window the text keeps most of the width, and the panel gives way first.
_PANE_MINIMUM_WIDTH = 190
# Bumped whenever the panels change: a layout saved with other panels would put the new ones
# anywhere (the glossary under the contents instead of in a tab beside it).
_LAYOUT_VERSION = 2


class MainWindow(QMainWindow):
    """An article, its section tree, its menus and toolbar, and the feature controllers."""

    def __init__(self, document: Document, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._about: AboutDialog | None = None
        self._complete = False  # whether _build_after_first_paint has run
        self._build_frame()
        self._build_controllers()
        self._build_menus_and_toolbar()
        self._connect()
        self._restore_settings()
        self._show_document()
        AfterFirstPaint(self.pane.viewport(), self._build_after_first_paint)

    # -- phases -------------------------------------------------------------------------------

    def _build_frame(self) -> None:
        self.pane = TextPane(self)
        self.pane.setObjectName("textPane")
        self.pane.setMinimumWidth(_PANE_MINIMUM_WIDTH)
        self.tree = SectionTree(self)
        self.tree.setObjectName("sectionTree")
        self.tree.setAccessibleName(self.tr("Sommaire"))
        self.tree.setMinimumWidth(0)
        self.message_bar = MessageBar(self)
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
        self.tree_dock_title = DockTitle(
            self.tr("Sommaire"), self.tr("Fermer le sommaire"), self.tree_dock
        )
        self.tree_dock.setTitleBarWidget(self.tree_dock_title)
        self.tree_dock.setMinimumWidth(_DOCK_MINIMUM_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _build_controllers(self) -> None:
        document = self._document
        self.display = DisplayController(self._settings, self)
        self.search = SearchController(document, self.pane, self)
        self.glossary = GlossaryController(document, self.pane, READING_FONTS, self)
        self.printing = PrintingController(document, self)
        self.navigation = NavigationController(self, self.pane)
        # The glossary and the results share the left side with the contents, as tabs.
        self.tabifyDockWidget(self.tree_dock, self.glossary.dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search.results_dock)
        self.tabifyDockWidget(self.tree_dock, self.search.results_dock)
        self.search.results_dock.hide()  # results belong to a search
        self.tree_dock.raise_()  # of the tabs on the left, the contents come first
        # F6 visits these in order; the glossary's and search's join after the first paint.
        for region in (self.tree, self.message_bar, self.pane):
            self.navigation.regions.append(region)

    def _build_menus_and_toolbar(self) -> None:
        self.quit_action = new_action(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = new_action(self.tr("À &propos de ce texte"), self)
        self.about_action.setStatusTip(self.tr("Source, date de l’édition et avis médical"))
        show_shortcut_in_tooltip(self.quit_action)
        show_shortcut_in_tooltip(self.about_action)
        display, search, glossary = self.display, self.search, self.glossary
        navigation, printing = self.navigation, self.printing

        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        file_menu.addActions([printing.print_action, printing.pdf_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addActions([navigation.contents_action, navigation.text_action])
        tree_toggle = self.tree_dock.toggleViewAction()
        tree_toggle.setText(self.tr("Afficher le sommaire"))
        view_menu.addActions([tree_toggle, glossary.toggle_action])
        view_menu.addSeparator()
        view_menu.addActions(list(display.size_actions()))
        theme_menu = view_menu.addMenu(self.tr("T&hème"))
        theme_menu.addActions(list(display.theme_actions.values()))
        view_menu.addSeparator()
        view_menu.addAction(display.reset_display_action)
        view_menu.addAction(search.results_toggle)
        view_menu.addSeparator()
        view_menu.addActions([navigation.next_region_action, navigation.previous_region_action])

        search_menu = self.menuBar().addMenu(self.tr("&Recherche"))
        search_menu.addActions(list(search.menu_actions()))

        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        help_menu.addActions([navigation.shortcuts_action, self.about_action])

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([search.find_action, self.about_action])
        toolbar.addSeparator()
        add_tool(toolbar, display.zoom_out_action)
        toolbar.addWidget(display.size_label)
        add_tool(toolbar, display.zoom_in_action)
        add_tool(toolbar, display.zoom_reset_action)
        toolbar.addSeparator()
        add_tool(toolbar, display.large_text_action)
        toolbar.addAction(printing.print_action)
        self.toolbar = toolbar
        self._name_window_controls()

    def _connect(self) -> None:
        pane, tree, display = self.pane, self.tree, self.display
        search, glossary, printing, navigation = (
            self.search,
            self.glossary,
            self.printing,
            self.navigation,
        )
        tree.section_requested.connect(pane.scroll_to_section)
        pane.section_changed.connect(tree.mark_current)
        pane.section_changed.connect(printing.set_current_section)
        pane.outside_link_activated.connect(self._show_outside_link)
        pane.link_refused.connect(self._show_refused_link)
        pane.zoom_requested.connect(display.zoom_steps)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.show_about)
        self.tree_dock_title.close_requested.connect(self.tree_dock.close)
        navigation.contents_requested.connect(self._focus_tree)
        navigation.text_requested.connect(self._focus_text)
        for part in (pane, tree, self.message_bar, search, glossary):
            display.theme_changed.connect(part.apply_theme)
        display.reading_style_changed.connect(pane.set_reading_style)
        display.reading_style_changed.connect(printing.set_reading_style)
        display.text_percent_changed.connect(glossary.set_text_scale)
        display.layout_reset_requested.connect(self._reset_layout)
        search.bar_built.connect(self._column.addWidget)
        search.search_ended.connect(self._focus_text)
        printing.message.connect(self.message_bar.show_message)

    def _restore_settings(self) -> None:
        self._default_state = self.saveState(_LAYOUT_VERSION)
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state, _LAYOUT_VERSION)  # a layout of other panels is ignored
        self.display.show_display_settings()
        self.search.results_dock.hide()  # no search is open at start

    def _show_document(self) -> None:
        document = self._document
        self.setWindowTitle(document.title)
        self.pane.setAccessibleName(document.title)
        self.pane.setAccessibleDescription(self.tr("Texte de l’article"))
        self.tree.set_sections(document.rendered.sections)
        self.pane.show_article(document.rendered.html, document.rendered.sections)
        if self._settings.reading_article == self._article_key:
            self.pane.show_position(
                document_position(
                    self.pane.heading_positions,
                    self._settings.reading_position,
                    self.pane.document().characterCount(),
                )
            )
        if document.problems:
            lines = [self.tr("Problème dans le contenu :")] + [f"• {p}" for p in document.problems]
            self.message_bar.show_message("\n".join(lines))
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_after_first_paint(self) -> None:
        """Build what the first paint does not show; runs once, just after it, or as soon as
        something asks for one of these parts."""
        if self._complete:
            return
        self._complete = True
        self.glossary.build()
        self.search.build()
        regions = self.navigation.regions
        regions.insert(1, self.glossary.panel)
        regions.insert(2, self.search.search_results)
        regions.append(self.search.search_bar)

    @property
    def is_complete(self) -> bool:
        """Whether the parts built after the first paint exist yet."""
        return self._complete

    @property
    def document(self) -> Document:
        """The article shown."""
        return self._document

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def show_about(self) -> None:
        """Open « À propos de ce texte » (one dialog, reused)."""
        if self._about is None:
            from reader.ui.dialogs.about import AboutDialog

            document = self._document
            self._about = AboutDialog(
                document.title, document.article.metadata, document.notice, self
            )
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    @Slot()
    def _focus_tree(self) -> None:
        self.tree_dock.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _focus_text(self) -> None:
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _reset_layout(self) -> None:
        """« Réinitialiser l’affichage »: the panels as at first start, reading from the top."""
        self.restoreState(self._default_state, _LAYOUT_VERSION)
        self.tree_dock.show()
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)
        self._settings.remember_position(self._article_key, TOP)
        self.pane.show_position(0)

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

    def _name_window_controls(self) -> None:
        """Name what Qt leaves unnamed (or names in English): menus, dock and overflow buttons."""
        self.menuBar().setAccessibleName(self.tr("Menus"))
        self._menu_namer = MenuNamer(self.menuBar(), self.tr("Autres menus"))
        for button in self.menuBar().findChildren(QToolButton):
            button.setAccessibleName(self.tr("Autres menus"))
        for button in self.toolbar.findChildren(QToolButton):
            if button.objectName() == "qt_toolbar_ext_button":
                button.setAccessibleName(self.tr("Autres boutons de la barre d’outils"))

    # -- layout and reading position ------------------------------------------------------------

    @property
    def _article_key(self) -> str:
        return str(self._document.article.path.resolve())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.glossary.follow_term_later()  # the text column moved, so did the term

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState(_LAYOUT_VERSION)
        self._settings.remember_position(
            self._article_key,
            position_in_sections(self.pane.heading_positions, self.pane.top_position),
        )
        self._settings.sync()
        self.display.restore_application()
        super().closeEvent(event)

"""The main window: the frame where the feature controllers meet.

It keeps only the frame: the text column, the docks, the menus and toolbar assembled from what
the controllers offer, one block of connections, and saving and restoring the layout. Each
feature (display, search, glossary, printing, navigation) lives whole in its controller, under
reader/ui/controllers/. What the first paint does not show is built just after it.
"""

from __future__ import annotations

import linecache
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.document import Document
from reader.core.problems import problem_lines
from reader.core.settings_values import TOP, article_key, document_position, position_in_sections
from reader.ui.app.application import application_icon
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.settings import Settings
from reader.ui.controllers.action_text import add_tool, new_action, show_shortcut_in_tooltip
from reader.ui.controllers.display import READING_FONTS, DisplayController
from reader.ui.controllers.dock_tabs import DockTabs
from reader.ui.controllers.glossary import GlossaryController
from reader.ui.controllers.navigation import NavigationController
from reader.ui.controllers.panel_room import PanelRoom
from reader.ui.controllers.printing import PrintingController
from reader.ui.controllers.search import SearchController
from reader.ui.widgets.dock_title import side_dock
from reader.ui.widgets.menu_namer import MenuNamer
from reader.ui.widgets.message_bar import MessageBar
from reader.ui.widgets.section_tree import SectionTree
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:
    from reader.ui.controllers.reading_aloud import ReadingAloud

_DEFAULT_SIZE = QSize(1100, 780)
_DOCK_WIDTH = 300
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
        self._reading_aloud: ReadingAloud | None = None  # made after the first paint
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
        self.tree_dock = side_dock(
            self.tr("Sommaire"), self.tr("Fermer le sommaire"), "sectionDock", self
        )
        self.tree_dock.setWidget(self.tree)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)

    def _build_controllers(self) -> None:
        document = self._document
        self.display = DisplayController(self._settings, self)
        self.search = SearchController(document, self.pane, self)
        self.glossary = GlossaryController(document, self.pane, READING_FONTS, self)
        self.printing = PrintingController(document, self)
        self.navigation = NavigationController(self, self.pane, document)
        # The glossary and the results share the left side with the contents, as tabs.
        self.tabifyDockWidget(self.tree_dock, self.glossary.dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search.results_dock)
        self.tabifyDockWidget(self.tree_dock, self.search.results_dock)
        self.search.results_dock.hide()  # results belong to a search
        self.tree_dock.raise_()  # of the tabs on the left, the contents come first
        DockTabs(self)  # issue 15: the side tabs keep their whole names when narrow
        # F6 visits these in order; the glossary's and search's join after the first paint.
        for region in (self.tree, self.message_bar, self.pane):
            self.navigation.regions.append(region)
        # The side panels step aside while the text column is too narrow to read.
        docks = (self.tree_dock, self.glossary.dock, self.search.results_dock)
        self.panel_room = PanelRoom(self, self.pane, docks)

    def _build_menus_and_toolbar(self) -> None:
        self.quit_action = new_action(self.tr("&Quitter"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        show_shortcut_in_tooltip(self.quit_action)
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
        view_menu.addActions(self.pane.heading_menu_actions(self))  # H, Shift+H in the text
        theme_menu = view_menu.addMenu(self.tr("T&hème"))
        theme_menu.addActions(list(display.theme_actions.values()))
        view_menu.addAction(display.every_term_action)
        view_menu.addSeparator()
        view_menu.addAction(display.reset_display_action)
        view_menu.addAction(search.results_toggle)
        view_menu.addSeparator()
        view_menu.addActions([navigation.next_region_action, navigation.previous_region_action])

        search_menu = self.menuBar().addMenu(self.tr("&Recherche"))
        search_menu.addActions(list(search.menu_actions()))

        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        help_menu.addActions([navigation.shortcuts_action, navigation.about_action])
        self._help_menu = help_menu

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([search.find_action, navigation.about_action])
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
        tree.section_entered.connect(pane.enter_section)
        pane.section_changed.connect(tree.mark_current)
        pane.section_changed.connect(printing.set_current_section)
        pane.outside_link_activated.connect(navigation.show_outside_link)
        pane.link_refused.connect(navigation.show_refused_link)
        pane.zoom_requested.connect(display.zoom_steps)
        self.quit_action.triggered.connect(self.close)
        navigation.contents_requested.connect(self._focus_tree)
        navigation.text_requested.connect(self._focus_text)
        for part in (pane, tree, self.message_bar, search, glossary):
            display.theme_changed.connect(part.apply_theme)
        display.reading_style_changed.connect(pane.set_reading_style)
        display.reading_style_changed.connect(printing.set_reading_style)
        display.text_percent_changed.connect(glossary.set_text_scale)
        display.large_text_changed.connect(glossary.set_large_text)  # issue 15: popup spacing
        display.layout_reset_requested.connect(self._reset_layout)
        display.every_term_changed.connect(pane.set_every_term_marked)
        pane.text_reshaped.connect(glossary.find_places_again)
        search.bar_built.connect(self._column.addWidget)
        search.search_ended.connect(self._focus_text)
        for teller in (printing, display, navigation):  # what a command did, or why not
            teller.message.connect(self.message_bar.show_message)

    def _restore_settings(self) -> None:
        self._default_state = self.saveState(_LAYOUT_VERSION)
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state, _LAYOUT_VERSION)  # a layout of other panels is ignored
        self.pane.set_every_term_marked(self._settings.every_term)
        self.display.show_display_settings()
        self.search.results_dock.hide()  # no search is open at start

    def _show_document(self) -> None:
        document = self._document
        self.setWindowTitle(document.title)
        self.pane.setAccessibleName(document.title)
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
            # Issue 16: at most problem_lines' limit, each quotation shortened (core.problems).
            problems = problem_lines(document.problems)
            lines = [self.tr("Problème dans le contenu :")] + [f"• {p}" for p in problems]
            self.message_bar.show_message("\n".join(lines))
        self.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_after_first_paint(self) -> None:
        """Build what the first paint does not show; runs once, just after it, or as soon as
        something asks for one of these parts."""
        if self._complete:
            return
        self._complete = True
        # PySide6's import hook reads the source of each module imported (linecache keeps it):
        # dropped after each part, the memory is used again by the next (peak -0.5 MiB).
        self.glossary.build()
        linecache.clearcache()
        self.search.build()
        regions = self.navigation.regions
        regions.insert(1, self.glossary.panel)
        regions.insert(2, self.search.search_results)
        regions.append(self.search.search_bar)
        self._build_reading_aloud()
        QApplication.setWindowIcon(application_icon())  # this window's and its dialogs' icon
        linecache.clearcache()

    def _build_reading_aloud(self) -> None:
        """Reading aloud: its controller, menu and toolbar buttons (the voice itself is loaded
        when first asked for)."""
        from reader.ui.controllers.reading_aloud import ReadingAloud

        reading = self._reading_aloud = ReadingAloud(self.pane, self._settings, self)
        reading.apply_theme(self.display.theme)
        reading_menu = QMenu(self.tr("Lect&ure"), self)
        reading_menu.addActions(reading.menu_actions())
        self.menuBar().insertMenu(self._help_menu.menuAction(), reading_menu)
        self.toolbar.addSeparator()
        self.toolbar.addActions(reading.toolbar_actions())
        popup = self.glossary.popup
        reason = reading.unavailable_reason
        popup.set_listen_available(not reason, reason)
        reading.yield_escape_to(self.search.close_search_action)  # Escape closes the search first
        reading.message.connect(self.message_bar.show_message)
        reading.voice.availability_changed.connect(popup.set_listen_available)
        popup.listen_requested.connect(reading.speak_definition)
        popup.closed.connect(reading.stop_definition)
        self.display.theme_changed.connect(reading.apply_theme)
        self.navigation.about_note = reading.about_text

    @property
    def is_complete(self) -> bool:
        """Whether the parts built after the first paint exist yet."""
        return self._complete

    @property
    def reading_aloud(self) -> ReadingAloud:
        """« Lire à voix haute » and its controls (built after the first paint)."""
        self._build_after_first_paint()
        assert self._reading_aloud is not None
        return self._reading_aloud

    @property
    def document(self) -> Document:
        """The article shown."""
        return self._document

    # -- slots --------------------------------------------------------------------------------

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
        self.pane.setFocus(Qt.FocusReason.ShortcutFocusReason)  # reading starts here, ring shown

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
        # Issue 16: never raises (a symlink loop, a name that is not UTF-8).
        return article_key(self._document.article.path)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.glossary.follow_term_later()  # the text column moved, so did the term

    def remember_state(self) -> None:
        """Write now what closing writes (also on the session manager's request)."""
        self._settings.window_geometry = self.saveGeometry()
        self._settings.window_state = self.saveState(_LAYOUT_VERSION)
        self._settings.remember_position(
            self._article_key,
            position_in_sections(self.pane.heading_positions, self.pane.top_position),
        )
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_state()
        self.display.restore_application()
        super().closeEvent(event)

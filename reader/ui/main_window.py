"""The main window: the one place where the widgets meet.

Its constructor reads as phases: build the widgets, create the actions, lay them out, connect
them, restore what was remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from reader.core.bundle import resources_dir
from reader.core.document import Document
from reader.core.term_places import term_places
from reader.core.themes import CLAIR, Theme
from reader.ui.about_dialog import AboutDialog
from reader.ui.glossary_panel import GlossaryPanel
from reader.ui.glossary_popup import GlossaryPopup
from reader.ui.message_bar import MessageBar
from reader.ui.section_tree import SectionTree
from reader.ui.settings import Settings
from reader.ui.text_pane import TextPane

_DEFAULT_SIZE = QSize(1100, 780)
_READING_FONTS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"]
_BASE_POINT_SIZE = 14


class MainWindow(QMainWindow):
    """An article, its section tree, its menus and toolbar."""

    def __init__(self, document: Document, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._about: AboutDialog | None = None
        self._glossary_places_found = False  # Glossary: the panel's places, found on demand
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
        # Glossary.
        self.glossary_popup = GlossaryPopup(self)
        self.glossary_popup.set_font_families(_READING_FONTS)
        self.glossary_panel = GlossaryPanel(self)
        self.glossary_panel.setObjectName("glossaryPanel")
        self._apply_glossary_theme(CLAIR)
        # The popup follows its term once the text has scrolled or reflowed (deferred: the
        # scroll bar also changes from inside Qt's relayout).
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
        for action in (self.quit_action, self.contents_action, self.text_action):
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

        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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
        # Glossary.
        self.pane.term_activated.connect(self._open_term)
        self._glossary_follow.timeout.connect(self._follow_term)
        self.pane.verticalScrollBar().valueChanged.connect(self._glossary_follow_later)
        self.pane.verticalScrollBar().rangeChanged.connect(self._glossary_follow_later)
        self.glossary_popup.dismissed.connect(self._return_to_term)
        self.glossary_panel.place_requested.connect(self.pane.select_term_at)
        self.glossary_dock.visibilityChanged.connect(self._find_glossary_places)

    def _restore_settings(self) -> None:
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state)

    def _show_document(self) -> None:
        document = self._document
        self.setWindowTitle(document.title)
        self.pane.setAccessibleName(document.title)
        self.pane.setAccessibleDescription(self.tr("Texte de l’article"))
        self.tree.set_sections(document.rendered.sections)
        self.pane.show_article(document.rendered.html, document.rendered.sections)
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

    @Slot()
    def _focus_tree(self) -> None:
        self.tree_dock.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Glossary.
    def _apply_glossary_theme(self, theme: Theme) -> None:
        self.pane.set_term_colour(theme.term)
        self.glossary_popup.apply_theme(theme)
        self.glossary_panel.apply_theme(theme)

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

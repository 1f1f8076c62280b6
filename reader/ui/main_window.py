"""The main window: the one place where the widgets meet.

Its constructor reads as phases: build the widgets, create the actions, lay them out, connect
them, restore what was remembered.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QByteArray, QSize, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.core import text_size
from reader.core.bundle import resources_dir
from reader.core.document import Document
from reader.core.settings_values import document_position, position_in_sections
from reader.core.styles import (
    article_colours,
    letter_spacing_pixels,
    resolve_em,
    word_spacing_pixels,
)
from reader.core.themes import CHOICES, SYSTEM, THEMES, Theme, theme_for
from reader.ui.about_dialog import AboutDialog
from reader.ui.dock_title import DockTitle
from reader.ui.message_bar import MessageBar
from reader.ui.section_tree import SectionTree
from reader.ui.settings import Settings
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
_SCHEMES = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}


class MainWindow(QMainWindow):
    """An article, its section tree, its menus and toolbar."""

    def __init__(self, document: Document, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._settings = settings
        self._about: AboutDialog | None = None
        self._theme: Theme | None = None
        self._default_state = QByteArray()
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
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        view_menu.addAction(self.contents_action)
        view_menu.addAction(self.text_action)
        tree_toggle = self.tree_dock.toggleViewAction()
        tree_toggle.setText(self.tr("Afficher le sommaire"))
        view_menu.addAction(tree_toggle)
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
        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Barre d’outils"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
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

    def _restore_settings(self) -> None:
        self._default_state = self.saveState()
        if not self.restoreGeometry(self._settings.window_geometry):
            available = self.screen().availableGeometry().size()
            self.resize(_DEFAULT_SIZE.boundedTo(available * 0.9))
        state = self._settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        # Text size and themes.
        self._show_display_settings()

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
        self.restoreState(self._default_state)
        self.tree_dock.show()
        self.resizeDocks([self.tree_dock], [_DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.pane.show_position(0)

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the whole interface in a theme: palette, borders, the article and every widget
        that has an ``apply_theme`` of its own."""
        self._theme = theme
        QApplication.setPalette(theme_palette(theme))
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
        self._settings.window_state = self.saveState()
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

"""Display: text size, Grand texte, themes, and the computer's colour scheme and contrast.

The controller owns the display actions and the size label, turns the remembered settings into
what is drawn (the interface font and palette, the article's font and style sheet) and says so
with signals; the window hands those to the text pane and the other controllers.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader.core import text_size
from reader.core.bundle import resources_dir
from reader.core.styles import (
    article_colours,
    heading_sizes,
    letter_spacing_pixels,
    resolve_em,
    word_spacing_pixels,
)
from reader.core.themes import CHOICES, SYSTEM, THEMES, Theme, theme_for
from reader.ui.accessibility.spoken_changes import SpokenChanges
from reader.ui.app.settings import Settings
from reader.ui.app.theme_palette import theme_palette
from reader.ui.controllers.action_text import new_action, show_shortcut_in_tooltip

READING_FONTS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "sans-serif"]
# Grand texte prefers faces drawn for low vision, when the computer has one.
LARGE_TEXT_FONTS = ["Luciole", "Atkinson Hyperlegible", "Verdana", *READING_FONTS]
_SCHEMES = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}


class DisplayController(QObject):
    """Text size, Grand texte and themes: the actions, the size label and what they draw."""

    theme_changed = Signal(object)
    """The theme now drawn (a ``Theme``): every widget and controller repaints in it."""
    reading_style_changed = Signal(QFont, str)
    """The article's font and style sheet (lengths in pixels), for the text pane."""
    text_percent_changed = Signal(int)
    """The article's size in percent, Grand texte included (definitions follow it)."""
    large_text_changed = Signal(bool)
    """Whether Grand texte is on (definitions take its spacing too)."""
    layout_reset_requested = Signal()
    """« Réinitialiser l’affichage »: the window puts its panels and the reading position back."""
    every_term_changed = Signal(bool)
    """« Souligner tous les termes »: every occurrence marked, or the first in each section."""
    message = Signal(str)
    """What a display command did, to tell the reader (« Affichage réinitialisé… »)."""

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        self._window = window
        self._theme: Theme | None = None
        styles = resources_dir() / "styles"
        self._article_css = (styles / "article.css").read_text(encoding="utf-8")
        self._large_text_css = (styles / "large-text.css").read_text(encoding="utf-8")
        # What the window found before changing application-wide fonts and colours: Grand texte
        # off and closing the window give it back exactly.
        self._normal_interface_font = QFont(QApplication.font())
        self._normal_palette = QPalette(QApplication.palette())
        hints = QGuiApplication.styleHints()
        self._system_scheme = _SCHEMES.get(hints.colorScheme(), "unknown")
        self._system_high_contrast = _high_contrast_preferred()
        self._create_actions()
        self._connect()
        # Screen readers hear each change: « Taille du texte : 150 % », « Thème : Sombre ».
        self._spoken = SpokenChanges(window, settings, self.size_label, self.theme_actions)

    def _create_actions(self) -> None:
        self.size_label = QLabel(self._window)
        self.size_label.setObjectName("textSizeLabel")
        self.size_label.setToolTip(self.tr("Taille du texte"))
        self.size_label.setContentsMargins(6, 0, 6, 0)
        self.zoom_in_action = new_action(self.tr("&Agrandir le texte"), self)
        self.zoom_in_action.setIconText(self.tr("A+"))
        zoom_in_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        ctrl_equal = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal)  # « + » without Shift
        if ctrl_equal not in zoom_in_keys:
            zoom_in_keys.append(ctrl_equal)
        self.zoom_in_action.setShortcuts(zoom_in_keys)
        self.zoom_out_action = new_action(self.tr("&Réduire le texte"), self)
        self.zoom_out_action.setIconText(self.tr("A−"))
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = new_action(self.tr("Taille &normale du texte"), self)
        self.zoom_reset_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        # The toolbar says what the button does; a second « 100 % » beside the size read as a
        # size, not as a button.
        self.zoom_reset_action.setIconText(self.tr("Taille normale"))
        # Ctrl+Shift+G would clash with « Rechercher le précédent » on Linux.
        self.large_text_action = new_action(self.tr("&Grand texte"), self)
        self.large_text_action.setCheckable(True)
        self.large_text_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_T)
        )
        self.large_text_action.setStatusTip(
            self.tr("Texte de l’article à 200 % ou plus, interface à 150 %, lettres espacées")
        )
        self.reset_display_action = new_action(self.tr("Ré&initialiser l’affichage"), self)
        self.reset_display_action.setStatusTip(
            self.tr("Taille du texte, thème, panneaux et position de lecture par défaut")
        )
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.theme_actions: dict[str, QAction] = {}
        for choice in CHOICES:
            name = self.tr("Système") if choice == SYSTEM else THEMES[choice].name
            action = new_action(name, self.theme_group)
            action.setCheckable(True)
            self.theme_actions[choice] = action
        # Each glossary term is marked once per section unless the reader asks for every one.
        self.every_term_action = new_action(self.tr("Souligner tous les t&ermes"), self)
        self.every_term_action.setCheckable(True)
        self.every_term_action.setStatusTip(
            self.tr("Marquer chaque mot du glossaire partout, pas seulement la première fois")
        )
        for action in self.size_actions():
            show_shortcut_in_tooltip(action)
        show_shortcut_in_tooltip(self.reset_display_action)

    def size_actions(self) -> tuple[QAction, ...]:
        """The text size actions, in menu order."""
        return (
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.large_text_action,
        )

    def _connect(self) -> None:
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action.triggered.connect(self.reset_zoom)
        self.large_text_action.toggled.connect(self.set_large_text)
        for choice, action in self.theme_actions.items():
            action.triggered.connect(partial(self.choose_theme, choice))
        self.reset_display_action.triggered.connect(self.reset_display)
        self.every_term_action.toggled.connect(self._set_every_term)
        self._settings.every_term_changed.connect(self.every_term_action.setChecked)
        self._settings.every_term_changed.connect(self.every_term_changed)
        for changed in (
            self._settings.text_size_changed,
            self._settings.large_text_changed,
            self._settings.large_text_size_changed,
            self._settings.theme_changed,
        ):
            changed.connect(self.show_display_settings)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        if hasattr(hints, "accessibility"):  # Qt 6.10 and later
            hints.accessibility().contrastPreferenceChanged.connect(self._system_contrast_changed)

    # -- state --------------------------------------------------------------------------------

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

    def _chosen_theme(self) -> Theme:
        return theme_for(self._settings.theme, self._system_scheme, self._system_high_contrast)

    def _minimum_percent(self) -> int:
        large = self._settings.large_text
        return text_size.LARGE_TEXT_MINIMUM if large else text_size.MINIMUM

    def _set_percent(self, percent: int) -> None:
        if self._settings.large_text:
            self._settings.large_text_size = percent
        else:
            self._settings.text_size = percent

    # -- slots --------------------------------------------------------------------------------

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
    def zoom_steps(self, steps: int) -> None:
        """Several steps at once (Ctrl+wheel): positive enlarges."""
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

    @Slot(bool)
    def _set_every_term(self, on: bool) -> None:
        self._settings.every_term = on

    @Slot()
    def reset_display(self) -> None:
        """Every display setting back to its default; the window then resets its layout."""
        self._settings.reset_display()
        self.layout_reset_requested.emit()
        choice = self._settings.theme
        theme = self.tr("Système") if choice == SYSTEM else THEMES[choice].name
        self.message.emit(
            self.tr(
                "Affichage réinitialisé\u00a0: texte à {0}, thème «\u00a0{1}\u00a0», panneaux "
                "d’origine, lecture reprise au début."
            ).format(text_size.percent_label(self.text_percent), theme)
        )

    @Slot()
    def show_display_settings(self, *_ignored: object) -> None:
        """Draw what the settings say: interface font, theme, article style, size and actions."""
        large = self._settings.large_text
        interface = QFont(self._normal_interface_font)
        if large:
            _scale_font(interface, text_size.LARGE_INTERFACE_PERCENT)
        if QApplication.font() != interface:
            QApplication.setFont(interface)
        theme = self._chosen_theme()
        if theme != self._theme:
            self._theme = theme
            QApplication.setPalette(theme_palette(theme))
            self.theme_changed.emit(theme)
        self._show_reading_style()
        percent = self.text_percent
        self.text_percent_changed.emit(percent)
        self.large_text_changed.emit(large)
        label = text_size.percent_label(percent)
        self.size_label.setText(label)
        self.size_label.setAccessibleName(self.tr("Taille du texte : {0}").format(label))
        normal = text_size.LARGE_TEXT_DEFAULT if large else text_size.DEFAULT
        self.zoom_in_action.setEnabled(text_size.can_grow(percent))
        self.zoom_out_action.setEnabled(text_size.can_shrink(percent, self._minimum_percent()))
        self.zoom_reset_action.setEnabled(percent != normal)
        self.large_text_action.setChecked(large)
        self.every_term_action.setChecked(self._settings.every_term)
        self.theme_actions[self._settings.theme].setChecked(True)

    def _show_reading_style(self) -> None:
        large = self._settings.large_text
        font = QFont()
        font.setFamilies(LARGE_TEXT_FONTS if large else READING_FONTS)
        font.setPointSizeF(text_size.point_size(self.text_percent))
        em_pixels = font.pointSizeF() * self._window.logicalDpiY() / 72
        css = self._article_css
        if large:
            spacing = letter_spacing_pixels(em_pixels)
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
            font.setWordSpacing(word_spacing_pixels(em_pixels))
            css += "\n" + self._large_text_css
        css += "\n" + heading_sizes(self.text_percent)  # headings grow less than the text
        css += "\n" + article_colours(self.theme)
        self.reading_style_changed.emit(font, resolve_em(css, em_pixels))

    @Slot(Qt.ColorScheme)
    def _system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = _SCHEMES.get(scheme, "unknown")
        self.show_display_settings()

    @Slot(Qt.ContrastPreference)
    def _system_contrast_changed(self, preference: Qt.ContrastPreference) -> None:
        self._system_high_contrast = preference == Qt.ContrastPreference.HighContrast
        self.show_display_settings()

    def restore_application(self) -> None:
        """Give the application back the font and palette it had before the window changed
        them (the window's own only while it is open)."""
        QApplication.setFont(self._normal_interface_font)
        QApplication.setPalette(self._normal_palette)


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

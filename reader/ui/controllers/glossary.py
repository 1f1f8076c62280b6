"""Glossary: the definition beside a term, the « Glossaire » panel, and where each term is.

The dock exists from the start (so that a remembered layout finds it); the popup and the panel
are built just after the first paint, or as soon as something asks for one. Where each term is
used is found once, the first time the panel is shown: most readers never open it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Slot
from PySide6.QtWidgets import QWidget

from reader.core.document import Document
from reader.core.themes import Theme
from reader.ui.widgets.dock_title import side_dock
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:  # built after the first paint: imported there
    from reader.ui.widgets.glossary_panel import GlossaryPanel
    from reader.ui.widgets.glossary_popup import GlossaryPopup



class GlossaryController(QObject):
    """The glossary's popup, panel and dock, and the popup following its term."""

    _popup: GlossaryPopup
    _panel: GlossaryPanel

    def __init__(
        self, document: Document, pane: TextPane, font_families: list[str], window: QWidget
    ) -> None:
        super().__init__(window)
        self._document = document
        self._pane = pane
        self._window = window
        self._font_families = font_families
        self._built = False
        self._theme: Theme | None = None
        self._percent = 100
        self._large_text = False
        self._places_found = False
        self._dock_shown = False
        self.dock = side_dock(
            self.tr("Glossaire"), self.tr("Fermer le glossaire"), "glossaryDock", window
        )
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setText(self.tr("Afficher le glossaire"))
        # The popup follows its term once the text has scrolled or reflowed (deferred: the
        # scroll bar also changes from inside Qt's relayout).
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        pane.term_activated.connect(self.open_term)
        self.dock.visibilityChanged.connect(self._find_places)

    def build(self) -> None:
        """Make the popup and the panel (once)."""
        if self._built:
            return
        self._built = True
        from reader.ui.widgets.glossary_panel import GlossaryPanel
        from reader.ui.widgets.glossary_popup import GlossaryPopup

        self._popup = GlossaryPopup(self._window)
        self._popup.set_font_families(self._font_families)
        self._popup.set_text_scale(self._percent)  # definitions as large as the text
        self._popup.set_wide_spacing(self._large_text)  # and spaced as the text
        self._panel = GlossaryPanel(self._window)
        self._panel.setObjectName("glossaryPanel")
        self._panel.setMinimumWidth(0)
        self.dock.setWidget(self._panel)
        if self._theme is not None:
            self._popup.apply_theme(self._theme)
            self._panel.apply_theme(self._theme)
        self._popup.set_glossary(self._document.glossary)
        self._panel.set_glossary(self._document.glossary)
        self._follow.timeout.connect(self._follow_term)
        scroll_bar = self._pane.verticalScrollBar()
        scroll_bar.valueChanged.connect(self.follow_term_later)
        scroll_bar.rangeChanged.connect(self.follow_term_later)
        self._popup.dismissed.connect(self._return_to_term)
        self._panel.place_requested.connect(self._pane.select_term_at)
        if self._dock_shown:  # the panel was shown before it existed (a remembered layout)
            self._find_places(True)

    @property
    def popup(self) -> GlossaryPopup:
        """The definition shown beside a term."""
        self.build()
        return self._popup

    @property
    def panel(self) -> GlossaryPanel:
        """The glossary's panel: every entry, its definition and where it is in the text."""
        self.build()
        return self._panel

    # -- slots --------------------------------------------------------------------------------

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the popup and the panel in ``theme``."""
        self._theme = theme
        if self._built:
            self._popup.apply_theme(theme)
            self._panel.apply_theme(theme)

    @Slot(int)
    def set_text_scale(self, percent: int) -> None:
        """Definitions as large as the article's text."""
        self._percent = percent
        if self._built:
            self._popup.set_text_scale(percent)

    @Slot(bool)
    def set_large_text(self, on: bool) -> None:
        """Grand texte: definitions spaced as the article's text is."""
        self._large_text = on
        if self._built:
            self._popup.set_wide_spacing(on)

    @Slot(str)
    def open_term(self, entry_id: str) -> None:
        """Show the definition of ``entry_id`` beside the term last activated in the text."""
        self.popup.show_entry(entry_id, self._term_anchor())

    @Slot()
    def follow_term_later(self, *_ignored: object) -> None:
        """The text moved or reflowed: the popup follows its term at the next turn."""
        self._follow.start()

    @Slot()
    def find_places_again(self) -> None:
        """The text's positions moved (soft hyphens came or went): the places are found again,
        now if the panel is shown, else when it is."""
        if self._places_found:
            self._places_found = False
            self._find_places(self._dock_shown)

    @Slot(bool)
    def _find_places(self, shown: bool = True) -> None:
        self._dock_shown = shown
        if self._places_found or not shown or not self._built:
            return  # not before the panel exists: it looks once it does
        self._places_found = True
        from reader.core.glossary.term_places import term_places

        places = term_places(self._pane.toPlainText(), self._document.matcher, self._pane.headings)
        self._panel.set_places(places)

    def _term_anchor(self) -> QRect:
        """Where the term last activated is drawn, in the window's coordinates."""
        rect = self._pane.range_rect(*self._pane.active_term)
        return QRect(self._pane.viewport().mapTo(self._window, rect.topLeft()), rect.size())

    @Slot()
    def _follow_term(self) -> None:
        if self._popup.isVisible():
            self._popup.move_next_to(self._term_anchor())

    @Slot()
    def _return_to_term(self) -> None:
        self._pane.select_term_at(self._pane.active_term[0])
        self._pane.setFocus(Qt.FocusReason.OtherFocusReason)

"""The « Glossaire » panel: every term A–Z, a filter, a term's definition and where it is used.

Filtering folds accents and case as the search does, so « metastase » finds « métastase ».
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.folding import fold_str
from reader.core.glossary.entries import EMPTY_GLOSSARY, Entry, Glossary
from reader.core.glossary.term_places import Place
from reader.core.themes import Theme
from reader.ui.app.theme_palette import set_colours, text_roles, window_roles
from reader.ui.widgets.rich_text_delegate import RichTextDelegate

_ID_ROLE = Qt.ItemDataRole.UserRole
_POSITION_ROLE = Qt.ItemDataRole.UserRole
_HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # a place's words, the term in bold, as results show


def _wrap_items(view: QListWidget) -> None:
    """Long items wrap and follow the panel's width: never a sideways scroll bar."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class GlossaryPanel(QWidget):
    """A filter field, the list of terms, the chosen term's definition and its places."""

    place_requested = Signal(int)
    """Document position (start) of the occurrence of a term the reader chose to go to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._glossary: Glossary = EMPTY_GLOSSARY
        self._places: Mapping[str, Sequence[Place]] = {}
        self._folded: dict[str, str] = {}  # entry id -> what the filter looks in, folded
        self._definition_plain = ""

        filter_label = QLabel(self.tr("Fi&ltrer"), self)
        self._filter = QLineEdit(self)
        self._filter.setObjectName("glossaryFilter")
        self._hint_text = self.tr("un mot, avec ou sans accents")
        self._filter.setPlaceholderText(self._hint_text)
        # The same hint, wrapped under the field, when the field is too narrow to show it
        # whole (Grand texte's 150 % interface in a narrow panel).
        self._hint = QLabel(self._hint_text, self)
        self._hint.setWordWrap(True)
        self._hint.hide()
        self._filter.setClearButtonEnabled(True)
        for button in self._filter.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            button.setAccessibleName(self.tr("Effacer le filtre"))
        self._filter.setAccessibleName(self.tr("Filtrer les termes du glossaire"))
        filter_label.setBuddy(self._filter)

        self._entries = QListWidget(self)
        self._entries.setObjectName("glossaryEntries")
        self._entries.setAccessibleName(self.tr("Termes du glossaire"))
        _wrap_items(self._entries)
        self._no_match = QLabel(self.tr("Aucun terme ne correspond."), self)
        self._no_match.setWordWrap(True)  # labels wrap, so that the panel can be narrow
        self._no_match.hide()

        self._definition = QLabel(self)
        self._definition.setObjectName("glossaryDefinition")
        self._definition.setWordWrap(True)
        self._definition.setTextFormat(Qt.TextFormat.RichText)
        self._definition.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._definition.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._definition.setAccessibleName(self.tr("Définition"))

        self._places_label = QLabel(self.tr("Dans le &texte"), self)
        self._places_label.setWordWrap(True)
        self._place_list = QListWidget(self)
        self._place_list.setObjectName("glossaryPlaces")
        _wrap_items(self._place_list)
        self._place_list.setItemDelegate(RichTextDelegate(self._place_list, _HTML_ROLE))
        self._place_list.setAccessibleName(self.tr("Où le terme apparaît dans le texte"))
        self._places_label.setBuddy(self._place_list)

        self._no_glossary = QLabel(
            self.tr("Cet article n’a pas de glossaire\u00a0: aucun mot n’y est expliqué."), self
        )
        self._no_glossary.setObjectName("noGlossary")
        self._no_glossary.setWordWrap(True)
        self._no_glossary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._no_glossary.hide()
        # What a glossary shows; an article without one shows the sentence above instead.
        self._glossary_parts: tuple[QWidget, ...] = (
            filter_label,
            self._filter,
            self._entries,
            self._places_label,
            self._place_list,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._no_glossary, 1)
        layout.addWidget(filter_label)
        layout.addWidget(self._filter)
        layout.addWidget(self._hint)
        layout.addWidget(self._entries, 2)
        layout.addWidget(self._no_match)
        layout.addWidget(self._definition)
        layout.addWidget(self._places_label)
        layout.addWidget(self._place_list, 3)

        self._filter.textChanged.connect(self._apply_filter)
        self._entries.currentItemChanged.connect(self._show_current)
        self._place_list.itemActivated.connect(self._choose_place)
        self._place_list.itemClicked.connect(self._choose_place)
        self._show_current(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_hint()

    def _fit_hint(self) -> None:
        """The filter's hint in the field when it fits there, else wrapped under it."""
        hint = getattr(self, "_hint", None)  # font changes come during construction too
        if hint is None:
            return
        margins = self._filter.textMargins()
        room = self._filter.width() - margins.left() - margins.right() - 2 * 6
        room -= self._filter.height()  # the clear button's place
        fits = self._filter.fontMetrics().horizontalAdvance(self._hint_text) <= room
        self._filter.setPlaceholderText(self._hint_text if fits else "")
        hint.setVisible(not fits)

    @property
    def hint_shown_below(self) -> bool:
        """Whether the filter's hint is shown under the field (it does not fit inside)."""
        return not self._hint.isHidden()

    # -- public -------------------------------------------------------------------------------

    @property
    def filter_field(self) -> QLineEdit:
        """The filter field."""
        return self._filter

    @property
    def entry_list(self) -> QListWidget:
        """The list of terms, A–Z."""
        return self._entries

    @property
    def place_list(self) -> QListWidget:
        """Where the chosen term appears: section title, then the words around it."""
        return self._place_list

    def place_positions(self) -> list[int]:
        """Document positions of the places listed, in list order."""
        positions = (
            self._place_list.item(row).data(_POSITION_ROLE)
            for row in range(self._place_list.count())
        )
        return [position for position in positions if isinstance(position, int)]

    @property
    def definition_text(self) -> str:
        """The chosen term's definition as shown, in plain text."""
        return self._definition_plain

    def visible_entry_ids(self) -> list[str]:
        """Ids of the terms the filter lets through, in list order."""
        return [
            str(self._entries.item(row).data(_ID_ROLE))
            for row in range(self._entries.count())
            if not self._entries.item(row).isHidden()
        ]

    @Slot(object)
    def set_glossary(self, glossary: Glossary) -> None:
        """The terms to list, already A–Z (their places come with set_places)."""
        self._glossary = glossary
        self._places = {}
        self._folded = {
            entry.id: fold_str(" | ".join((entry.headword, *entry.synonyms, *entry.forms)))
            for entry in glossary.entries
        }
        self._entries.clear()
        empty = not glossary.entries
        self._no_glossary.setVisible(empty)
        for part in self._glossary_parts:
            part.setVisible(not empty)
        for entry in glossary.entries:
            item = QListWidgetItem(entry.headword)
            item.setData(_ID_ROLE, entry.id)
            self._entries.addItem(item)
        self._apply_filter(self._filter.text())

    @Slot(object)
    def set_places(self, places: Mapping[str, Sequence[Place]]) -> None:
        """For each entry id, where the term appears in the text, in reading order."""
        self._places = places
        self._show_current(self._entries.currentItem())

    @Slot(str)
    def choose_entry(self, entry_id: str) -> None:
        """Make a term the chosen one (shows its definition and places)."""
        for row in range(self._entries.count()):
            item = self._entries.item(row)
            if item.data(_ID_ROLE) == entry_id:
                self._entries.setCurrentItem(item)
                return

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Colours of the lists, the field and the definition, from the theme."""
        set_colours(self, (*text_roles(theme), *window_roles(theme)))

    # -- inside -------------------------------------------------------------------------------

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        query = fold_str(text).strip()
        shown = 0
        for row in range(self._entries.count()):
            item = self._entries.item(row)
            hidden = bool(query) and query not in self._folded.get(str(item.data(_ID_ROLE)), "")
            item.setHidden(hidden)
            shown += not hidden
        self._no_match.setVisible(shown == 0 and self._entries.count() > 0)
        current = self._entries.currentItem()
        if current is None or current.isHidden():
            first = next(
                (
                    self._entries.item(row)
                    for row in range(self._entries.count())
                    if not self._entries.item(row).isHidden()
                ),
                None,
            )
            if first is None:
                self._entries.setCurrentRow(-1)
                self._show_current(None)
            else:
                self._entries.setCurrentItem(first)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _show_current(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        entry = self._glossary.get(str(item.data(_ID_ROLE))) if item is not None else None
        self._place_list.clear()
        if entry is None:
            self._definition_plain = ""
            self._definition.setText("")
            self._definition.hide()
            self._places_label.setText(self.tr("Dans le &texte"))
            return
        self._definition.setText(self._definition_html(entry))
        self._definition_plain = "\n".join(
            (entry.headword, entry.definition, *self._synonyms_line(entry))
        )
        self._definition.show()
        places = self._places.get(entry.id, ())
        if places:
            self._places_label.setText(self.tr("Dans le &texte ({0})").format(len(places)))
        else:
            self._places_label.setText(self.tr("Dans le &texte : ce terme n’y figure pas"))
        section: str | None = None
        for place in places:
            if place.section != section:
                # The section once, in bold, above its places; it is not a place to go to.
                section = place.section
                title = section or self.tr("Avant le premier titre")
                header = QListWidgetItem(title)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setData(_HTML_ROLE, f"<b>{html.escape(title)}</b>")
                self._place_list.addItem(header)
            row = QListWidgetItem(place.context)
            row.setData(_POSITION_ROLE, place.start)
            row.setData(
                _HTML_ROLE,
                f"{html.escape(place.before)}<b>{html.escape(place.term)}</b>"
                f"{html.escape(place.after)}",
            )
            row.setToolTip(place.context)
            self._place_list.addItem(row)

    def _synonyms_line(self, entry: Entry) -> list[str]:
        if not entry.synonyms:
            return []
        also = self.tr("On dit aussi :")
        return [f"{also} {', '.join(entry.synonyms)}"]

    def _definition_html(self, entry: Entry) -> str:
        parts = [
            f"<p><b>{html.escape(entry.headword)}</b></p>",
            f"<p>{html.escape(entry.definition)}</p>",
        ]
        parts += [f"<p>{html.escape(line)}</p>" for line in self._synonyms_line(entry)]
        return "".join(parts)

    @Slot(QListWidgetItem)
    def _choose_place(self, item: QListWidgetItem) -> None:
        position = item.data(_POSITION_ROLE)
        if isinstance(position, int):
            self.place_requested.emit(position)

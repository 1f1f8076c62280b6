"""The search bar: a field, the count of matches, the two options and the steps between matches.

It asks for searches (a moment after the last key) and steps; it shows what the window tells
it (count, a note when the search went round the end) and says it to screen readers too.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpacerItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.search import SearchOptions
from reader.core.themes import Theme
from reader.ui.accessibility.announcer import announce
from reader.ui.app.theme_palette import set_colours, text_roles, window_roles

# Time after the last key before searching: typing stays fluid, results still feel live.
DEBOUNCE_MS = 100


class _QueryField(QLineEdit):
    """The field; Enter and Shift+Enter step through matches instead of doing nothing."""

    step_requested = Signal(bool)
    """Enter (True: forward) or Shift+Enter (False: backward) was pressed in the field."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            backward = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.step_requested.emit(not backward)
            event.accept()
            return
        super().keyPressEvent(event)


class SearchBar(QFrame):
    """Find in the article: type, read the count, step with Enter, F3 or the buttons."""

    search_requested = Signal(str, object)
    """The query and its SearchOptions, once the reader paused typing or changed an option."""
    next_requested = Signal()
    """The reader asked for the next match (Enter, F3, « Suivant »)."""
    previous_requested = Signal()
    """The reader asked for the previous match (Shift+Enter, Shift+F3, « Précédent »)."""
    opened = Signal()
    """The bar was opened (Ctrl+F): the search is about to be used."""
    closed = Signal()
    """The reader closed the search (Escape): highlights should go, the text get the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Recherche"))
        self._active = False
        self._was_hidden = True
        self._announced = ""

        label = QLabel(self.tr("Re&chercher :"), self)
        self.field = _QueryField(self)
        self.field.setObjectName("searchField")
        self.field.setAccessibleName(self.tr("Rechercher dans l’article"))
        self.field.setPlaceholderText(self.tr("mot ou expression"))
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # Qt leaves its clear button unnamed
            button.setAccessibleName(self.tr("Effacer la recherche"))
        self.field.setMinimumWidth(120)
        label.setBuddy(self.field)
        self._count = QLabel(self)
        self._count.setObjectName("searchCount")
        self._count.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Aucun résultat")) + 8
        )
        self._previous = QToolButton(self)
        self._previous.setAccessibleName(self.tr("Résultat précédent"))
        self._next = QToolButton(self)
        self._next.setAccessibleName(self.tr("Résultat suivant"))
        for button in (self._previous, self._next):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.accents = QCheckBox(self.tr("Respecter les acce&nts"), self)
        self.accents.setAccessibleName(self.tr("Respecter les accents"))
        self.whole_word = QCheckBox(self.tr("&Mot entier"), self)
        self.whole_word.setAccessibleName(self.tr("Mot entier"))
        self._note = QLabel(self)
        self._note.setObjectName("searchNote")
        self._close = QToolButton(self)
        self._close.setAccessibleName(self.tr("Fermer la recherche"))
        self._close.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # Groups that stay together, laid out on as many rows as the width needs: one row in a
        # wide window, more in a narrow one, so the bar never widens the window nor cuts a control.
        self._groups = [
            _group(self, [label, self.field, self._count], stretch=self.field),
            _group(self, [self._previous, self._next]),
            _group(self, [self.accents, self.whole_word]),
            _group(self, [self._note]),
            _group(self, [self._close]),
        ]
        self._note.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Recherche reprise à la fin")) + 8
        )
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(10, 6, 10, 6)
        self._rows.setSpacing(4)
        self._arrangement: list[list[int]] = []
        self._arrange(10_000)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_search)
        self.field.textChanged.connect(self._query_edited)
        self.field.step_requested.connect(self._step_from_field)
        self.accents.toggled.connect(self._option_changed)
        self.whole_word.toggled.connect(self._option_changed)
        self.hide()

    # -- what it shows ------------------------------------------------------------------------

    @property
    def count_text(self) -> str:
        """The count beside the field: « 3 sur 19 », « Aucun résultat », or empty."""
        return self._count.text()

    @property
    def note_text(self) -> str:
        """The note about going round the end of the article, or empty."""
        return self._note.text()

    @property
    def announcement(self) -> str:
        """What was last said to screen readers."""
        return self._announced

    @property
    def options(self) -> SearchOptions:
        """The options as the two boxes set them."""
        return SearchOptions(
            keep_accents=self.accents.isChecked(), whole_word=self.whole_word.isChecked()
        )

    @property
    def is_active(self) -> bool:
        """True from opening (Ctrl+F) until closing (Escape)."""
        return self._active

    @property
    def search_pending(self) -> bool:
        """True while a search waits for the reader to pause typing."""
        return self._debounce.isActive()

    # -- slots --------------------------------------------------------------------------------

    def set_actions(self, previous: QAction, following: QAction, close: QAction) -> None:
        """Let the buttons trigger the window's actions, so buttons and keys do the same thing."""
        self._previous.setDefaultAction(previous)
        self._next.setDefaultAction(following)
        self._close.setDefaultAction(close)

    @Slot()
    def open(self) -> None:
        """Show the bar, put the focus in the field with its text selected, and search it again."""
        if not self._active:
            self._was_hidden = self.isHidden()
            self._active = True
            self.show()
            self.opened.emit()
            if self.field.text().strip():
                self._emit_search()
        # Screen readers: not ShortcutFocusReason, with which QLineEdit selects its text (a caret
        # event) before the focus event, and Orca 43 then takes the focus silently.
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.selectAll()

    @Slot()
    def close_search(self) -> None:
        """Stop searching: clear what it shows, hide if it was hidden before opening."""
        self._debounce.stop()
        self._active = False
        self._count.clear()
        self._note.clear()
        if self._was_hidden:
            self.hide()
        self.closed.emit()

    @Slot()
    def flush(self) -> None:
        """Search now if a search is waiting for the reader to pause typing."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit_search()

    @Slot()
    def step_forward(self) -> None:
        """Next match; opens the bar first when closed, or runs a search still waiting."""
        self._step(forward=True)

    @Slot()
    def step_backward(self) -> None:
        """Previous match; opens the bar first when closed, or runs a search still waiting."""
        self._step(forward=False)

    @Slot(int, int, int)
    def show_position(self, current: int, total: int, wrapped: int) -> None:
        """Show « current sur total » (or « Aucun résultat ») and the note when it went round."""
        if not self._active or not self.field.text().strip():
            count = ""
        elif total == 0:
            count = self.tr("Aucun résultat")
        else:
            count = self.tr("{0} sur {1}").format(current + 1, total)
        if wrapped > 0:
            note = self.tr("Recherche reprise au début")
        elif wrapped < 0:
            note = self.tr("Recherche reprise à la fin")
        else:
            note = ""
        changed = count != self._count.text() or bool(note)
        self._count.setText(count)
        self._note.setText(note)
        if changed and count:
            self._announce(f"{note}. {count}" if note else count)

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Draw the bar in the window colours of ``theme``, the field in its text colours."""
        set_colours(self, (*text_roles(theme), *window_roles(theme)))
        set_colours(self._note, ((QPalette.ColorRole.WindowText, theme.status_text),))

    # -- layout -------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest group: narrower windows get more rows, not a wider window."""
        margins = self._rows.contentsMargins()
        width = max(group.minimumSizeHint().width() for group in self._groups)
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        margins = self._rows.contentsMargins()
        room = width - margins.left() - margins.right()
        gap = self.style().layoutSpacing(
            QSizePolicy.ControlType.DefaultType,
            QSizePolicy.ControlType.DefaultType,
            Qt.Orientation.Horizontal,
        )
        arrangement: list[list[int]] = [[]]
        used = 0
        for number, group in enumerate(self._groups):
            size = group.sizeHint().width()
            if arrangement[-1] and used + gap + size > room:
                arrangement.append([])
                used = 0
            used += (gap if arrangement[-1] else 0) + size
            arrangement[-1].append(number)
        if arrangement == self._arrangement:
            return
        self._arrangement = arrangement
        while (old := self._rows.takeAt(0)) is not None:
            row = old.layout()
            if row is not None:
                for group in self._groups:
                    row.removeWidget(group)
                row.deleteLater()
        for numbers in arrangement:
            row = QHBoxLayout()
            for number in numbers:
                if number == len(self._groups) - 1 and 0 not in numbers:
                    row.addSpacerItem(_push_right())  # « Fermer » at the right end
                row.addWidget(self._groups[number], 1 if number == 0 else 0)
            self._rows.addLayout(row)

    # -- inner workings -----------------------------------------------------------------------

    def _announce(self, text: str) -> None:
        """Say ``text`` to screen readers without moving the focus (Qt ≥ 6.8)."""
        self._announced = text
        announce(self._count, text)

    def _step(self, forward: bool) -> None:
        if not self._active:
            self.open()
        elif self._debounce.isActive():
            self.flush()  # the first match becomes current: that is the step
        elif forward:
            self.next_requested.emit()
        else:
            self.previous_requested.emit()

    @Slot(bool)
    def _step_from_field(self, forward: bool) -> None:
        self._step(forward)

    @Slot(str)
    def _query_edited(self, _text: str) -> None:
        if self._active:
            self._debounce.start()

    @Slot(bool)
    def _option_changed(self, _checked: bool) -> None:
        if self._active:
            self._debounce.stop()
            self._emit_search()

    def _emit_search(self) -> None:
        self.search_requested.emit(self.field.text(), self.options)


def _group(parent: QWidget, widgets: list[QWidget], stretch: QWidget | None = None) -> QWidget:
    """Widgets kept side by side on one row of the bar."""
    group = QWidget(parent)
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1 if widget is stretch else 0)
    return group


def _push_right() -> QSpacerItem:
    """An empty stretch that pushes what follows it to the row's right end.

    Made here rather than by ``addStretch``: adding a row to the bar's column gives each of its
    items a Python wrapper (PySide6's layout-ownership code), and a spacer Qt made itself is
    deleted with its row without PySide6 being told. The wrapper then stayed registered at a
    freed address, and a widget later made there came back to Python as that spacer (« 'QSpacerItem'
    object has no attribute 'valueChanged' ») or crashed the garbage collector. A spacer made in
    Python tells PySide6 when Qt deletes it.
    """
    return QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)


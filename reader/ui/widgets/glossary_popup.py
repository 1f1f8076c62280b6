"""The definition of a glossary term, shown next to the term until the reader closes it.

A frame inside the main window, not a window of its own: it never takes the window's
activation, never falls behind it, and keyboard focus moves in and out of it like any other
widget (a Qt.Tool window would be a second top-level window whose activation and focus differ
from one platform to the next, and QToolTip vanishes on a timer). It follows WCAG 2.2 SC
1.4.13: Escape or « Fermer » close it, the pointer can rest on it, and nothing closes it on a
timer or when the pointer leaves; it closes by itself only when the focus goes elsewhere.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QRect, Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core import text_size
from reader.core.glossary.entries import EMPTY_GLOSSARY, Entry, Glossary
from reader.core.links import SEE_ALSO_SCHEME
from reader.core.styles import letter_spacing_pixels, resolve_em, word_spacing_pixels
from reader.core.themes import CLAIR, Theme
from reader.ui.app.theme_palette import set_colours, text_roles
from reader.ui.widgets.text_view_base import QTextEdit as TextViewBase

# Readable width: about 50 characters a line (WCAG 1.4.8 asks for at most 80), measured on
# French text at the popup's own size, so the popup widens as the text grows.
_LINE_CHARACTERS = 50
_SAMPLE = "Groupe de cellules cancéreuses installé ailleurs dans le corps, trop petit"
_GAP = 6  # pixels between the term and the popup
_MARGIN = 8  # pixels kept free at the edges of the window


class GlossaryPopup(QFrame):
    """Headword, definition, « On dit aussi », « Voir aussi » links and a « Fermer » button."""

    dismissed = Signal()
    """The reader closed the popup with Escape or « Fermer » (sent just before it hides, so
    that the focus can go back to the term rather than to whatever widget Qt picks)."""
    listen_requested = Signal(str)
    """« Écouter »: the headword and the definition shown, to be read aloud."""
    closed = Signal()
    """The popup was hidden, whatever the reason (a voice reading it stops)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryPopup")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._glossary: Glossary = EMPTY_GLOSSARY
        self._theme: Theme = CLAIR
        self._scale = 100
        self._families = QFont().families()
        self._entry_id = ""
        self._natural_width = 0.0  # of the entry shown, unwrapped
        self._anchor = QRect()
        self._below = True  # the side of the term the popup opened on; « Voir aussi » keeps it
        self._history: list[str] = []  # entries left by « Voir aussi », for « Retour »
        self._wide_spacing = False  # Grand texte's letter, word, line and paragraph spacing
        # Each entry's laid-out text and its unwrapped width, made once: opening a term
        # again costs nothing.
        self._rendered: dict[str, tuple[QTextDocument, float]] = {}
        self._watching_focus = False  # connected to QApplication.focusChanged while shown

        # Screen readers: text (not a label), so that Orca presents it when it gets the focus.
        self._body: QTextBrowser = TextViewBase(self)
        self._body.setObjectName("glossaryPopupText")
        # Shown when no entry is: one document kept for it, not a new one at each change.
        self._blank = self._body.document()
        self._body.setAccessibleName(self.tr("Définition"))  # « Définition : terme » once shown
        self._body.setOpenLinks(False)
        self._body.setOpenExternalLinks(False)
        self._body.setFrameShape(QFrame.Shape.NoFrame)
        self._body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Links by mouse and keyboard, text selectable by mouse; no blinking caret.
        self._body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._body.anchorClicked.connect(self._follow)
        # Made before « Fermer »: Tab goes from the text to « Retour », then « Fermer ».
        self._back = QPushButton(self.tr("Retour"), self)
        self._back.setAccessibleName(self.tr("Retour à la définition précédente"))
        self._back.setToolTip(self.tr("Définition précédente (Alt+Gauche ou Retour arrière)"))
        self._back.setAutoDefault(False)
        self._back.clicked.connect(self.go_back)
        self._back.hide()
        for keys in (
            QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left),
            QKeySequence(Qt.Key.Key_Backspace),
        ):
            back = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.activated.connect(self.go_back)
        # Reading aloud: shown once the window knows whether a voice can read it.
        self._listen = QPushButton(self.tr("Écouter"), self)
        self._listen.setAccessibleName(self.tr("Écouter la définition"))
        self._listen.setAutoDefault(False)
        self._listen.clicked.connect(self._ask_to_listen)
        self._listen.hide()
        self._close = QPushButton(self.tr("Fermer"), self)
        self._close.setAccessibleName(self.tr("Fermer la définition"))
        self._close.setAutoDefault(False)
        self._close.clicked.connect(self.dismiss)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 10, 10)
        self._layout.setSpacing(6)
        self._layout.addWidget(self._body, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self._back)
        buttons.addWidget(self._listen)
        buttons.addStretch(1)
        buttons.addWidget(self._close)
        self._layout.addLayout(buttons)
        self.apply_theme(self._theme)
        self._apply_font()
        self.hide()

    # -- what it shows ------------------------------------------------------------------------

    @Slot(object)
    def set_glossary(self, glossary: Glossary) -> None:
        """The glossary whose entries the popup shows; forgets what it had laid out."""
        self._glossary = glossary
        self._forget_rendering()

    @property
    def entry_id(self) -> str:
        """Id of the entry shown (or last shown), or an empty string."""
        return self._entry_id

    @property
    def text(self) -> str:
        """The text shown, as plain text."""
        return self._body.toPlainText()

    @property
    def body(self) -> QTextBrowser:
        """The text part (where the focus goes when the popup opens)."""
        return self._body

    @property
    def close_button(self) -> QPushButton:
        """The « Fermer » button."""
        return self._close

    @property
    def listen_button(self) -> QPushButton:
        """The « Écouter » button (hidden when no voice can read)."""
        return self._listen

    @Slot(bool, str)
    def set_listen_available(self, available: bool, reason: str = "") -> None:
        """Show « Écouter »: enabled when a voice can read, else disabled with the reason."""
        self._listen.setVisible(True)
        self._listen.setEnabled(available)
        self._listen.setToolTip(reason or self.tr("Lire le mot et sa définition à voix haute"))

    @Slot()
    def _ask_to_listen(self) -> None:
        entry = self._glossary.get(self._entry_id)
        if entry is not None:
            self.listen_requested.emit(f"{entry.headword}. {entry.definition}")

    @property
    def back_button(self) -> QPushButton:
        """« Retour »: back to the definition a « Voir aussi » link left (shown only then)."""
        return self._back

    @Slot(str, QRect)
    def show_entry(self, entry_id: str, anchor: QRect) -> None:
        """Open the popup on an entry next to ``anchor`` (the term, in the parent's
        coordinates), and give it the keyboard focus."""
        if self._glossary.get(entry_id) is None:
            return
        self._anchor = QRect(anchor)
        self._history.clear()
        self._show(entry_id)
        self.show()
        self.raise_()
        self._place(choose_side=True)
        self._body.setFocus(Qt.FocusReason.OtherFocusReason)
        app = QApplication.instance()
        if not self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
            self._watching_focus = True

    @Slot(QRect)
    def move_next_to(self, anchor: QRect) -> None:
        """Follow the term when the text scrolls (``anchor`` in the parent's coordinates)."""
        self._anchor = QRect(anchor)
        if self.isVisible():
            self._place()

    @Slot()
    def dismiss(self) -> None:
        """Close the popup and ask for the focus to go back to the term."""
        if self.isHidden():
            return
        self.dismissed.emit()
        self._hide()

    def _hide(self) -> None:
        app = QApplication.instance()
        if self._watching_focus and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        self._watching_focus = False
        self.hide()
        self.closed.emit()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The reader went elsewhere (a click in the text, Ctrl+T…): the popup is no longer
        # what they are looking at. No focus to give back: they chose where it goes.
        if new is not None and new is not self and not self.isAncestorOf(new):
            self._hide()

    def _show(self, entry_id: str) -> None:
        entry = self._glossary.get(entry_id)
        if entry is None:
            return
        self._entry_id = entry_id
        document, self._natural_width = self._document_for(entry)
        self._body.setDocument(document)
        name = self.tr("Définition : {0}").format(entry.headword)
        self.setAccessibleName(name)
        self._body.setAccessibleName(name)
        # Screen readers: said with the name when the focus arrives, so the definition is
        # heard at once, not only its first line.
        self._body.setAccessibleDescription(self._spoken(entry))
        self._back.setVisible(bool(self._history))

    def _spoken(self, entry: Entry) -> str:
        parts = [entry.definition]
        if entry.synonyms:
            parts.append(f"{self.tr('On dit aussi :')} {', '.join(entry.synonyms)}")
        return " ".join(parts)

    def _document_for(self, entry: Entry) -> tuple[QTextDocument, float]:
        rendered = self._rendered.get(entry.id)
        if rendered is None:
            document = QTextDocument(self)
            document.setUndoRedoEnabled(False)
            document.setDefaultFont(self._text_font())
            document.setDefaultStyleSheet(self._style_sheet())
            document.setHtml(self._html(entry))
            # Measured before a text view takes it: a view imposes its own width.
            document.setTextWidth(-1)
            rendered = self._rendered[entry.id] = (document, document.idealWidth())
        return rendered

    def _html(self, entry: Entry) -> str:
        parts = [
            f"<p class='mot'>{html.escape(entry.headword)}</p>",
            f"<p>{html.escape(entry.definition)}</p>",
        ]
        if entry.synonyms:
            said = ", ".join(html.escape(synonym) for synonym in entry.synonyms)
            also = html.escape(self.tr("On dit aussi :"))
            parts.append(f"<p>{also} <i>{said}</i></p>")
        links = []
        for target in entry.see_also:
            other = self._glossary.get(target)
            if other is not None:
                address = html.escape(f"{SEE_ALSO_SCHEME}:{other.id}", quote=True)
                links.append(f"<a href='{address}'>{html.escape(other.headword)}</a>")
        if links:
            see = html.escape(self.tr("Voir aussi :"))
            parts.append(f"<p>{see} {', '.join(links)}</p>")
        return "".join(parts)

    def _style_sheet(self) -> str:
        theme = self._theme
        after, line, after_word = (
            ("2em", "150%", "1em")
            if self._wide_spacing
            else (
                "0.5em",
                "140%",
                "0.3em",
            )
        )
        css = (
            f"p {{ margin-top: 0; margin-bottom: {after}; line-height: {line}; "
            f"color: {theme.popup_text}; }}"
            f"p.mot {{ font-size: 115%; font-weight: 700; margin-bottom: {after_word}; }}"
            f"a {{ color: {theme.link}; text-decoration: underline; }}"
        )
        return resolve_em(css, self._em_pixels())  # Qt reads em as the application's font

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        """A « Voir aussi » link: show that entry here, in the same place."""
        if url.scheme() == SEE_ALSO_SCHEME and self._glossary.get(url.path()) is not None:
            self._history.append(self._entry_id)
            self._show(url.path())
            self._place()  # on the same side of the term: the box does not jump
            self._body.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def go_back(self) -> None:
        """« Retour » (Alt+Left, Backspace): the definition a « Voir aussi » link left."""
        while self._history:
            previous = self._history.pop()
            if self._glossary.get(previous) is not None:
                self._show(previous)
                self._place()
                self._body.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _forget_rendering(self) -> None:
        old = self._rendered
        self._rendered = {}
        if self._entry_id and self._glossary.get(self._entry_id) is not None:
            self._show(self._entry_id)  # the text part lets go of the old document
            if self.isVisible():
                self._place()
        else:
            self._entry_id = ""
            self._body.setDocument(self._blank)  # setDocument never deletes the old one
        for document, _width in old.values():
            document.deleteLater()

    # -- look ---------------------------------------------------------------------------------

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Colours of the popup from the theme: background, text, border and links."""
        self._theme = theme
        # The text part in the sheet too: under a style sheet the palette never reaches its
        # viewport, which stayed white under the dark themes' light text.
        self.setStyleSheet(
            f"QFrame#glossaryPopup {{ background-color: {theme.popup_background}; "
            f"color: {theme.popup_text}; border: 2px solid {theme.popup_border}; "
            "border-radius: 4px; }"
            f"QTextBrowser#glossaryPopupText {{ background-color: {theme.popup_background}; "
            f"color: {theme.popup_text}; "
            f"selection-background-color: {theme.selection_background}; "
            f"selection-color: {theme.selection_text}; }}"
        )
        set_colours(
            self._body,
            (
                *text_roles(theme),
                (QPalette.ColorRole.Base, theme.popup_background),
                (QPalette.ColorRole.Text, theme.popup_text),
            ),
        )
        self._forget_rendering()

    @Slot(int)
    def set_text_scale(self, percent: int) -> None:
        """Text size in percent of the normal size (100), as for the article."""
        percent = max(50, min(400, int(percent)))
        if percent == self._scale:
            return
        self._scale = percent
        self._apply_font()
        self._forget_rendering()

    @property
    def text_scale(self) -> int:
        """Text size in percent of the normal size."""
        return self._scale

    def set_font_families(self, families: list[str]) -> None:
        """The reading fonts, the same as the article's."""
        self._families = list(families)
        self._apply_font()
        self._forget_rendering()

    @Slot(bool)
    def set_wide_spacing(self, wide: bool) -> None:
        """Grand texte's spacing (WCAG 1.4.12) for the definition too: letters and words
        spaced, lines at 150 %, two font sizes after each paragraph."""
        if wide == self._wide_spacing:
            return
        self._wide_spacing = wide
        self._apply_font()
        self._forget_rendering()

    def _em_pixels(self) -> float:
        return text_size.point_size(self._scale) * self.logicalDpiY() / 72

    def _text_font(self) -> QFont:
        font = QFont()
        font.setFamilies(self._families)
        font.setPointSizeF(text_size.point_size(self._scale))
        if self._wide_spacing:
            em = self._em_pixels()
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_spacing_pixels(em))
            font.setWordSpacing(word_spacing_pixels(em))
        return font

    def _apply_font(self) -> None:
        font = self._text_font()
        self._body.setFont(font)
        self._close.setFont(font)
        self._listen.setFont(font)
        self._back.setFont(font)

    # -- place --------------------------------------------------------------------------------

    def _readable_width(self) -> int:
        metrics = QFontMetricsF(self._text_font())
        return round(metrics.horizontalAdvance(_SAMPLE) / len(_SAMPLE) * _LINE_CHARACTERS)

    def _bounds(self, parent: QWidget) -> QRect:
        """Where the popup may be: the window, less its edges, its menu bar and its toolbar
        (which must stay reachable and readable, even at 400 %)."""
        bounds = parent.rect().adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        if isinstance(parent, QMainWindow):
            central = parent.centralWidget()
            menu = parent.menuWidget()
            if central is not None:  # below the menu bar and the toolbars above the text
                bounds.setTop(max(bounds.top(), central.geometry().top() + _MARGIN))
            elif menu is not None and menu.isVisible():
                bounds.setTop(max(bounds.top(), menu.geometry().bottom() + 1 + _MARGIN))
        return bounds

    def _place(self, choose_side: bool = False) -> None:
        """Beside the term, never over it: below, else above, inside the window. The side is
        chosen when the popup opens; a « Voir aussi » or « Retour » keeps it, so the box
        stays where the reader's eyes are."""
        parent = self.parentWidget()
        if parent is None:
            return
        bounds = self._bounds(parent)
        self.ensurePolished()
        layout = self._layout
        margins = layout.contentsMargins()
        frame = self.rect().width() - self.contentsRect().width()  # the border, both sides
        body_frame = 2 * self._body.frameWidth()
        chrome_width = frame + margins.left() + margins.right() + body_frame
        document = self._body.document()
        readable = self._readable_width() + 2 * document.documentMargin()
        text_width = min(readable, self._natural_width + 2 * document.documentMargin() + 1)
        buttons = self._close.sizeHint().width()
        if not self._listen.isHidden():  # Reading aloud: « Écouter » beside « Fermer »
            buttons += self._listen.sizeHint().width() + 6
        text_width = max(text_width, self._close.sizeHint().width() * 2, buttons)
        width = min(round(text_width) + chrome_width, bounds.width())
        document.setTextWidth(width - chrome_width)
        text_height = round(document.size().height() + 0.5) + body_frame
        height = (
            frame
            + margins.top()
            + text_height
            + layout.spacing()
            + self._close.sizeHint().height()
            + margins.bottom()
        )

        anchor = self._anchor
        room_below = bounds.bottom() - (anchor.bottom() + _GAP)
        room_above = (anchor.top() - _GAP) - bounds.top()
        if choose_side:
            self._below = height <= room_below or room_below >= room_above
        if self._below:
            height = min(height, max(room_below, 0))
            top = anchor.bottom() + _GAP
        else:
            height = min(height, max(room_above, 0))
            top = anchor.top() - _GAP - height
        left = max(bounds.left(), min(anchor.left(), bounds.right() - width))
        # A term scrolled out of sight: the popup waits at the nearest edge of the window.
        top = max(bounds.top(), min(top, bounds.bottom() - height))
        self.setGeometry(left, top, width, height)

    # -- keys and events ----------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Escape belongs to the popup while it has the focus, even if the window has an
        # Escape shortcut of its own (closing a search bar, for instance).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._listen.hasFocus():  # Reading aloud, as for « Fermer » below
            event.accept()
            self._listen.click()
            return
        closing = event.key() == Qt.Key.Key_Escape or (
            # A button outside a dialog ignores Enter; a reader still expects it to work.
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._close.hasFocus()
        )
        if closing:
            event.accept()
            self.dismiss()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        """Tab stays inside the popup: links of the text, « Fermer », and round again."""
        if not self.isVisible():
            return super().focusNextPrevChild(next)
        if next and self._close.hasFocus():
            self._body.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if not next and self._body.hasFocus():
            self._close.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

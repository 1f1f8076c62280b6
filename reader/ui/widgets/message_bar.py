"""A calm message bar above the text: problems found in the content, and addresses of links.

It never blocks reading (unlike a dialog) and its text can be selected to copy an address.
Whatever the message, the bar stays a few lines high and as wide as the window: a long list of
problems scrolls inside it, and a long address wraps anywhere, so the article stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTextEdit, QWidget

from reader.core.themes import Theme
from reader.ui.accessibility.announcer import announce
from reader.ui.widgets.focus_frame import colour_scroll_bars

MOST_LINES = 6
"""Lines the bar shows at most; a longer message scrolls inside it."""


class _MessageText(QTextEdit):
    """Read-only text as tall as its lines (at most MOST_LINES), wrapped anywhere if need be."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # F6 and Tab go to « Fermer »; a click still selects text to copy.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(0)
        # Ignored: the bar never widens the window, the text wraps instead. (Imported here, with
        # the first message: importing a class builds its enums, 3 M instructions at start.)
        from PySide6.QtWidgets import QSizePolicy

        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self.fit_height)

    @Slot()
    def fit_height(self) -> None:
        """As tall as the wrapped text, up to MOST_LINES lines; beyond, it scrolls."""
        document = self.document()
        document.setTextWidth(self.viewport().width())
        most = self.fontMetrics().lineSpacing() * MOST_LINES
        margins = self.contentsMargins()
        height = min(document.size().height(), most) + margins.top() + margins.bottom()
        self.setFixedHeight(max(1, round(height)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Grand texte: larger lines
            self.fit_height()


class MessageBar(QFrame):
    """One message at a time, with a button to close it."""

    closed = Signal()
    """The reader closed the message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self._text: _MessageText | None = None  # made with the first message (issue 20)
        self._theme: Theme | None = None
        self.hide()

    def _build(self) -> _MessageText:
        """The text and its button, made when the first message comes: most starts show none,
        and the text field, its button and layout cost the first paint about 10 M instructions."""
        if self._text is not None:
            return self._text
        text = self._text = _MessageText(self)
        text.setAccessibleName(self.tr("Message"))
        # Text set apart: PySide6 resolves QPushButton(str, parent) by building QIcon's enums.
        self._close = QPushButton(self)
        self._close.setText(self.tr("Fermer"))
        self._close.setAccessibleName(self.tr("Fermer le message"))
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._match_palette()
        if self._theme is not None:
            colour_scroll_bars(text, self._theme)
        return text

    @property
    def text(self) -> str:
        """The message shown, or an empty string."""
        return self._text.toPlainText() if self._text and not self.isHidden() else ""

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Show a message (replacing the previous one), from its first line."""
        shown = self._build()
        shown.setPlainText(text)
        self.setAccessibleDescription(text)
        self.show()
        shown.fit_height()
        # Screen readers hear the message where the focus is, as a sighted reader sees it.
        announce(self, self.tr("Message : {0}").format(text))

    @Slot()
    def dismiss(self) -> None:
        """Hide the message."""
        self.hide()
        self.closed.emit()

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """Scroll bar of a long message in the theme's colours (the rest follows the palette)."""
        self._theme = theme
        if self._text is not None:
            colour_scroll_bars(self._text, theme)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._text is not None:  # a theme
            self._match_palette()

    def _match_palette(self) -> None:
        """The text is drawn like a label on the bar, not like a field to type in."""
        assert self._text is not None
        palette = QPalette(self.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(
                group, QPalette.ColorRole.Text, palette.color(group, QPalette.ColorRole.WindowText)
            )
            palette.setColor(
                group, QPalette.ColorRole.Base, palette.color(group, QPalette.ColorRole.Window)
            )
        self._text.setPalette(palette)

"""Navigation and help: F6 regions, the keys that move the focus, the keyboard shortcuts page,
« À propos de ce texte », and what a link that leads nowhere in the article says.

« Aller au sommaire » (Ctrl+T) and « Aller au texte » (Ctrl+L) ask the window to move the
keyboard (it knows its docks); F6 goes round the regions the window registers, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from reader.core.document import Document
from reader.ui.controllers.action_text import new_action, show_shortcut_in_tooltip
from reader.ui.controllers.regions import Regions

if TYPE_CHECKING:
    from reader.ui.dialogs.about import AboutDialog
    from reader.ui.dialogs.shortcuts import ShortcutsDialog
    from reader.ui.widgets.text_pane import TextPane


class NavigationController(QObject):
    """Moving the keyboard around the window, and the page that lists every key."""

    contents_requested = Signal()
    """Ctrl+T: the keyboard goes to the section tree (shown if it was closed)."""
    text_requested = Signal()
    """Ctrl+L: the keyboard goes back to the text."""
    message = Signal(str)
    """What a link that is not opened leads to, for the message bar."""

    def __init__(self, window: QMainWindow, pane: TextPane, document: Document) -> None:
        super().__init__(window)
        self._window = window
        self._pane = pane
        self._document = document
        self._shortcuts: ShortcutsDialog | None = None
        self._about: AboutDialog | None = None
        self.about_note: Callable[[], str] | None = None
        """Gives a line for « À propos » (what reading aloud uses, or what to install)."""
        self.about_action = new_action(self.tr("À &propos de ce texte"), self)
        self.about_action.setStatusTip(self.tr("Source, date de l’édition et avis médical"))
        self.regions = Regions([])
        """The regions F6 visits, in order; the window registers them."""
        self.contents_action = new_action(self.tr("Aller au &sommaire"), self)
        self.contents_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
        self.text_action = new_action(self.tr("Aller au &texte"), self)
        self.text_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.next_region_action = new_action(self.tr("&Zone suivante"), self)
        self.next_region_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.next_region_action.setStatusTip(self.tr("Sommaire, texte, puis les autres zones"))
        self.previous_region_action = new_action(self.tr("Zone &précédente"), self)
        self.previous_region_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        self.shortcuts_action = new_action(self.tr("&Raccourcis clavier"), self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        for action in (
            self.contents_action,
            self.text_action,
            self.next_region_action,
            self.previous_region_action,
            self.shortcuts_action,
            self.about_action,
        ):
            show_shortcut_in_tooltip(action)
        self.about_action.triggered.connect(self.show_about)
        self.contents_action.triggered.connect(self.contents_requested)
        self.text_action.triggered.connect(self.text_requested)
        self.next_region_action.triggered.connect(self.focus_next_region)
        self.previous_region_action.triggered.connect(self.focus_previous_region)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)

    @Slot()
    def focus_next_region(self) -> None:
        """Move the focus to the next visible region (F6)."""
        self.regions.focus(+1)

    @Slot()
    def focus_previous_region(self) -> None:
        """Move the focus to the previous visible region (Shift+F6)."""
        self.regions.focus(-1)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Every key of the window, made from its menus and actions, then the text's own keys."""
        from reader.ui.dialogs.shortcuts import shortcut_rows

        return shortcut_rows(self._window, self._pane.keyboard_help())

    @property
    def shortcuts_dialog(self) -> ShortcutsDialog | None:
        """The « Raccourcis clavier » dialog last opened, if any."""
        return self._shortcuts

    @Slot()
    def show_shortcuts(self) -> None:
        """Open « Raccourcis clavier » (built afresh, so it lists every action there is now)."""
        from reader.ui.dialogs.shortcuts import ShortcutsDialog

        if self._shortcuts is not None:
            self._shortcuts.deleteLater()
        self._shortcuts = ShortcutsDialog(self.shortcut_rows(), self._window)
        self._shortcuts.show()
        self._shortcuts.raise_()
        self._shortcuts.activateWindow()

    @Slot()
    def show_about(self) -> None:
        """Open « À propos de ce texte » (one dialog, reused)."""
        if self._about is None:
            from reader.ui.dialogs.about import AboutDialog

            document = self._document
            self._about = AboutDialog(
                document.title, document.article.metadata, document.notice, self._window
            )
        if self.about_note is not None:
            self._about.set_reading_note(self.about_note())
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    @Slot(str)
    def show_outside_link(self, address: str) -> None:
        """An outside address is shown, never opened: this computer has no connection."""
        self.message.emit(
            self.tr(
                "Ce lien mène à une adresse extérieure, qui n’est pas ouverte "
                "(cet ordinateur n’a pas de connexion) : {0}"
            ).format(address)
        )

    @Slot(str)
    def show_refused_link(self, address: str) -> None:
        """A link to a file or a script is refused, and said so."""
        self.message.emit(
            self.tr(
                "Ce lien n’est pas ouvert : il ne mène pas à une partie de l’article ({0})."
            ).format(address)
        )

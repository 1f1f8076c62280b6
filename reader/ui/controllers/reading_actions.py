"""The actions of « Lecture » and what they show: « Lire à voix haute », which becomes
« Pause » and « Reprendre » while reading, « Arrêter », the sentences and the speed."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence

from reader.core import speech
from reader.ui.controllers.action_text import new_action, show_shortcut_in_tooltip

State = Literal["idle", "speaking", "paused"]


class ReadingActions(QObject):
    """The reading actions, their keys, and their texts and states for each state of reading."""

    escape_owner_changed = Signal()
    """An action that takes Escape first (closing the search) was enabled or disabled."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._escape_owners: list[QAction] = []
        ctrl_shift = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        self.read_action = new_action(self.tr("&Lire à voix haute"), self)
        # Ctrl+Shift+L: « L » for « Lire », beside Ctrl+Shift+T (Grand texte); no action of the
        # window and no key of the text uses it (Ctrl+L, without Shift, is « Aller au texte »).
        self.read_action.setShortcut(QKeySequence(ctrl_shift | Qt.Key.Key_L))
        self.stop_action = new_action(self.tr("&Arrêter la lecture"), self)
        self.stop_action.setIconText(self.tr("Arrêter"))
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Alt+arrows: the text's own keys use the arrows alone, with Shift and with Ctrl.
        self.previous_action = new_action(self.tr("Phrase &précédente"), self)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.next_action = new_action(self.tr("Phrase &suivante"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right))
        self.slower_action = new_action(self.tr("Lire plus lente&ment"), self)
        self.slower_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.faster_action = new_action(self.tr("Lire plus &vite"), self)
        self.faster_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))

    def menu_actions(self) -> list[QAction]:
        """The actions of the « Lecture » menu, in order."""
        return [
            self.read_action,
            self.stop_action,
            self.previous_action,
            self.next_action,
            self.slower_action,
            self.faster_action,
        ]

    def toolbar_actions(self) -> list[QAction]:
        """The actions worth a toolbar button."""
        return [self.read_action, self.stop_action]

    def yield_escape_to(self, action: QAction) -> None:
        """Escape belongs to ``action`` while it is enabled."""
        self._escape_owners.append(action)
        action.changed.connect(self.escape_owner_changed)

    def show(self, state: State, unavailable: str, article: bool, speed: float) -> None:
        """Texts, states, keys and tooltips for ``state``; ``unavailable`` says why reading
        cannot work (empty when it can); ``article`` whether the article (not a definition)
        is being read."""
        usable = not unavailable
        texts = {
            "idle": (self.tr("&Lire à voix haute"), self.tr("Lire")),
            "speaking": (self.tr("&Pause"), self.tr("Pause")),
            "paused": (self.tr("&Reprendre"), self.tr("Reprendre")),
        }
        text, icon_text = texts[state]
        self.read_action.setText(text)
        self.read_action.setIconText(icon_text)
        self.read_action.setEnabled(usable)
        self.stop_action.setEnabled(state != "idle")
        self.previous_action.setEnabled(article)
        self.next_action.setEnabled(article)
        self.slower_action.setEnabled(usable and speed > speech.SPEEDS[0])
        self.faster_action.setEnabled(usable and speed < speech.SPEEDS[-1])
        taken = any(owner.isEnabled() for owner in self._escape_owners)
        wanted = [] if taken else [QKeySequence(Qt.Key.Key_Escape)]
        if self.stop_action.shortcuts() != wanted:
            self.stop_action.setShortcuts(wanted)
        for action in self.menu_actions():
            show_shortcut_in_tooltip(action)
        now = self.tr("vitesse actuelle : {0}").format(speed_label(speed))
        for action in (self.slower_action, self.faster_action):
            action.setToolTip(f"{action.toolTip()}, {now}")
            action.setStatusTip(now)
        if not usable:
            self.read_action.setToolTip(unavailable)
            self.read_action.setStatusTip(unavailable)


def speed_label(speed: float) -> str:
    """« 1,5× »: French decimals."""
    return f"{speed:g}".replace(".", ",") + "×"

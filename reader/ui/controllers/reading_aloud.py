"""Reading aloud: the article sentence by sentence, and a definition, with the computer's voice.

A feature of its own: it owns its actions (« Lire à voix haute », which becomes « Pause » and
« Reprendre » while it reads, « Arrêter », the previous and next sentence, slower and faster),
its voice and the highlight of the sentence being read. The window only shows the actions and
passes the definition box's « Écouter » on. Qt's text-to-speech module (in PySide6-Addons,
with Qt Multimedia behind it) is imported the first time reading is asked for, never at start.
Only the computer's own engines are used (``reader.core.speech``); without one, or without a
voice for the interface's language, the actions stay visible, disabled, and say what to install.
"""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core import speech
from reader.core.positions import PositionMap
from reader.core.sentences import Sentence, pause_after_ms, sentence_at, split_sentences
from reader.core.themes import CLAIR, Theme
from reader.ui.app.settings import Settings
from reader.ui.widgets.text_pane import TextPane

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

ENGINE_VARIABLE = "LECTEUR_VOIX_MOTEUR"
"""Names the engine to use (one of reader.core.speech.ALLOWED_ENGINES), e.g. ``flite``."""
LANGUAGE_VARIABLE = "LECTEUR_VOIX_LANGUE"
"""Names the voice's language (``fr_FR``) when it must differ from the interface's."""
INSTALL_DEBIAN = "speech-dispatcher speech-dispatcher-espeak-ng libpulse0"
_LAYER = "reading"
# The reader moving the caret by arrows sends many moves: reading goes on from where they stop.
_CARET_SETTLE_MS = 250
# Where a sentence brought into view lands: a third of the way down, as search results do.
_REVEAL_AT = 1 / 3

State = Literal["idle", "speaking", "paused"]


class ReadingAloud(QObject):
    """Reads the text pane's article aloud, sentence by sentence, and definitions on demand."""

    message = Signal(str)
    """Something the reader should know (no voice, what to install), for the message bar."""
    state_changed = Signal(str)
    """``idle``, ``speaking`` or ``paused``."""
    sentence_started = Signal(int, int)
    """Document positions [start, end) of the sentence now being read."""
    availability_changed = Signal(bool, str)
    """Whether reading aloud can work here, and if not, why and what to install."""

    def __init__(self, pane: TextPane, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._pane = pane
        self._settings = settings
        self._window = parent.window()
        self._theme: Theme = CLAIR
        self._tts: QTextToSpeech | None = None
        self._engine_tried = False
        self._unavailable = ""  # why reading aloud cannot work, once known
        self._state: State = "idle"
        self._sentences: tuple[Sentence, ...] | None = None
        self._positions: PositionMap | None = None
        self._index = -1
        self._resume_at: int | None = None  # the sentence « Reprendre » reads
        self._definition = False  # reading a definition, not the article
        self._definition_text = ""
        self._silencing = False  # inside our own stop(): its Ready is not a sentence's end
        self._await_cancel = False  # an engine that reports a stop later: ignore that Ready
        self._caret = -1  # where the caret was when reading went there, to notice moves
        self._escape_owners: list[QAction] = []
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.timeout.connect(self._next_after_gap)
        self._caret_settled = QTimer(self)
        self._caret_settled.setSingleShot(True)
        self._caret_settled.setInterval(_CARET_SETTLE_MS)
        self._caret_settled.timeout.connect(self._follow_caret)
        self._create_actions()
        pane.cursorPositionChanged.connect(self._caret_moved)
        settings.speech_speed_changed.connect(self._speed_changed)
        self._window.installEventFilter(self)
        if importlib.util.find_spec("PySide6.QtTextToSpeech") is None:
            self._set_unavailable(self._install_hint(addons=True))
        self._show_state()

    # -- actions ------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        ctrl_shift = Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        self.read_action = QAction(self.tr("&Lire à voix haute"), self)
        # Ctrl+Shift+L: « L » for « Lire », beside Ctrl+Shift+T (Grand texte); no action of the
        # window and no key of the text uses it (Ctrl+L, without Shift, is « Aller au texte »).
        self.read_action.setShortcut(QKeySequence(ctrl_shift | Qt.Key.Key_L))
        self.read_action.triggered.connect(self.toggle)
        self.stop_action = QAction(self.tr("&Arrêter la lecture"), self)
        self.stop_action.setIconText(self.tr("Arrêter"))
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_action.triggered.connect(self.stop)
        # Alt+arrows: the text's own keys use the arrows alone, with Shift and with Ctrl.
        self.previous_action = QAction(self.tr("Phrase &précédente"), self)
        self.previous_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.previous_action.triggered.connect(self.previous_sentence)
        self.next_action = QAction(self.tr("Phrase &suivante"), self)
        self.next_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right))
        self.next_action.triggered.connect(self.next_sentence)
        self.slower_action = QAction(self.tr("Lire plus lente&ment"), self)
        self.slower_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.slower_action.triggered.connect(self.slower)
        self.faster_action = QAction(self.tr("Lire plus &vite"), self)
        self.faster_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.faster_action.triggered.connect(self.faster)

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
        """Escape stops the reading only while ``action`` (closing the search, say) is
        disabled: two enabled actions on one key would make Qt trigger neither."""
        self._escape_owners.append(action)
        action.changed.connect(self._show_state)
        self._show_state()

    @property
    def state(self) -> State:
        """``idle``, ``speaking`` or ``paused``."""
        return self._state

    @property
    def unavailable_reason(self) -> str:
        """Why reading aloud cannot work here and what to install; empty when it can (or is
        not known yet: the voice is looked for when reading is first asked for)."""
        return self._unavailable

    @property
    def engine_name(self) -> str:
        """The engine in use, once reading has been asked for."""
        return self._tts.engine() if self._tts is not None else ""

    @property
    def voice_locale(self) -> str:
        """The locale of the voice chosen (``fr_FR``), once reading has been asked for."""
        return self._tts.voice().locale().name() if self._tts is not None else ""

    def about_text(self) -> str:
        """A line for « À propos »: the voice used, or what to install to have one."""
        if self._unavailable:
            return self._unavailable
        if self._tts is not None:
            voice = self._tts.voice()
            return self.tr("Lecture à voix haute : voix « {0} » ({1}), sur cet ordinateur.").format(
                voice.name(), self._tts.engine()
            )
        return self.tr(
            "Lecture à voix haute : avec la voix de cet ordinateur, sans connexion. Sous Debian "
            "ou Ubuntu, elle demande les paquets {0}."
        ).format(INSTALL_DEBIAN)

    # -- the voice ----------------------------------------------------------------------------

    def _install_hint(self, addons: bool = False) -> str:
        if addons:
            return self.tr(
                "La lecture à voix haute n’est pas installée : il manque PySide6-Addons "
                "(pip install 'lecteur-sante[voix]') et, sous Debian ou Ubuntu, les paquets {0}."
            ).format(INSTALL_DEBIAN)
        return self.tr(
            "Aucune voix française n’est installée sur cet ordinateur. Sous Debian ou Ubuntu, "
            "installez les paquets {0}."
        ).format(INSTALL_DEBIAN)

    def _set_unavailable(self, reason: str) -> None:
        self._unavailable = reason
        self.availability_changed.emit(False, reason)

    def _engine(self) -> QTextToSpeech | None:
        """The voice, made the first time it is needed; None (and a message) without one."""
        if self._tts is not None or self._engine_tried:
            return self._tts
        self._engine_tried = True
        if self._unavailable:
            self.message.emit(self._unavailable)
            return None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # Addons without Qt Multimedia's libraries (libpulse0)
            self._set_unavailable(self._install_hint(addons=True))
            self.message.emit(self._unavailable)
            self._show_state()
            return None
        engine = speech.choose_engine(
            QTextToSpeech.availableEngines(), os.environ.get(ENGINE_VARIABLE, "")
        )
        tts = None if engine is None else QTextToSpeech(engine, self)
        if tts is None or tts.state() == QTextToSpeech.State.Error:
            if tts is not None:
                tts.deleteLater()
            self._set_unavailable(self._install_hint())
            self.message.emit(self._unavailable)
            self._show_state()
            return None
        if not self._choose_voice(tts):
            tts.deleteLater()
            self._set_unavailable(self._install_hint())
            self.message.emit(self._unavailable)
            self._show_state()
            return None
        tts.setRate(speech.rate_for_speed(self._settings.speech_speed))
        tts.stateChanged.connect(self._engine_state_changed)
        tts.errorOccurred.connect(self._engine_failed)
        self._tts = tts
        self.availability_changed.emit(True, "")
        return tts

    def _choose_voice(self, tts: QTextToSpeech) -> bool:
        """A voice for the interface's language (or LECTEUR_VOIX_LANGUE): same country first."""
        from reader.ui.app.translations import interface_language

        wanted = os.environ.get(LANGUAGE_VARIABLE) or QLocale(interface_language()).name()
        language = QLocale(wanted).language()
        candidates = []
        for locale in tts.availableLocales():
            if locale.language() == language:
                tts.setLocale(locale)
                candidates.extend(tts.availableVoices())
        index = speech.choose_voice([(v.name(), v.locale().name()) for v in candidates], wanted)
        if index is None:
            return False
        voice = candidates[index]
        tts.setLocale(voice.locale())
        tts.setVoice(voice)
        return True

    @Slot()
    def _engine_failed(self) -> None:
        if self._tts is not None:
            self.message.emit(
                self.tr("La voix s’est arrêtée sur une erreur : {0}").format(
                    self._tts.errorString()
                )
            )
        self.stop()

    # -- reading ------------------------------------------------------------------------------

    @Slot()
    def toggle(self) -> None:
        """Read from the reading position, or pause, or resume (one key, like a player's)."""
        if self._state == "speaking":
            self.pause()
        elif self._state == "paused":
            self.resume()
        else:
            self.read_from(self._start_position())

    def _start_position(self) -> int:
        """The caret when it is in view, else the top of the visible text."""
        pane = self._pane
        if pane.viewport().rect().intersects(pane.cursorRect()):
            return pane.textCursor().position()
        return pane.reading_position()

    def _article_sentences(self) -> tuple[Sentence, ...]:
        if self._sentences is None:
            text = self._pane.toPlainText()
            self._positions = PositionMap(text)
            starts = [self._positions.to_offset(p) for p in self._pane.heading_positions]
            self._sentences = split_sentences(text, starts)
        return self._sentences

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The article's sentences as they are read (Python offsets in its plain text)."""
        return self._article_sentences()

    @property
    def current_index(self) -> int:
        """Index of the sentence being read (or last read), -1 before any."""
        return self._index

    def read_from(self, position: int) -> None:
        """Read the article from the sentence at a document position to the end."""
        if self._engine() is None:
            return
        sentences = self._article_sentences()
        assert self._positions is not None
        index = sentence_at(sentences, self._positions.to_offset(position))
        if index < 0:
            return
        self._definition = False
        self._speak_sentence(index)

    def _speak_sentence(self, index: int) -> None:
        sentences = self._article_sentences()
        if self._tts is None or not 0 <= index < len(sentences):
            self.stop()
            return
        self._resume_at = None
        start, end = self._mark(index)
        self._say(sentences[index].text)
        self.sentence_started.emit(start, end)

    def _mark(self, index: int) -> tuple[int, int]:
        """Highlight a sentence and bring it into view; its document positions [start, end)."""
        self._gap.stop()
        self._index = index
        sentence = self._article_sentences()[index]
        assert self._positions is not None
        start = self._positions.to_position(sentence.start)
        end = self._positions.to_position(sentence.end)
        self._highlight(start, end)
        self._reveal(start, end)
        self._caret = self._pane.textCursor().position()
        return start, end

    def _go_to(self, index: int) -> None:
        """Read from a sentence now; while paused, only mark it: « Reprendre » starts there."""
        if self._state == "paused":
            self._mark(index)
            self._resume_at = index
        else:
            self._speak_sentence(index)

    def _say(self, text: str) -> None:
        tts = self._tts
        assert tts is not None
        self._silence()
        tts.say(text)
        self._set_state("speaking")

    def _silence(self) -> None:
        """Stop the voice; an engine that says so later has that Ready ignored."""
        tts = self._tts
        if tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Paused):
            self._silencing = True
            try:
                tts.stop()
            finally:
                self._silencing = False
            self._await_cancel = tts.state() != QTextToSpeech.State.Ready

    @Slot(object)
    def _engine_state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._await_cancel = False
            return
        if state != QTextToSpeech.State.Ready or self._silencing:
            return
        if self._await_cancel:  # the end of what was stopped, not of what is said now
            self._await_cancel = False
            return
        if self._state != "speaking":
            return
        if self._definition:
            self._finish()
            return
        sentences = self._article_sentences()
        if self._index + 1 >= len(sentences):
            self._finish()
            return
        self._gap.start(pause_after_ms(sentences[self._index], self._settings.speech_speed))

    @Slot()
    def _next_after_gap(self) -> None:
        if self._state == "speaking":
            self._speak_sentence(self._index + 1)

    def _finish(self) -> None:
        self._gap.stop()
        self._resume_at = None
        self._definition = False
        self._pane.show_highlights(_LAYER, [])
        self._set_state("idle")

    @Slot()
    def pause(self) -> None:
        """Pause the voice; « Reprendre » reads the sentence again from its start.

        The engine is stopped rather than paused: speech-dispatcher pauses only at its next
        index mark (none in a plain sentence), so its pause is late or never; and a sentence
        heard again whole is easier to follow than one resumed mid-word.
        """
        if self._state != "speaking" or self._tts is None:
            return
        if self._gap.isActive():  # between two sentences: resume starts the next one
            self._gap.stop()
            self._resume_at = self._index + 1
        else:
            self._silence()
            self._resume_at = self._index
        self._set_state("paused")

    @Slot()
    def resume(self) -> None:
        """Go on from where the reading was paused."""
        if self._state != "paused" or self._tts is None:
            return
        self._set_state("speaking")
        at, self._resume_at = self._resume_at, None
        if self._definition:
            self._say(self._definition_text)
        else:
            self._speak_sentence(self._index if at is None else at)

    @Slot()
    def stop(self) -> None:
        """Stop reading; the highlight goes."""
        self._gap.stop()
        self._caret_settled.stop()
        self._silence()
        self._finish()

    @Slot()
    def next_sentence(self) -> None:
        """Read the next sentence now."""
        if self._state != "idle" and not self._definition:
            self._go_to(min(self._index + 1, len(self._article_sentences()) - 1))

    @Slot()
    def previous_sentence(self) -> None:
        """Read the previous sentence (or this one again, at the first)."""
        if self._state != "idle" and not self._definition:
            self._go_to(max(self._index - 1, 0))

    @Slot()
    def faster(self) -> None:
        """Read faster, up to twice the voice's speed (remembered)."""
        self._settings.speech_speed = speech.faster(self._settings.speech_speed)

    @Slot()
    def slower(self) -> None:
        """Read slower, down to half the voice's speed (remembered)."""
        self._settings.speech_speed = speech.slower(self._settings.speech_speed)

    @Slot(float)
    def _speed_changed(self, speed: float) -> None:
        if self._tts is not None:
            self._tts.setRate(speech.rate_for_speed(speed))  # from the next sentence on
        self._show_state()

    @Slot(str)
    def speak_definition(self, text: str) -> None:
        """Read a definition (headword and text) aloud, instead of the article."""
        if self._engine() is None:
            return
        self._gap.stop()
        self._pane.show_highlights(_LAYER, [])
        self._definition = True
        self._definition_text = text
        self._say(text)

    @Slot()
    def stop_definition(self) -> None:
        """The definition box closed: its voice stops with it."""
        if self._definition and self._state != "idle":
            self.stop()

    # -- following the reader -----------------------------------------------------------------

    @Slot()
    def _caret_moved(self) -> None:
        if self._state != "idle" and not self._definition:
            self._caret_settled.start()

    @Slot()
    def _follow_caret(self) -> None:
        """The reader moved the caret (arrows, a section, a search result): go on from there."""
        position = self._pane.textCursor().position()
        if self._state == "idle" or self._definition or position == self._caret:
            return
        self._caret = position
        sentences = self._article_sentences()
        assert self._positions is not None
        index = sentence_at(sentences, self._positions.to_offset(position))
        if index >= 0 and index != self._index:
            self._go_to(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window stops the voice."""
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- look ---------------------------------------------------------------------------------

    @Slot(object)
    def apply_theme(self, theme: Theme) -> None:
        """The highlight's colours: a background and an underline (not colour alone)."""
        self._theme = theme
        if self._state != "idle" and not self._definition and self._index >= 0:
            sentence = self._article_sentences()[self._index]
            assert self._positions is not None
            self._highlight(
                self._positions.to_position(sentence.start),
                self._positions.to_position(sentence.end),
            )

    def _highlight(self, start: int, end: int) -> None:
        look = QTextCharFormat()
        look.setBackground(QColor(self._theme.reading_background))
        look.setForeground(QColor(self._theme.reading_text))
        look.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        look.setUnderlineColor(QColor(self._theme.reading_underline))
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self._pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[misc]
        selection.format = look  # type: ignore[misc]
        self._pane.show_highlights(_LAYER, [selection])

    def _reveal(self, start: int, end: int) -> None:
        """Keep the sentence in view without moving the caret (the reader's own)."""
        pane = self._pane
        first = QTextCursor(pane.document())
        first.setPosition(start)
        last = QTextCursor(pane.document())
        last.setPosition(end)
        visible = pane.viewport().rect()
        start_rect, end_rect = pane.cursorRect(first), pane.cursorRect(last)
        if visible.contains(start_rect) and visible.contains(end_rect):
            return
        bar = pane.verticalScrollBar()
        bar.setValue(round(start_rect.top() + bar.value() - visible.height() * _REVEAL_AT))

    # -- what the actions show ----------------------------------------------------------------

    def _set_state(self, state: State) -> None:
        if state != self._state:
            self._state = state
            self._show_state()
            self.state_changed.emit(state)

    @Slot()
    def _show_state(self) -> None:
        usable = not self._unavailable
        reading = self._state != "idle"
        article = reading and not self._definition
        texts = {
            "idle": (self.tr("&Lire à voix haute"), self.tr("Lire")),
            "speaking": (self.tr("&Pause"), self.tr("Pause")),
            "paused": (self.tr("&Reprendre"), self.tr("Reprendre")),
        }
        text, icon_text = texts[self._state]
        self.read_action.setText(text)
        self.read_action.setIconText(icon_text)
        self.read_action.setEnabled(usable)
        self.stop_action.setEnabled(reading)
        self.previous_action.setEnabled(article)
        self.next_action.setEnabled(article)
        speed = self._settings.speech_speed
        self.slower_action.setEnabled(usable and speed > speech.SPEEDS[0])
        self.faster_action.setEnabled(usable and speed < speech.SPEEDS[-1])
        escape = QKeySequence(Qt.Key.Key_Escape)
        taken = any(owner.isEnabled() for owner in self._escape_owners)
        wanted = [] if taken else [escape]
        if self.stop_action.shortcuts() != wanted:
            self.stop_action.setShortcuts(wanted)
        for action in self.menu_actions():
            _show_shortcut_in_tooltip(action)
        now = self.tr("vitesse actuelle : {0}").format(_speed_label(speed))
        for action in (self.slower_action, self.faster_action):
            action.setToolTip(f"{action.toolTip()}, {now}")
            action.setStatusTip(now)
        if not usable:
            self.read_action.setToolTip(self._unavailable)
            self.read_action.setStatusTip(self._unavailable)


def _speed_label(speed: float) -> str:
    """« 1,5× »: French decimals."""
    return f"{speed:g}".replace(".", ",") + "×"


def _show_shortcut_in_tooltip(action: QAction) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    keys = " ou ".join(keys.toString(native) for keys in action.shortcuts())
    name = action.text().replace("&", "")
    action.setToolTip(f"{name} ({keys})" if keys else name)

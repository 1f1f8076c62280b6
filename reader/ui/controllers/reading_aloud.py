"""Reading aloud: the article sentence by sentence, and a definition, with the computer's voice.

A feature of its own: what is read, in what order, where the reader goes meanwhile, and the
highlight of the sentence being read. Its voice is reader.ui.controllers.voice (the computer's
own engines only, loaded when reading is first asked for); its actions, reading_actions.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader.core import speech
from reader.core.positions import PositionMap
from reader.core.sentences import Sentence, pause_after_ms, sentence_at, split_sentences
from reader.core.themes import CLAIR, Theme
from reader.ui.app.settings import Settings
from reader.ui.controllers.reading_actions import ReadingActions, State
from reader.ui.controllers.voice import Voice
from reader.ui.widgets.reading_highlight import reading_selection
from reader.ui.widgets.text_pane import TextPane

ENGINE_VARIABLE = "LECTEUR_VOIX_MOTEUR"
"""Names the engine to use (one of reader.core.speech.ALLOWED_ENGINES), e.g. ``flite``."""
LANGUAGE_VARIABLE = "LECTEUR_VOIX_LANGUE"
"""Names the voice's language (``fr_FR``) when it must differ from the interface's."""
INSTALL_DEBIAN = "speech-dispatcher speech-dispatcher-espeak-ng libpulse0"
_LAYER = "reading"
# The reader moving the caret by arrows sends many moves: reading goes on from where they stop.
_CARET_SETTLE_MS = 250


class ReadingAloud(QObject):
    """Reads the text pane's article aloud, sentence by sentence, and definitions on demand."""

    message = Signal(str)
    """Something the reader should know (no voice, what to install), for the message bar."""
    state_changed = Signal(str)
    """``idle``, ``speaking`` or ``paused``."""
    sentence_started = Signal(int, int)
    """Document positions [start, end) of the sentence now being read."""

    def __init__(self, pane: TextPane, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._pane = pane
        self._settings = settings
        self._window = parent.window()
        self._theme: Theme = CLAIR
        self._voice = Voice(self)
        self._state: State = "idle"
        self._sentences: tuple[Sentence, ...] | None = None
        self._positions: PositionMap | None = None
        self._index = -1
        self._resume_at: int | None = None  # the sentence « Reprendre » reads
        self._definition = False  # reading a definition, not the article
        self._definition_text = ""
        self._caret = -1  # where the caret was when reading went there, to notice moves
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.timeout.connect(self._next_after_gap)
        self._caret_settled = QTimer(self)
        self._caret_settled.setSingleShot(True)
        self._caret_settled.setInterval(_CARET_SETTLE_MS)
        self._caret_settled.timeout.connect(self._follow_caret)
        self._actions = ReadingActions(self)
        self._connect_actions()
        pane.cursorPositionChanged.connect(self._caret_moved)
        settings.speech_speed_changed.connect(self._speed_changed)
        self._window.installEventFilter(self)
        self._voice.availability_changed.connect(self._show_state)
        self._voice.message.connect(self.message)
        self._voice.finished.connect(self._utterance_finished)
        self._voice.failed.connect(self._engine_failed)
        self._show_state()

    # -- actions ------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        actions = self._actions
        self.read_action, self.stop_action = actions.read_action, actions.stop_action
        self.previous_action, self.next_action = actions.previous_action, actions.next_action
        self.slower_action, self.faster_action = actions.slower_action, actions.faster_action
        self.read_action.triggered.connect(self.toggle)
        self.stop_action.triggered.connect(self.stop)
        self.previous_action.triggered.connect(self.previous_sentence)
        self.next_action.triggered.connect(self.next_sentence)
        self.slower_action.triggered.connect(self.slower)
        self.faster_action.triggered.connect(self.faster)
        actions.escape_owner_changed.connect(self._show_state)

    def menu_actions(self) -> list[QAction]:
        """The actions of the « Lecture » menu, in order."""
        return self._actions.menu_actions()

    def toolbar_actions(self) -> list[QAction]:
        """The actions worth a toolbar button."""
        return self._actions.toolbar_actions()

    def yield_escape_to(self, action: QAction) -> None:
        """Escape stops the reading only while ``action`` (closing the search, say) is
        disabled: two enabled actions on one key would make Qt trigger neither."""
        self._actions.yield_escape_to(action)
        self._show_state()

    @property
    def state(self) -> State:
        """``idle``, ``speaking`` or ``paused``."""
        return self._state

    @property
    def unavailable_reason(self) -> str:
        """Why reading aloud cannot work here and what to install; empty when it can (or is
        not known yet: the voice is looked for when reading is first asked for)."""
        return self._voice.unavailable_reason

    @property
    def voice(self) -> Voice:
        """The engine and voice (``engine_name``, ``voice_locale``), found on first use."""
        return self._voice

    def about_text(self) -> str:
        """A line for « À propos »: the voice used, or what to install to have one."""
        return self._voice.about_text()

    @Slot()
    def _engine_failed(self) -> None:
        self.stop()  # the voice said why

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
        if self._voice.engine(self._settings.speech_speed) is None:
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
        if self._voice.tts is None or not 0 <= index < len(sentences):
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
        self._pane.reveal(start, end)  # the caret, the reader's own, stays
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
        self._voice.say(text)
        self._set_state("speaking")

    @Slot()
    def _utterance_finished(self) -> None:
        """What was said ended by itself: the next sentence after its pause, or the end."""
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
        if self._state != "speaking" or self._voice.tts is None:
            return
        if self._gap.isActive():  # between two sentences: resume starts the next one
            self._gap.stop()
            self._resume_at = self._index + 1
        else:
            self._voice.silence()
            self._resume_at = self._index
        self._set_state("paused")

    @Slot()
    def resume(self) -> None:
        """Go on from where the reading was paused."""
        if self._state != "paused" or self._voice.tts is None:
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
        self._voice.silence()
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
        if self._voice.tts is not None:
            self._voice.tts.setRate(speech.rate_for_speed(speed))  # from the next sentence on
        self._show_state()

    @Slot(str)
    def speak_definition(self, text: str) -> None:
        """Read a definition (headword and text) aloud, instead of the article."""
        if self._voice.engine(self._settings.speech_speed) is None:
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
        selection = reading_selection(self._pane.document(), start, end, self._theme)
        self._pane.show_highlights(_LAYER, [selection])

    # -- what the actions show ----------------------------------------------------------------

    def _set_state(self, state: State) -> None:
        if state != self._state:
            self._state = state
            self._show_state()
            self.state_changed.emit(state)

    @Slot()
    def _show_state(self) -> None:
        reading = self._state != "idle"
        self._actions.show(
            self._state,
            self._voice.unavailable_reason,
            reading and not self._definition,
            self._settings.speech_speed,
        )

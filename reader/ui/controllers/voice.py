"""The computer's own voice for reading aloud: found the first time it is asked for.

Qt's text-to-speech module (in PySide6-Addons, with Qt Multimedia behind it) is imported then,
never at start. Only the computer's own engines are used (``reader.core.speech``); without one,
or without a voice for the interface's language, it says what to install.
"""

from __future__ import annotations

import importlib.util
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal, Slot

from reader.core import speech

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

ENGINE_VARIABLE = "LECTEUR_VOIX_MOTEUR"
"""Names the engine to use (one of reader.core.speech.ALLOWED_ENGINES), e.g. ``flite``."""
LANGUAGE_VARIABLE = "LECTEUR_VOIX_LANGUE"
"""Names the voice's language (``fr_FR``) when it must differ from the interface's."""
INSTALL_DEBIAN = "speech-dispatcher speech-dispatcher-espeak-ng libpulse0"


class Voice(QObject):
    """The engine and voice reading aloud uses, or why there is none and what to install."""

    availability_changed = Signal(bool, str)
    """Whether reading aloud can work here, and if not, why and what to install."""
    message = Signal(str)
    """Something the reader should know (no voice, what to install), for the message bar."""
    finished = Signal()
    """What was said has ended by itself (not stopped by ``silence``)."""
    failed = Signal()
    """The engine stopped on an error (said with ``message``)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        self._tried = False
        self._unavailable = ""  # why reading aloud cannot work, once known
        self._silencing = False  # inside our own stop(): its Ready is not an utterance's end
        self._await_cancel = False  # an engine that reports a stop later: ignore that Ready
        if importlib.util.find_spec("PySide6.QtTextToSpeech") is None:
            self._unavailable = self._install_hint(addons=True)

    @property
    def tts(self) -> QTextToSpeech | None:
        """The engine, once made (None before, and without one)."""
        return self._tts

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

    def engine(self, speed: float = speech.DEFAULT_SPEED) -> QTextToSpeech | None:
        """The voice, made the first time it is needed (at ``speed``); None (and a message)
        without one."""
        if self._tts is not None or self._tried:
            return self._tts
        self._tried = True
        if self._unavailable:
            self.message.emit(self._unavailable)
            return None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # Addons without Qt Multimedia's libraries (libpulse0)
            self._set_unavailable(self._install_hint(addons=True))
            self.message.emit(self._unavailable)
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
            return None
        if not self._choose_voice(tts):
            tts.deleteLater()
            self._set_unavailable(self._install_hint())
            self.message.emit(self._unavailable)
            return None
        tts.setRate(speech.rate_for_speed(speed))
        tts.stateChanged.connect(self._state_changed)
        tts.errorOccurred.connect(self._error)
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

    def say(self, text: str) -> None:
        """Say ``text``, after silencing what was being said."""
        tts = self._tts
        assert tts is not None
        self.silence()
        tts.say(text)

    def silence(self) -> None:
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
    def _state_changed(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._await_cancel = False
            return
        if state != QTextToSpeech.State.Ready or self._silencing:
            return
        if self._await_cancel:  # the end of what was stopped, not of what is said now
            self._await_cancel = False
            return
        self.finished.emit()

    @Slot()
    def _error(self) -> None:
        if self._tts is not None:
            self.message.emit(
                self.tr("La voix s’est arrêtée sur une erreur : {0}").format(
                    self._tts.errorString()
                )
            )
        self.failed.emit()

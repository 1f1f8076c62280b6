"""Typed settings over an injected QSettings: every value read back is checked, else defaulted.

A settings file that cannot be read (damaged, or in a folder the reader may not write) is never
overwritten: the reader then runs on defaults and keeps its changes for the session only, so
whatever was in the file can still be recovered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Signal

from reader.core import settings_values as values
from reader.core import speech, text_size
from reader.core.settings_values import ReadingPosition
from reader.core.themes import SYSTEM

_TEXT_SIZE = "display/text_size"
_LARGE_TEXT = "display/large_text"
_LARGE_TEXT_SIZE = "display/large_text_size"
_THEME = "display/theme"
_SPEECH_SPEED = "display/speech_speed"
_EVERY_TERM = "display/underline_every_term"
_READING_ARTICLE = "reading/article"
_READING_SECTION = "reading/section"
_READING_OFFSET = "reading/offset"
_SEAL = "_seal"  # beside each window layout blob, its digest (see settings_values.seal)
# Changes reach the disk this long after the last of them: pressing A+ five times writes the
# file once, not five times (each write costs milliseconds, more on an old disk).
WRITE_DELAY_MS = 1000


def _unreadable(path: Path) -> bool:
    """Whether the file at ``path`` is no settings file QSettings could have written: not a
    regular file (a pipe would make QSettings wait for ever), too large, or damaged bytes."""
    try:
        if not path.exists():
            return False
        if not path.is_file() or path.stat().st_size > values.MAX_FILE_BYTES:
            return True
        return values.looks_damaged(path.read_bytes())
    except OSError:
        return True


class Settings(QObject):
    """The reader's remembered state; tests inject a QSettings on a file in ``tmp_path``."""

    text_size_changed = Signal(int)
    """The article's size in percent, outside Grand texte."""
    large_text_changed = Signal(bool)
    """Whether Grand texte is on."""
    large_text_size_changed = Signal(int)
    """The article's size in percent while Grand texte is on (200 % or more)."""
    theme_changed = Signal(str)
    """The theme chosen: ``systeme``, ``clair``, ``sombre`` or ``contraste``."""
    speech_speed_changed = Signal(float)
    """How fast the article is read aloud: 0.5 to 2 times the voice's normal speed."""
    every_term_changed = Signal(bool)
    """Whether every occurrence of a glossary term is marked, not only the first per section."""

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        # QSettings reports a damaged file only once it has synced, and accepts some garbage
        # as keys: check the bytes too, before anything is ever written back. What is not a
        # settings file at all is not even given to QSettings to read.
        if _unreadable(Path(store.fileName())):
            self._writable = False
        else:
            store.sync()
            self._writable = store.status() == QSettings.Status.NoError
        self._session: dict[str, object] = {}
        # Changes wait here until they stop coming (a second), then go to QSettings in one
        # write: QSettings would write its file at the next turn of the event loop after each.
        self._pending: dict[str, object] = {}
        self._write_later = QTimer(self)
        self._write_later.setSingleShot(True)
        self._write_later.setInterval(WRITE_DELAY_MS)
        self._write_later.timeout.connect(self.sync)

    @property
    def writable(self) -> bool:
        """False when the file could not be read: then nothing is written to it."""
        return self._writable

    def _read(self, key: str) -> object:
        if key in self._session:
            return self._session[key]
        if key in self._pending:
            return self._pending[key]
        return self._store.value(key) if self._writable else None

    def _write(self, key: str, value: object) -> None:
        if self._writable:
            self._pending[key] = value
            self._write_later.start()
        else:
            self._session[key] = value

    def _sealed_bytes(self, key: str) -> QByteArray:
        """A layout blob, given back only when it matches the seal written beside it: Qt's
        restoreState crashes on some damaged blobs, so nothing unchecked reaches it."""
        value = self._read(key)
        blob = bytes(value.data()) if isinstance(value, QByteArray) else None
        return QByteArray(values.sealed_blob(blob, self._read(key + _SEAL)))

    def _write_sealed(self, key: str, value: QByteArray) -> None:
        self._write(key, value)
        self._write(key + _SEAL, values.seal(bytes(value.data())))

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's saved geometry, empty when none was saved or it is unusable."""
        return self._sealed_bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._write_sealed("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """The layout of the panels (docks and toolbars)."""
        return self._sealed_bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._write_sealed("window/state", value)

    # -- display ------------------------------------------------------------------------------

    @property
    def text_size(self) -> int:
        """The article's size in percent outside Grand texte (100 by default)."""
        return values.text_size_value(self._read(_TEXT_SIZE))

    @text_size.setter
    def text_size(self, percent: int) -> None:
        percent = text_size.nearest_step(text_size.clamp(percent))
        if percent != self.text_size:
            self._write(_TEXT_SIZE, percent)
            self.text_size_changed.emit(percent)

    @property
    def large_text(self) -> bool:
        """Whether Grand texte is on (off by default)."""
        return values.bool_value(self._read(_LARGE_TEXT), False)

    @large_text.setter
    def large_text(self, on: bool) -> None:
        if on != self.large_text:
            self._write(_LARGE_TEXT, on)
            self.large_text_changed.emit(on)

    @property
    def large_text_size(self) -> int:
        """The article's size in percent in Grand texte (200 by default, never less)."""
        return values.large_text_size_value(self._read(_LARGE_TEXT_SIZE))

    @large_text_size.setter
    def large_text_size(self, percent: int) -> None:
        minimum = text_size.LARGE_TEXT_MINIMUM
        percent = text_size.nearest_step(text_size.clamp(percent, minimum), minimum)
        if percent != self.large_text_size:
            self._write(_LARGE_TEXT_SIZE, percent)
            self.large_text_size_changed.emit(percent)

    @property
    def theme(self) -> str:
        """The theme chosen (``systeme`` by default)."""
        return values.theme_value(self._read(_THEME))

    @theme.setter
    def theme(self, choice: str) -> None:
        choice = values.theme_value(choice)
        if choice != self.theme:
            self._write(_THEME, choice)
            self.theme_changed.emit(choice)

    @property
    def speech_speed(self) -> float:
        """How fast the article is read aloud (1.0, the voice's own speed, by default)."""
        return values.speech_speed_value(self._read(_SPEECH_SPEED))

    @speech_speed.setter
    def speech_speed(self, speed: float) -> None:
        speed = values.speech_speed_value(speed)
        if speed != self.speech_speed:
            self._write(_SPEECH_SPEED, speed)
            self.speech_speed_changed.emit(speed)

    @property
    def every_term(self) -> bool:
        """Whether « Souligner tous les termes » is on (off by default: a calmer page)."""
        return values.every_term_value(self._read(_EVERY_TERM))

    @every_term.setter
    def every_term(self, on: bool) -> None:
        if on != self.every_term:
            self._write(_EVERY_TERM, on)
            self.every_term_changed.emit(on)

    # -- reading position ---------------------------------------------------------------------

    @property
    def reading_article(self) -> str:
        """The article the reading position belongs to (its path), or an empty string."""
        return values.text_value(self._read(_READING_ARTICLE))

    @property
    def reading_position(self) -> ReadingPosition:
        """Where the reader was in ``reading_article`` (the top by default)."""
        return values.position_value(self._read(_READING_SECTION), self._read(_READING_OFFSET))

    def remember_position(self, article: str, position: ReadingPosition) -> None:
        """Remember where the reader is in an article."""
        if article == self.reading_article and position == self.reading_position:
            return
        self._write(_READING_ARTICLE, article)
        self._write(_READING_SECTION, position.section)
        self._write(_READING_OFFSET, position.offset)

    # -- defaults -----------------------------------------------------------------------------

    def reset_display(self) -> None:
        """Every display setting back to its default."""
        self.large_text = False
        self.text_size = text_size.DEFAULT
        self.large_text_size = text_size.LARGE_TEXT_DEFAULT
        self.theme = SYSTEM
        self.speech_speed = speech.DEFAULT_SPEED
        self.every_term = values.EVERY_TERM_DEFAULT

    def sync(self) -> None:
        """Write pending values now (QSettings writes to a temporary file, then renames it)."""
        self._write_later.stop()
        if self._writable:
            for key, value in self._pending.items():
                self._store.setValue(key, value)
            self._pending.clear()
            self._store.sync()

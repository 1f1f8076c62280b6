"""Typed settings over an injected QSettings: every value read back is checked, else defaulted."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings


class Settings(QObject):
    """The reader's remembered state; tests inject a QSettings on a file in ``tmp_path``."""

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    @property
    def store(self) -> QSettings:
        """The QSettings behind these values (its status tells whether the file could be read)."""
        return self._store

    def _bytes(self, key: str) -> QByteArray:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def window_geometry(self) -> QByteArray:
        """The main window's saved geometry, empty when none was saved or it is unusable."""
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        """The layout of the panels (docks and toolbars)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    def sync(self) -> None:
        """Write pending values now (QSettings writes to a temporary file, then renames it)."""
        self._store.sync()

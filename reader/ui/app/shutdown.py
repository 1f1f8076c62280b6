"""Closing the reader as a person would when the system asks it to stop.

On logout or shutdown the session sends SIGTERM (a terminal, SIGINT or SIGHUP); by default that
kills the process, losing the last second of changes (settings are written a second after the
last one), the reading position and the window layout. Python runs its signal handlers only
between bytecodes, never while Qt's event loop waits, so the signal is also written to a pipe
that Qt watches: the loop wakes, closes every window (which saves what closing saves) and ends.
The session manager's « save your data » request saves the same without closing.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Slot
from PySide6.QtWidgets import QApplication

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _note(_number: int, _frame: FrameType | None) -> None:
    """The Python side of the handler does nothing: the pipe wakes Qt, which does the rest
    (an export being written finishes first, so its temporary file is renamed or removed)."""


class GracefulShutdown(QObject):
    """While installed, a stop signal closes the application's windows and ends its loop."""

    def __init__(self, app: QApplication, save: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._read, self._write = os.pipe()
        os.set_blocking(self._read, False)
        os.set_blocking(self._write, False)
        self._previous_fd = signal.set_wakeup_fd(self._write, warn_on_full_buffer=False)
        self._previous: dict[int, object] = {}
        for number in STOP_SIGNALS:
            if signal.getsignal(number) is not signal.SIG_IGN:  # run with nohup: still ignored
                self._previous[number] = signal.signal(number, _note)
        self._notifier = QSocketNotifier(self._read, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._stop)
        self._save = save
        app.commitDataRequest.connect(self._commit_data)

    @Slot()
    def _stop(self) -> None:
        with contextlib.suppress(BlockingIOError):
            while os.read(self._read, 512):
                pass
        self._app.closeAllWindows()
        self._app.quit()

    @Slot(object)
    def _commit_data(self, _manager: object) -> None:
        self._save()

    def uninstall(self) -> None:
        """Give the signals back their handlers (``main`` may run again in one process)."""
        self._notifier.setEnabled(False)
        self._app.commitDataRequest.disconnect(self._commit_data)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        signal.set_wakeup_fd(self._previous_fd)
        os.close(self._read)
        os.close(self._write)

"""Saying something to screen readers without moving the focus: a count, a new size, a theme.

Qt's own way is ``QAccessibleAnnouncementEvent`` (Qt ≥ 6.8), which newer assistive technology
speaks; Orca 43 (Debian 12) ignores it. What Orca 43 does speak, wherever the focus is, is a
*notification* object that becomes visible (``object:state-changed:showing``). So each window
gets a tiny, invisible notice whose role is Notification, named with the text, for each thing
said (a new object each time: Orca keeps the names of objects it has seen and would say the
old text). Both ways are used: each assistive technology hears the one it knows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_NOTICE_NAME = "screenReaderNotice"
_KEPT = 4


class Notice(QWidget):
    """A one-pixel widget that paints nothing and takes no input: a screen reader's notice."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(parent)
        self.setObjectName(_NOTICE_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, 1, 1)
        self.setAccessibleName(text)
        self.show()  # what Orca 43 speaks


def announce(source: QWidget, text: str) -> None:
    """Tell screen readers ``text`` about ``source``, leaving the focus where it is."""
    if not text:
        return
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))
    window = source.window()
    old = window.findChildren(Notice, _NOTICE_NAME)
    for notice in old:
        notice.hide()
    # The last few stay a while: Orca may still be reading one's name when the next comes.
    for notice in old[:-_KEPT]:
        notice.deleteLater()
    Notice(window, text)


def last_announcement(window: QWidget) -> str:
    """What was last said in ``window`` (empty when nothing was)."""
    notices = [n for n in window.findChildren(Notice, _NOTICE_NAME) if not n.isHidden()]
    return notices[-1].accessibleName() if notices else ""


def notice_interface(obj: QObject) -> QAccessibleInterface | None:
    """The Notification interface of a notice, for the accessibility factory."""
    if isinstance(obj, Notice):
        return QAccessibleWidget(obj, QAccessible.Role.Notification)
    return None

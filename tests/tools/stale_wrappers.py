"""Python wrappers that outlived the Qt layout item they stand for.

Qt deletes layout items (a row's stretch, a widget's place in a layout) without telling PySide6
when Qt made them itself; a wrapper PySide6 made for one then stays registered at a freed
address, and the next object Qt makes there comes back to Python with the wrong type, or the
garbage collector crashes on it. The GUI tests look for such wrappers while their windows live.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem


def _live_item_addresses() -> set[int]:
    """The C++ addresses of every layout item of every widget that exists now."""
    found: set[int] = set()

    def walk(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            found.add(shiboken6.getCppPointer(item)[0])
            inner = item.layout()
            if inner is not None:
                walk(inner)

    for widget in QApplication.allWidgets():
        layout = widget.layout()
        if layout is not None:
            walk(layout)
    return found


def wrappers_of_deleted_items() -> list[str]:
    """The type names of Python wrappers that still claim a layout item Qt no longer has."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    claimed = [
        thing
        for thing in gc.get_objects()
        if isinstance(thing, QLayoutItem)
        and not isinstance(thing, QLayout)
        and shiboken6.isValid(thing)
    ]
    if not claimed:
        return []
    live = _live_item_addresses()
    return [
        type(thing).__name__
        for thing in claimed
        if shiboken6.getCppPointer(thing)[0] not in live
    ]

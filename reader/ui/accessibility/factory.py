"""The accessibility factory: the text's structure, notices, the side tabs, the Sommaire.

Installed before any window is built (Qt keeps the first interface it makes for a widget), but
the module that makes the interfaces, reader.ui.accessibility.text_structure, is only imported
when Qt first asks for one: Qt asks only while an assistive technology listens, so other starts
skip it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

_installed = False


def install_pane_accessibility() -> None:
    """Install the factory once per process, before any window is built."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from reader.ui.accessibility.announcer import notice_interface
    from reader.ui.accessibility.dock_tab_list import tab_list_interface
    from reader.ui.accessibility.section_list import section_list_interface
    from reader.ui.accessibility.text_structure import interface_for

    return (
        notice_interface(obj)
        or tab_list_interface(obj)
        or section_list_interface(obj)
        or interface_for(key, obj)
    )

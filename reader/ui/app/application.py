"""Application-wide set-up shared by ``main`` and the tests: names, language, icon, legible font."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reader.core.bundle import resources_dir
from reader.ui.accessibility.factory import install_pane_accessibility
from reader.ui.app.contrast_style import install_contrast_style
from reader.ui.app.translations import install_translators
from reader.ui.widgets.focus_ring import install_focus_ring

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

APPLICATION_NAME = "lecteur-sante"
ORGANISATION_NAME = "lecteur-sante"
# The desktop entry's name (lecteur-sante.desktop) and the icon's name in the hicolor theme.
DESKTOP_FILE_NAME = "lecteur-sante"
# Window managers draw a window's icon small, and menus and docks take theirs from the desktop
# entry. On X11 every size is converted for _NET_WM_ICON at the first show: all eight PNGs cost
# 4.0 ms of CPU there, these four 1.2 ms (medians of 25 starts under Xvfb).
WINDOW_ICON_SIZES = (16, 32, 48, 64)
# Qt's default interface font (9 pt here) is too small for the people this reader is for.
_INTERFACE_POINT_SIZE = 11


def configure_application(app: QApplication, language: str = "fr") -> str:
    """Name the application, make it speak ``language``, give it a legible font.

    Returns the language installed (French when ``language`` has no translation).
    """
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    language = install_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Lecteur santé"))
    # Wayland compositors find the window's icon and name through its desktop entry.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    # Before any window: Qt caches the first interface it makes for a widget.
    install_pane_accessibility()
    install_focus_ring(app)  # one visible focus indicator for every control
    install_contrast_style(app)  # outlines of controls at 3:1 or more (7:1 in Contraste élevé)
    font = QFont(app.font())
    if font.pointSize() < _INTERFACE_POINT_SIZE:
        font.setPointSize(_INTERFACE_POINT_SIZE)
        app.setFont(font)
    return language


def application_icon() -> QIcon:
    """The reader's icon, from the PNGs the menus use too.

    PNGs rather than the SVG: Qt reads a PNG only when a size is first drawn (each is added with
    its size), and needs no SVG plugin for it. Given to the application after the first paint
    (MainWindow): QIcon's enums cost the start-up and no window manager needs it sooner.
    """
    from PySide6.QtGui import QIcon

    icon = QIcon()
    hicolor = resources_dir() / "icons" / "hicolor"
    for size in WINDOW_ICON_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_FILE_NAME}.png"
        icon.addFile(str(path), QSize(size, size))
    return icon

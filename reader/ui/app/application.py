"""Application-wide set-up shared by ``main`` and the tests: names, language, a legible font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from reader.ui.accessibility.factory import install_pane_accessibility
from reader.ui.app.contrast_style import install_contrast_style
from reader.ui.app.translations import install_translators
from reader.ui.widgets.focus_ring import install_focus_ring

APPLICATION_NAME = "lecteur-sante"
ORGANISATION_NAME = "lecteur-sante"
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
    # Before any window: Qt caches the first interface it makes for a widget.
    install_pane_accessibility()
    install_focus_ring(app)  # one visible focus indicator for every control
    install_contrast_style(app)  # outlines of controls at 3:1 or more (7:1 in Contraste élevé)
    font = QFont(app.font())
    if font.pointSize() < _INTERFACE_POINT_SIZE:
        font.setPointSize(_INTERFACE_POINT_SIZE)
        app.setFont(font)
    return language

"""Application-wide set-up shared by ``main`` and the tests: names, and a legible interface font."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

APPLICATION_NAME = "lecteur-sante"
ORGANISATION_NAME = "lecteur-sante"
# Qt's default interface font (9 pt here) is too small for the people this reader is for.
_INTERFACE_POINT_SIZE = 11


def configure_application(app: QApplication) -> None:
    """Name the application (for QSettings) and give the interface a legible font."""
    app.setApplicationName(APPLICATION_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationDisplayName("Lecteur santé")
    font = QFont(app.font())
    if font.pointSize() < _INTERFACE_POINT_SIZE:
        font.setPointSize(_INTERFACE_POINT_SIZE)
        app.setFont(font)

"""Application-wide set-up shared by ``main`` and the tests: names, and a legible interface font."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
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
    _install_qt_translation(app)


def _install_qt_translation(app: QApplication) -> None:
    """Qt's own dialogs (file chooser, print preview, printer) in French, from the translation
    Qt ships; without it they stay in English, which is no failure."""
    if app.property("qt_translation_installed"):
        return
    translator = QTranslator(app)  # owned by the application: lives as long as it
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(
        QLocale(QLocale.Language.French, QLocale.Country.France), "qtbase", "_", folder
    ):
        app.installTranslator(translator)
        app.setProperty("qt_translation_installed", True)

"""The interface's translations: Qt Linguist ``.ts`` files read as they are, and Qt's own French.

No compiled ``.qm`` file is needed: a small QTranslator reads the committed XML source, so a
translation is one text file to edit, and the build stays a plain hatchling build.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.core.bundle import resources_dir
from reader.core.languages import (
    SOURCE_LANGUAGE,
    available_languages,
    choose_language,
    read_ts,
)

__all__ = ["TsTranslator", "install_translators", "pick_language", "read_ts", "translations_dir"]

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the ``reader_<code>.ts`` files are."""
    return resources_dir() / "translations"


class TsTranslator(QTranslator):
    """A translator that reads a Qt Linguist ``.ts`` file instead of a compiled ``.qm``."""

    def __init__(self, path: Path, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._table = read_ts(path)
        self._language = path.stem.removeprefix("reader_")

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """The translation, else the source text itself.

        Qt takes any non-null answer as final, and an empty str would blank every string this
        file does not hold (Qt's own key names too); None (a null QString) is what PySide 6.12
        mishandles. So this translator answers with the source, and must be installed before
        Qt's own translator, which Qt then asks first.
        """
        return self._table.get((context, sourceText), sourceText)

    def isEmpty(self) -> bool:
        return not self._table

    def language(self) -> str:
        return self._language


def pick_language(requested: str | None = None) -> str:
    """``--lang`` if given, else the system's language when offered, else French."""
    return choose_language(
        requested, QLocale.system().name(), available_languages(translations_dir())
    )


def install_translators(app: QCoreApplication, language: str) -> str:
    """Make the interface speak ``language`` (replacing any earlier choice); returns it."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in available_languages(translations_dir()):
        language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        _installed.append(TsTranslator(translations_dir() / f"reader_{language}.ts", app))
    # Qt's own strings (standard buttons, key names, context menus) in the same language;
    # Qt's source strings are English, so English needs none.
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return language


def interface_language() -> str:
    """The language the interface speaks now (``fr``, ``en``…): reading aloud picks its voice."""
    for translator in _installed:
        if isinstance(translator, TsTranslator):
            return translator.language()
    return SOURCE_LANGUAGE

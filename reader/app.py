"""The ``reader`` command: open the bundled article, or another one, in the reader's window."""

from __future__ import annotations

import argparse
import linecache
import os
import sys
from pathlib import Path
from typing import NoReturn

from reader.core.bundle import bundled_article, resources_dir
from reader.core.display_check import has_display
from reader.core.document import Document
from reader.core.languages import (
    SOURCE_LANGUAGE,
    available_languages,
    choose_language,
    environment_locale,
    read_ts,
    requested_language,
)
from reader.core.problems import ContentError, Problem
from reader.core.render_cache import cache_folder, open_document_cached


class _Words:
    """The command line's words in the interface's language, from the same ``.ts`` files as the
    window (read without Qt, so ``--help`` answers at once)."""

    def __init__(self, language: str) -> None:
        self.language = language
        path = resources_dir() / "translations" / f"reader_{language}.ts"
        self._table = read_ts(path) if language != SOURCE_LANGUAGE and path.exists() else {}

    def translate(self, context: str, text: str) -> str:
        return self._table.get((context, text), text)


def _formatter(usage_prefix: str, before_colon: str) -> type[argparse.HelpFormatter]:
    """argparse's formatter with the usage line's word, and French spacing before a heading's
    colon (« options : »)."""

    class _HelpFormatter(argparse.HelpFormatter):
        def start_section(self, heading: str | None) -> None:
            super().start_section(f"{heading}{before_colon}" if heading else heading)

        def add_usage(self, usage: str | None, actions, groups, prefix: str | None = None) -> None:  # type: ignore[no-untyped-def]
            super().add_usage(usage, actions, groups, prefix or usage_prefix)

    return _HelpFormatter


class _Parser(argparse.ArgumentParser):
    """argparse, with its own words (« error: ») in the interface's language too."""

    def __init__(self, words: _Words, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._words = words

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(
            2,
            self._words.translate("CommandLine", "{0}\u00a0: erreur\u00a0: {1}\n").format(
                self.prog, message
            ),
        )


def _parser(words: _Words) -> argparse.ArgumentParser:

    parser = _Parser(
        words,
        prog="reader",
        description=words.translate(
            "CommandLine",
            "Lecteur hors ligne d’articles de santé. Sans argument, ouvre l’article fourni "
            "«\u00a0Le cancer peut-il être guéri après métastase\u202f?\u00a0».",
        ),
        epilog=words.translate(
            "CommandLine",
            "Un autre article\u00a0: un fichier Markdown (.md). S’il a un glossary.toml à côté "
            "de lui, c’est son glossaire\u202f; un fichier <nom>.toml à côté de lui donne ses "
            "métadonnées.",
        ),
        formatter_class=_formatter(
            words.translate("CommandLine", "Utilisation\u00a0: "),
            "\u00a0" if words.language == SOURCE_LANGUAGE else "",
        ),
        add_help=False,
    )
    # argparse's own group titles are English: these groups carry ours.
    arguments = parser.add_argument_group(words.translate("CommandLine", "arguments"))
    options = parser.add_argument_group(words.translate("CommandLine", "options"))
    options.add_argument(
        "-h",
        "--help",
        action="help",
        help=words.translate("CommandLine", "affiche cette aide et quitte"),
    )
    arguments.add_argument(
        "path",
        nargs="?",
        type=Path,
        metavar=words.translate("CommandLine", "CHEMIN"),
        help=words.translate("CommandLine", "article Markdown à ouvrir"),
    )
    languages = available_languages(resources_dir() / "translations")
    options.add_argument(
        "--lang",
        choices=languages,
        metavar=words.translate("CommandLine", "LANGUE"),
        help=words.translate(
            "CommandLine",
            "langue de l’interface ({0})\u202f; par défaut celle du système si elle est "
            "proposée, sinon le français",
        ).format(", ".join(languages)),
    )
    options.add_argument(
        "--settings",
        type=Path,
        metavar=words.translate("CommandLine", "FICHIER"),
        help=words.translate(
            "CommandLine", "fichier de réglages à utiliser (par défaut, celui de l’utilisateur)"
        ),
    )
    return parser


def argument_parser(language: str = SOURCE_LANGUAGE) -> argparse.ArgumentParser:
    """The command line's parser, its help and errors in ``language``."""
    return _parser(_Words(language))


def _language(argv: list[str]) -> str:
    """The language of the help and messages: ``--lang``, else the environment's, else French."""
    return choose_language(
        requested_language(argv),
        environment_locale(os.environ),
        available_languages(resources_dir() / "translations"),
    )


def usual_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The usual command lines (nothing, an article, ``--settings FILE``), read as the parser
    would read them, without building it: its set-up (the locale module, gettext looking for
    catalogues for each of its messages) costs about 1 % of a start. Anything else (``--lang``,
    ``--help``, options glued to values, a mistake) goes to the parser, which says what is
    wrong."""
    path: Path | None = None
    settings: Path | None = None
    words = iter(argv)
    for word in words:
        if word == "--settings" and settings is None:
            value = next(words, "")
            if not value or value.startswith("-"):
                return None
            settings = Path(value)
        elif word and not word.startswith("-") and path is None:
            path = Path(word)
        else:
            return None
    return argparse.Namespace(path=path, lang=None, settings=settings)


def _report(problem: Problem | str) -> None:
    """One line on stderr for each problem, for whoever launched the reader."""
    print(f"reader: {problem}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Open the window and run the event loop; reuses a QApplication that already exists."""
    arguments = sys.argv[1:] if argv is None else argv
    words = _Words(_language(arguments))
    try:
        args = usual_arguments(arguments) or _parser(words).parse_args(arguments)
    except SystemExit as stop:  # --help, or unusable arguments (argparse said why)
        return int(stop.code or 0)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if not has_display(os.environ, sys.platform):
            _report(
                words.translate(
                    "CommandLine",
                    "aucun écran graphique (ni DISPLAY ni WAYLAND_DISPLAY)\u00a0: lancez le "
                    "lecteur depuis une session de bureau.",
                )
            )
            return 2
        app = QApplication([sys.argv[0] if sys.argv else "reader"])
    from reader.ui.app.application import APPLICATION_NAME, ORGANISATION_NAME, configure_application
    from reader.ui.app.translations import pick_language

    configure_application(app, pick_language(args.lang))

    path: Path = args.path if args.path is not None else bundled_article()
    try:
        document: Document = open_document_cached(path, cache_folder())
    except ContentError as error:
        _report(error.problem)
        from PySide6.QtWidgets import QMessageBox  # only when the article cannot be opened

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("main", "Impossible d’ouvrir l’article"),
            QCoreApplication.translate("main", "L’article n’a pas pu être ouvert.")
            + f"\n\n{error.problem}",
            QMessageBox.StandardButton.Close,
        )
        box.button(QMessageBox.StandardButton.Close).setText(
            QCoreApplication.translate("main", "Fermer")
        )
        box.exec()
        return 2
    for problem in document.problems:
        _report(problem)

    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    # PySide6's import hook reads the source of every module imported after PySide6 (looking
    # for its optional __feature__ syntax) and linecache keeps it all: about 2 MiB by now. The
    # window's modules are all in; the sources go before the window is built (peak -2 MiB).
    linecache.clearcache()

    if args.settings is not None:
        store = QSettings(str(args.settings), QSettings.Format.IniFormat)
    else:
        store = QSettings(
            QSettings.Format.IniFormat,
            QSettings.Scope.UserScope,
            ORGANISATION_NAME,
            APPLICATION_NAME,
        )
    window = MainWindow(document, Settings(store))
    window.show()
    if os.environ.get("LECTEUR_SANTE_FIRST_PAINT_EXIT") == "1":  # installers' and tests' check
        from reader.ui.app.first_paint_report import report_then_quit

        report_then_quit(window, window.pane)
    from reader.ui.app.shutdown import GracefulShutdown

    shutdown = GracefulShutdown(app, window.remember_state)
    try:
        status = app.exec()
    finally:
        shutdown.uninstall()
    window.deleteLater()
    return status

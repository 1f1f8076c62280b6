"""The ``reader`` command: open the bundled article, or another one, in the reader's window."""

from __future__ import annotations

import argparse
import linecache
import sys
from pathlib import Path

from reader.core.bundle import bundled_article, resources_dir
from reader.core.document import Document
from reader.core.languages import available_languages
from reader.core.problems import ContentError, Problem
from reader.core.render_cache import cache_folder, open_document_cached


class _FrenchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions, groups, prefix: str | None = None) -> None:  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, prefix or "Utilisation : ")


def argument_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description=(
            "Lecteur hors ligne d’articles de santé. Sans argument, ouvre l’article fourni "
            "« Le cancer peut-il être guéri après métastase ? »."
        ),
        epilog=(
            "Un autre article : un fichier Markdown (.md). S’il a un glossary.toml à côté de lui, "
            "c’est son glossaire ; un fichier <nom>.toml à côté de lui donne ses métadonnées."
        ),
        formatter_class=_FrenchHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="affiche cette aide et quitte")
    parser.add_argument(
        "path", nargs="?", type=Path, metavar="CHEMIN", help="article Markdown à ouvrir"
    )
    languages = available_languages(resources_dir() / "translations")
    parser.add_argument(
        "--lang",
        choices=languages,
        metavar="LANGUE",
        help=(
            f"langue de l’interface ({', '.join(languages)}) ; par défaut celle du système "
            "si elle est proposée, sinon le français"
        ),
    )
    parser.add_argument(
        "--settings",
        type=Path,
        metavar="FICHIER",
        help="fichier de réglages à utiliser (par défaut, celui de l’utilisateur)",
    )
    return parser


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
    words = sys.argv[1:] if argv is None else argv
    try:
        args = usual_arguments(words) or argument_parser().parse_args(words)
    except SystemExit as stop:  # --help, or unusable arguments (argparse said why)
        return int(stop.code or 0)

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
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
    status = app.exec()
    window.deleteLater()
    return status

"""Start-up builds only what the first paint shows: the cheap invariants behind a fast start.

How fast is measured by tests/benchmarks/startup.py, never here; these tests check what is loaded
and built before the article is first painted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.ui.app.settings import Settings
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Whatever the first paint does not need: printing, Markdown and TOML (the render cache has the
# article), the glossary's and search's widgets, the screen-reader structure.
NOT_AT_FIRST_PAINT = [
    "PySide6.QtPrintSupport",
    "reader.ui.printing.handout_printer",
    "markdown",
    "tomllib",
    "reader.core.glossary.loader",
    "reader.ui.widgets.glossary_panel",
    "reader.ui.widgets.glossary_popup",
    "reader.ui.widgets.search_bar",
    "reader.ui.widgets.search_results",
    "reader.ui.widgets.match_highlighter",
    "reader.ui.accessibility.text_structure",
    "xml.etree.ElementTree",
    # Issue 20: the frozen records of the start path compile nothing, and the usual command
    # lines are read without argparse's set-up (which imports locale for gettext).
    "dataclasses",
    "locale",
]

# Qt classes whose Python enums PySide6 would build at start for nothing the first paint shows:
# QIcon and QGradient (tried first when resolving QAction(text, parent), QPushButton(text,
# parent) and QPainter.fillRect) and QUrl (a slot's signature). Each costs start-up time
# (issue 20). (QMessageBox, imported only for an article that cannot be opened, cannot be
# checked here: the probe's own event filter makes PySide6 build every QtWidgets class.)
NO_ENUMS_AT_FIRST_PAINT = ["QIcon", "QGradient", "QUrl"]

# Runs the real ``main`` in a fresh interpreter and prints the modules loaded at the first paint
# of the article.
_PROBE = r"""
import enum, gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

class FirstPaint(QObject):
    modules = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.modules is None:
            parent = watched.parent()
            if isinstance(parent, QTextBrowser) and parent.document().characterCount() > 1000:
                self.modules = sorted(sys.modules)
                self.enums = sorted(
                    e.__qualname__
                    for e in gc.get_objects()
                    if isinstance(e, enum.EnumType) and e.__module__.startswith("PySide6")
                )
                QTimer.singleShot(0, QApplication.instance().quit)
        return False

app = QApplication(sys.argv[:1])
probe = FirstPaint()
app.installEventFilter(probe)
from reader.app import main
main(["--settings", sys.argv[1]])
print(json.dumps({"modules": probe.modules, "enums": probe.enums}))
"""


def test_importing_the_reader_loads_neither_print_support_nor_markdown() -> None:
    code = (
        "import sys, reader.app, reader.ui.app.application, reader.ui.main_window; "
        f"print(sorted(m for m in sys.modules if m in {NOT_AT_FIRST_PAINT!r}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


class _FirstPaintWitness(QObject):
    """Notes, at the pane's first paint, whether the window's later parts exist yet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.seen: dict[str, object] | None = None
        window.pane.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            window = self._window
            self.seen = {
                "complete": window.is_complete,
                "glossary dock": window.glossary.dock.widget(),
                "results dock": window.search.results_dock.widget(),
                "text": window.pane.toPlainText()[:9],
            }
        return False


def test_the_article_is_painted_before_the_panels_are_built(
    qtbot: QtBot, settings_file: Path
) -> None:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(open_document(bundled_article()), settings)
    qtbot.addWidget(window)
    witness = _FirstPaintWitness(window)
    window.show()
    qtbot.waitUntil(lambda: witness.seen is not None)
    assert witness.seen == {
        "complete": False,
        "glossary dock": None,
        "results dock": None,
        "text": "Le cancer",
    }
    # Just after, without being asked: the panels are in their docks, the glossary loaded.
    qtbot.waitUntil(lambda: window.is_complete)
    panel = window.glossary.panel
    assert window.glossary.dock.widget() is panel
    assert window.search.results_dock.widget() is window.search.search_results
    assert window.glossary.panel.visible_entry_ids()


def test_asking_for_a_later_part_builds_it_at_once(qtbot: QtBot, settings_file: Path) -> None:
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(open_document(bundled_article()), settings)
    qtbot.addWidget(window)
    assert not window.is_complete  # never shown, so never painted
    bar = window.search.search_bar
    assert isinstance(bar, QWidget) and bar.parentWidget() is not None
    assert bar.parentWidget() is window.pane.parentWidget()  # under the text, in its column
    panel = window.glossary.panel
    assert window.glossary.dock.widget() is panel


def _loaded_at_first_paint(tmp_path: Path) -> dict[str, list[str]]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    assert "reader.ui.main_window" in loaded["modules"]  # the probe saw the reader's first paint
    return loaded


def _modules_at_first_paint(tmp_path: Path) -> set[str]:
    return set(_loaded_at_first_paint(tmp_path)["modules"])


def test_a_second_start_paints_without_markdown_printing_or_panels(tmp_path: Path) -> None:
    first = _modules_at_first_paint(tmp_path)
    assert {"markdown", "tomllib"} <= first  # nothing cached yet: the article was rendered
    second = _modules_at_first_paint(tmp_path)
    assert sorted(second & set(NOT_AT_FIRST_PAINT)) == []


def test_a_start_builds_no_enums_of_qt_classes_the_first_paint_does_not_use(
    tmp_path: Path,
) -> None:
    _modules_at_first_paint(tmp_path)  # the first start renders the article and fills the cache
    enums = _loaded_at_first_paint(tmp_path)["enums"]
    assert "Qt.Key" in enums  # the probe did see PySide6's enums
    built = sorted({name.split(".")[0] for name in enums} & set(NO_ENUMS_AT_FIRST_PAINT))
    assert built == []

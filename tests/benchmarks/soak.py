"""Soak: thousands of searches, zoom steps and glossary popups in one window, offscreen.

Run with ``python -m tests.benchmarks.soak [ITERATIONS]`` (10,000 by default). Each iteration
is one of: a search (the query typed into the bar, run at once, a step to the next match), a
text size step (up, then down), or a glossary term clicked and its definition closed with
Escape, in turn. After a warm-up of a tenth of the iterations, resident memory (RSS, from
/proc/self/statm) must grow by less than 5 % by the end, and nothing may raise.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MAX_GROWTH = 0.05
QUERIES = ["metastase", "traitement", "cancer", "immunotherapie", "guerison", "e", "zzz", ""]


def rss_bytes() -> int:
    """Resident set size of this process, from /proc/self/statm (pages)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main() -> int:
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    import tempfile

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.bundle import bundled_article
    from reader.core.document import open_document
    from reader.ui.app.application import configure_application
    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    app = QApplication([])
    configure_application(app)
    folder = tempfile.TemporaryDirectory(prefix="soak-")
    store = QSettings(str(Path(folder.name) / "soak.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_document(bundled_article()), Settings(store))
    window.show()
    QTest.qWaitForWindowExposed(window)
    pane, bar, popup = window.pane, window.search.search_bar, window.glossary.popup

    # Just after the first letter of each glossary term (its middle may be where it wraps).
    terms: list[int] = []
    block = pane.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref().startswith("terme:"):
                terms.append(fragment.position() + 1)
            fragments += 1
        block = block.next()

    def search(turn: int) -> None:
        if not bar.is_active:
            bar.open()
        bar.field.setText(QUERIES[turn % len(QUERIES)])
        bar.flush()
        window.search.find_next_action.trigger()

    def zoom(turn: int) -> None:
        (window.display.zoom_in if turn % 2 == 0 else window.display.zoom_out)()

    def definition(turn: int) -> None:
        if bar.is_active:
            window.search.close_search_action.trigger()
        cursor = pane.textCursor()
        cursor.setPosition(terms[turn % len(terms)])
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()
        QTest.mouseClick(
            pane.viewport(), Qt.MouseButton.LeftButton, pos=pane.cursorRect(cursor).center()
        )
        if not popup.isVisible():
            raise RuntimeError(f"la définition ne s’est pas ouverte (tour {turn})")
        QTest.keyClick(popup.body, Qt.Key.Key_Escape)
        if popup.isVisible():
            raise RuntimeError(f"la définition ne s’est pas fermée (tour {turn})")

    kinds = (search, zoom, definition)
    warm_up = max(1, iterations // 10)
    warm_rss = 0
    started = time.perf_counter()
    warm_time = started
    for iteration in range(iterations):
        kinds[iteration % 3](iteration // 3)
        # As the event loop does between two things the reader does (processEvents alone
        # leaves deleteLater's work undone, which would look like a leak).
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if iteration + 1 == warm_up:
            QTest.qWait(50)  # deleteLater and timers run
            gc.collect()
            warm_rss, warm_time = rss_bytes(), time.perf_counter()
    QTest.qWait(50)
    gc.collect()
    end_rss = rss_bytes()
    elapsed = time.perf_counter() - started
    growth = (end_rss - warm_rss) / warm_rss
    per_iteration = (time.perf_counter() - warm_time) / max(1, iterations - warm_up) * 1000
    print(
        f"{iterations} iterations ({iterations // 3} searches, {iterations // 3} zoom steps, "
        f"{iterations // 3} definitions) in {elapsed:.1f} s, {per_iteration:.1f} ms each after "
        f"warm-up; RSS {warm_rss / 2**20:.1f} MiB after {warm_up} (warm-up), "
        f"{end_rss / 2**20:.1f} MiB at the end: {growth * 100:+.2f} %"
    )
    window.close()
    folder.cleanup()
    if growth >= MAX_GROWTH:
        print(f"MEMORY GROWS: {growth * 100:.2f} % ≥ {MAX_GROWTH * 100:.0f} % after warm-up")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long a keystroke in the search field takes to update the highlights and the count.

Run: ``python -m tests.benchmarks.search_keystroke`` (headless; not collected by pytest).

Each word is typed a letter at a time in the real window; each keystroke sets the field's text
and runs the debounced search at once (the 100 ms pause is the reader's, not the reader's
wait). Measured on the bundled article and on one 100 times larger, generated in a temporary
folder (the article's sections repeated with numbered headings). Also shown: the time until
the window has painted and the results list is filled, and a step with F3.

Targets: median ≤ 5 ms on the article, ≤ 16 ms on the article ×100.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from reader.core.bundle import bundled_article
from reader.core.document import open_document
from reader.ui.app.application import configure_application
from reader.ui.app.settings import Settings
from reader.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

WORDS = ["metastase", "traitement", "qualite de vie", "immunotherapie", "chimio", "guerison"]
COPIES = 100
TARGETS_MS = {"article": 5.0, f"article ×{COPIES}": 16.0}


def make_large_article(folder: Path, copies: int = COPIES) -> Path:
    """The bundled article's sections repeated ``copies`` times, each heading numbered."""
    lines = bundled_article().read_text(encoding="utf-8").splitlines()
    title, body = lines[0], lines[1:]
    parts = [title, ""]
    for number in range(1, copies + 1):
        for line in body:
            parts.append(f"{line} ({number})" if line.startswith("## ") else line)
    path = folder / "article-x100.md"
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return path


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure(app: QApplication, article: Path, settings_dir: Path, label: str) -> bool:
    store = QSettings(str(settings_dir / f"{label}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_document(article), Settings(store))
    window.resize(1100, 780)
    window.show()
    app.processEvents()
    bar = window.search.search_bar
    opening = timed(window.search.find_action.trigger)  # folds the text once, ahead of typing
    app.processEvents()

    keystrokes: list[float] = []
    drawn: list[float] = []
    steps: list[float] = []
    counts: dict[str, str] = {}
    for word in WORDS:
        bar.field.setText("")
        bar.flush()
        app.processEvents()
        for end in range(1, len(word) + 1):

            def keystroke(prefix: str = word[:end]) -> None:
                bar.field.setText(prefix)
                bar.flush()

            def settle() -> None:
                app.processEvents()
                window.search.search_results.flush()
                app.processEvents()

            keystrokes.append(timed(keystroke))
            drawn.append(keystrokes[-1] + timed(settle))
        counts[word] = bar.count_text
        for _ in range(5):
            steps.append(timed(window.search.find_next_action.trigger))
            app.processEvents()

    median = statistics.median(keystrokes)
    target = TARGETS_MS[label]
    print(f"\n{label}: {len(window.pane.toPlainText()):,} characters, {len(keystrokes)} keystrokes")
    print(f"  opening the bar (folds the text once): {opening:.1f} ms")
    print(
        f"  keystroke → highlights and count: median {median:.2f} ms, "
        f"95th percentile {percentile(keystrokes, 0.95):.2f} ms, "
        f"worst {max(keystrokes):.2f} ms (target: median ≤ {target:g} ms)"
    )
    print(
        f"  keystroke → painted, results listed: median {statistics.median(drawn):.2f} ms, "
        f"95th percentile {percentile(drawn, 0.95):.2f} ms"
    )
    print(
        f"  F3 (next match): median {statistics.median(steps):.2f} ms, "
        f"95th percentile {percentile(steps, 0.95):.2f} ms"
    )
    print("  counts: " + "; ".join(f"{word} {count}" for word, count in counts.items()))
    window.close()
    return median <= target


def main() -> int:
    app = QApplication([])
    configure_application(app)
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        ok = measure(app, bundled_article(), here, "article")
        ok = measure(app, make_large_article(here), here, f"article ×{COPIES}") and ok
    print("\nall targets met" if ok else "\nTARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""How long « Exporter en PDF » takes on the bundled article (whole and one section).

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.print_export``. Exits 1 when the
median export of the whole article (handout, glossary, layout, pages, file) exceeds 1 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

LIMIT_SECONDS = 1.0
ROUNDS = 7


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.core.bundle import bundled_article
    from reader.core.document import open_document
    from reader.ui.app.application import configure_application
    from reader.ui.app.settings import Settings
    from reader.ui.main_window import MainWindow

    app = QApplication([])
    configure_application(app)
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(open_document(bundled_article()), Settings(store))
        window.show()
        app.processEvents()
        window.pane.scroll_to_section(3)
        medians = {}
        for scope in ("article", "section"):
            times = []
            for _ in range(ROUNDS):
                start = time.perf_counter()
                assert window.printing.export_pdf(Path(folder) / f"{scope}.pdf", scope)  # type: ignore[arg-type]
                times.append(time.perf_counter() - start)
            medians[scope] = statistics.median(times)
            print(f"{scope}: median {medians[scope] * 1000:.0f} ms over {ROUNDS} exports")
        window.close()
    return 0 if medians["article"] <= LIMIT_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

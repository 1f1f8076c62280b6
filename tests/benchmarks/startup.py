"""Start-up benchmark: the reader against a bare Qt window showing the same article, side by side.

Run: ``python -m tests.benchmarks.startup [--runs 10] [--xvfb] [--cold] [--compare CHECKOUT]``.
``--cold`` drops the page cache before every run (root only). Each run is a whole new process; the
programs alternate, in a new order each round, so that the noise falls on all. For each run it
records the time from process start to the first paint of the text pane with the article in it, and
the peak resident memory (from wait4's rusage). It prints medians, min–max and the ratios
reader/floor. Targets (issue 6): both ratios ≤ 1.15. A third program, the floor after touching
PySide6's ``Qt`` namespace, measures the part of the gap no window with docks or shortcuts can
avoid: issue 20's target is reader ≤ 1.15 × floor+Qt. ``--compare`` adds another checkout's reader
(``git worktree add /tmp/before REV``) to the same alternation, for a before/after in one run.

A fourth program, ``search``, is the reader again, with a reader in a hurry: at the first paint it
presses Ctrl+F and types « m », and notes when the search field has the keyboard and shows the
« m » (issue 20: work moved out of start-up must not delay the first interaction). It reports the
time from process start to that moment, and from the first paint to it. A fifth, ``term``, clicks
the first glossary term at the first paint and notes when its definition box is on screen.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The first paint: an application-wide event filter that notes the first Paint of a QTextBrowser
# viewport whose document holds the article's text, prints the wall clock time, stops watching
# and, in the next turn of the event loop, runs ``{then}``. Each program fills in its imports
# before it: the floor's stay minimal, as they are measured too.
_FIRST_PAINT = r"""
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            parent = obj.parent()
            if isinstance(parent, QTextBrowser) and parent.document().characterCount() > 1000:
                print(f"PAINT {{time.time():.6f}}", flush=True)
                QApplication.instance().removeEventFilter(self)
                QTimer.singleShot(0, {then})
        return False

app = QApplication.instance() or QApplication(sys.argv[:1])
_probe = _FirstPaint()
app.installEventFilter(_probe)
"""

# The probe of the floors and the reader: it quits at the first paint.
_PROBE = (
    r"""
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser
"""
    + _FIRST_PAINT.format(then="QApplication.instance().quit")
)

FLOOR = (
    _PROBE
    + r"""
from PySide6.QtWidgets import QMainWindow, QTreeWidget, QTreeWidgetItem, QSplitter
html = open(sys.argv[1], encoding="utf-8").read()
window = QMainWindow()
split = QSplitter()
tree = QTreeWidget()
tree.addTopLevelItem(QTreeWidgetItem(["Le cancer peut-il être guéri après métastase ?"]))
pane = QTextBrowser()
pane.setHtml(html)
split.addWidget(tree)
split.addWidget(pane)
window.setCentralWidget(split)
window.resize(1100, 780)
window.show()
app.exec()
"""
)

# The same bare window, after one look at PySide6's ``Qt`` namespace, as any window with docks,
# keyboard shortcuts or alignments must: PySide6 then builds the namespace's 93 enum classes
# (Python enums, built on first use). It shows what that alone costs against the floor.
FLOOR_QT = FLOOR.replace("html = open(", "from PySide6.QtCore import Qt\nQt.Key\nhtml = open(", 1)

# The reader in a hurry: at the first paint, ``act(pane)`` does what a person would at once,
# and READY is printed when ``_ready_when``'s condition holds (checked at each turn of the
# event loop). Keys and clicks go through QTest, as a keyboard's or mouse's would (shortcut map,
# focus widget).
_AT_PAINT = (
    r"""
import sys, time
from PySide6.QtCore import QObject, QEvent, QTimer, Qt
from PySide6.QtWidgets import QApplication, QTextBrowser
from PySide6.QtTest import QTest

def _ready_when(done):
    if done():
        print(f"READY {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
    else:
        QTimer.singleShot(0, lambda: _ready_when(done))
"""
    + _FIRST_PAINT.format(then="lambda: act(parent)")
)

# Ctrl+F, then « m » once a search field has the keyboard; READY when it shows the « m ».
_SEARCH_ACT = r"""
from PySide6.QtWidgets import QLineEdit

def _typed():
    field = QApplication.focusWidget()
    if not isinstance(field, QLineEdit):
        return False
    QTest.keyClick(field, Qt.Key.Key_M)
    return field.text().endswith("m")

def act(pane):
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    _ready_when(_typed)
"""

# A click on the first glossary term, at the middle of its first letter; READY when its
# definition box is on screen (issue 20: the glossary is built after the first paint, and a
# reader who clicks at once must not wait for it).
_TERM_ACT = r"""
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame

def _first_term(pane):
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref().startswith("terme:"):
                return fragment.position()
            it += 1
        block = block.next()
    raise SystemExit("no term in the article")

def _definition_shown():
    return any(
        box.isVisible()
        for widget in QApplication.topLevelWidgets()
        for box in widget.findChildren(QFrame, "glossaryPopup")
    )

def act(pane):
    cursor = QTextCursor(pane.document())
    cursor.setPosition(_first_term(pane) + 1)
    point = pane.cursorRect(cursor).center()
    point.setX(point.x() - 2)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), point)
    _ready_when(_definition_shown)
"""

# As the ``reader`` command starts: its Qt-free core is imported before PySide6 (main imports Qt).
_MAIN = 'main(["--settings", sys.argv[1]])\n'
READER = "from reader.app import main\n" + _PROBE + _MAIN
SEARCH = "from reader.app import main\n" + _AT_PAINT + _SEARCH_ACT + _MAIN
TERM = "from reader.app import main\n" + _AT_PAINT + _TERM_ACT + _MAIN


def _run(
    code: str, argument: str, env: dict[str, str], root: Path = ROOT, mark: str = "PAINT"
) -> tuple[float, float, float, float]:
    """One whole process: (ms from spawn to ``mark`` (the first paint, or READY for the search
    program), peak RSS in MiB, CPU ms to exit, ms from the first paint to ``mark``)."""
    start = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", code, argument],
        cwd=root,
        env={**env, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    painted = [line for line in output.splitlines() if line.startswith(f"{mark} ")]
    if not painted:
        raise RuntimeError(f"no {mark} seen (exit {process.returncode}): {output!r}")
    elapsed = (float(painted[0].split()[1]) - start) * 1000
    paint = next(
        float(line.split()[1]) for line in output.splitlines() if line.startswith("PAINT ")
    )
    since_paint = (float(painted[0].split()[1]) - paint) * 1000
    return elapsed, usage.ru_maxrss / 1024, (usage.ru_utime + usage.ru_stime) * 1000, since_paint


def _drop_page_cache() -> None:
    """Forget every file read so far, as a computer switched on in the morning has (root only)."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError as error:
        sys.exit(f"--cold needs root to drop the page cache: {error}")


def _article_html() -> str:
    from reader.core.bundle import bundled_article
    from reader.core.document import open_document

    return open_document(bundled_article()).rendered.html


def _mark_of(program: str) -> str:
    """What a program prints when it has done what is timed."""
    return "READY" if program.endswith(("search", "term")) else "PAINT"


def _summary(label: str, values: list[float], unit: str) -> str:
    return (
        f"{label:<15} median {statistics.median(values):8.1f} {unit}"
        f"   min–max {min(values):.1f}–{max(values):.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--xvfb", action="store_true", help="run under Xvfb instead of offscreen")
    parser.add_argument(
        "--cold",
        action="store_true",
        help="drop the page cache before every run (as root): a computer's first start",
    )
    parser.add_argument(
        "--compare", type=Path, metavar="CHECKOUT", help="another checkout's reader, run alongside"
    )
    args = parser.parse_args()

    env = dict(os.environ)
    xvfb = None
    if args.xvfb:
        if shutil.which("Xvfb") is None:
            sys.exit("Xvfb is not installed (apt-get install xvfb)")
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
        time.sleep(0.5)
        env.update(DISPLAY=":97", QT_QPA_PLATFORM="xcb")
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"

    try:
        with tempfile.TemporaryDirectory() as folder:
            # Compiled once, as an installed program is (pip writes the bytecode): without this,
            # PYTHONDONTWRITEBYTECODE would make the reader compile its own modules on every run,
            # a cost the floor, made of one script, does not have.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
            # The reader's own caches (rendered article) start empty, like on a new computer;
            # the warm-up run fills them, like the first start after installing.
            env["XDG_CACHE_HOME"] = str(Path(folder) / "cache")
            html = Path(folder) / "article.html"
            html.write_text(_article_html(), encoding="utf-8")
            settings = str(Path(folder) / "settings.ini")
            # One warm-up run of each, not counted (file caches, font caches).
            programs = [
                ("floor", FLOOR, str(html), ROOT),
                ("floor+Qt", FLOOR_QT, str(html), ROOT),
                ("reader", READER, settings, ROOT),
            ]
            if args.compare is not None:
                other = str(Path(folder) / "other.ini")
                programs.append(("compared", READER, other, args.compare.resolve()))
            programs.append(("search", SEARCH, str(Path(folder) / "search.ini"), ROOT))
            programs.append(("term", TERM, str(Path(folder) / "term.ini"), ROOT))
            if args.compare is not None:
                other = str(Path(folder) / "other-search.ini")
                programs.append(("compared search", SEARCH, other, args.compare.resolve()))
            for _name, code, argument, root in programs:
                _run(code, argument, env, root, _mark_of(_name))
            times: dict[str, list[float]] = {name: [] for name, *_ in programs}
            memory: dict[str, list[float]] = {name: [] for name, *_ in programs}
            cpu: dict[str, list[float]] = {name: [] for name, *_ in programs}
            after_paint: dict[str, list[float]] = {name: [] for name, *_ in programs}
            # A new order each round: in a fixed one, the program after another paid for it
            # (the reader, right after floor+Qt, measured 10 % slower than the same code later
            # in the round).
            shuffler = random.Random(20)
            for _ in range(args.runs):
                for name, code, argument, root in shuffler.sample(programs, len(programs)):
                    if args.cold:
                        _drop_page_cache()
                    elapsed, peak, used, since = _run(code, argument, env, root, _mark_of(name))
                    after_paint[name].append(since)
                    times[name].append(elapsed)
                    memory[name].append(peak)
                    cpu[name].append(used)
    finally:
        if xvfb is not None:
            xvfb.terminate()

    platform = "Xvfb" if args.xvfb else "offscreen"
    cache = ", page cache dropped before each run" if args.cold else ""
    print(
        f"Start-up to first paint of the article{cache}, {args.runs} runs each, {platform}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    for name in times:
        print(_summary(name, times[name], "ms"), "  |  ", _summary("", memory[name], "MiB").strip())
    print("(search: to the search field showing a typed « m », Ctrl+F at paint; "
        "term: to the definition of a term clicked at paint)")
    for name in times:
        print(_summary(name, cpu[name], "ms CPU (user + system, whole process)"))
    time_ratio = statistics.median(times["reader"]) / statistics.median(times["floor"])
    memory_ratio = statistics.median(memory["reader"]) / statistics.median(memory["floor"])
    cpu_ratio = statistics.median(cpu["reader"]) / statistics.median(cpu["floor"])
    print(
        f"ratio reader/floor: start-up {time_ratio:.3f} (target ≤ 1.15), "
        f"peak memory {memory_ratio:.3f} (target ≤ 1.15), CPU {cpu_ratio:.3f}"
    )
    qt_ratio = statistics.median(times["floor+Qt"]) / statistics.median(times["floor"])
    print(f"ratio (floor+Qt)/floor: start-up {qt_ratio:.3f} (the Qt namespace alone)")
    reader_qt = statistics.median(times["reader"]) / statistics.median(times["floor+Qt"])
    print(f"ratio reader/(floor+Qt): start-up {reader_qt:.3f} (target ≤ 1.15)")
    if "compared" in times:
        compared = statistics.median(times["reader"]) / statistics.median(times["compared"])
        print(f"ratio reader/compared: start-up {compared:.3f}")
    for name in ("search", "compared search"):
        if name in times:
            print(_summary(name, after_paint[name], "ms from the first paint to the field ready"))
    print(_summary("term", after_paint["term"], "ms from the first paint to the definition shown"))


if __name__ == "__main__":
    main()

"""How long opening the bundled article takes: import, first call (cold) and later calls.

Run with ``python -m tests.benchmarks.open_document``; it starts fresh interpreters so the
cold figures include imports and first-use caches, as at the reader's start-up.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
# The reader should show its text at once: the whole cold open stays well under this.
COLD_LIMIT_SECONDS = 0.25

_CHILD = """
import time
start = time.perf_counter()
from reader.core.bundle import bundled_article
from reader.core.document import open_document
imported = time.perf_counter()
document = open_document(bundled_article())
first = time.perf_counter()
warm = []
for _ in range(20):
    t = time.perf_counter()
    open_document(bundled_article())
    warm.append(time.perf_counter() - t)
warm.sort()
print(imported - start, first - imported, warm[len(warm) // 2])
"""


def main() -> int:
    samples = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
        samples.append(tuple(float(value) for value in out))
    imports, cold, warm = (statistics.median(column) for column in zip(*samples, strict=True))
    print(
        f"import {imports * 1000:.1f} ms, first open {cold * 1000:.1f} ms, "
        f"later opens {warm * 1000:.1f} ms (medians of {RUNS} fresh processes)"
    )
    if imports + cold > COLD_LIMIT_SECONDS:
        print(f"TOO SLOW: import + first open above {COLD_LIMIT_SECONDS * 1000:.0f} ms")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

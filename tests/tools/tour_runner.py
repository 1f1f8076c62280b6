"""Running the offline tour (tests/tools/offline_tour.py) in a fresh interpreter, for the tests
that check what it attempts (network) and what it opens (files)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
STEPS = [
    "défilement",
    "sommaire",
    "liens",
    "recherche",
    "glossaire",
    "taille",
    "thèmes",
    "pdf",
    "à propos",
]


def tour(*options: str, wrapper: tuple[str, ...] = ()) -> dict[str, Any]:
    """Run tests/tools/offline_tour.py in a fresh interpreter and return its report."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [*wrapper, sys.executable, "-m", "tests.tools.offline_tour", *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return report

"""Offline means offline: a full tour with sockets refused attempts no connection and never loads
QtNetwork."""

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


def test_the_tour_would_see_a_connection() -> None:
    report = tour("--control")
    assert report["steps"] == [*STEPS, "contrôle"]
    assert len(report["attempts"]) == 1


def test_full_tour_attempts_no_connection() -> None:
    report = tour()
    assert report["steps"] == STEPS
    assert report["attempts"] == []
    assert report["qtnetwork"] == []


def test_the_package_never_mentions_the_network() -> None:
    for path in (ROOT / "reader").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for forbidden in ("QtNetwork", "import socket", "urllib.request", "http.client"):
            assert forbidden not in source, f"{path}: {forbidden}"

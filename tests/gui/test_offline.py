"""Offline means offline: a full tour with sockets refused attempts no connection and never loads
QtNetwork."""

from __future__ import annotations

from tests.tools.tour_runner import ROOT, STEPS, tour


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

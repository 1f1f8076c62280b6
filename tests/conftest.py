"""Shared test set-up: headless Qt, and every test that uses qtbot marked ``gui``."""

from __future__ import annotations

import os

import pytest

# Set before any Qt import so that the whole suite runs without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests that use qtbot as ``gui`` so ``pytest -m "not gui"`` runs the core alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test (and the programs they start) away from the real user's cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))

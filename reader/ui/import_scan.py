"""Sparing the reader PySide6's scan of every module imported after it.

PySide6 replaces Python's import with a hook that, once per module name, reads the module's
whole source (``inspect.getsource``) to see whether it mentions PySide6, for its optional
``__feature__`` syntax, and keeps every source read in ``linecache``. At start-up that is about
40 modules: 6-7 ms and 0.65 million characters kept in memory, for a feature the reader never
uses. The hook skips the names it already knows; this tells it the answer for the modules
already loaded (none uses ``__feature__``) and for the reader's own (PySide6, no feature).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import reader

# The hook's answers: -1 "does not use PySide6", 0 "uses PySide6 with no __feature__".
_NOT_PYSIDE = -1
_NO_FEATURE = 0


def skip_source_scan() -> bool:
    """Fill the hook's table; False when this PySide6 has no such table (nothing to spare)."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    for name in list(sys.modules):
        table.setdefault(name, _NOT_PYSIDE)
    package = Path(reader.__file__).parent
    for folder in ("core", "ui"):  # os.scandir: rglob would cost half of what is spared
        with os.scandir(package / folder) as entries:
            for entry in entries:
                if entry.name.endswith(".py"):
                    table.setdefault(f"reader.{folder}.{entry.name[:-3]}", _NO_FEATURE)
    return True

"""The core must stay usable without Qt: importing it never imports PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import reader.core

ROOT = Path(__file__).resolve().parents[2]
CORE_MODULES = sorted(
    f"reader.core.{info.name}" for info in pkgutil.iter_modules(reader.core.__path__)
)


def test_core_modules_are_found() -> None:
    assert {"reader.core.article", "reader.core.markdown_render", "reader.core.bundle"} <= set(
        CORE_MODULES
    )


def test_core_imports_no_pyside6() -> None:
    imports = "; ".join(f"import {name}" for name in ["reader", *CORE_MODULES])
    code = (
        f"{imports}; import sys; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

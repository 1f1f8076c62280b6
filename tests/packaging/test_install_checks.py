"""install.sh names what the computer lacks, with the Debian package to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "resources" / "packaging" / "install.sh"

# What `ldconfig -p` prints for a library, and the Debian package install.sh must name for it.
LIBRARIES = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _check(
    tmp_path: Path, present: set[str], *options: str, abi: str = "libc6,x86-64"
) -> subprocess.CompletedProcess[str]:
    """Run ``install.sh --check`` with an ldconfig that knows only ``present``."""
    fake = tmp_path / "bin"
    fake.mkdir()
    lines = "".join(f"\t{name} ({abi}) => /usr/lib/{name}\\n" for name in present)
    (fake / "ldconfig").write_text(f"#!/bin/sh\nprintf '{lines}'\n", encoding="utf-8")
    (fake / "ldconfig").chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}"}
    return subprocess.run(
        ["bash", str(INSTALL), "--check", *options],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _missing(output: str) -> set[str]:
    for line in output.splitlines():
        if line.startswith("Bibliothèques du système manquantes pour Qt :"):
            return set(line.split(":", 1)[1].split()) - {"fonts-dejavu-core"}
    return set()


@pytest.mark.parametrize(
    "absent",
    [
        set(),
        {"libxcb-cursor.so.0"},
        {"libGL.so.1", "libEGL.so.1", "libxkbcommon-x11.so.0"},
        set(LIBRARIES),
    ],
)
def test_names_the_debian_package_of_each_missing_library(tmp_path: Path, absent: set[str]) -> None:
    result = _check(tmp_path, set(LIBRARIES) - absent, "--python", sys.executable)
    assert _missing(result.stdout) == {LIBRARIES[name] for name in absent}
    if absent:
        assert result.returncode == 1
        assert "sudo apt-get install " in result.stdout


def test_a_library_for_another_architecture_does_not_count(tmp_path: Path) -> None:
    result = _check(tmp_path, set(LIBRARIES), "--python", sys.executable, abi="libc6")
    assert _missing(result.stdout) == set(LIBRARIES.values())


def test_an_old_python_is_named(tmp_path: Path) -> None:
    old = tmp_path / "python3.9"
    old.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    old.chmod(0o755)
    result = _check(tmp_path, set(LIBRARIES), "--python", str(old))
    assert result.returncode == 1
    assert "Python 3.11 ou plus récent est nécessaire" in result.stdout


def test_unknown_option_is_refused() -> None:
    result = subprocess.run(
        ["bash", str(INSTALL), "--sytem"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "option inconnue : --sytem" in result.stderr


def test_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck n'est pas installé (paquet Debian shellcheck)")
    scripts = [str(INSTALL), str(INSTALL.with_name("uninstall.sh"))]
    result = subprocess.run([shellcheck, *scripts], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout

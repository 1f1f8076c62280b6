"""Build the offline bundle: ``python -m reader.packaging.bundle`` from a checkout.

Run on a computer with the internet; it writes ``dist/lecteur-sante-<version>-linux-x86_64.tar.gz``:
the reader's wheel and every wheel it needs for CPython 3.11 and later on x86_64 Linux, pip's own
wheel (so that installing needs neither the internet nor Debian's python3-venv), ``install.sh``,
``uninstall.sh``, ``LISEZMOI.txt``, the desktop entry, the AppStream metainfo and the icons.
Nothing is fetched at install time.

Written in Python rather than shell: it reads ``pyproject.toml`` (version, optional extras) with
``tomllib``, and its checks are typed and tested like the rest of the reader.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"
ICONS = ROOT / "resources" / "icons" / "hicolor"
DESKTOP_FILE = "lecteur-sante.desktop"
METAINFO_FILE = "fr.lecteursante.LecteurSante.metainfo.xml"
# Extras bundled when pyproject.toml declares them: reading aloud (PySide6-Addons).
BUNDLED_EXTRAS = ("voix",)
PYTHON_VERSION = "3.11"
# PySide6 6.11 wheels need glibc 2.34 (Debian 12, Ubuntu 22.04, RHEL 9). pip does not widen a
# manylinux_2_N platform to older ones by itself, so every accepted tag is listed.
OLDEST_GLIBC_MINOR = 17
NEWEST_GLIBC_MINOR = 34
_WHEEL_NAME = re.compile(
    r"^(?P<name>[^-]+)-(?P<version>[^-]+)(-\d[^-]*)?-(?P<python>[^-]+)-(?P<abi>[^-]+)-"
    r"(?P<platform>[^-]+)\.whl$"
)


@dataclass(frozen=True)
class Project:
    """What the builder needs from pyproject.toml."""

    name: str
    version: str
    extras: tuple[str, ...]

    @property
    def bundle_name(self) -> str:
        return f"{self.name}-{self.version}-linux-x86_64"

    @property
    def requirement(self) -> str:
        """What install.sh asks pip for: the reader, with the bundled extras, at this version."""
        extras = f"[{','.join(self.extras)}]" if self.extras else ""
        return f"{self.name}{extras}=={self.version}"


def read_project(pyproject: Path) -> Project:
    """Name, version and the bundled extras that pyproject.toml declares."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    declared = data.get("optional-dependencies", {})
    extras = tuple(extra for extra in BUNDLED_EXTRAS if extra in declared)
    return Project(name=data["name"], version=data["version"], extras=extras)


def platform_tags() -> list[str]:
    """Every manylinux x86_64 tag a glibc of 2.NEWEST_GLIBC_MINOR accepts."""
    tags = [
        f"manylinux_2_{minor}_x86_64"
        for minor in range(NEWEST_GLIBC_MINOR, OLDEST_GLIBC_MINOR - 1, -1)
    ]
    return [*tags, "manylinux2014_x86_64"]


def serves_every_python(wheel: str) -> bool:
    """Whether one wheel serves CPython 3.11 and every later version on x86_64 Linux.

    Pure Python (``py3-none-any``) and the stable ABI (``cp3X-abi3`` with X ≤ 11, as PySide6 and
    shiboken6 are built) do; a wheel for one interpreter (``cp311-cp311``) does not.
    """
    match = _WHEEL_NAME.match(wheel)
    if match is None:
        return False
    pythons, abi, platforms = match["python"], match["abi"], match["platform"].split(".")
    if abi == "none":
        portable = all(p.startswith("py3") or p == "py2" for p in pythons.split("."))
        return portable and platforms == ["any"]
    if abi != "abi3":
        return False
    versions = [int(p[3:]) for p in pythons.split(".") if re.fullmatch(r"cp3\d+", p)]
    on_linux = all(p.endswith("_x86_64") and p.startswith("manylinux") for p in platforms)
    return bool(versions) and min(versions) <= 11 and on_linux


def glibc_needed(wheels: Sequence[str]) -> tuple[int, int]:
    """The newest glibc any of the wheels asks for (2.17 when none asks)."""
    minors = [OLDEST_GLIBC_MINOR]
    for wheel in wheels:
        minors += [int(m) for m in re.findall(r"manylinux_2_(\d+)_", wheel)]
    return (2, max(minors))


def _pip(*arguments: str) -> None:
    command = [sys.executable, "-m", "pip", *arguments]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def _add_to_tar(archive: tarfile.TarFile, folder: Path) -> None:
    """Everyone may read the bundle; the scripts may be run. Owner and dates say nothing."""

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        executable = info.isdir() or info.name.endswith(".sh")
        info.mode = 0o755 if executable else 0o644
        return info

    archive.add(folder, arcname=folder.name, filter=clean)


def build(out: Path, build_isolation: bool = True) -> Path:
    """Build the bundle in ``out`` and return its path."""
    project = read_project(ROOT / "pyproject.toml")
    with tempfile.TemporaryDirectory(prefix="lecteur-sante-bundle-") as work:
        top = Path(work) / project.bundle_name
        wheels = top / "wheels"
        wheels.mkdir(parents=True)
        isolation = [] if build_isolation else ["--no-build-isolation"]
        _pip("wheel", str(ROOT), "--no-deps", "--quiet", *isolation, "--wheel-dir", str(wheels))
        (own,) = wheels.glob("*.whl")
        extras = f"[{','.join(project.extras)}]" if project.extras else ""
        platforms = [argument for tag in platform_tags() for argument in ("--platform", tag)]
        _pip(
            "download",
            "--quiet",
            "--only-binary=:all:",
            "--python-version",
            PYTHON_VERSION,
            "--implementation",
            "cp",
            *platforms,
            "--dest",
            str(wheels),
            f"{own}{extras}",
            "pip",
        )
        names = sorted(wheel.name for wheel in wheels.glob("*.whl"))
        unfit = [name for name in names if not serves_every_python(name)]
        if unfit:
            raise SystemExit(f"ces wheels ne servent pas CPython 3.11+ sur x86_64 : {unfit}")
        (wheels / "requirements.txt").write_text(project.requirement + "\n", encoding="utf-8")

        for script in ("install.sh", "uninstall.sh", "LISEZMOI.txt"):
            shutil.copy2(PACKAGING / script, top / script)
        share = top / "share"
        (share / "applications").mkdir(parents=True)
        shutil.copy2(PACKAGING / DESKTOP_FILE, share / "applications" / DESKTOP_FILE)
        (share / "metainfo").mkdir()
        shutil.copy2(PACKAGING / METAINFO_FILE, share / "metainfo" / METAINFO_FILE)
        shutil.copytree(ICONS, share / "icons" / "hicolor")

        out.mkdir(parents=True, exist_ok=True)
        bundle = out / f"{project.bundle_name}.tar.gz"
        with tarfile.open(bundle, "w:gz") as archive:
            _add_to_tar(archive, top)
    major, minor = glibc_needed(names)
    print(f"{bundle} : {bundle.stat().st_size / 2**20:.1f} Mio, {len(names)} wheels")
    for name in names:
        print(f"  {name}")
    print(f"Il faut sur l’ordinateur : Linux x86_64, glibc ≥ {major}.{minor}, Python ≥ 3.11.")
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reader.packaging.bundle",
        description="Construit le paquet hors ligne lecteur-sante-<version>-linux-x86_64.tar.gz.",
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "dist", help="dossier du paquet (par défaut dist/)"
    )
    parser.add_argument(
        "--no-build-isolation",
        action="store_true",
        help="construire le wheel du lecteur avec le hatchling déjà installé",
    )
    args = parser.parse_args(argv)
    if not (ROOT / "pyproject.toml").is_file():
        parser.error(f"à lancer depuis une copie des sources : {ROOT / 'pyproject.toml'} manque")
    build(args.out, build_isolation=not args.no_build_isolation)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

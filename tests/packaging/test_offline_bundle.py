"""The offline bundle, end to end: built like README says, installed with no network at all
(``unshare --net``) into a fresh home, started from the installed command, upgraded, removed.

Building needs PyPI (CI has it; pip's cache keeps the second build quick). The network namespace
needs root or unprivileged user namespaces: CI runs as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest

from reader.packaging.bundle import read_project, serves_every_python

ROOT = Path(__file__).resolve().parents[2]
PROJECT = read_project(ROOT / "pyproject.toml")
TITLE = tomllib.loads((ROOT / "content" / "article.toml").read_text(encoding="utf-8"))["title"]
# The article's own heading, as the text pane shows it at the top (French spacing and all).
HEADING = next(
    line[2:].strip()
    for line in (ROOT / "content" / "article.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("# ")
)
SHOWN = [f"titre : {TITLE}", f"texte : {HEADING}"]
# Read now, before the autouse fixture points XDG_CACHE_HOME at a fresh folder: the build keeps
# using pip's real cache, so PySide6 is downloaded once, not at every run.
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pip"
)

STANDARD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# The interpreter under the tests' virtual environment: Python 3.11 or later, wherever it lives.
PYTHON = str(Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}")


def _no_network() -> list[str]:
    """The command prefix that runs a program with no network, or a skip that says why not."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare manque (paquet Debian util-linux) : pas d'espace réseau isolé")
    for prefix in (["unshare", "--net"], ["unshare", "--net", "--map-root-user"]):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    pytest.skip("unshare --net refusé : il faut être root (ou les espaces de noms utilisateur)")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """README's build command, run once for the module."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "reader.packaging.bundle", "--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "PIP_CACHE_DIR": PIP_CACHE},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out / f"{PROJECT.bundle_name}.tar.gz"


def test_bundle_holds_every_wheel_for_cpython_311_and_later(bundle: Path) -> None:
    with tarfile.open(bundle) as archive:
        members = {member.name: member for member in archive.getmembers()}
    top = PROJECT.bundle_name
    for name in ("install.sh", "uninstall.sh"):
        assert members[f"{top}/{name}"].mode == 0o755
    for name in (
        "LISEZMOI.txt",
        "wheels/requirements.txt",
        "share/applications/lecteur-sante.desktop",
        "share/icons/hicolor/scalable/apps/lecteur-sante.svg",
        "share/icons/hicolor/16x16/apps/lecteur-sante.png",
        "share/icons/hicolor/256x256/apps/lecteur-sante.png",
    ):
        assert f"{top}/{name}" in members, name
    wheels = sorted(Path(n).name for n in members if n.endswith(".whl"))
    assert all(serves_every_python(wheel) for wheel in wheels), wheels
    projects = {wheel.split("-")[0].lower(): wheel.split("-")[1] for wheel in wheels}
    assert {"lecteur_sante", "pyside6_essentials", "shiboken6", "markdown", "pip"} <= set(projects)
    assert projects["shiboken6"] == projects["pyside6_essentials"]
    if "voix" in PROJECT.extras:  # reading aloud: Addons of the very same Qt
        assert projects["pyside6_addons"] == projects["pyside6_essentials"]


def _tree(home: Path) -> set[str]:
    return {str(path.relative_to(home)) for path in home.rglob("*")}


def test_installs_offline_starts_upgrades_and_uninstalls(bundle: Path, tmp_path: Path) -> None:
    offline = _no_network()
    with tarfile.open(bundle) as archive:
        archive.extractall(tmp_path, filter="data")
    unpacked = tmp_path / PROJECT.bundle_name
    home = tmp_path / "home"
    # Someone else's menu entry, already there: it must survive the uninstall.
    other = home / ".local" / "share" / "applications" / "autre.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    before = _tree(home)
    # A clinic computer's environment, not this session's: Debian's default PATH, no XDG folders,
    # and a pip setting that would reach the network if install.sh let pip obey it.
    env = {
        "HOME": str(home),
        "PATH": STANDARD_PATH,
        "LANG": "C.UTF-8",
        "PIP_INDEX_URL": "https://pypi.org/simple",
    }

    def run(*command: str | Path, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*offline, *map(str, command)],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=600,
        )

    def start() -> list[str]:
        """The installed command, found on the PATH, run until the article's first paint."""
        bin_dir = home / ".local" / "bin"
        started = run(
            "lecteur-sante",
            PATH=f"{bin_dir}:{env['PATH']}",
            QT_QPA_PLATFORM="offscreen",
            LECTEUR_SANTE_FIRST_PAINT_EXIT="1",
        )
        assert started.returncode == 0, started.stderr
        return started.stdout.splitlines()

    installed = run("bash", unpacked / "install.sh", "--python", PYTHON)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert f"Lecteur santé {PROJECT.version} est installé." in installed.stdout
    assert "Essai : le lecteur s'ouvre et montre l'article." in installed.stdout
    prefix = home / ".local" / "share" / "lecteur-sante"
    manifest = (prefix / "installed-files.txt").read_text(encoding="utf-8")
    desktop = home / ".local" / "share" / "applications" / "lecteur-sante.desktop"
    for path in (
        home / ".local" / "bin" / "lecteur-sante",
        desktop,
        home / ".local/share/icons/hicolor/48x48/apps/lecteur-sante.png",
        home / ".local/share/icons/hicolor/scalable/apps/lecteur-sante.svg",
        home / ".local/share/metainfo/fr.lecteursante.LecteurSante.metainfo.xml",
    ):
        assert path.is_file() and f"f {path}\n" in manifest, path
    assert f"Exec={home}/.local/bin/lecteur-sante\n" in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert validated.returncode == 0 and not validated.stdout, validated.stdout

    assert start() == SHOWN

    # Run twice: an upgrade in place, the same files, and it still starts.
    again = run("bash", unpacked / "install.sh", "--python", PYTHON)
    assert again.returncode == 0, again.stdout + again.stderr
    assert (prefix / "installed-files.txt").read_text(encoding="utf-8") == manifest
    assert not (prefix / "venv.old").exists()
    assert start() == SHOWN
    settings = home / ".config" / "lecteur-sante" / "lecteur-sante.ini"
    assert settings.is_file()

    # The copy of uninstall.sh left in the prefix removes exactly what was installed.
    removed = run("bash", prefix / "uninstall.sh")
    assert removed.returncode == 0, removed.stderr
    left = _tree(home) - before
    assert all(p.startswith((".config", ".cache")) for p in left), sorted(left)[-5:]
    assert settings.is_file() and other.is_file()

    purged = run("bash", unpacked / "uninstall.sh", "--purge")
    assert purged.returncode == 0, purged.stderr
    assert _tree(home) - before <= {".config", ".cache"}


# For --system: /opt and /usr/local/share become empty scratch folders and /usr/local/bin a
# scratch copy of itself, in a private mount namespace, so the machine's own are never touched.
_SYSTEM_INSTALL = r"""
set -eu
bundle=$1 python=$2 home=$3
mount -t tmpfs tmpfs /opt
mount -t tmpfs tmpfs /usr/local/share
copy=$(mktemp -d)
cp -a /usr/local/bin/. "$copy"
mount --bind "$copy" /usr/local/bin
before=$(ls -A /usr/local/bin)
bash "$bundle/install.sh" --system --python "$python" >/dev/null
echo "command: $(command -v lecteur-sante)"
HOME=$home QT_QPA_PLATFORM=offscreen LECTEUR_SANTE_FIRST_PAINT_EXIT=1 lecteur-sante 2>/dev/null
echo "entry: $(grep '^Exec=' /usr/local/share/applications/lecteur-sante.desktop)"
ls /usr/local/share/icons/hicolor/48x48/apps
stat -c 'mode: %a' /opt/lecteur-sante/venv/lib/python3*/site-packages/reader/app.py \
  /usr/local/bin/lecteur-sante
/opt/lecteur-sante/uninstall.sh --system >/dev/null
echo "left in /opt: $(ls -A /opt)"
echo "left in /usr/local/share: $(ls -A /usr/local/share)"
[ "$(ls -A /usr/local/bin)" = "$before" ] && echo "/usr/local/bin as before"
"""


def test_system_install_for_every_user(bundle: Path, tmp_path: Path) -> None:
    offline = _no_network()
    for folder in ("/opt", "/usr/local/share", "/usr/local/bin"):
        if not Path(folder).is_dir():
            pytest.skip(f"{folder} manque : pas d'installation --system à essayer ici")
    with tarfile.open(bundle) as archive:
        archive.extractall(tmp_path, filter="data")
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [
            *offline,
            "--mount",
            *("bash", "-c", _SYSTEM_INSTALL, "system-install"),
            *(str(tmp_path / PROJECT.bundle_name), PYTHON, str(home)),
        ],
        env={"PATH": STANDARD_PATH, "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if result.returncode != 0 and "mount" in result.stderr and "permission" in result.stderr:
        pytest.skip(f"pas de montage privé ici : {result.stderr.strip()}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "command: /usr/local/bin/lecteur-sante",
        *SHOWN,
        "entry: Exec=/usr/local/bin/lecteur-sante",
        "lecteur-sante.png",
        "mode: 644",  # every user may read the reader and run the command
        "mode: 755",
        "left in /opt: ",
        "left in /usr/local/share: ",
        "/usr/local/bin as before",
    ]

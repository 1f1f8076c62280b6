"""Walk the running reader's accessibility tree as a screen reader does, through AT-SPI.

Not a test: a tool run by hand on Linux with the SYSTEM Python (which has pyatspi), e.g.::

    sudo apt-get install -y python3-pyatspi at-spi2-core dbus-x11 xvfb
    /usr/bin/python3 tests/tools/atspi_walk.py --python .venv/bin/python

It starts a private D-Bus session (``dbus-run-session``), a virtual X screen (Xvfb), the reader
on it with Qt's accessibility bridge forced on, then prints every accessible object of the
reader's window, one per line, as ``role « name »`` indented by depth, and stops everything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_INSIDE = "READER_ATSPI_INSIDE_SESSION"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", default=sys.executable, help="Python that has the reader")
    parser.add_argument("--display", default=":93", help="display number for Xvfb")
    parser.add_argument("--depth", type=int, default=12, help="how deep to walk")
    parser.add_argument("--lang", default="fr", help="interface language (--lang of the reader)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for the app")
    return parser.parse_args()


def _label(accessible: object) -> str:
    role = accessible.getRoleName()  # type: ignore[attr-defined]
    name = accessible.name or ""  # type: ignore[attr-defined]
    description = accessible.description or ""  # type: ignore[attr-defined]
    text = f"{role} « {name[:70]}{'…' if len(name) > 70 else ''} »"
    return f"{text}  ({description})" if description else text


def _walk(accessible: object, depth: int, limit: int, lines: list[str]) -> None:
    lines.append("  " * depth + _label(accessible))
    if depth >= limit:
        return
    for index in range(accessible.childCount):  # type: ignore[attr-defined]
        child = accessible.getChildAtIndex(index)  # type: ignore[attr-defined]
        if child is not None:
            _walk(child, depth + 1, limit, lines)


def _find_reader(timeout: float, reader: subprocess.Popen[bytes]) -> object:
    import pyatspi  # the system's, from python3-pyatspi

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if reader.poll() is not None:
            raise SystemExit(f"the reader stopped (status {reader.returncode})")
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            ours = app.name in ("lecteur-sante", "Lecteur santé", "Health reader")
            # An application shows up before its window does: wait for a child.
            if (ours or app.get_process_id() == reader.pid) and app.childCount > 0:
                return app
        time.sleep(0.3)
    raise SystemExit("the reader never appeared on the accessibility bus")


def _inside_session(args: argparse.Namespace) -> int:
    xvfb = subprocess.Popen(
        ["Xvfb", args.display, "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    reader: subprocess.Popen[bytes] | None = None
    try:
        time.sleep(1.0)
        env = dict(
            os.environ,
            DISPLAY=args.display,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            PYTHONPATH=str(ROOT),
        )
        settings = Path(os.environ.get("TMPDIR", "/tmp")) / f"atspi-walk-{os.getpid()}.ini"
        reader = subprocess.Popen(
            [args.python, "-m", "reader", "--lang", args.lang, "--settings", str(settings)],
            env=env,
            cwd=ROOT,
        )
        app = _find_reader(args.timeout, reader)
        lines: list[str] = []
        _walk(app, 0, args.depth, lines)
        print("\n".join(lines))
        return 0
    finally:
        if reader is not None:
            reader.terminate()
            reader.wait(10)
        xvfb.terminate()
        xvfb.wait(10)


def main() -> int:
    args = _arguments()
    if os.environ.get(_INSIDE) == "1":
        return _inside_session(args)
    for tool in ("dbus-run-session", "Xvfb"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install -y dbus-x11 xvfb at-spi2-core")
    # A private session bus: AT-SPI's own bus is started on demand by it (org.a11y.Bus).
    env = dict(os.environ, **{_INSIDE: "1"})
    command = ["dbus-run-session", "--", sys.executable, __file__, *sys.argv[1:]]
    return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())

"""Whether the reader has a screen to open its window on, asked before Qt is started.

Without one, Qt aborts with a message about ``libxcb-cursor0`` that sends people after a
library they already have; one clear line is better.
"""

from __future__ import annotations

from collections.abc import Mapping

# Qt platforms that draw without a display server (tests, framebuffers, remote access).
_WITHOUT_SERVER = frozenset(
    {"offscreen", "minimal", "minimalegl", "eglfs", "linuxfb", "vnc", "vkkhrdisplay"}
)


def has_display(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt can open a window: always outside Linux and the BSDs; there, a platform that
    needs no display server, or the X11 (``DISPLAY``) or Wayland (``WAYLAND_DISPLAY``) server
    that the chosen platform (``QT_QPA_PLATFORM``, possibly a « ; » list) talks to."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    x11 = bool(environ.get("DISPLAY"))
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    chosen = [
        p.split(":")[0].strip().lower() for p in environ.get("QT_QPA_PLATFORM", "").split(";")
    ]
    chosen = [name for name in chosen if name]
    if not chosen:
        return x11 or wayland
    for name in chosen:
        if name in _WITHOUT_SERVER:
            return True
        if name == "xcb" and x11:
            return True
        if name.startswith("wayland") and wayland:
            return True
    return False

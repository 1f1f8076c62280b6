"""Render the icon's PNG sizes from its SVG sources: ``python -m reader.packaging.icons``.

The PNGs are committed (the window and the menus read them without Qt's SVG plugin); a test
renders them again and fails when they no longer match the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from reader.core.bundle import resources_dir

ICON_NAME = "lecteur-sante"
# The freedesktop hicolor sizes menus, docks and software centres ask for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
# Below this size the hand-tuned drawing (edges on whole pixels, no lines of text) is used.
_SMALL_UNTIL = 16


def hicolor_dir() -> Path:
    """The icon theme folder shipped with the reader, laid out as in ``share/icons/hicolor``."""
    return resources_dir() / "icons" / "hicolor"


def svg_source(size: int) -> Path:
    """The drawing a size is rendered from."""
    if size <= _SMALL_UNTIL:
        return resources_dir() / "icons" / "source" / f"{ICON_NAME}-16.svg"
    return hicolor_dir() / "scalable" / "apps" / f"{ICON_NAME}.svg"


def png_path(size: int) -> Path:
    """Where the PNG of one size lives."""
    return hicolor_dir() / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def render(size: int) -> QImage:
    """The icon at ``size`` pixels, on a transparent background (needs a QGuiApplication)."""
    renderer = QSvgRenderer(str(svg_source(size)))
    if not renderer.isValid():
        raise ValueError(f"{svg_source(size)} : SVG illisible")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write every PNG size from the SVG sources."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), b"PNG"):
            print(f"{target} : écriture impossible", file=sys.stderr)
            return 1
        print(target)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

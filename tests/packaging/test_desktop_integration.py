"""What menus and software centres read: the desktop entry, the AppStream metainfo, the icon.

The validators are Debian's (desktop-file-utils, appstream), installed by README's test command.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage

from reader.packaging import icons
from reader.ui.app.application import DESKTOP_FILE_NAME, application_icon

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"
DESKTOP = PACKAGING / "lecteur-sante.desktop"
METAINFO = PACKAGING / "fr.lecteursante.LecteurSante.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} n'est pas installé (paquet Debian {package})")
    return path


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


def test_desktop_entry_says_what_the_menu_shows() -> None:
    entry = _entry()
    assert entry["Name"] == "Lecteur santé"
    assert entry["Exec"] == entry["TryExec"] == "lecteur-sante"
    assert entry["Icon"] == DESKTOP_FILE_NAME == DESKTOP.stem
    assert entry["Categories"] == "Education;MedicalSoftware;"
    assert {"cancer", "santé", "glossaire"} <= set(entry["Keywords"].split(";"))
    assert "hors ligne" in entry["Comment"]


def test_metainfo_names_the_desktop_entry_and_the_icon() -> None:
    component = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{component.findtext('id')}.metainfo.xml"
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("icon") == DESKTOP_FILE_NAME
    assert component.findtext("name") == _entry()["Name"]


def test_pngs_are_rendered_from_the_svg(qapp: QGuiApplication) -> None:
    """``python -m reader.packaging.icons`` was run after the last change to the drawings."""
    for size in icons.SIZES:
        committed = QImage(str(icons.png_path(size))).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = icons.render(size)
        assert committed.size() == QSize(size, size)
        differences = [
            sum(
                abs(
                    ((committed.pixel(x, y) >> shift) & 0xFF)
                    - ((fresh.pixel(x, y) >> shift) & 0xFF)
                )
                for shift in (0, 8, 16, 24)  # blue, green, red, alpha
            )
            for x in range(size)
            for y in range(size)
        ]
        # Antialiasing may move by a step between Qt versions; a changed drawing moves far more.
        assert sum(differences) / len(differences) < 2, size


@pytest.mark.parametrize("size", [16, 32, 64])
def test_the_window_icon_renders(qapp: QGuiApplication, size: int) -> None:
    icon = application_icon()
    assert QSize(size, size) in icon.availableSizes()
    image = icon.pixmap(size).toImage()
    assert image.width() == size
    colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
    # The teal tile, the white plus sign and the cream pages are all there.
    tile = QColor(image.pixel(size * 13 // 16, size * 3 // 16))
    plus = QColor(image.pixel(size // 2, size // 8 + 1))
    page = QColor(image.pixel(size // 8, size * 11 // 16))
    assert tile.alpha() == 255 and tile.green() > tile.red(), tile.name()
    assert plus.name() == "#ffffff"
    assert page.red() > 240 and page.blue() > 200, page.name()
    assert len(colours) >= 4

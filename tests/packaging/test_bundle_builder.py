"""The bundle builder's choices, without the network: which wheels serve every CPython 3.11+,
which platforms pip is asked for, what install.sh asks pip for."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.packaging.bundle import (
    Project,
    glibc_needed,
    platform_tags,
    read_project,
    serves_every_python,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("wheel", "serves"),
    [
        ("pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl", True),
        ("shiboken6-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl", True),
        ("pyside6_addons-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl", True),
        ("markdown-3.11.3-py3-none-any.whl", True),
        ("six-1.17.0-py2.py3-none-any.whl", True),
        ("lecteur_sante-0.1.0-py3-none-any.whl", True),
        # One interpreter only: a 3.12 computer could not install it.
        ("numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl", False),
        # Stable ABI, but from 3.12 on: not for 3.11.
        ("thing-1.0-cp312-abi3-manylinux_2_17_x86_64.whl", False),
        # Another machine.
        ("pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_39_aarch64.whl", False),
        ("pyside6_essentials-6.11.3-cp310-abi3-win_amd64.whl", False),
        ("markdown-3.11.3-py3-none-win32.whl", False),
        ("not-a-wheel.tar.gz", False),
    ],
)
def test_serves_every_python(wheel: str, serves: bool) -> None:
    assert serves_every_python(wheel) is serves


def test_platform_tags_accept_every_glibc_up_to_pyside6s() -> None:
    tags = platform_tags()
    assert tags[0] == "manylinux_2_34_x86_64"
    assert "manylinux_2_28_x86_64" in tags and "manylinux_2_17_x86_64" in tags
    assert tags[-1] == "manylinux2014_x86_64"
    assert len(tags) == len(set(tags)) == 34 - 17 + 2


@pytest.mark.parametrize(
    ("wheels", "glibc"),
    [
        (["markdown-3.11.3-py3-none-any.whl"], (2, 17)),
        (
            [
                "shiboken6-6.11.3-cp310-abi3-manylinux_2_28_x86_64.whl",
                "pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl",
            ],
            (2, 34),
        ),
    ],
)
def test_glibc_needed(wheels: list[str], glibc: tuple[int, int]) -> None:
    assert glibc_needed(wheels) == glibc


_PYPROJECT = """
[project]
name = "lecteur-sante"
version = "1.2.3"
dependencies = ["PySide6-Essentials>=6.8,<6.12"]
{extras}
"""


@pytest.mark.parametrize(
    ("extras", "bundled", "requirement"),
    [
        ("", (), "lecteur-sante==1.2.3"),
        (
            '[project.optional-dependencies]\ntest = ["pytest"]',
            (),
            "lecteur-sante==1.2.3",
        ),
        (
            '[project.optional-dependencies]\ntest = ["pytest"]\n'
            'voix = ["PySide6-Addons>=6.8,<6.12"]',
            ("voix",),
            "lecteur-sante[voix]==1.2.3",
        ),
    ],
)
def test_reading_aloud_is_bundled_once_declared(
    tmp_path: Path, extras: str, bundled: tuple[str, ...], requirement: str
) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(_PYPROJECT.format(extras=extras), encoding="utf-8")
    project = read_project(pyproject)
    assert project == Project("lecteur-sante", "1.2.3", bundled)
    assert project.requirement == requirement
    assert project.bundle_name == "lecteur-sante-1.2.3-linux-x86_64"


def test_this_projects_bundle_name() -> None:
    project = read_project(ROOT / "pyproject.toml")
    assert project.bundle_name.startswith("lecteur-sante-") and project.version

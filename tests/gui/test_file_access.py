"""Nothing is read outside the article's folder and the reader's own files, even when the
article points elsewhere (``../secret.txt`` as image and link, ``file:///etc/passwd``).

The full offline tour runs on such an article in a fresh interpreter. Python's audit hook sees
every file Python opens; where strace is installed, the system calls show what Qt opens too,
and that no network socket is even created.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.tools.tour_runner import ROOT, STEPS, tour

SECRET = "ne jamais lire ce fichier"
ARTICLE = """# Une tumeur

Voir ![le secret](../secret.txt), [le secret](../secret.txt), [ici](file:///etc/passwd),
![mot de passe](file:///etc/passwd) et [le site](https://exemple.org/).

## Suite

La tumeur grossit. Une autre tumeur.
"""
GLOSSARY = '[tumeur]\nheadword = "tumeur"\ndefinition = "Amas de cellules."\n'


@pytest.fixture
def article(tmp_path: Path) -> Path:
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    (folder / "article.toml").write_text('title = "Une tumeur"\n', encoding="utf-8")
    path = folder / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _under(path: str, roots: list[Path]) -> bool:
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in roots)


def test_python_opens_nothing_outside_the_article_and_the_reader(article: Path) -> None:
    report = tour("--article", str(article), "--query", "tumeur")
    assert report["steps"] == STEPS
    places = report["places"]
    allowed = [
        article.parent,  # the article, its glossary and metadata
        Path(places["content"]),  # bundled notice
        Path(places["resources"]),  # style sheets
        ROOT / "reader",  # the reader's own code
        Path(places["temporary"]),  # the tour's settings file and the exported PDF
        *(Path(prefix) for prefix in places["python"]),  # Python, PySide6, Markdown
    ]
    opened: list[str] = report["opened"]
    outside = [path for path in opened if not _under(path, allowed)]
    assert outside == [], "\n".join(opened)
    in_folder = sorted(
        Path(p).name for p in opened if Path(p).resolve().parent == article.parent.resolve()
    )
    assert in_folder == ["article.md", "article.toml", "glossary.toml"]
    assert not any("secret" in path or "passwd" in path for path in opened)


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_system_sees_no_read_outside_and_no_socket(article: Path, tmp_path: Path) -> None:
    log = tmp_path / "strace.log"
    probe = subprocess.run(["strace", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace may not trace here (ptrace refused)")
    report = tour(
        "--article",
        str(article),
        "--query",
        "tumeur",
        wrapper=(
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=open,openat,openat2,socket,connect",
            "-o",
            str(log),
        ),
    )
    assert report["steps"] == STEPS
    calls = log.read_text(encoding="utf-8", errors="replace").splitlines()
    opened = [
        match.group(1)
        for line in calls
        if (match := re.search(r'open(?:at2?)?\((?:AT_FDCWD, )?"([^"]+)"', line))
        and not re.search(r"= -1 E", line)
    ]
    assert opened, "strace saw no file opened"
    near = [p for p in opened if Path(p).is_relative_to(tmp_path) and p != str(log)]
    assert near and all(Path(p).is_relative_to(article.parent) for p in near), near
    assert not any("secret" in p or "/etc/passwd" in p for p in opened)
    sockets = [line for line in calls if re.search(r"\b(socket|connect)\(", line)]
    assert not [line for line in sockets if "AF_INET" in line or "connect(" in line], sockets

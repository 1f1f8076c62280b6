"""What the real Orca screen reader says while a blind reader walks through the article.

The in-process tests (tests/gui/test_accessibility.py) check what the window exposes; this
checks what a person hears. ``../shared/tools/orca/orca-session`` (beside the checkout, as CI
has it) runs the reader under Orca 43.1 on an invisible desktop, presses keys as fingers do,
and prints what Orca speaks after each. One session walks every item in French, a short one
checks the English wording. Orca's Debian packages are installed when missing (as CI can: root
and apt-get).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Beside the clone, as CI has it; READER_ORCA_SESSION names it elsewhere (a git worktree).
_BESIDE = ROOT.parent / "shared" / "tools" / "orca" / "orca-session"
SESSION = Path(os.environ.get("READER_ORCA_SESSION", _BESIDE))
# orca-session installs the rest itself; these two it may miss, and its start needs them.
_SESSION_PROGRAMS = {"dbus-launch": "dbus-x11", "Xvfb": "xvfb"}

pytestmark = pytest.mark.skipif(
    not SESSION.exists(), reason=f"no orca-session at {SESSION} (shared/ is not beside the clone)"
)


class Orca:
    """One orca-session: start the reader under Orca, press keys, read what Orca said."""

    def __init__(self, scratch: Path) -> None:
        self._env = dict(
            os.environ,
            ORCA_KIT_DIR=str(scratch / "session"),
            ORCA_KIT_STATE=str(scratch / "state"),
        )
        self._env.pop("QT_QPA_PLATFORM", None)  # the reader runs on the session's X screen
        self._settings = scratch / "settings.ini"
        self.transcript: list[str] = []

    def _run(self, *args: str, timeout: float = 120) -> str:
        result = subprocess.run(
            [str(SESSION), *args],
            env=self._env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert result.returncode == 0, f"orca-session {' '.join(args)}: {result.stderr}"
        return result.stdout

    def start(self, lang: str) -> str:
        """Start the reader under Orca; what Orca said about its window."""
        command = [sys.executable, "-m", "reader", "--settings", str(self._settings)]
        if lang != "fr":
            command += ["--lang", lang]
        try:
            said = self._run("start", "--lang", lang, "--", *command, timeout=180)
        except AssertionError:  # its desktop failed to come up (openbox, rarely): once more
            self.stop()
            said = self._run("start", "--lang", lang, "--", *command, timeout=180)
        self.transcript.append(f"[start]\n{said}")
        return said

    def key(self, spec: str, wait: float = 0) -> str:
        """Press one key or chord; what Orca said in answer (key echo included), listening for
        at least ``wait`` seconds (a dialog that opens says its parts one after another)."""
        said = self._run("key", spec, *(["--wait", str(wait)] if wait else []))
        self.transcript.append(f"[{spec}]\n{said}")
        return said

    def type(self, text: str) -> str:
        said = self._run("type", text)
        self.transcript.append(f"[type {text}]\n{said}")
        return said

    def stop(self) -> None:
        subprocess.run(
            [str(SESSION), "stop"], env=self._env, capture_output=True, timeout=60, check=False
        )


def _install() -> None:
    """What orca-session needs, installed as CI can (root, apt-get)."""
    missing = [package for tool, package in _SESSION_PROGRAMS.items() if not shutil.which(tool)]
    if missing and os.geteuid() == 0:
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, check=False)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *missing],
            env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"),
            capture_output=True,
            check=True,
        )
    for lang in ("fr", "en"):
        result = subprocess.run(
            [str(SESSION), "install", "--lang", lang], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def installed() -> None:
    _install()


@pytest.fixture
def orca(installed: None, tmp_path: Path) -> Iterator[Orca]:
    session = Orca(tmp_path)
    try:
        yield session
    finally:
        session.stop()
        print("\n".join(session.transcript))  # shown by pytest when the test fails


def _plain(text: str) -> str:
    """Orca's text with French non-breaking spaces as plain ones, for comparing."""
    return text.replace("\u00a0", " ").replace("\u202f", " ").casefold()


def _said(text: str, *expected: str) -> None:
    for piece in expected:
        assert _plain(piece) in _plain(text), f"Orca did not say « {piece} »:\n{text}"


def test_a_blind_reader_hears_the_article(orca: Orca) -> None:
    title = "Le cancer peut-il être guéri après métastase ?"
    # 1. The text is a document: its title and « texte », never « étiquette ».
    said = orca.start("fr")
    _said(said, title, "lecture seule texte")
    assert "étiquette" not in said
    # « Where am I » (KP_Enter in Orca's desktop layout) gives the same.
    said = orca.key("KP_Enter")
    _said(said, title, "lecture seule texte")
    assert "étiquette" not in said
    # Arrow keys read line by line.
    _said(orca.key("Down"), "métastase")  # the title's second line (it wraps by width)
    # 2. Tab goes from the caret to the next link, said with its kind; Shift+Tab goes back.
    _said(orca.key("Tab"), "cancer métastasé", "sélectionné", "Terme du glossaire")
    _said(orca.key("Tab"), "guérissable", "Terme du glossaire")
    _said(orca.key("shift+Tab"), "cancer métastasé", "Terme du glossaire")
    _said(orca.key("Tab"), "guérissable")
    # 3. Enter opens the definition, read at once; Tab goes through its links; Escape comes
    # back to the word, which is said.
    said = orca.key("Return")
    _said(said, "Définition : guérison", "Disparition durable du cancer")
    _said(orca.key("Tab"), "rémission", "sélectionné")
    said = orca.key("Escape")
    _said(said, title, "guérissable, Terme du glossaire")
    # 5. H and Shift+H move by heading, said with its level; at the last one, it is said.
    _said(orca.key("h"), "Cancer métastasé : perspectives", "titre de niveau 2")
    _said(orca.key("h"), "La complexité de la guérison", "titre de niveau 2")
    _said(orca.key("shift+h"), "Cancer métastasé : perspectives", "titre de niveau 2")
    # Tab starts from the heading just reached, not from the last link visited.
    _said(orca.key("Tab"), "cancer métastasé", "Terme du glossaire")
    _said(orca.key("h"), "La complexité de la guérison", "titre de niveau 2")
    _said(orca.key("h"), "Objectifs du traitement", "titre de niveau 2")
    # 6. The Sommaire: the current section named on entry, leaves not « étendu », Down goes to
    # the next one, Enter puts the keyboard on its heading in the text, which is said.
    # The current section is the selected one: Orca 43 says « non sélectionné » for a cell
    # that is not, and nothing for one that is.
    said = orca.key("ctrl+t")
    _said(said, "Sommaire", "Objectifs du traitement")
    assert "étendu" not in said and "La complexité" not in said, said
    assert "sélectionné" not in said, said
    said = orca.key("Down")
    _said(said, "Les avancées thérapeutiques")
    assert "étendu" not in said, said
    # Where am I: the section, its place in the list, no stray header text (« 1 »), and not
    # Qt's tree-table wording (« cellule de tableau … colonne 1 sur 1 ligne 5 sur 6 »).
    said = orca.key("KP_Enter")
    _said(said, "élément de liste", "Les avancées thérapeutiques", "5 sur 6")
    assert not {"1", "1.", "Sommaire."} & {line.strip() for line in said.splitlines()}, said
    assert "cellule" not in said and "colonne" not in said, said
    said = orca.key("Return")
    _said(said, "Les avancées thérapeutiques et les espoirs futurs, titre de niveau 2")
    orca.key("ctrl+End")
    _said(orca.key("h"), "Dernier titre")
    # 4. Search: the field is said when the focus arrives; every Enter and F3 says where the
    # current match is, « N sur M »; the results panel coming or going never takes Orca's
    # focus (its tab raised was said « Résultats onglet de page », then the field again).
    _said(orca.key("ctrl+f"), "Rechercher", "texte")
    said = orca.type("metastase")
    counts = re.findall(r"(\d+) sur (\d+)", said)
    assert counts, f"no count after typing:\n{said}"
    first, total = map(int, counts[-1])
    assert "onglet" not in said and "Rechercher" not in said, said
    said = orca.key("Return")
    assert re.search(rf"\b{first % total + 1} sur {total}\b", said), said
    said = orca.key("F3")
    assert re.search(rf"\b{(first + 1) % total + 1} sur {total}\b", said), said
    said = orca.key("Escape")  # back in the text, said at once (not « Sommaire onglet de page »)
    _said(said, title, "lecture seule texte")
    assert "onglet" not in said, said
    # 7. Display changes are said.
    _said(orca.key("ctrl+equal"), "Taille du texte :", "%")
    _said(orca.key("ctrl+minus"), "Taille du texte :", "%")
    _said(orca.key("ctrl+shift+t"), "Grand texte activé", "Taille du texte : 200 %")
    _said(orca.key("ctrl+shift+t"), "Grand texte désactivé")
    # 7. A PDF saved is said, as the message bar shows it (the file goes to the session's home).
    # (Fichier is reached from Affichage: Alt+F is also the glossary filter's letter.)
    _said(orca.key("alt+a"), "Menu Affichage")
    _said(orca.key("Left"), "Menu Fichier", "Imprimer")
    _said(orca.key("Down"), "Exporter en PDF")
    _said(orca.key("Return"), "Tout l’article")
    # The file dialog is said as a dialog, by its title, then its field by its label and the
    # proposed name. (Opened at Return's press, Orca 43.1 read the release as the new window's
    # and said only the name: it opens once the key is up, reader.ui.dialogs.print_scope.)
    said = orca.key("Return", wait=3)
    _said(said, "Exporter en PDF", "boîte de dialogue", "Nom du fichier", "métastase.pd")
    _said(orca.key("Return"), "Message : PDF enregistré")
    # 8. Menus say their name as they open, a submenu that it is one; the theme chosen is said.
    _said(orca.key("alt+a"), "Menu Affichage", "Aller au sommaire")
    _said(orca.key("h"), "Sous-menu Thème", "Système")
    orca.key("Down")
    _said(orca.key("Down"), "Sombre")
    _said(orca.key("Return"), "Thème : Sombre")


def test_the_english_interface_is_heard_in_english(orca: Orca) -> None:
    said = orca.start("en")
    assert "label" not in said.split(), said
    _said(orca.key("Tab"), "Glossary term, Enter shows its definition")
    _said(orca.key("h"), "heading level 2")
    _said(orca.key("ctrl+equal"), "Text size:")
    orca.key("ctrl+shift+t")
    _said(orca.key("ctrl+shift+t"), "Large text off")
    _said(orca.key("alt+v"), "Menu View")
    orca.key("Escape")
    orca.key("Escape")
    _said(orca.key("ctrl+f"), "Search")
    said = orca.type("cancer")
    assert re.search(r"\b\d+ of \d+\b", said), said
    assert "page tab" not in said, said
    said = orca.key("Escape")
    assert "page tab" not in said, said
    # The Sommaire: the current section on entry, and « where am I » as a list item.
    _said(orca.key("ctrl+t"), "Contents")
    said = orca.key("KP_Enter")
    _said(said, "list item", "of 6")
    assert "cell" not in said and "column" not in said, said
    orca.key("Escape")
    # The export's file dialog, said as a dialog with its field's label, in English too.
    _said(orca.key("alt+v"), "Menu View")
    _said(orca.key("Left"), "Menu File")
    _said(orca.key("Down"), "Export as PDF")
    _said(orca.key("Return"), "The whole article")
    said = orca.key("Return", wait=3)
    _said(said, "Export as PDF", "dialog", "File name", "métastase.pd")

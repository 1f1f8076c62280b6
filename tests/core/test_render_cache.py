"""The render cache: read back only when every input is unchanged, and never a cause of failure."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.bundle import content_dir
from reader.core.checksum import Checksum, checksum
from reader.core.document import Document, open_document
from reader.core.problems import ContentError
from reader.core.render_cache import (
    MAX_ENTRY_BYTES,
    cache_folder,
    cached_document,
    open_document_cached,
)
from tests.pipes import pipe_with_writer

ROOT = Path(__file__).resolve().parents[2]

GLOSSARY = (
    '[tumeur]\nheadword = "tumeur"\nforms = ["tumeur", "tumeurs"]\n'
    'definition = "Une masse de cellules."\n'
)


def _article(folder: Path) -> Path:
    """An article with metadata, a notice and a glossary of its own beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "texte.md"
    article.write_text("# Titre\n\nUne tumeur, puis deux tumeurs.\n\n## Suite\n\nFin.\n", "utf-8")
    (folder / "texte.toml").write_text(
        'title = "Un titre"\nsource = "Une source"\nedition_date = 2026-11-26\n', "utf-8"
    )
    (folder / "notice.md").write_text("Parlez-en à votre médecin.\n", "utf-8")
    (folder / "glossary.toml").write_text(GLOSSARY, "utf-8")
    return article


def _same(found: Document | None, expected: Document) -> None:
    assert found is not None
    assert found == expected  # article (text, metadata, problems), HTML, sections, notice, problems
    assert found.title == expected.title
    assert found.glossary == expected.glossary


def test_an_unchanged_article_is_read_back(tmp_path: Path) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    assert cached_document(article, cache) is None
    first = open_document_cached(article, cache)
    _same(first, open_document(article))
    _same(cached_document(article, cache), open_document(article))
    _same(open_document_cached(article, cache), open_document(article))


def test_the_bundled_article_is_read_back(tmp_path: Path) -> None:
    article = content_dir() / "article.md"
    open_document_cached(article, tmp_path)
    found = cached_document(article, tmp_path)
    _same(found, open_document(article))
    assert found is not None and len(found.glossary) > 0
    assert 'href="terme:micrometastase"' in found.rendered.html


def _edit(name: str, text: str | None) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        if text is None:
            (folder / name).unlink()
        else:
            (folder / name).write_text(text, "utf-8")

    return change


CHANGES = {
    "article text": _edit("texte.md", "# Autre titre\n\nUne tumeur.\n"),
    "article line ends": _edit("texte.md", "# Titre\r\n\r\nUne tumeur, puis deux tumeurs.\r\n"),
    "metadata changed": _edit("texte.toml", 'title = "Un autre titre"\n'),
    "metadata broken": _edit("texte.toml", "title = \n"),
    "metadata removed": _edit("texte.toml", None),
    "notice changed": _edit("notice.md", "Demandez conseil.\n"),
    "notice removed": _edit("notice.md", None),
    "glossary changed": _edit("glossary.toml", GLOSSARY.replace("Une masse", "Un amas")),
    "glossary broken": _edit("glossary.toml", "[tumeur\n"),
    "glossary removed": _edit("glossary.toml", None),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_any_change_of_an_input_renders_again(
    tmp_path: Path, change: Callable[[Path], None]
) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    before = open_document_cached(article, cache)
    change(article.parent)
    assert cached_document(article, cache) is None
    after = open_document_cached(article, cache)
    _same(after, open_document(article))
    assert (after, after.glossary) != (before, before.glossary)
    _same(cached_document(article, cache), open_document(article))


def test_another_name_for_the_same_text_is_another_entry(tmp_path: Path) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    open_document_cached(article, cache)
    copy = article.with_name("copie.md")
    shutil.copy(article, copy)
    assert cached_document(copy, cache) is None
    _same(open_document_cached(copy, cache), open_document(copy))
    _same(cached_document(article, cache), open_document(article))  # the first one is kept


DAMAGE = {
    "garbage": b"\x00\xff not json",
    "empty": b"",
    "truncated": None,  # the first half of the real file
    "wrong shape": b'{"key": 1}',
    "wrong key": b'{"key": "0", "document": {}}',
    "list": b"[1, 2, 3]",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path: Path, damage: bytes | None) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    open_document_cached(article, cache)
    (entry,) = cache.iterdir()
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2] if damage is None else damage)
    assert cached_document(article, cache) is None
    _same(open_document_cached(article, cache), open_document(article))
    _same(cached_document(article, cache), open_document(article))


def test_a_damaged_document_in_a_matching_entry_is_ignored(tmp_path: Path) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    open_document_cached(article, cache)
    (entry,) = cache.iterdir()
    text = entry.read_text("utf-8")
    entry.write_text(text.replace('"sections": [[', '"sections": [["x"], ['), "utf-8")
    assert cached_document(article, cache) is None


def test_a_cache_folder_that_cannot_be_made_is_no_error(tmp_path: Path) -> None:
    article = _article(tmp_path / "a")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be", "utf-8")
    cache = blocker / "cache"
    _same(open_document_cached(article, cache), open_document(article))
    assert cached_document(article, cache) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "not-a-folder"]


def test_a_cache_entry_that_cannot_be_read_is_no_error(tmp_path: Path) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    open_document_cached(article, cache)
    (entry,) = cache.iterdir()
    entry.unlink()
    entry.mkdir()  # a folder where the file was: opening it fails
    _same(open_document_cached(article, cache), open_document(article))
    assert cached_document(article, cache) is None


def test_an_input_that_cannot_be_read_is_not_cached(tmp_path: Path) -> None:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    (article.parent / "glossary.toml").unlink()
    (article.parent / "glossary.toml").mkdir()
    document = open_document_cached(article, cache)
    _same(document, open_document(article))
    assert len(document.problems) == 1  # the glossary is a folder: said, not cached
    assert not cache.exists()


def test_an_article_that_cannot_be_shown_raises_as_without_cache(tmp_path: Path) -> None:
    from reader.core.problems import ContentError

    empty = tmp_path / "vide.md"
    empty.write_text("  \n", "utf-8")
    with pytest.raises(ContentError, match="vide"):
        open_document_cached(empty, tmp_path / "cache")
    with pytest.raises(ContentError, match="introuvable"):
        open_document_cached(tmp_path / "absent.md", tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


FOLDERS = {
    "XDG_CACHE_HOME": ({"XDG_CACHE_HOME": "/var/cache/moi"}, "/var/cache/moi/lecteur-sante"),
    "unset": ({}, "/home/moi/.cache/lecteur-sante"),
    "empty": ({"XDG_CACHE_HOME": ""}, "/home/moi/.cache/lecteur-sante"),
    "relative, ignored": ({"XDG_CACHE_HOME": "cache"}, "/home/moi/.cache/lecteur-sante"),
}


@pytest.mark.parametrize(("environ", "expected"), FOLDERS.values(), ids=FOLDERS.keys())
def test_cache_folder(environ: dict[str, str], expected: str) -> None:
    assert cache_folder(environ, Path("/home/moi")) == Path(expected)


def test_a_pipe_given_as_the_article_is_refused_not_read(tmp_path: Path) -> None:
    with (
        pipe_with_writer(tmp_path / "article.md", b"# Titre\n\nTexte.\n") as pipe,
        pytest.raises(ContentError, match="pas un fichier ordinaire"),
    ):
        open_document_cached(pipe, tmp_path / "cache")
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ([b"abc"], [b"abd"]),
        ([b"ab", b"c"], [b"a", b"bc"]),
        ([None], [b""]),
        ([b"x" * 1000], [b"x" * 999 + b"y"]),
        ([b"\x00" * 10], [b"\x00" * 11]),
    ],
)
def test_the_checksum_tells_inputs_apart(
    first: list[bytes | None], second: list[bytes | None]
) -> None:
    assert checksum(first) != checksum(second)
    assert checksum(first) == checksum(list(first))


def test_the_cache_does_not_load_openssl() -> None:
    code = (
        "import sys, reader.core.render_cache; "
        "assert '_hashlib' not in sys.modules and 'hashlib' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_glossary_read_back_needs_neither_the_toml_parser_nor_the_checker(
    tmp_path: Path,
) -> None:
    """Issue 20: a click on a term at start waits for neither (tens of milliseconds)."""
    article = _article(tmp_path / "a")
    open_document_cached(article, tmp_path / "cache")
    code = (
        "import sys; from pathlib import Path; "
        "from reader.core.render_cache import cached_document; "
        f"document = cached_document(Path({str(article)!r}), Path({str(tmp_path / 'cache')!r})); "
        "entry = document.glossary.get('tumeur'); "
        "assert entry is not None and entry.forms == ('tumeur', 'tumeurs'), entry; "
        "assert 'tomllib' not in sys.modules and 'reader.core.glossary.loader' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# -- entries that are damaged, hostile or not files at all (issue 16) -----------------------------


def _sealed(data: bytes) -> bool:
    return re.fullmatch(rb"[0-9a-f]{24}", data.partition(b"\n")[0]) is not None


def _body(entry: Path) -> bytes:
    """The JSON of an entry, with or without the digest line in front."""
    data = entry.read_bytes()
    return data.partition(b"\n")[2] if _sealed(data) else data


def _rewrite(entry: Path, body: bytes) -> None:
    """Write ``body`` in the entry's own format, with a digest that matches it when it had one:
    the guards after the digest are tested too."""
    sealed = _sealed(entry.read_bytes())
    digest = Checksum(body).hexdigest().encode() + b"\n"
    entry.write_bytes(digest + body if sealed else body)


def _one_entry(tmp_path: Path) -> tuple[Path, Path, Path]:
    article, cache = _article(tmp_path / "a"), tmp_path / "cache"
    open_document_cached(article, cache)
    (entry,) = cache.iterdir()
    return article, cache, entry


GLOSSARY_DAMAGE = {
    "entry too short": (b'"glossary": [[', b'"glossary": [["x"], ['),
    "forms not a list": (b'["tumeur", "tumeurs"]', b"7"),
    "problems not a list": (b'"glossary_problems": [', b'"glossary_problems": 3, "x": ['),
}


@pytest.mark.parametrize("damage", GLOSSARY_DAMAGE.values(), ids=GLOSSARY_DAMAGE.keys())
def test_a_damaged_glossary_in_a_sealed_entry_is_read_from_its_file_again(
    tmp_path: Path, damage: tuple[bytes, bytes]
) -> None:
    """The glossary kept in an entry is built when first needed, after the first paint: if that
    part is damaged, the reader still gets the glossary, from its file."""
    article, cache, entry = _one_entry(tmp_path)
    body = _body(entry)
    assert damage[0] in body
    _rewrite(entry, body.replace(damage[0], damage[1], 1))
    _same(cached_document(article, cache), open_document(article))


def test_an_entry_without_a_glossary_renders_again(tmp_path: Path) -> None:
    article, cache, entry = _one_entry(tmp_path)
    _rewrite(entry, _body(entry).replace(b'"glossary": [', b'"not the glossary": [', 1))
    assert cached_document(article, cache) is None
    _same(open_document_cached(article, cache), open_document(article))


def test_a_changed_text_in_an_entry_is_detected_not_shown(tmp_path: Path) -> None:
    """Valid JSON, the right key, the text changed: the digest of the entry catches it."""
    article, cache, entry = _one_entry(tmp_path)
    entry.write_bytes(entry.read_bytes().replace(b"Fin.", b"Faux."))
    assert cached_document(article, cache) is None
    _same(open_document_cached(article, cache), open_document(article))


@pytest.mark.parametrize("sealed", [False, True], ids=["plain", "sealed"])
def test_deeply_nested_json_renders_again(tmp_path: Path, sealed: bool) -> None:
    article, cache, entry = _one_entry(tmp_path)
    body = b"[" * 200_000 + b"]" * 200_000
    if sealed:
        _rewrite(entry, body)
    else:
        entry.write_bytes(body)
    assert cached_document(article, cache) is None


@pytest.mark.parametrize("value", [b"1e999", b"Infinity", b"NaN", b"-Infinity"])
def test_infinite_values_render_again(tmp_path: Path, value: bytes) -> None:
    article, cache, entry = _one_entry(tmp_path)
    body = _body(entry)
    changed = re.sub(rb'"sections": \[\["([^"]*)", \d+', b'"sections": [["\\1", ' + value, body)
    assert changed != body
    _rewrite(entry, changed)
    assert cached_document(article, cache) is None


def test_a_huge_entry_is_not_read(tmp_path: Path) -> None:
    """Whatever its size, an entry is read up to a bound, then rendering starts again."""
    article, cache, entry = _one_entry(tmp_path)
    body = _body(entry).replace(b"Fin.", b"Fin." + b"x" * (MAX_ENTRY_BYTES + 10))
    _rewrite(entry, body)
    assert cached_document(article, cache) is None


def test_a_pipe_as_an_entry_is_not_read(tmp_path: Path) -> None:
    article, cache, entry = _one_entry(tmp_path)
    content = entry.read_bytes()
    entry.unlink()
    with pipe_with_writer(entry, content):
        assert cached_document(article, cache) is None


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_link_to_a_device_as_an_entry_is_not_read(tmp_path: Path, device: str) -> None:
    """Run in a child with a memory limit: reading /dev/zero to its end fills any memory."""
    article, cache, entry = _one_entry(tmp_path)
    entry.unlink()
    entry.symlink_to(device)
    code = (
        "import resource, sys; from pathlib import Path;"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, resource.RLIM_INFINITY));"
        "from reader.core.render_cache import cached_document;"
        "print(cached_document(Path(sys.argv[1]), Path(sys.argv[2])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(article), str(cache)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "None\n"), result.stderr


def test_a_link_planted_at_a_temporary_name_is_not_followed(tmp_path: Path) -> None:
    """The old temporary name was predictable (.NAME.PID.tmp): a link planted there was
    followed, writing the entry over another file."""
    article, cache, entry = _one_entry(tmp_path)
    (article.parent / "texte.md").write_text("# Titre\n\nAutre texte.\n", "utf-8")
    victim = tmp_path / "precieux.txt"
    victim.write_text("à garder", "utf-8")
    (cache / f".{entry.name}.{os.getpid()}.tmp").symlink_to(victim)
    open_document_cached(article, cache)
    assert victim.read_text("utf-8") == "à garder"
    assert cached_document(article, cache) is not None


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert cache_folder({}) is None
    assert open_document_cached(content_dir() / "article.md", None).title

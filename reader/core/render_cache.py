"""Rendered articles kept between runs, so that a start shows the text without Markdown or TOML.

Rendering the bundled article costs tens of milliseconds, mostly importing Python-Markdown and
the TOML parser; the result depends only on a few files and on the code that renders them. So
the result is stored in the user's cache folder, one file per article, under a key that hashes
every input: the article, its metadata, the notices, the glossary, the file name, and the source
of the modules that render (with Python-Markdown's version and the reader's). Any change gives
a new key, hence a fresh rendering.

The cache is only ever a shortcut: a missing, stale, corrupt or unreadable cache file, or a
folder that cannot be written, simply means rendering as if there were no cache. Each entry
starts with a digest of its own contents, so that damage is detected rather than shown; it is
read only when it is a regular file (not a pipe, a device or a link) of a bounded size, and
its JSON is parsed without infinities, NaN or unbounded nesting. Entries are written under an
unpredictable temporary name, created exclusively, then renamed.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Mapping
from datetime import date
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

import reader
from reader.core.article import MAX_TEXT_BYTES, Article, Metadata, text_from_bytes
from reader.core.checksum import Checksum, checksum
from reader.core.document import GLOSSARY_NAME, Document, notice_candidates, open_document
from reader.core.problems import Problem
from reader.core.rendered_article import RenderedArticle, Section

if TYPE_CHECKING:
    from reader.core.glossary.entries import Glossary

FORMAT = 3
"""Bumped whenever what a cache file holds changes shape (3: the glossary's entries are kept)."""

MAX_ENTRY_BYTES = 4 * MAX_TEXT_BYTES
"""The largest cache entry read or written: the HTML of the largest article shown, and more."""
_DIGEST_LENGTH = 24  # hex digits of a Checksum
_ENTRY_PROBLEMS = (
    OSError,
    ValueError,  # bad JSON or UTF-8, NaN, a date that is none, an integer too long
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    RecursionError,  # nesting too deep for the JSON parser
    OverflowError,  # a level of 1e999
    MemoryError,
)

APPLICATION_FOLDER = "lecteur-sante"


class _Unreadable(Exception):
    """An input exists but cannot be read: rendering will say why, the cache stays out of it."""


def cache_folder(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path | None:
    """Where rendered articles are kept: ``$XDG_CACHE_HOME/lecteur-sante``, else
    ``~/.cache/lecteur-sante``; None when there is no home folder to put it in (no ``HOME``
    and no entry in the password database): the reader then runs without cache."""
    environ = os.environ if environ is None else environ
    base = environ.get("XDG_CACHE_HOME", "")
    if not base or not Path(base).is_absolute():  # the XDG rule: a relative value is ignored
        if home is None:
            try:
                home = Path.home()
            except (RuntimeError, KeyError, OSError):
                return None
            if not home.is_absolute():
                return None
        return home / ".cache" / APPLICATION_FOLDER
    return Path(base) / APPLICATION_FOLDER


def open_document_cached(path: Path, folder: Path | None) -> Document:
    """Like ``open_document``, through the cache in ``folder`` (None: no cache): read back when
    every input is unchanged, else rendered and stored for next time."""
    if folder is None:
        return open_document(path)
    try:
        inputs = _Inputs(path)
    except _Unreadable:
        return open_document(path)  # it says what is wrong, and such a result is not kept
    cached = _load(folder, inputs)
    if cached is not None:
        return cached
    document = open_document(path)
    try:
        unchanged = _Inputs(path).key == inputs.key  # not edited while it was being rendered
    except _Unreadable:
        unchanged = False
    if unchanged:
        _store(folder, inputs, document)
    return document


def cached_document(path: Path, folder: Path) -> Document | None:
    """The document read back from the cache, or None when there is no usable entry for it."""
    try:
        return _load(folder, _Inputs(path))
    except _Unreadable:
        return None


class _Inputs:
    """The bytes of every file an article's rendering depends on, and the key they make."""

    def __init__(self, path: Path) -> None:
        self.path = path
        article = _read(path)
        if article is None:
            raise _Unreadable(path)
        self.article = article
        self.metadata = _read(path.with_suffix(".toml"))
        self.notices = tuple(_read(candidate) for candidate in notice_candidates(path.parent))
        self.glossary_path = path.parent / GLOSSARY_NAME
        self.glossary = _read(self.glossary_path)
        self.key = checksum(
            (
                _code_fingerprint(),
                str(path).encode("utf-8", "surrogateescape"),
                article,
                self.metadata,
                *self.notices,
                self.glossary,
            )
        )

    @property
    def file_name(self) -> str:
        """One cache file per article: a new rendering replaces the old one."""
        where = str(self.path.absolute()).encode("utf-8", "surrogateescape")
        return Checksum(where).hexdigest() + ".json"


def _read(path: Path) -> bytes | None:
    """A file's bytes; None when there is no such file.

    Only a regular file, and no more than a text may hold: a pipe would wait for ever and a
    device never end; such inputs go to ``open_document``, which says what is wrong.
    """
    try:
        if not path.exists():
            return None
        if not path.is_file():
            raise _Unreadable(path)
        with path.open("rb") as handle:
            return handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _Unreadable(path) from error


_fingerprint: bytes | None = None


def _code_fingerprint() -> bytes:
    """What identifies the rendering code: versions, and the files of the rendering modules."""
    global _fingerprint
    if _fingerprint is None:
        digest = Checksum(f"{FORMAT} {reader.__version__} {sys.version_info[:2]}".encode())
        # The whole Qt-free core: a list of the modules that matter would fall behind the code.
        core = Path(__file__).resolve().parent
        sources = sorted([*core.glob("*.py"), *core.glob("*/*.py")])
        spec = find_spec("markdown")  # found, not imported: its version file is enough
        if spec is not None and spec.origin is not None:
            sources.append(Path(spec.origin).parent / "__meta__.py")
        # Each file's size and modification time, not its bytes: reading some forty files
        # at every start costs a disk read each on a computer just switched on (a changed
        # time with the same text only renders the article once more).
        for source in sources:
            try:
                status = source.stat()
                digest.update(f"{source} {status.st_size} {status.st_mtime_ns}".encode())
            except OSError:
                digest.update(b"?")
        _fingerprint = digest.hexdigest().encode()
    return _fingerprint


def _load(folder: Path, inputs: _Inputs) -> Document | None:
    try:
        body = _entry_body(folder / inputs.file_name)
        if body is None:
            return None
        stored = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
        if stored["key"] != inputs.key:
            return None
        return _document(stored["document"], inputs)
    except _ENTRY_PROBLEMS:
        return None  # no entry, or a damaged one: render as if there were none


def _entry_body(path: Path) -> bytes | None:
    """The JSON of a cache entry when its digest matches it, else None; reads only a regular
    file (not through a link: /dev/zero would never end) and no more than MAX_ENTRY_BYTES."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)  # a pipe opens at once without waiting for a writer
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_ENTRY_BYTES:
            return None
        data = file.read(MAX_ENTRY_BYTES + 1)
    digest, newline = data[:_DIGEST_LENGTH], data[_DIGEST_LENGTH : _DIGEST_LENGTH + 1]
    body = data[_DIGEST_LENGTH + 1 :]
    if len(data) > MAX_ENTRY_BYTES or newline != b"\n" or digest != _digest(body):
        return None
    return body


def _digest(body: bytes) -> bytes:
    return Checksum(body).hexdigest().encode("ascii")


def _no_constant(name: str) -> object:
    raise ValueError(f"no {name} in a cache entry")


def _store(folder: Path, inputs: _Inputs, document: Document) -> None:
    text = json.dumps({"key": inputs.key, "document": _plain(document)}, ensure_ascii=False)
    try:
        body = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate that no Problem cleaned: not worth keeping
        return
    if len(body) + _DIGEST_LENGTH + 1 > MAX_ENTRY_BYTES:
        return  # never read back: not worth writing
    temporary: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # An unpredictable name, created exclusively: nothing planted there is followed.
        descriptor, name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=folder)
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as file:
            file.write(_digest(body) + b"\n" + body)
        os.replace(temporary, folder / inputs.file_name)  # a reader never sees half a file
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _plain(document: Document) -> dict[str, Any]:
    """A document as JSON values, its checked glossary included: read back, it needs neither
    the TOML parser nor the checker (the first click on a term waits for neither)."""
    metadata = document.article.metadata
    glossary = document.glossary
    rendered = document.rendered
    return {
        "metadata": [
            metadata.title,
            metadata.language,
            metadata.source,
            metadata.edition_date.isoformat() if metadata.edition_date else None,
            metadata.edition_note,
        ],
        "article_problems": [_plain_problem(p) for p in document.article.problems],
        "notice": document.notice,
        "problems": [_plain_problem(p) for p in document.problems],
        "html": rendered.html,
        "sections": [[s.id, s.level, s.title] for s in rendered.sections],
        "rendered_problems": [_plain_problem(p) for p in rendered.problems],
        "glossary": [
            [e.id, e.headword, list(e.forms), e.definition, list(e.synonyms), list(e.see_also)]
            for e in glossary.entries
        ],
        "glossary_problems": [_plain_problem(p) for p in glossary.problems],
    }


def _plain_problem(problem: Problem) -> list[object]:
    return [problem.path, problem.message, problem.line]


def _document(plain: dict[str, Any], inputs: _Inputs) -> Document:
    """The document stored as ``plain``, for these (unchanged) inputs."""
    title, language, source, edition, note = plain["metadata"]
    metadata = Metadata(
        title=_text_or_none(title),
        language=str(language),
        source=_text_or_none(source),
        edition_date=date.fromisoformat(edition) if edition is not None else None,
        edition_note=_text_or_none(note),
    )
    article = Article(
        path=inputs.path,
        markdown=text_from_bytes(inputs.article, inputs.path),
        metadata=metadata,
        problems=_problems(plain["article_problems"]),
    )
    rendered = RenderedArticle(
        html=str(plain["html"]),
        sections=tuple(Section(str(i), int(level), str(t)) for i, level, t in plain["sections"]),
        problems=_problems(plain["rendered_problems"]),
    )
    return Document(
        article,
        rendered,
        str(plain["notice"]),
        _problems(plain["problems"]),
        _glossary_loader(plain["glossary"], plain["glossary_problems"], inputs),
    )


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _problems(plain: list[list[Any]]) -> tuple[Problem, ...]:
    return tuple(
        Problem(str(path), str(message), None if line is None else int(line))
        for path, message, line in plain
    )


def _glossary_loader(
    entries: list[list[Any]], problems: list[list[Any]], inputs: _Inputs
) -> Callable[[], Glossary]:
    """The checked glossary kept in the entry, built when first needed (not before the first
    paint); should that part of the entry be damaged, the glossary file is read again."""

    def load() -> Glossary:
        try:
            return _glossary(entries, problems)
        except _ENTRY_PROBLEMS:
            from reader.core.glossary.entries import EMPTY_GLOSSARY
            from reader.core.glossary.loader import glossary_from_bytes

            data, source = inputs.glossary, str(inputs.glossary_path)
            return EMPTY_GLOSSARY if data is None else glossary_from_bytes(data, source)

    return load


def _glossary(entries: list[list[Any]], problems: list[list[Any]]) -> Glossary:
    """The checked glossary kept in an entry."""
    from reader.core.glossary.entries import Entry, Glossary

    return Glossary(
        tuple(
            Entry(
                str(entry_id),
                str(headword),
                tuple(str(form) for form in forms),
                str(definition),
                tuple(str(synonym) for synonym in synonyms),
                tuple(str(target) for target in see_also),
            )
            for entry_id, headword, forms, definition, synonyms, see_also in entries
        ),
        _problems(problems),
    )

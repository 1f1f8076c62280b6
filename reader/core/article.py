"""Reading an article file and its metadata, with a clear French message for each way it fails."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from reader.core.problems import (
    TOO_DEEP,
    ContentError,
    Problem,
    deep_nesting_line,
    toml_problem,
)
from reader.core.record import field, record

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MAX_TEXT_BYTES = 10_000_000
"""Largest text file read (twice the 5 MB stress article): beyond, opening would take minutes."""
_METADATA_KEYS = {"title", "language", "source", "edition_date", "edition_note"}


@record
class Metadata:
    """What is known about a text; ``None`` where its metadata file says nothing."""

    title: str | None = None
    language: str = "fr"
    source: str | None = None
    edition_date: date | None = None
    edition_note: str | None = None

    @property
    def source_text(self) -> str | None:
        """The source as a sentence: a capital first, a full stop last."""
        return _sentence(self.source) if self.source else None

    @property
    def edition_text(self) -> str | None:
        """What the edition did, as a sentence: a capital first, a full stop last."""
        return _sentence(self.edition_note) if self.edition_note else None

    @property
    def source_line(self) -> str | None:
        """« Source : Ce texte… », as the article's end and the printed handout say it."""
        return f"Source\u00a0: {self.source_text}" if self.source_text else None

    @property
    def edition_line(self) -> str | None:
        """« Édition : … »: what the edition did, in one sentence, or None."""
        return f"Édition\u00a0: {self.edition_text}" if self.edition_text else None

    @property
    def date_line(self) -> str | None:
        """« Date de l’édition : 26 novembre 2026. », or None when the date is unknown."""
        if self.edition_date_text is None:
            return None
        return f"Date de l’édition\u00a0: {self.edition_date_text}."

    @property
    def about_lines(self) -> tuple[str, ...]:
        """Source, edition and date, one line and one sentence each, as far as they are known."""
        lines = (self.source_line, self.edition_line, self.date_line)
        return tuple(line for line in lines if line)

    @property
    def edition_date_text(self) -> str | None:
        """The edition date written the French way: « 26 novembre 2026 »."""
        if self.edition_date is None:
            return None
        d = self.edition_date
        return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _sentence(text: str) -> str:
    """``text`` as a sentence of its own: so that every line after a label starts the same
    way (« Source : Ce texte… », « Édition : Cette version… »), whatever the file says."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", "»", ")")) else text + "."


@record
class Article:
    """An article's Markdown text as read, with its metadata and the problems worth telling."""

    path: Path
    markdown: str
    metadata: Metadata = field(default_factory=Metadata)
    problems: tuple[Problem, ...] = ()


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def read_text_file(path: Path, what: str = "l’article") -> str:
    """Read a UTF-8 text file (BOM and CRLF allowed), or raise ContentError saying why not."""
    name = str(path)
    if not path.exists():
        raise ContentError(
            Problem(name, f"fichier introuvable : {what} n’existe pas à cet endroit.")
        )
    if path.is_dir():
        raise ContentError(
            Problem(name, "c’est un dossier ; un fichier texte Markdown (.md) est attendu.")
        )
    if not path.is_file():  # a pipe would wait for ever, a device such as /dev/zero never ends
        raise ContentError(
            Problem(
                name,
                "ce n’est pas un fichier ordinaire (tube, périphérique…) ; "
                "un fichier texte Markdown (.md) est attendu.",
            )
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES + 1)
    except OSError as error:
        reason = error.strerror or error.__class__.__name__
        raise ContentError(Problem(name, f"impossible de lire le fichier ({reason}).")) from None
    return text_from_bytes(data, path)


def text_from_bytes(data: bytes, path: Path) -> str:
    """A text file's bytes as text with ``\\n`` line ends, or ContentError saying why not."""
    name = str(path)
    if len(data) > MAX_TEXT_BYTES:
        raise ContentError(
            Problem(
                name,
                f"le fichier est trop grand : un texte de {MAX_TEXT_BYTES // 1_000_000} Mo "
                "au plus est attendu.",
            )
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ContentError(
            Problem(
                name,
                "fichier binaire (octet nul) : un texte Markdown est attendu.",
                _line_of(data, nul),
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = _line_of(data, error.start)
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ContentError(
            Problem(
                name,
                f"le texte n’est pas en UTF-8 (octet 0x{data[error.start]:02X}, "
                f"colonne {column}) ; enregistrez le fichier en UTF-8.",
                line,
            )
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: Path) -> Article:
    """Read an article and the optional ``<name>.toml`` metadata beside it.

    Raises ContentError when there is nothing to show; metadata problems are only reported.
    """
    text = read_text_file(path)
    if not text.strip():
        raise ContentError(Problem(str(path), "le fichier est vide : aucun texte à afficher."))
    from reader.core.limits import beyond_limits  # here: the render cache never needs it

    refused = beyond_limits(text, str(path))
    if refused is not None:
        raise ContentError(refused)
    metadata, problems = read_metadata(path.with_suffix(".toml"))
    return Article(path=path, markdown=text, metadata=metadata, problems=problems)


def read_metadata(path: Path) -> tuple[Metadata, tuple[Problem, ...]]:
    """Read an article's metadata; a missing file is fine, a broken one is reported and ignored."""
    if not path.is_file():
        return Metadata(), ()
    import tomllib  # here: an article read back from the render cache needs no TOML parser

    try:
        text = read_text_file(path, "les métadonnées")
    except ContentError as error:
        return Metadata(), (error.problem,)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Metadata(), (toml_problem(error, str(path)),)
    except RecursionError:
        problem = Problem(str(path), f"TOML invalide : {TOO_DEEP}.", deep_nesting_line(text))
        return Metadata(), (problem,)
    return parse_metadata(raw, str(path))


def parse_metadata(raw: dict[str, object], source: str) -> tuple[Metadata, tuple[Problem, ...]]:
    """Turn a metadata table into Metadata, keeping what is valid and reporting the rest."""
    problems: list[Problem] = []
    for key in sorted(set(raw) - _METADATA_KEYS):
        allowed = ", ".join(sorted(_METADATA_KEYS))
        problems.append(Problem(source, f"clé inconnue « {key} » (clés permises : {allowed})."))
    values: dict[str, object] = {}
    for key in ("title", "language", "source", "edition_note"):
        value = raw.get(key)
        if value is None:
            continue
        if isinstance(value, str) and value.strip():
            values[key] = value.strip()
        else:
            problems.append(Problem(source, f"« {key} » doit être un texte non vide."))
    edition = raw.get("edition_date")
    if edition is not None:
        if isinstance(edition, datetime):  # 2026-11-26T10:00:00 : the day is what is meant
            values["edition_date"] = edition.date()
        elif isinstance(edition, date):
            values["edition_date"] = edition
        else:
            problems.append(Problem(source, "« edition_date » doit être une date (AAAA-MM-JJ)."))
    return Metadata(**values), tuple(problems)  # type: ignore[arg-type]

"""The medical glossary, read from TOML and checked so that one bad entry costs only itself.

Loading never raises for bad content: each fault becomes a French ``Problem`` that names the
entry and its line, the broken entry is left out, and the rest of the glossary stays usable.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

from reader.core.article import MAX_TEXT_BYTES
from reader.core.folding import fold_str
from reader.core.french_spacing import collapse_spaces, excerpt, fix_spacing, spacing_faults
from reader.core.glossary.entries import EMPTY_GLOSSARY, Entry, Glossary, with_changes
from reader.core.problems import TOO_DEEP, Problem, deep_nesting_line, toml_position
from reader.core.toml_reasons import in_french

ALLOWED_KEYS: tuple[str, ...] = ("headword", "forms", "definition", "synonyms", "see_also")
"""The keys an entry may have; anything else is most likely a typo, so it is reported."""

_ID_RE = re.compile(r"[A-Za-z0-9_-]+")
# Entry ids end up in links (``terme:ID``): plain ASCII keeps them stable and URL-safe.

_HEADER_RE = re.compile(
    r"""^[ \t]*\[\[?[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([A-Za-z0-9_-]+))[ \t]*\]""",
    re.MULTILINE,
)
_KEY_LINE_RE = re.compile(r"""[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'=]+))[ \t]*=""")


def sort_key(headword: str) -> tuple[str, str]:
    """French dictionary order, near enough: accents and case ignored, then exact text."""
    return (fold_str(headword), headword)


def load_glossary(path: Path) -> Glossary:
    """Read a glossary file; a missing file is simply no glossary, other faults are problems."""
    source = str(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        # A pipe would wait for ever, a device such as /dev/zero never ends.
        return _unusable(
            source,
            "ce n’est pas un fichier ordinaire (tube, périphérique…) : aucun terme n’est chargé.",
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        return EMPTY_GLOSSARY
    except IsADirectoryError:
        return _unusable(source, "c’est un dossier, pas un fichier : aucun terme n’est chargé.")
    except PermissionError:
        return _unusable(source, "lecture refusée (droits d’accès) : aucun terme n’est chargé.")
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        return _unusable(source, f"lecture impossible ({detail}) : aucun terme n’est chargé.")
    return glossary_from_bytes(data, source)


def glossary_from_bytes(data: bytes, source: str) -> Glossary:
    """Check a glossary file's bytes, read by the caller; never raises for bad content."""
    if len(data) > MAX_TEXT_BYTES:
        return _unusable(
            source,
            f"le fichier est trop grand : un glossaire de {MAX_TEXT_BYTES // 1_000_000} Mo au plus "
            "est attendu. Aucun terme n’est chargé.",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return _unusable(
            source,
            "le fichier n’est pas en UTF-8 (octet invalide à cet endroit) : "
            "enregistrez-le en UTF-8. Aucun terme n’est chargé.",
            line,
        )
    return parse_glossary(text.removeprefix("\ufeff"), source)


def parse_glossary(text: str, source: str) -> Glossary:
    """Check every entry of a glossary's TOML text; never raises for bad content."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _syntax_error(text, source, exc)
    except RecursionError:  # 500 nested lists exhaust the parser's stack: a syntax error too
        return _unusable(
            source,
            f"erreur de syntaxe TOML : {TOO_DEEP}. Corrigez cette ligne : tant qu’elle est "
            "fausse, aucun terme n’est chargé.",
            deep_nesting_line(text),
        )
    return _Checker(text, source).check(data)


def _unusable(source: str, message: str, line: int | None = None) -> Glossary:
    return Glossary((), (Problem(source, message, line),))


def _syntax_error(text: str, source: str, exc: tomllib.TOMLDecodeError) -> Glossary:
    """Turn tomllib's English message into a French one that still gives the exact place."""
    detail = str(exc)
    line: int | None = None
    where = ""
    position = toml_position(detail)
    detail = position.reason
    if position.line is not None:
        line = position.line
        where = f" (colonne {position.column})"
    elif position.at_end:
        line = text.rstrip().count("\n") + 1  # the last line that holds anything
        where = " (à la fin du fichier)"
    message = (
        f"erreur de syntaxe TOML{where} : {_in_french(detail.strip())}. "
        "Corrigez cette ligne : tant qu’elle est fausse, aucun terme n’est chargé."
    )
    return _unusable(source, message, line)


def _in_french(detail: str) -> str:
    """tomllib's reason in French (reader.core.toml_reasons); an unknown one is quoted."""
    french = in_french(detail)
    return french if french != detail else f"«\u00a0{detail}\u00a0» (message de l’analyseur TOML)"


def _quoted(items: Iterable[str]) -> str:
    return ", ".join(f"« {item} »" for item in items)


def _type_name(value: object) -> str:
    """The TOML word for a value's type, so the message matches what the author typed."""
    if isinstance(value, bool):
        return "un booléen"
    if isinstance(value, int | float):
        return "un nombre"
    if isinstance(value, str):
        return "un texte"
    if isinstance(value, list):
        return "une liste"
    if isinstance(value, dict):
        return "une table"
    return "une date ou une heure"


class _Checker:
    """One pass over the parsed TOML: collects valid entries and problems in file order."""

    def __init__(self, text: str, source: str) -> None:
        self._text = text
        self._source = source
        self._problems: list[Problem] = []
        self._header_lines: dict[str, int] = {}
        self._header_starts: list[int] = []
        self._line_starts: list[int] = []  # filled when first needed
        self._key_lines: dict[str, int] | None = None  # made on first need (see _line)
        line = 1
        last = 0
        for match in _HEADER_RE.finditer(text):
            line += text.count("\n", last, match.start())
            last = match.start()
            key = next(group for group in match.groups() if group is not None)
            self._header_lines.setdefault(key, line)
            self._header_starts.append(match.start())

    def check(self, data: Mapping[str, object]) -> Glossary:
        well_formed: list[Entry] = []
        dropped: set[str] = set()
        for entry_id, value in data.items():
            entry = self._entry(entry_id, value)
            if entry is None:
                dropped.add(entry_id)
            else:
                well_formed.append(entry)
        # Everything that needs folding goes through one call: per-string calls dominated
        # the load time of a large glossary.
        folded = iter(
            fold_many(
                [
                    text
                    for entry in well_formed
                    for text in (entry.headword, entry.definition, *entry.forms)
                ]
            )
        )
        owners: dict[str, str] = {}  # folded form -> id of the entry that claimed it first
        kept: list[tuple[Entry, str, str, tuple[str, ...]]] = []
        for entry in well_formed:
            folded_headword, folded_definition = next(folded), next(folded)
            folded_forms = tuple(next(folded) for _ in entry.forms)
            owned = self._own_forms(entry, folded_forms, owners)
            if owned is None:
                dropped.add(entry.id)
                continue
            kept.append((owned[0], folded_headword, folded_definition, owned[1]))
        known = {entry.id for entry, *_ in kept}
        keyed: list[tuple[tuple[str, str, str], Entry]] = []
        for entry, folded_headword, folded_definition, folded_forms in kept:
            entry = self._check_links(entry, known, dropped)
            entry = self._check_spacing(entry)
            self._check_circular(entry, folded_definition, (folded_headword, *folded_forms))
            keyed.append(((folded_headword, entry.headword, entry.id), entry))
        keyed.sort(key=lambda pair: pair[0])
        # In file order, as a person fixes them; the checks above run in several passes.
        problems = sorted(self._problems, key=lambda problem: problem.line or 0)
        return Glossary(tuple(entry for _, entry in keyed), tuple(problems))

    def _line(self, entry_id: str) -> int | None:
        line = self._header_lines.get(entry_id)
        if line is not None:
            return line
        # Not a [table]: a plain ``id = …`` at the start of a line. The file is scanned once for
        # all of them: a scan per reported entry took minutes for 20,000 broken entries.
        if self._key_lines is None:
            self._key_lines = {}
            for number, text in enumerate(self._text.split("\n"), start=1):
                found = _KEY_LINE_RE.match(text)
                if found:
                    key = next(group for group in found.groups() if group is not None)
                    self._key_lines.setdefault(key, number)
        return self._key_lines.get(entry_id)

    def _report(self, entry_id: str, message: str) -> None:
        self._problems.append(Problem(self._source, message, self._line(entry_id)))

    def _entry(self, entry_id: str, value: object) -> Entry | None:
        """The entry if its fields have the right types, else None after saying why."""
        if not isinstance(value, dict):
            self._report(
                entry_id,
                f"« {entry_id} » devrait être une entrée [{entry_id}] avec headword, forms et "
                f"definition, mais c’est {_type_name(value)} : ignoré.",
            )
            return None
        problems_before = len(self._problems)
        if not _ID_RE.fullmatch(entry_id):
            self._report(
                entry_id,
                f"l’identifiant d’entrée « {entry_id} » n’est pas permis : utilisez seulement "
                "des lettres sans accent, des chiffres, « _ » ou « - ». Entrée ignorée.",
            )
        unknown = [key for key in value if key not in ALLOWED_KEYS]
        if unknown:
            self._report(
                entry_id,
                f"l’entrée « {entry_id} » a des clés inconnues : {_quoted(unknown)} ; "
                f"clés permises : {', '.join(ALLOWED_KEYS)}. Entrée ignorée.",
            )
        headword = self._text_field(entry_id, value, "headword", "le mot présenté")
        definition = self._text_field(entry_id, value, "definition", "la définition")
        default_forms = [headword] if headword is not None else None
        forms = self._list_field(entry_id, value, "forms", default_forms, required=True)
        synonyms = self._list_field(entry_id, value, "synonyms", [], required=False, shown=True)
        see_also = self._list_field(entry_id, value, "see_also", [], required=False)
        if (
            len(self._problems) != problems_before
            or headword is None
            or definition is None
            or forms is None
            or synonyms is None
            or see_also is None
        ):
            return None
        return Entry(
            id=entry_id,
            headword=headword,
            forms=tuple(forms),
            definition=definition,
            synonyms=tuple(dict.fromkeys(synonyms)),
            see_also=tuple(dict.fromkeys(see_also)),
        )

    def _text_field(
        self, entry_id: str, value: Mapping[str, object], key: str, what: str
    ) -> str | None:
        raw = value.get(key)
        if raw is None:
            self._report(
                entry_id, f"l’entrée « {entry_id} » n’a pas de « {key} » ({what}). Entrée ignorée."
            )
            return None
        if not isinstance(raw, str):
            self._report(
                entry_id,
                f"dans l’entrée « {entry_id} », « {key} » doit être un texte entre guillemets, "
                f"pas {_type_name(raw)}. Entrée ignorée.",
            )
            return None
        cleaned = collapse_spaces(raw)
        if not cleaned:
            self._report(
                entry_id,
                f"dans l’entrée « {entry_id} », « {key} » est vide ({what}). Entrée ignorée.",
            )
            return None
        return cleaned

    def _list_field(
        self,
        entry_id: str,
        value: Mapping[str, object],
        key: str,
        default: list[str] | None,
        *,
        required: bool,
        shown: bool = False,
    ) -> list[str] | None:
        """A list of texts; ``shown`` ones keep their non-breaking spaces, the others (forms,
        ids) are only matched, where any white space is one space."""
        if key not in value:
            return default
        raw = value[key]
        expected = f'une liste de textes non vides, par exemple {key} = ["…", "…"]'
        if not isinstance(raw, list):
            self._report(
                entry_id,
                f"dans l’entrée « {entry_id} », « {key} » doit être {expected}, "
                f"pas {_type_name(raw)}. Entrée ignorée.",
            )
            return None
        items: list[str] = []
        for position, item in enumerate(raw, start=1):
            if not isinstance(item, str):
                cleaned = ""
            else:
                cleaned = collapse_spaces(item) if shown else " ".join(item.split())
            if not cleaned:
                found = "un texte vide" if isinstance(item, str) else _type_name(item)
                self._report(
                    entry_id,
                    f"dans l’entrée « {entry_id} », l’élément n° {position} de « {key} » est "
                    f"{found} ; attendu : {expected}. Entrée ignorée.",
                )
                return None
            items.append(cleaned)
        if required and not items:
            self._report(
                entry_id,
                f"dans l’entrée « {entry_id} », « {key} » est une liste vide : il faut au moins "
                "une forme à reconnaître dans le texte. Entrée ignorée.",
            )
            return None
        return items

    def _own_forms(
        self, entry: Entry, folded_forms: tuple[str, ...], owners: dict[str, str]
    ) -> tuple[Entry, tuple[str, ...]] | None:
        """The entry's forms, once per folded spelling; first come, first served between entries."""
        for position, (form, folded) in enumerate(zip(entry.forms, folded_forms, strict=True)):
            if not folded[:1].isalnum():
                # Terms are found word by word: a form must start at a word.
                self._report(
                    entry.id,
                    f"dans l’entrée « {entry.id} », l’élément n° {position + 1} de « forms » "
                    f"(« {form} ») doit commencer par une lettre ou un chiffre. Entrée ignorée.",
                )
                return None
        kept: list[str] = []
        kept_folded: list[str] = []
        for form, folded in zip(entry.forms, folded_forms, strict=True):
            owner = owners.get(folded)
            if owner == entry.id:
                continue  # « Tumeur » and « tumeur » in one entry: the same form, said twice
            if owner is None:
                owners[folded] = entry.id
                kept.append(form)
                kept_folded.append(folded)
                continue
            owner_line = self._line(owner)
            where = f" (ligne {owner_line})" if owner_line is not None else ""
            self._report(
                entry.id,
                f"la forme « {form} » de l’entrée « {entry.id} » est déjà celle de l’entrée "
                f"« {owner} »{where} ; majuscules et accents ne comptent pas. "
                f"Elle est retirée de « {entry.id} ».",
            )
        if not kept:
            self._report(
                entry.id,
                f"l’entrée « {entry.id} » n’a plus aucune forme à elle (toutes appartiennent à "
                "d’autres entrées) : elle est ignorée.",
            )
            return None
        if len(kept) == len(entry.forms):
            return entry, folded_forms
        return with_changes(entry, forms=tuple(kept)), tuple(kept_folded)

    def _check_links(self, entry: Entry, known: set[str], dropped: set[str]) -> Entry:
        """Keep only « voir aussi » links that lead somewhere other than the entry itself."""
        kept: list[str] = []
        for target in entry.see_also:
            if target == entry.id:
                reason = "renvoie à elle-même"
            elif target in known:
                kept.append(target)
                continue
            elif target in dropped:
                reason = f"renvoie à « {target} », une entrée ignorée à cause d’une erreur"
            else:
                reason = f"renvoie à « {target} », qui n’existe pas dans le glossaire"
            self._report(
                entry.id,
                f"« see_also » de l’entrée « {entry.id} » {reason} : ce lien est retiré.",
            )
        if len(kept) == len(entry.see_also):
            return entry
        return with_changes(entry, see_also=tuple(kept))

    def _check_spacing(self, entry: Entry) -> Entry:
        """An ordinary space before « : ; ? ! » or inside « » lets the line break there:
        report each one with its line, and show the text with a non-breaking space."""
        fields = (
            ("headword", (entry.headword,)),
            ("definition", (entry.definition,)),
            ("synonyms", entry.synonyms),
        )
        changed = False
        for key, texts in fields:
            for text in texts:
                for fault in spacing_faults(text):
                    changed = True
                    self._problems.append(
                        Problem(
                            self._source,
                            f"dans l’entrée «\u00a0{entry.id}\u00a0», «\u00a0{key}\u00a0» a une "
                            f"espace ordinaire {fault.where} "
                            f"(«\u00a0{excerpt(text, fault)}\u00a0»)\u00a0: la ligne peut se "
                            "couper là. Mettez une espace insécable (U+00A0, ou U+202F avant "
                            "«\u00a0;\u00a0?\u00a0!\u00a0»). L’entrée est gardée.",
                            self._line_of_text(entry.id, text[: fault.start], text[fault.end :]),
                        )
                    )
        if not changed:
            return entry
        return with_changes(
            entry,
            headword=fix_spacing(entry.headword),
            definition=fix_spacing(entry.definition),
            synonyms=tuple(fix_spacing(synonym) for synonym in entry.synonyms),
        )

    def _line_of_text(self, entry_id: str, before: str, after: str) -> int | None:
        """The line of the file where the entry's text has ``before`` then a space then
        ``after`` (their nearest words); the entry's own line when it cannot be found."""
        entry_line = self._line(entry_id)
        if entry_line is None:
            return None
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self._text)]
        start = self._line_starts[entry_line - 1]
        end = next((h for h in self._header_starts if h > start), len(self._text))
        near_before = before.split()[-1:] or [""]
        near_after = after.split()[:1] or [""]
        pattern = re.escape(near_before[0]) + r"[ \t]+" + re.escape(near_after[0])
        found = re.compile(pattern).search(self._text, start, end)
        if found is None:
            return entry_line
        return entry_line + self._text.count("\n", start, found.start())

    def _check_circular(
        self, entry: Entry, folded_definition: str, folded_words: tuple[str, ...]
    ) -> None:
        """A definition that uses the word it defines explains nothing: warn, but keep it."""
        for word, folded in zip((entry.headword, *entry.forms), folded_words, strict=True):
            if contains_word(folded_definition, folded):
                self._report(
                    entry.id,
                    f"la définition de « {entry.id} » emploie le mot défini (« {word} ») : "
                    "expliquez-le avec d’autres mots. L’entrée est gardée.",
                )
                return


def contains_word(folded_text: str, folded_word: str) -> bool:
    """Whole-word search in folded text: no letter or digit may touch either end."""
    if not folded_word:
        return False
    start = folded_text.find(folded_word)
    while start >= 0:
        end = start + len(folded_word)
        before_ok = start == 0 or not folded_text[start - 1].isalnum()
        after_ok = end == len(folded_text) or not folded_text[end].isalnum()
        if before_ok and after_ok:
            return True
        start = folded_text.find(folded_word, start + 1)
    return False


def fold_many(texts: list[str]) -> list[str]:
    """``[fold_str(t) for t in texts]`` in one call: folding works character by character
    except for whitespace runs, which a NUL between the texts cuts, so joining is exact."""
    if not texts:
        return []
    if any("\x00" in text for text in texts):
        return [fold_str(text) for text in texts]
    return fold_str("\x00".join(texts)).split("\x00")

"""Python's TOML parser explains a syntax error in English; the reader says it in French.

The messages of ``tomllib`` (Python 3.11 to 3.13) are matched one by one; one that is not
known (a later Python) is kept as it is, which still names the line and column. The patterns
are compiled on the first error only: a start with valid files never pays for them.
"""

from __future__ import annotations

import functools
import re

# (tomllib's message, as a pattern) → the same in French; {0} is what the message quotes.
_REASONS: tuple[tuple[str, str], ...] = (
    (
        "Expected '\\]' at the end of a table declaration",
        "il manque «\xa0]\xa0» à la fin de l’en-tête entre crochets",
    ),
    (
        "Expected '\\]\\]' at the end of an array declaration",
        "il manque «\xa0]]\xa0» à la fin de l’en-tête entre doubles crochets",
    ),
    (
        "Expected '=' after a key in a key/value pair",
        "il manque «\xa0=\xa0» après le nom de la clé",
    ),
    (
        "Invalid value",
        'valeur non reconnue (un texte doit être entre guillemets droits "…")',
    ),
    (
        "Unterminated string",
        "un texte n’a pas de guillemet fermant",
    ),
    (
        "Unclosed array",
        "liste non fermée (il manque «\xa0]\xa0»)",
    ),
    (
        "Unclosed inline table",
        "table non fermée (il manque «\xa0}\xa0»)",
    ),
    (
        "Invalid statement",
        "ligne non reconnue (une clé «\xa0nom = valeur\xa0» ou un titre «\xa0[table]\xa0» "
        "est attendu)",
    ),
    (
        "Invalid date or datetime",
        "date non valide (AAAA-MM-JJ est attendu)",
    ),
    (
        "Invalid initial character for a key part",
        "un nom de clé commence par un caractère interdit",
    ),
    (
        "Invalid hex value",
        "code hexadécimal non valide après «\xa0\\u\xa0»",
    ),
    (
        "Escaped character is not a Unicode scalar value",
        "caractère échappé qui n’existe pas",
    ),
    (
        r"Unescaped '\\' in a string",
        "barre oblique inverse «\xa0\\\xa0» seule dans un texte (écrivez «\xa0\\\\\xa0»)",
    ),
    (
        "Cannot overwrite a value",
        "une valeur est donnée deux fois",
    ),
    (
        "Cannot declare (.+) twice",
        "l’en-tête «\xa0[{0}]\xa0» apparaît deux fois",
    ),
    (
        "Cannot mutate immutable namespace (.+)",
        "la table «\xa0{0}\xa0» est déjà complète",
    ),
    (
        "Cannot redefine namespace (.+)",
        "la table «\xa0{0}\xa0» est déjà définie",
    ),
    (
        "Duplicate inline table key '(.+)'",
        "la clé «\xa0{0}\xa0» est en double",
    ),
    (
        r"Illegal character '\\n'",
        "un texte n’a pas de guillemet fermant avant la fin de la ligne",
    ),
    (
        "Expected newline or end of document after a statement",
        "une valeur doit être seule sur sa ligne",
    ),
    (
        "Illegal character '(.+)'",
        "caractère interdit «\xa0{0}\xa0»",
    ),
    (
        "Found invalid character '(.+)'",
        "caractère interdit «\xa0{0}\xa0»",
    ),
    (
        "Expected '(.+)'",
        "«\xa0{0}\xa0» attendu",
    ),
)


def _key(quoted: str) -> str:
    """tomllib quotes a key as a tuple of its parts, « ('a', 'b') »: said « a.b »."""
    parts = re.findall(r"'([^']*)'", quoted)
    return ".".join(parts) if parts else quoted


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern + r"\Z"), french) for pattern, french in _REASONS)


def in_french(reason: str) -> str:
    """tomllib's ``reason`` (its message without the position) in French, when it is known."""
    for pattern, french in _patterns():
        found = pattern.match(reason)
        if found is not None:
            return french.format(*(_key(group) for group in found.groups()))
    return reason

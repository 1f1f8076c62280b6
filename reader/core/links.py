"""What a link in an article can lead to: a glossary term, a section, or an outside address.

One definition for the renderer (which makes term links), the text pane (which routes a click),
the screen-reader structure (which describes a link) and the handout (which writes addresses).
"""

from __future__ import annotations

import re

TERM_SCHEME = "terme"
"""Glossary terms are links ``terme:ENTRY_ID``."""

SEE_ALSO_SCHEME = "voir"
"""In a definition, « Voir aussi » links are ``voir:ENTRY_ID``."""

OUTSIDE_SCHEMES = frozenset({"http", "https", "mailto", "ftp", "tel"})
"""Addresses that lead outside the computer: shown to the reader, never opened."""

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")  # RFC 3986


def term_link(entry_id: str) -> str:
    """The address of a glossary term's link."""
    return f"{TERM_SCHEME}:{entry_id}"


def is_term_link(address: str) -> bool:
    """Whether ``address`` is a glossary term's link."""
    return address.startswith(f"{TERM_SCHEME}:")


def scheme_of(address: str) -> str:
    """The scheme of an address in lower case (``""`` for a relative one or a fragment)."""
    match = _SCHEME.match(address)
    return match.group(1).lower() if match else ""


def is_outside(address: str) -> bool:
    """Whether ``address`` leads outside the computer (a web page, a mail address…)."""
    return scheme_of(address) in OUTSIDE_SCHEMES

"""The article as it was received (tests/data/article-source.txt), cut into comparable blocks.

The edition may only correct what the issue allows; ``comparable`` applies exactly those
corrections to the source so that every sentence can be checked against the edition.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).parent / "data" / "article-source.txt"
CRUFT = ("1 voir", "Commentez 0 J'aime")
_HEADINGS = {0, 4, 7, 9, 12, 15}  # paragraph numbers of the title and the five section headings


@dataclass(frozen=True)
class SourceBlock:
    """A title, heading, paragraph or list item of the source."""

    kind: str
    text: str

    @property
    def comparable(self) -> str:
        """The text with the allowed corrections, white space folded and guillemets as “”."""
        return normalise(self.text.replace("Léradication", "L’éradication"))


def normalise(text: str) -> str:
    """Fold what typography may change: spaces (incl. non-breaking) and the kind of quotes."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = text.replace("«", "“").replace("»", "”")
    text = " ".join(text.split())
    return text.replace("“ ", "“").replace(" ”", "”")


def _blocks() -> tuple[SourceBlock, ...]:
    paragraphs = [p.strip() for p in SOURCE.read_text(encoding="utf-8").split("\n\n")]
    blocks: list[SourceBlock] = []
    for number, paragraph in enumerate(paragraphs):
        if paragraph in CRUFT:
            continue
        if paragraph.startswith("•"):
            for line in paragraph.splitlines():
                blocks.append(SourceBlock("item", line.strip().lstrip("•").strip()))
        elif number in _HEADINGS:
            blocks.append(SourceBlock("title" if number == 0 else "heading", paragraph))
        else:
            blocks.append(SourceBlock("paragraph", paragraph))
    return tuple(blocks)


SOURCE_BLOCKS = _blocks()

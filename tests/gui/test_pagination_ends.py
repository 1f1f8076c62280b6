"""Pagination always ends: what does not fit on a page (a heading taller than a page, a title
of 2,000 letters without a space, a paragraph of many pages) is cut at the page edge.

Each case runs in a child process with a time limit, so that a pagination that never ends
fails its test instead of hanging the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 10.0

_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtGui import QFont, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.core.document import open_document
from reader.core.glossary.entries import EMPTY_GLOSSARY
from reader.core.handout_html import compose_handout
from reader.ui.printing.handout_pages import HandoutLayout, set_handout_margins
article = Path(sys.argv[1])
document = open_document(article)
handout = compose_handout(document.title, document.article.metadata, document.notice,
                          document.article.markdown, EMPTY_GLOSSARY)
writer = QPdfWriter(str(article.with_suffix(".pdf")))
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
set_handout_margins(writer)
start = time.perf_counter()
layout = HandoutLayout(handout, QFont(), writer)
pages = layout.paint()
text = layout.document
across = 0
for number in range(text.blockCount()):
    lines = text.findBlockByNumber(number).layout()
    tops = {int((lines.position().y() + lines.lineAt(i).y()) // layout.body_height)
            for i in range(lines.lineCount())}
    across += len(tops) > 1
print(json.dumps({"pages": pages, "seconds": time.perf_counter() - start, "across": across,
                  "text": text.toPlainText()}))
"""

CASES = {
    "title-without-space": "# " + "a" * 2000 + "\n\nTexte.\n",
    "heading-taller-than-a-page": "# Titre\n\n## " + " ".join(["mot"] * 4000) + "\n\nFin.\n",
    "paragraph-of-pages": "# Titre\n\n" + " ".join(["parole"] * 6000) + "\n\nFin.\n",
    "word-wider-than-a-page": "# Titre\n\n" + "b" * 10_000 + "\n\nFin.\n",  # the limit
}


@pytest.mark.parametrize("markdown", CASES.values(), ids=CASES.keys())
def test_pagination_ends_within_seconds(tmp_path: Path, markdown: str) -> None:
    article = tmp_path / "texte.md"
    article.write_text(markdown, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(article)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["seconds"] < LIMIT_S
    assert report["pages"] >= 2
    assert report["across"] == 0  # what did not fit was cut at the page edge
    plain = "".join(report["text"].split())
    assert "".join(markdown.split("\n", 2)[-1].split()).replace("#", "") in plain

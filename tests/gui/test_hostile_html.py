"""Whatever HTML the text pane is given (a damaged cache entry, a bug), it loads no local file:
Qt's image handler would load an ``<img src=file:…>`` itself when loadResource gives nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from reader.ui.widgets.text_pane import TextPane


@pytest.fixture
def tall_image(tmp_path: Path) -> Path:
    path = tmp_path / "grande.png"
    image = QImage(40, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


@pytest.mark.parametrize(
    "template",
    [
        '<p>Texte.</p><img src="file://{path}">',
        '<p>Texte.</p><IMG SRC="{path}" width=40 height=2000>',
        '<p>Texte.</p><img alt=">" src="{path}">',
    ],
    ids=["file-url", "path", "alt-with-bracket"],
)
def test_an_image_in_the_html_is_never_loaded(
    qtbot: QtBot, tall_image: Path, template: str
) -> None:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_article(template.format(path=tall_image), [])
    assert pane.toPlainText().startswith("Texte.")
    assert pane.document().size().height() < 200  # a 2,000-pixel image would make it taller


def test_even_html_set_directly_on_the_document_loads_no_image(
    qtbot: QtBot, tall_image: Path
) -> None:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitExposed(pane)
    pane.document().setHtml(f'<p>Texte.</p><img src="file://{tall_image}">')
    assert pane.document().size().height() < 200

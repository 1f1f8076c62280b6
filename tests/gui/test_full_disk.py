"""A PDF export on a full disk: Qt's writer reports no error, so the reader checks the file it
wrote; the old PDF stays as it was and the message bar says why."""

from __future__ import annotations

from pathlib import Path

from reader.ui.main_window import MainWindow
from tests.gui.test_bad_settings import _files_limited_to


def test_a_full_disk_keeps_the_old_pdf_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "pdf"
    folder.mkdir()
    target = folder / "article.pdf"
    old = b"%PDF-1.4 un ancien PDF complet\n%%EOF\n"
    target.write_bytes(old)
    with _files_limited_to(20_000):  # the article's PDF is several times larger
        assert not window.printing.export_pdf(target)
    assert target.read_bytes() == old
    assert [p.name for p in folder.iterdir()] == ["article.pdf"]
    text = window.message_bar.text
    assert text.startswith("Le PDF n’a pas été enregistré : ")
    assert "disque est peut-être plein" in text
    assert "PDF enregistré" not in text


def test_after_the_disk_is_freed_the_export_works(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "article.pdf"
    with _files_limited_to(20_000):
        assert not window.printing.export_pdf(target)
    assert window.printing.export_pdf(target)
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert window.message_bar.text.startswith("PDF enregistré")

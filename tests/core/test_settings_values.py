"""Whatever a settings file holds, the value read back is usable: else it is the default."""

from __future__ import annotations

import pytest

from reader.core.settings_values import (
    TOP,
    ReadingPosition,
    bool_value,
    document_position,
    integer_value,
    large_text_size_value,
    looks_damaged,
    position_in_sections,
    position_value,
    seal,
    sealed_blob,
    speech_speed_value,
    text_size_value,
    text_value,
    theme_value,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (150, 150),
        ("150", 150),
        (" 175 ", 175),
        (150.0, 150),
        (150.5, None),
        ("abc", None),
        ("", None),
        (None, None),
        (True, None),
        ([150], None),
        (b"150", None),
    ],
)
def test_integer_value(raw: object, expected: int | None) -> None:
    assert integer_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("150", 150),
        (200, 200),
        ("50", 50),
        ("400", 400),
        ("10000", 100),  # out of range: the default, not the nearest limit
        ("49", 100),
        ("-100", 100),
        ("0", 100),
        ("133", 125),  # a hand-edited value between steps: the nearest step
        ("abc", 100),
        (None, 100),
        (True, 100),
        ("1e9", 100),
        ({"a": 1}, 100),
    ],
)
def test_text_size_value(raw: object, expected: int) -> None:
    assert text_size_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("250", 250), ("200", 200), ("150", 200), ("400", 400), ("500", 200), ("x", 200)],
)
def test_large_text_size_value(raw: object, expected: int) -> None:
    assert large_text_size_value(raw) == expected


@pytest.mark.parametrize(
    ("raw", "default", "expected"),
    [
        ("true", False, True),
        ("false", True, False),
        ("TRUE", False, True),
        (True, False, True),
        (False, True, False),
        (1, False, True),
        (0, True, False),
        ("1", False, True),
        ("peut-être", False, False),
        ("peut-être", True, True),
        (2, False, False),
        (None, False, False),
        (3.5, True, True),
    ],
)
def test_bool_value(raw: object, default: bool, expected: bool) -> None:
    assert bool_value(raw, default) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("clair", "clair"),
        ("sombre", "sombre"),
        ("contraste", "contraste"),
        ("systeme", "systeme"),
        ("Sombre", "systeme"),
        ("violet", "systeme"),
        ("", "systeme"),
        (42, "systeme"),
        (None, "systeme"),
    ],
)
def test_theme_value(raw: object, expected: str) -> None:
    assert theme_value(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [("a.md", "a.md"), (3, ""), (None, "")])
def test_text_value(raw: object, expected: str) -> None:
    assert text_value(raw) == expected


@pytest.mark.parametrize(
    ("section", "offset", "expected"),
    [
        ("2", "40", ReadingPosition(2, 40)),
        (3, 0, ReadingPosition(3, 0)),
        ("-1", "5", TOP),
        ("2", "-5", TOP),
        ("x", "5", TOP),
        (None, None, TOP),
        ("99999", "5", TOP),
        ("1", "99999999999", TOP),
    ],
)
def test_position_value(section: object, offset: object, expected: ReadingPosition) -> None:
    assert position_value(section, offset) == expected


HEADINGS = [0, 100, 250]


@pytest.mark.parametrize(
    ("headings", "position", "expected"),
    [
        (HEADINGS, 0, ReadingPosition(0, 0)),
        (HEADINGS, 99, ReadingPosition(0, 99)),
        (HEADINGS, 100, ReadingPosition(1, 0)),
        (HEADINGS, 260, ReadingPosition(2, 10)),
        ([10, 50], 4, ReadingPosition(0, 4)),  # text before the first heading
        ([10, 50], 20, ReadingPosition(0, 20)),  # the first section counts from the start
        ([10, 50], 60, ReadingPosition(1, 10)),
        ([], 42, ReadingPosition(0, 42)),
    ],
)
def test_position_in_sections(
    headings: list[int], position: int, expected: ReadingPosition
) -> None:
    assert position_in_sections(headings, position) == expected


@pytest.mark.parametrize(
    ("headings", "reading", "length", "expected"),
    [
        (HEADINGS, ReadingPosition(1, 20), 400, 120),
        (HEADINGS, ReadingPosition(2, 10), 400, 260),
        (HEADINGS, ReadingPosition(2, 9999), 400, 399),  # the article got shorter
        (HEADINGS, ReadingPosition(7, 3), 400, 0),  # no such section: the top
        ([], ReadingPosition(0, 42), 400, 42),
        ([], ReadingPosition(1, 42), 400, 0),
        ([], ReadingPosition(0, 42), 0, 0),
        ([10, 50], ReadingPosition(0, 4), 400, 4),  # text before the first heading
        ([10, 50], ReadingPosition(0, 20), 400, 20),
    ],
)
def test_document_position(
    headings: list[int], reading: ReadingPosition, length: int, expected: int
) -> None:
    assert document_position(headings, reading, length) == expected


@pytest.mark.parametrize("position", [0, 1, 99, 100, 101, 249, 250, 399])
def test_position_round_trip(position: int) -> None:
    reading = position_in_sections(HEADINGS, position)
    assert document_position(HEADINGS, reading, 400) == position


@pytest.mark.parametrize(
    ("data", "damaged"),
    [
        (b"", False),
        (b"[display]\ntext_size=150\n", False),
        ("[reading]\narticle=/home/léa/article.md\n".encode(), False),
        (b"[display]\ntext_size=1\x0050\n", True),
        (b"\xff\xfe[display]", True),
        (bytes(range(256)), True),
        (b"; comment\n# comment\n\n[General]\nkey=value  \n", False),
        # QSettings escapes spaces in keys (%20): « key = value » is another program's INI file.
        (b"[General]\n  key = value  \n", True),
        ("[Réglages]\nnom=Jean\n".encode(), True),
        (b"[window]\nstate_seal=ab12\nkey%20x=1\na\\b=2\n", False),
        (b"Liste de courses :\n- pain\n", True),  # a text file, not settings
        (b"[display]\ntext_size=150\nphrase sans signe egal\n", True),
    ],
)
def test_looks_damaged(data: bytes, damaged: bool) -> None:
    assert looks_damaged(data) is damaged


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, 1.0),
        (1.0, 1.0),
        ("1.5", 1.5),
        (" 2 ", 2.0),
        (0.5, 0.5),
        (1.52, 1.5),  # the nearest step
        (0.49, 1.0),  # out of range: the default, not the nearest end
        (2.01, 1.0),
        ("vite", 1.0),
        (float("nan"), 1.0),
        (float("inf"), 1.0),
        (True, 1.0),
        ([1.5], 1.0),
        (2, 2.0),
    ],
)
def test_speech_speed_value(raw: object, expected: float) -> None:
    assert speech_speed_value(raw) == expected


def test_a_layout_blob_is_given_back_only_with_its_seal() -> None:
    blob = b"\x00\x00\x00\xff\x00\x00\x00\x02"
    assert sealed_blob(blob, seal(blob)) == blob
    assert sealed_blob(blob[:-1] + b"\x03", seal(blob)) == b""
    assert sealed_blob(blob, None) == b""
    assert sealed_blob("texte", seal(b"texte")) == b""

"""A record behaves as the frozen dataclass it stands for: built, compared, hashed, shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import pytest

from reader.core.record import FrozenRecordError, field, record, record_fields


@record
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    note: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True)
class DataPoint:
    x: int
    y: int = 0
    tags: list[str] = dataclass_field(default_factory=list)
    note: str = dataclass_field(default="", compare=False, repr=False)


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((1,), {}),
    ((1, 2), {}),
    ((1,), {"y": 5}),
    ((), {"x": 3, "y": 4, "tags": ["a"]}),
    ((1, 2, ["b"], "vu"), {}),
]


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_is_built_and_shown_as_a_frozen_dataclass(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ours, theirs = Point(*args, **kwargs), DataPoint(*args, **kwargs)
    assert (ours.x, ours.y, ours.tags, ours.note) == (theirs.x, theirs.y, theirs.tags, theirs.note)
    assert repr(ours) == repr(theirs).replace("DataPoint", "Point")


@record
class Named:
    key: str
    label: str = field(default="", compare=False)


def test_equality_and_hash_follow_the_compared_fields() -> None:
    assert Point(1, 2, note="a") == Point(1, 2, note="b")
    assert Point(1, 2) != Point(1, 3)
    assert Point(1) != DataPoint(1)  # another class is never equal
    assert Named("a", "un") == Named("a", "one")
    assert hash(Named("a", "un")) == hash(Named("a", "one"))
    assert len({Named("a"), Named("a", "x"), Named("b")}) == 2


def test_each_record_gets_its_own_default_from_a_factory() -> None:
    first, second = Point(1), Point(2)
    first.tags.append("a")
    assert second.tags == []


@pytest.mark.parametrize(
    "change",
    [
        lambda p: setattr(p, "x", 2),
        lambda p: setattr(p, "other", 2),
        lambda p: delattr(p, "x"),
    ],
)
def test_a_record_never_changes(change: Callable[[Point], None]) -> None:
    point = Point(1)
    with pytest.raises(FrozenRecordError):
        change(point)
    assert point.x == 1


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), ((1, 2, [], "", 5), {}), ((1,), {"x": 2}), ((1,), {"z": 2})],
)
def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    with pytest.raises(TypeError):
        DataPoint(*args, **kwargs)
    with pytest.raises(TypeError):
        Point(*args, **kwargs)


def test_fields_are_listed_in_order() -> None:
    assert record_fields(Point) == ("x", "y", "tags", "note")


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError):

        @record
        class Wrong:
            a: int = 0
            b: int


def test_post_init_runs_after_the_fields_as_in_a_dataclass() -> None:
    @record
    class Shout:
        word: str

        def __post_init__(self) -> None:
            object.__setattr__(self, "word", self.word.upper())

    assert Shout("bonjour").word == "BONJOUR"
    assert Shout(word="oui") == Shout("OUI")

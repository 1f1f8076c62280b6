"""Frozen records: what ``@dataclass(frozen=True)`` gives, for the classes start-up needs.

``dataclasses`` writes each class's methods as source text and compiles it: about 3 M
instructions a class (a frozen one), and the start path defines nine of them; with the module's
own import that is 3 % of a start-up, paid before anything is on screen (and the search, six
more, paid when a reader presses Ctrl+F). A record's methods are shared functions that read the
class's list of fields, so defining one compiles nothing; a record is built about as fast as a
frozen dataclass. Instances are built, compared, hashed and shown as a frozen dataclass's are;
type checkers see a dataclass (``dataclass_transform``). Classes used later (the glossary,
printing) keep ``dataclasses``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

_MISSING: Any = object()

T = TypeVar("T")


class FrozenRecordError(AttributeError):
    """A field of a record was assigned or deleted: records never change."""


class _Field:
    __slots__ = ("compare", "default", "default_factory", "repr")

    def __init__(
        self,
        default: Any = _MISSING,
        default_factory: Callable[[], Any] | None = None,
        repr: bool = True,
        compare: bool = True,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
    repr: bool = True,
    compare: bool = True,
) -> Any:
    """A field with a default made afresh for each record, or left out of ``repr`` or ``==``."""
    return _Field(default, default_factory, repr, compare)


def _key_getter(names: list[str]) -> Callable[[object], tuple[Any, ...]]:
    if len(names) >= 2:
        return attrgetter(*names)
    if names:
        single = attrgetter(names[0])
        return lambda obj: (single(obj),)
    return lambda obj: ()


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen record of its annotated fields, in order (defaults last)."""
    if any(hasattr(base, "__record_fields__") for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record cannot extend another record")
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    compared: list[str] = []
    shown: list[str] = []
    for name in inspect.get_annotations(cls):
        value = cls.__dict__.get(name, _MISSING)
        spec = value if isinstance(value, _Field) else _Field(default=value)
        if spec.default is not _MISSING:
            defaults[name] = spec.default
            setattr(cls, name, spec.default)
        elif spec.default_factory is not None:
            factories[name] = spec.default_factory
            if name in cls.__dict__:
                delattr(cls, name)
        elif defaults or factories:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows one with")
        names.append(name)
        if spec.compare:
            compared.append(name)
        if spec.repr:
            shown.append(name)
    known = frozenset(names)
    key = _key_getter(compared)
    class_name = cls.__qualname__
    post_init = getattr(cls, "__post_init__", None)  # as dataclasses call it, after the fields

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(names):
            raise TypeError(
                f"{class_name}() takes {len(names)} positional arguments, {len(args)} given"
            )
        values = dict(zip(names, args, strict=False))
        for name, value in kwargs.items():
            if name not in known:
                raise TypeError(f"{class_name}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{class_name}() got multiple values for argument {name!r}")
            values[name] = value
        if len(values) < len(names):
            for name in names:
                if name in values:
                    continue
                if name in defaults:
                    values[name] = defaults[name]
                elif name in factories:
                    values[name] = factories[name]()
                else:
                    raise TypeError(f"{class_name}() missing required argument: {name!r}")
        self.__dict__.update(values)
        if post_init is not None:
            post_init(self)

    def __repr__(self: Any) -> str:
        shown_values = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{class_name}({shown_values})"

    def __eq__(self: Any, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return bool(key(self) == key(other))

    def __hash__(self: Any) -> int:
        return hash(key(self))

    def __setattr__(self: Any, name: str, value: object) -> None:
        raise FrozenRecordError(f"cannot assign to field {name!r}")

    def __delattr__(self: Any, name: str) -> None:
        raise FrozenRecordError(f"cannot delete field {name!r}")

    for method in (__init__, __repr__, __eq__, __hash__, __setattr__, __delattr__):
        method.__qualname__ = f"{class_name}.{method.__name__}"
        setattr(cls, method.__name__, method)
    setattr(cls, "__record_fields__", tuple(names))  # noqa: B010
    setattr(cls, "__match_args__", tuple(names))  # noqa: B010
    return cls


def record_fields(cls: type) -> tuple[str, ...]:
    """The names of a record class's fields, in order."""
    fields: tuple[str, ...] = cls.__record_fields__  # type: ignore[attr-defined]
    return fields

# pyright: strict
"""Wire values to Python values and back: scalars, enums, lists, maps, models and unions.

Reading never fails on data the spec did not describe: an unknown enum value stays a plain string,
an unexpected type is kept as it came, unknown properties land in ``additional_properties``.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, TypeVar, cast

from .errors import NaiveDatetimeError


def as_mapping(value: object) -> Mapping[str, Any] | None:
    """``value`` as a JSON object, or None when it is not one."""
    return cast("Mapping[str, Any]", value) if isinstance(value, Mapping) else None


def as_list(value: object) -> list[Any] | None:
    """``value`` as a JSON array (a tuple counts), or None when it is not one."""
    return list(cast("Sequence[Any]", value)) if isinstance(value, list | tuple) else None


class Codec:
    """Turns wire values into Python values and back."""

    def decode(self, value: Any) -> Any:
        return value

    def encode(self, value: Any) -> Any:
        return value

    def text(self, value: Any) -> str:
        """The value as it appears in a path segment, query string or header."""
        return wire_text(self.encode(value))


def wire_text(encoded: object) -> str:
    """An already encoded value as text: booleans as JSON spells them, containers as JSON."""
    if isinstance(encoded, bool):
        return "true" if encoded else "false"
    if isinstance(encoded, dict | list):
        return json.dumps(encoded, separators=(",", ":"))
    return str(encoded)


class _Float(Codec):
    def decode(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value


def format_datetime(value: datetime.datetime) -> str:
    """RFC 3339 with an explicit offset; a naive datetime is refused before anything is sent."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(
            f"datetime {value.isoformat()} has no timezone; pass an aware datetime such as "
            "datetime.now(timezone.utc)"
        )
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_datetime(text: str) -> datetime.datetime:
    """An aware datetime; a value without an offset is read as UTC."""
    parsed = datetime.datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


class _Moment(Codec):
    """Dates and datetimes: text that ``parse`` reads becomes a value; anything else is kept."""

    def __init__(self, parse: Callable[[str], datetime.date]) -> None:
        self.parse = parse

    def decode(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return self.parse(value)
            except ValueError:
                return value
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return format_datetime(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value


ANY = Codec()
STR = Codec()
INT = Codec()
BOOL = Codec()
FLOAT = _Float()
DATETIME = _Moment(parse_datetime)
DATE = _Moment(datetime.date.fromisoformat)


class OpenEnum(enum.StrEnum):
    """An enumeration that also holds values the spec did not list.

    An unknown value read from the server becomes a pseudo-member (not one of the class's listed
    members, ``known`` is False) that compares equal to its text and is written back unchanged, so
    a type checker sees the enum type and nothing is lost.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def known(self) -> bool:
        """Whether the spec lists this value."""
        return type(self)._value2member_map_.get(self._value_) is self


class EnumOf(Codec):
    """Strings become members (pseudo-members for values the spec did not list)."""

    def __init__(self, members: type[enum.Enum]) -> None:
        self.members = members

    def decode(self, value: Any) -> Any:
        try:
            return self.members(value)
        except ValueError:
            return value

    def encode(self, value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value


class ListOf(Codec):
    def __init__(self, item: Codec) -> None:
        self.item = item

    def decode(self, value: Any) -> Any:
        items = as_list(value)
        if items is None or not isinstance(value, list):
            return value
        return [self.item.decode(entry) for entry in items]

    def encode(self, value: Any) -> Any:
        items = as_list(value)
        return value if items is None else [self.item.encode(entry) for entry in items]


class MapOf(Codec):
    def __init__(self, value: Codec) -> None:
        self.value = value

    def decode(self, value: Any) -> Any:
        mapping = as_mapping(value)
        if mapping is None:
            return value
        return {str(key): self.value.decode(entry) for key, entry in mapping.items()}

    def encode(self, value: Any) -> Any:
        mapping = as_mapping(value)
        if mapping is None:
            return value
        return {str(key): self.value.encode(entry) for key, entry in mapping.items()}


class Model(Codec):
    def __init__(self, record: type[Record]) -> None:
        self.record = record

    def decode(self, value: Any) -> Any:
        mapping = as_mapping(value)
        return value if mapping is None else self.record.from_dict(mapping)

    def encode(self, value: Any) -> Any:
        return value.to_dict() if isinstance(value, Record) else value


class UnionOf(Codec):
    """``oneOf``/``anyOf``: the object branch whose properties best match the data wins."""

    def __init__(self, *branches: Codec) -> None:
        self.branches = branches

    def decode(self, value: Any) -> Any:
        best: tuple[int, Codec] | None = None
        for branch in self.branches:
            score = _match(branch, value)
            if score is not None and (best is None or score > best[0]):
                best = (score, branch)
        return best[1].decode(value) if best is not None else value

    def encode(self, value: Any) -> Any:
        for branch in self.branches:
            if isinstance(branch, Model) and isinstance(value, branch.record):
                return branch.encode(value)
        if isinstance(value, Record):
            return value.to_dict()
        for branch in self.branches:
            if isinstance(branch, EnumOf | _Moment):
                return branch.encode(value)
        return value


def fits(codec: Codec, value: object) -> bool:
    """Whether ``value`` has the outer shape ``codec`` reads (an object for a model, a list for a
    list, ...), so the decoded value is of the type the spec documents."""
    if isinstance(codec, UnionOf):
        return any(_match(branch, value) is not None for branch in codec.branches)
    if isinstance(codec, Model):
        return as_mapping(value) is not None
    return _match(codec, value) is not None


def _match(branch: Codec, value: object) -> int | None:
    if isinstance(branch, Model):
        mapping = as_mapping(value)
        if mapping is None:
            return None
        return branch.record.wire_score(mapping)
    if isinstance(branch, ListOf):
        return 0 if isinstance(value, list) else None
    if isinstance(branch, MapOf):
        return 0 if isinstance(value, Mapping) else None
    return 0 if not isinstance(value, Mapping | list) else None


R = TypeVar("R", bound="Record")


def extras() -> Any:
    """The default of a model's typed ``additional_properties``: a new dict for each instance (a
    field, typed Any so that it fits any annotation, even one naming a class defined later)."""
    return dataclasses.field(default_factory=dict[str, Any])


@dataclasses.dataclass(frozen=True)
class Layout:
    """How a model maps to JSON, read once from its annotations: (attribute, wire name, codec)."""

    fields: tuple[tuple[str, str, Codec], ...]
    wires: frozenset[str]
    extras: Codec


_LAYOUTS: dict[type[Record], Layout] = {}


def codec_for(annotation: object) -> Codec:
    """The codec for a model annotation such as ``list[Option] | None`` or ``Kind``."""
    origin = typing.get_origin(annotation)
    arguments: tuple[object, ...] = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        branches = [codec_for(member) for member in arguments if member is not type(None)]
        return branches[0] if len(branches) == 1 else UnionOf(*branches)
    if origin is list and arguments:
        return ListOf(codec_for(arguments[0]))
    if origin is dict and len(arguments) == 2:
        return MapOf(codec_for(arguments[1]))
    if annotation is float:
        return FLOAT
    if annotation is datetime.datetime:
        return DATETIME
    if annotation is datetime.date:
        return DATE
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return EnumOf(annotation)
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return Model(annotation)
    return ANY


@dataclasses.dataclass(kw_only=True)
class Record:
    """Base of every model: properties the spec did not list are kept in ``additional_properties``.

    ``_wire`` holds the JSON key of each field, in field order; ``_required`` the keys the spec
    marks required (a missing one is read as None: the answer is kept rather than refused).
    """

    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict[str, Any])

    _wire: ClassVar[tuple[str, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def _layout(cls) -> Layout:
        layout = _LAYOUTS.get(cls)
        if layout is None:
            hints = typing.get_type_hints(cls)
            names = [
                field.name
                for field in dataclasses.fields(cls)
                if field.name != "additional_properties"
            ]
            wires = cls._wire if len(cls._wire) == len(names) else tuple(names)
            fields = tuple(
                (name, wire, codec_for(hints[name]))
                for name, wire in zip(names, wires, strict=True)
            )
            extras = codec_for(hints["additional_properties"])
            layout = Layout(fields, frozenset(wire for _, wire, _ in fields), extras)
            _LAYOUTS[cls] = layout
        return layout

    @classmethod
    def wire_score(cls, data: Mapping[str, Any]) -> int | None:
        """How well a JSON object fits this model: None if a required property is missing, else
        one more than the number of its properties the model knows."""
        if any(wire not in data for wire in cls._required):
            return None
        wires = cls._layout().wires
        return 1 + sum(1 for key in data if key in wires)

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        """Read a decoded JSON object; missing or null properties become None."""
        mapping = as_mapping(data)
        if mapping is None:
            raise TypeError(
                f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}"
            )
        layout = cls._layout()
        values: dict[str, Any] = {}
        for name, wire, codec in layout.fields:
            raw = mapping.get(wire)
            values[name] = None if raw is None else codec.decode(raw)
        extras = {
            key: layout.extras.decode(value)
            for key, value in mapping.items()
            if key not in layout.wires
        }
        return cls(**values, additional_properties=extras)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value; None properties are left out."""
        layout = self._layout()
        data: dict[str, Any] = {
            key: layout.extras.encode(value) for key, value in self.additional_properties.items()
        }
        for name, wire, codec in layout.fields:
            value = getattr(self, name)
            if value is not None:
                data[wire] = codec.encode(value)
        return data

"""Call a generated client method with the spec's example values, whatever Python names it chose.

Keyword names are matched to wire names by their letters and digits only (``from_`` is ``from``,
``channel_id`` is ``channel-id``), so the tests do not depend on the name-maker's exact rules; the
one keyword left over is the request body. Body values are turned into the model class the method
is annotated with (``from_dict``), so the models' serialisation is exercised too.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import inspect
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any

from tests.support.spec_document import Arguments, Operation

# Keyword-only options every operation takes besides its own parameters.
CALL_OPTIONS = frozenset({"timeout", "extra_headers", "extra_query"})


def squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def resolve_method(client: Any, python_name: str) -> Callable[..., Any]:
    """``agents.list_agents`` -> the bound method on ``client``."""
    target = client
    for part in python_name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def keyword_arguments(
    method: Callable[..., Any], operation: Operation, arguments: Arguments
) -> dict[str, Any]:
    parameters = [p for p in inspect.signature(method).parameters.values() if p.kind is not p.VAR_KEYWORD]
    by_wire = {squash(p.name): p.name for p in parameters}
    formats = {p.get("name"): (p.get("schema") or {}).get("format") for p in operation.parameters}
    kwargs: dict[str, Any] = {}
    for values in (arguments.path, arguments.query, arguments.headers):
        for wire, value in values.items():
            python = by_wire.get(squash(wire))
            assert python is not None, f"{operation.key}: no keyword for parameter {wire!r} in {parameters}"
            kwargs[python] = as_datetime(value) if formats.get(wire) == "date-time" else value
    if arguments.body is not None:
        kwargs[body_keyword(method, operation)] = as_model(
            method, body_keyword(method, operation), arguments.body
        )
    return kwargs


def body_keyword(method: Callable[..., Any], operation: Operation) -> str:
    """The one keyword that is not a declared parameter: the request body."""
    declared = {squash(str(p.get("name", ""))) for p in operation.parameters}
    names = [
        name
        for name in inspect.signature(method).parameters
        if squash(name) not in declared and name not in CALL_OPTIONS
    ]
    assert len(names) == 1, f"{operation.key}: cannot tell which keyword is the body among {names}"
    return names[0]


def as_datetime(value: Any) -> Any:
    if isinstance(value, list):
        return [as_datetime(item) for item in value]
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else value


def as_model(method: Callable[..., Any], keyword: str, value: Any) -> Any:
    """``value`` read by the model class the keyword is annotated with (plain data if there is none)."""
    try:
        hint = typing.get_type_hints(method).get(keyword)
    except (NameError, TypeError):
        return value
    for candidate in (hint, *typing.get_args(hint)):
        from_dict = getattr(candidate, "from_dict", None)
        if callable(from_dict) and isinstance(value, Mapping):
            return from_dict(value)
    return value


def plain(value: Any) -> Any:
    """A parsed result back in JSON terms, to compare with what the server sent."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain(to_dict())
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    return value

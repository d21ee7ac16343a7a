"""Which kind of JSON value a node is, answered fast for the plain types parsing produces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard

# isinstance against an ABC such as Mapping runs Python code for every type it has not cached as
# a yes; the plain types are answered first, in C.
_PLAIN = (str, int, float, list, tuple, type(None))


def is_object(value: Any) -> TypeGuard[Mapping[str, Any]]:
    """``isinstance(value, Mapping)``, without the ABC machinery for dicts and plain values."""
    return type(value) is dict or (not isinstance(value, _PLAIN) and isinstance(value, Mapping))

"""JSON with the standard library's C scanner: duplicate keys noticed, every failure located."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from generator.load.errors import LoadError
from generator.load.positions import too_deep_at

MAX_DEPTH = 500
# From this size on, a document is checked before it is built: its outline (one object, not cut short,
# nothing after it), then its syntax, by a pass of the C scanner that keeps no object (each one is
# replaced by its length as soon as it is read). Malformed text is refused, with the scanner's own
# message and place, before its prefix is built into memory; a well-formed one costs a third more.
OUTLINE_FROM = 4 * 1024 * 1024
_NUMBER_OR_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"|-?\d+')


class _Pairs:
    """The ``object_pairs_hook``: builds each object as ``dict`` would and notes whether any key repeats."""

    __slots__ = ("repeated",)

    def __init__(self) -> None:
        self.repeated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            self.repeated = True
        return result


def parse_json(name: str, text: str, document: bool = False) -> tuple[Any, bool]:
    """The value of a JSON text and whether some object in it repeats a key (the last one wins).

    ``document``: the text must hold one object (an OpenAPI document).
    """
    check_first = document and len(text) >= OUTLINE_FROM
    if check_first:
        _check_outline(name, text)
    pairs = _Pairs()
    try:
        if check_first:
            json.loads(text, object_hook=len)
        return json.loads(text, object_pairs_hook=pairs), pairs.repeated
    except json.JSONDecodeError as error:
        raise LoadError(name, f"malformed JSON: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
        line, column = too_deep_at(text, MAX_DEPTH)
        raise LoadError(name, f"nesting deeper than {MAX_DEPTH} levels", line, column) from None
    except ValueError:  # an integer longer than int() converts
        raise _long_integer(name, text) from None


def _check_outline(name: str, text: str) -> None:
    body = text.strip()
    if not body.startswith("{"):
        raise LoadError(name, "not an OpenAPI document: the top level is not an object", 1, 1)
    if not body.endswith("}"):
        end = len(text.rstrip())
        line = text.count("\n", 0, end) + 1
        column = end - text.rfind("\n", 0, end)
        raise LoadError(
            name, "malformed JSON: the text does not end where the top-level object does", line, column
        )


def _long_integer(name: str, text: str) -> LoadError:
    limit = sys.get_int_max_str_digits()
    for match in _NUMBER_OR_STRING.finditer(text):
        token = match.group()
        if token[0] != '"' and len(token.lstrip("-")) > limit:
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - text.rfind("\n", 0, match.start())
            return LoadError(
                name, f"an integer of {len(token.lstrip('-')):,} digits (at most {limit:,})", line, column
            )
    return LoadError(name, "malformed JSON: a number that cannot be read")

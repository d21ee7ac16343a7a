"""JSON with the standard library's C scanner: duplicate keys noticed, every failure located."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from generator.load.errors import LoadError
from generator.load.json_stringless import StringlessText
from generator.load.positions import too_deep_at

MAX_DEPTH = 500
# Parsing builds every value of the text before it can fail near the end. When the counts of objects,
# arrays, strings and items say the values could outgrow BUILD_BUDGET, the text is first checked by a
# pass of the C scanner that keeps no value (objects become their length, numbers a bool), over a copy
# in which every well-formed string reads as "" when the strings alone would outgrow it. Malformed
# text is then refused, with the scanner's message and its place in the original, in bounded memory.
# That check still builds each array as a list of shared values, so past MAX_ARRAYS arrays or MAX_ITEMS
# items a text is refused.
BUILD_BUDGET = 200 * 1024 * 1024
MAX_ARRAYS = 2_000_000
MAX_ITEMS = 16_000_000
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
    if document and _built_size(text) > BUILD_BUDGET:
        _check_outline(name, text)
        _check_syntax(name, text)
    pairs = _Pairs()
    try:
        return json.loads(text, object_pairs_hook=pairs), pairs.repeated
    except json.JSONDecodeError as error:
        raise LoadError(name, f"malformed JSON: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
        raise _too_deep(name, text) from None
    except ValueError:  # an integer longer than int() converts
        raise _long_integer(name, text) from None


def _check_outline(name: str, text: str) -> None:
    body = text.strip()
    if not body.startswith("{"):
        raise LoadError(name, "not an OpenAPI document: the top level is not an object", 1, 1)
    if not body.endswith("}"):
        place = _line_column(text, len(text.rstrip()))
        raise LoadError(name, "malformed JSON: the text does not end where the top-level object does", *place)


def _built_size(text: str) -> int:
    """An upper estimate of the bytes parsing builds (characters inside strings count as structure)."""
    return text.count("{") * 240 + text.count("[") * 64 + text.count('"') * 32 + text.count(",") * 32


def _check_syntax(name: str, text: str) -> None:
    arrays, items = text.count("["), text.count(",")
    stringless = StringlessText(text, BUILD_BUDGET - arrays * 64 - items * 8)
    bare = stringless.text
    for mark, what, most in (("[", "arrays", MAX_ARRAYS), (",", "items", MAX_ITEMS)):
        count = bare.count(mark)
        if count > most:
            offset = stringless.original_offset(_nth(bare, mark, most + 1))
            raise LoadError(name, f"{count:,} {what} (at most {most:,})", *_line_column(text, offset))
    try:
        json.loads(bare, object_hook=len, parse_int=bool, parse_float=bool, parse_constant=bool)
    except json.JSONDecodeError as error:
        offset = stringless.original_offset(error.pos)
        raise LoadError(name, f"malformed JSON: {error.msg}", *_line_column(text, offset)) from None
    except RecursionError:
        raise _too_deep(name, text) from None


def _nth(text: str, mark: str, count: int) -> int:
    """The offset of the ``count``-th ``mark`` in ``text``, which holds at least that many."""
    block = 1 << 20
    start = 0
    while (found := text.count(mark, start, start + block)) < count:
        count -= found
        start += block
    offset = start - 1
    for _ in range(count):
        offset = text.find(mark, offset + 1)
    return offset


def _line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _too_deep(name: str, text: str) -> LoadError:
    return LoadError(name, f"nesting deeper than {MAX_DEPTH} levels", *too_deep_at(text, MAX_DEPTH))


def _long_integer(name: str, text: str) -> LoadError:
    limit = sys.get_int_max_str_digits()
    for match in _NUMBER_OR_STRING.finditer(text):
        token = match.group()
        if token[0] != '"' and len(token.lstrip("-")) > limit:
            return LoadError(
                name,
                f"an integer of {len(token.lstrip('-')):,} digits (at most {limit:,})",
                *_line_column(text, match.start()),
            )
    return LoadError(name, "malformed JSON: a number that cannot be read")

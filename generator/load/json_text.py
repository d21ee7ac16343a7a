"""JSON with the standard library's C scanner: duplicate keys noticed, every failure located."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.lazy import lazy_module
from generator.load.errors import LoadError
from generator.load.json_stringless import StringlessText, long_string_start, long_strings_surely_within
from generator.load.nesting import too_deep_at
from generator.load.text import content_end, content_start

if TYPE_CHECKING:
    from generator.load import json_locate
else:  # msgspec: only for a text large enough to be checked before it is parsed
    json_locate = lazy_module("generator.load.json_locate")

MAX_DEPTH = 500
# Parsing builds every value of the text before it can fail near the end. When the counts of objects,
# arrays, strings and items say the values could outgrow BUILD_BUDGET, the text is first checked: by
# msgspec, which builds nothing, and where it finds an error, by the C scanner from the member just before
# it (json_locate); when that place stays unknown, by a pass of the C scanner over the whole text
# that keeps no object (each becomes its count of members) and no number (each a bool).
# That pass still builds strings and arrays, so a text with more of them than the caps below is
# refused first; together they keep the check under about 300 MB.
BUILD_BUDGET = 200 * 1024 * 1024
MAX_STRINGS = 2_000_000
MAX_ARRAYS = 1_000_000
MAX_ITEMS = 8_000_000
_OBJECT_BYTES = 240  # the most any one mark costs once parsed: an object
_NUMBER_OR_STRING = re.compile(r'"(?:[^"\\]|\\.)*+"|-?\d+')
_CHECKING = json.JSONDecoder(object_hook=len, parse_int=bool, parse_float=bool, parse_constant=bool)


PairsHook = Callable[[list[tuple[str, Any]]], dict[str, Any]]


def _pairs_hook() -> tuple[PairsHook, list[bool]]:
    """The ``object_pairs_hook`` (builds each object as ``dict`` would) and a list it marks when a key
    repeats. A plain function: the C scanner calls it once per object, faster than an object's ``__call__``.
    """
    repeated: list[bool] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            repeated.append(True)
        return result

    return hook, repeated


def parse_json(
    name: str, text: str, document: bool = False, utf8: bytes | memoryview | None = None
) -> tuple[Any, bool]:
    """The value of a JSON text and whether some object in it repeats a key (the last one wins).

    ``document``: the text must hold one object (an OpenAPI document). ``utf8``: the text in UTF-8, when
    the caller holds it (the check of a large text reads it).
    """
    # counting costs a pass over the text; a short one cannot outgrow the budget even if every
    # character were an object
    if document and len(text) * _OBJECT_BYTES > BUILD_BUDGET:
        marks = _Marks(text)
        # the scanner builds a string up to a bad escape in it: at four bytes a character, up to the text's size
        if marks.outgrows_budget or sys.getsizeof(text) > BUILD_BUDGET:
            _check_outline(name, text)
            _check_syntax(name, text, marks, utf8)
    hook, repeated = _pairs_hook()
    try:
        return json.loads(text, object_pairs_hook=hook), bool(repeated)
    except json.JSONDecodeError as error:
        raise LoadError(name, f"malformed JSON: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
        raise _too_deep(name, text) from None
    except ValueError:  # an integer longer than int() converts
        raise _long_integer(name, text) from None


def _check_outline(name: str, text: str) -> None:
    start, end = content_start(text), content_end(text)
    if text[start : start + 1] != "{":
        raise LoadError(name, "not an OpenAPI document: the top level is not an object", 1, 1)
    if text[end - 1 : end] != "}":
        place = _line_column(text, end)
        raise LoadError(name, "malformed JSON: the text does not end where the top-level object does", *place)


class _Marks:
    """How often each mark that costs memory once parsed stands in a text (inside strings too)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.arrays, objects = text.count("["), text.count("{")
        # built_size with every other character taken for a quote or a comma: most documents are
        # surely within the budget before quotes and commas are counted
        fixed = self.arrays * 64 + objects * _OBJECT_BYTES
        at_most = fixed + (len(text) - self.arrays - objects) * 32
        self.outgrows_budget = (
            at_most > BUILD_BUDGET and fixed + (self.quotes + self.commas) * 32 > BUILD_BUDGET
        )

    @cached_property
    def quotes(self) -> int:
        return self._text.count('"')

    @cached_property
    def commas(self) -> int:
        return self._text.count(",")


def _check_syntax(name: str, text: str, marks: _Marks, utf8: bytes | memoryview | None) -> None:
    _check_counts(name, text, marks)
    try:
        found = json_locate.error_near(text, _CHECKING.raw_decode, utf8, marks.quotes)
    except json_locate.NestedTooDeep:
        raise _too_deep(name, text) from None
    except LookupError:
        found = _first_error(name, text)
    if found:
        raise LoadError(name, f"malformed JSON: {found.msg}", found.lineno, found.colno)


def _first_error(name: str, text: str) -> json.JSONDecodeError | None:
    try:
        json.loads(text, object_hook=len, parse_int=bool, parse_float=bool, parse_constant=bool)
    except json.JSONDecodeError as error:
        return error
    except RecursionError:
        raise _too_deep(name, text) from None
    return None


def _check_counts(name: str, text: str, marks: _Marks) -> None:
    """Refuse a text with too many strings, arrays or items, at the first one past the cap."""
    if (
        _strings_may_pass_cap(text, marks.quotes)
        and (start := long_string_start(text, MAX_STRINGS)) is not None
    ):
        message = f"more than {MAX_STRINGS:,} strings of two characters or more"
        raise LoadError(name, message, *_line_column(text, start))
    if marks.arrays <= MAX_ARRAYS and marks.commas <= MAX_ITEMS:
        return
    # the marks may stand inside strings: count them where they are JSON
    stringless = StringlessText(text)
    for mark, what, most in (("[", "arrays", MAX_ARRAYS), (",", "items", MAX_ITEMS)):
        if (count := stringless.text.count(mark)) > most:
            offset = stringless.original_offset(_nth(stringless.text, mark, most + 1))
            raise LoadError(name, f"{count:,} {what} (at most {most:,})", *_line_column(text, offset))


def _strings_may_pass_cap(text: str, quotes: int) -> bool:
    """Whether the exact count of long strings is needed: not when a cheap bound stays under the cap."""
    return quotes > 2 * MAX_STRINGS and not long_strings_surely_within(text, quotes, MAX_STRINGS)


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

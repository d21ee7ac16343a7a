"""The only ways spec text reaches generated Python: string literals, docstrings and identifiers.

* ``pystr``: any text as a string literal that ``ast.literal_eval`` reads back unchanged;
* ``pyliteral``: a JSON value (None, bool, number, string, list, object) as a Python literal;
* ``docstring``: prose as a complete triple-quoted docstring that cannot end early or escape;
* ``ident``: refuses anything that is not a valid, non-keyword identifier (names come from
  ``generator.naming``; this is the last check before they are written).
"""

from __future__ import annotations

import functools
import html
import keyword
import math
import re
import unicodedata
from typing import Any

from generator.render.environment import template_filter

# Characters that str.splitlines() (and so black and many editors) treat as line breaks.
_LINE_BREAKS = ("\r\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
# Unicode categories never written: controls, format characters (bidi overrides), surrogates,
# private use and unassigned code points; ASCII's only ones are the controls besides the newline.
_HIDDEN = frozenset(("Cc", "Cf", "Cs", "Co", "Cn"))
_ASCII_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# A backslash, or a run of quotes that could close the docstring early.
_ESCAPED = re.compile(r'\\|"{2,}')


# HTML that spec prose carries (``<br>``, ``<p>``, lists, emphasis) becomes plain text in docstrings;
# only these tag names are read as HTML, so ``List<String>`` stays as written.
_TAGS = "a|b|i|u|em|strong|code|pre|span|div|p|br|hr|ul|ol|li|h[1-6]|table|thead|tbody|tr|td|th|sup|sub|small|img|blockquote"
_BREAK_TAG = re.compile(
    r"<(?:br|hr)\b[^<>]*>|</?(?:p|div|ul|ol|table|tr|h[1-6]|blockquote|pre)\b[^<>]*>", re.I
)
_ITEM_TAG = re.compile(r"<li\b[^<>]*>", re.I)
_OTHER_TAG = re.compile(rf"</?(?:{_TAGS})\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# One line of printable ASCII without quote, backslash, "<" or "&" (the usual short description):
# nothing in it is escaped, read as HTML or cleaned.
_PLAIN_LINE = re.compile(r"[\x20\x21\x23-\x25\x27-\x3b\x3d-\x5b\x5d-\x7e]*\n*")
# A doctest prompt at the start of a line (after spaces): doctest would run the spec's text.
_PROMPT = re.compile(r"^([ ]*)(>>>|\.\.\.(?=[ ]|$))", re.M)


def _escape(token: str) -> str:
    return "\\\\" if token == "\\" else '\\"' * len(token)


class UnsafeIdentifierError(ValueError):
    """A template tried to write a name that is not a plain Python identifier."""


def _printable(run: re.Match[str]) -> str:
    return "".join(character for character in run.group() if unicodedata.category(character) not in _HIDDEN)


def clean_text(text: str) -> str:
    """One kind of newline; no control, format (bidi overrides) or surrogate characters; tabs as spaces."""
    if text.isascii() and _ASCII_CONTROLS.search(text) is None:
        return text  # the usual text: every line break and tab is one of the controls searched for
    for separator in _LINE_BREAKS:
        text = text.replace(separator, "\n")
    text = _ASCII_CONTROLS.sub("", text.replace("\t", "    "))
    # only characters outside ASCII need a look at their Unicode category
    return text if text.isascii() else _NON_ASCII.sub(_printable, text)


@template_filter("pystr")
def python_string(value: Any) -> str:
    """A string literal for ``value``; repr() escapes quotes, backslashes and non-printables.

    Double quotes when the text has none, as black would write it.
    """
    literal = repr(str(value))
    if literal.startswith("'") and '"' not in literal:
        return f'"{literal[1:-1]}"'
    return literal


@template_filter("pyliteral")
def python_literal(value: Any) -> str:
    """A JSON value as a Python literal; values JSON cannot hold (NaN, objects) become None."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))
    if isinstance(value, float):
        return repr(float(value)) if math.isfinite(value) else "None"
    if isinstance(value, str):
        return python_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{python_string(key)}: {python_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    return "None"


def plain_text(text: str) -> str:
    """Prose with its HTML read as text: breaks and paragraphs as newlines, list items as ``- ``,
    other known tags dropped, character references decoded."""
    text = _BREAK_TAG.sub("\n", text)
    text = _ITEM_TAG.sub("\n- ", text)
    text = _OTHER_TAG.sub("", text)
    return _ENTITY.sub(lambda match: html.unescape(match.group()), text)


def docstring_prose(text: str) -> str:
    """What a docstring says for ``text``: plain, clean text in which no line is a doctest prompt
    (``>>>`` and ``...`` at a line's start get a backslash, so doctest runs nothing from a spec)."""
    text = clean_text(text)
    if "<" in text or "&" in text:  # only tags and character references make plain_text change it
        text = clean_text(plain_text(text))
    return _PROMPT.sub(r"\1\\\2", text) if ">>>" in text or "..." in text else text


def docstring_text(text: str) -> str:
    """The body of a docstring: clean lines, backslashes doubled, no run of three quotes, no edge quote."""
    if _PLAIN_LINE.fullmatch(text) is not None and ">>>" not in text and "..." not in text:
        return text.rstrip()  # the usual short description: nothing to clean, escape or quote
    # blank lines at either end dropped: the lines are joined without trailing space, then stripped
    text = "\n".join([line.rstrip() for line in docstring_prose(text).split("\n")]).strip("\n")
    body = _ESCAPED.sub(lambda match: _escape(match.group()), text) if "\\" in text or '""' in text else text
    if body.startswith('"'):
        body = " " + body
    if body.endswith('"'):
        body += " "
    return body


@template_filter("docstring")
def docstring(text: str) -> str:
    """A complete docstring literal, ``\"\"\"...\"\"\"``, for any text."""
    body = docstring_text(str(text))
    if "\n" in body:
        return f'"""{body}\n"""'
    return f'"""{body or "."}"""'


# Only tuples of str are cached: other items could hash and compare equal yet print differently
# (``(1,) == (True,)``), and lists cannot be keys at all.
_ONLY_STR = frozenset({str})


@template_filter("pytuple")
def python_tuple(values: Any) -> str:
    """A tuple of string literals written as black writes it: ``()``, ``("a",)``, ``("a", "b")``."""
    if type(values) is tuple and set(map(type, values)) <= _ONLY_STR:
        return _string_tuple(values)  # models of one allOf chain share their tuples of names
    return _tuple_literal(values)


@functools.lru_cache(maxsize=4096)
def _string_tuple(values: tuple[str, ...]) -> str:
    return _tuple_literal(values)


def _tuple_literal(values: Any) -> str:
    items = [python_string(value) for value in values]
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


@template_filter("ident")
def identifier(name: Any) -> str:
    text = str(name)
    if not text.isidentifier() or not text.isascii() or keyword.iskeyword(text):
        raise UnsafeIdentifierError(f"not a safe identifier: {text!r}")
    return text


@template_filter("oneline")
def one_line(text: Any) -> str:
    """Prose squeezed onto one line (for TOML values and single-line comments in generated files)."""
    return " ".join(clean_text(str(text)).split())


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text) if part)


@template_filter("import_order")
def import_order(names: Any) -> list[str]:
    """Names in the order isort (and ruff's ``I`` rules) expect: constants, classes, then the rest."""

    def key(name: str) -> tuple[int, tuple[tuple[int, int | str], ...], tuple[tuple[int, int | str], ...]]:
        rank = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
        return (rank, _natural(name.lower()), _natural(name))

    return sorted((str(name) for name in names), key=key)

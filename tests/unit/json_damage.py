"""JSON texts damaged as a cut-off download, a stray edit or a hostile writer leaves them, and the verdict
of a full parse on them, for the tests of the checks of large JSON."""

from __future__ import annotations

import json

from hypothesis import strategies as st

CHECKING = json.JSONDecoder(object_hook=len, parse_int=bool, parse_float=bool, parse_constant=bool)
# Values the standard library reads and msgspec does not: constants and lone surrogates (see dumps).
SCANNER_ONLY = [float("nan"), float("-inf"), "\ud800", "x\udc00\ud800"]
# Damage of the same kind, as text.
SCANNER_ONLY_DAMAGE = ("NaN", "-Infinity", "\\ud800")


def dumps(value: object, ascii_only: bool) -> str:
    """``value`` as JSON, surrogates escaped either way (a decoded file never holds a lone one)."""
    text = json.dumps(value, ensure_ascii=ascii_only)
    return text if ascii_only else text.replace("\ud800", "\\ud800").replace("\udc00", "\\udc00")


def full_parse(text: str) -> tuple[str, int] | None:
    """The message and place of the error a full parse meets first, if any."""
    try:
        json.loads(text, object_hook=len, parse_int=bool, parse_float=bool, parse_constant=bool)
    except json.JSONDecodeError as error:
        return error.msg, error.pos
    return None


@st.composite
def damaged_documents(draw: st.DrawFn, keys: st.SearchStrategy[str], damage: tuple[str, ...]) -> str:
    """An object of up to six members, written compact or indented, with one piece of ``damage`` put in
    at some place (replacing up to two characters)."""
    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | keys,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
        max_leaves=20,
    )
    document = draw(st.dictionaries(keys, values, min_size=1, max_size=6))
    text = json.dumps(document, indent=draw(st.sampled_from([None, 1])), ensure_ascii=False)
    at = 1 + int(draw(st.floats(min_value=0, max_value=1)) * (len(text) - 2))
    return (
        text[:at] + draw(st.sampled_from(damage)) + text[at + draw(st.integers(min_value=0, max_value=2)) :]
    )

"""A text as msgspec reads it, in UTF-8, and places in those bytes told in characters of the text.

A text with a character outside the Basic Multilingual Plane takes four bytes a character as a ``str``:
its UTF-8 form is read as given or made once, and places are counted block by block, never by copying
or decoding a prefix of the text.
"""

from __future__ import annotations

from typing import AnyStr

_BLOCK = 1 << 20
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
# Tokens the standard library reads and msgspec refuses, each with one of the same length that msgspec
# reads. A constant becomes an empty array: a value wherever it is one, never a key, and joined with no
# neighbour into a well-formed token (as a number would be in ``1NaN``, ``-NaN`` or ``NaN5``). A
# surrogate escape becomes an escape of a character of the Basic Multilingual Plane: any "\ud" or "\uD"
# of the text with its "d" read as a "0" (both plain characters, or both hex digits).
CONSTANTS = "constants"
ESCAPES = "escapes"
_SCANNER_ONLY = {
    CONSTANTS: (("-Infinity", "[       ]"), ("Infinity", "[      ]"), ("NaN", "[ ]")),
    ESCAPES: (("\\ud", "\\u0"), ("\\uD", "\\u0")),
}


class Utf8Text:
    """``text`` and ``data``, what msgspec reads: the UTF-8 bytes of the text (``utf8``, when the caller
    holds them without a BOM), or the text itself when it is ASCII; once msgspec stops on a token only
    the standard library reads, a copy with those tokens put as others (:meth:`read_as_the_scanner`)."""

    __slots__ = ("_put", "data", "text")

    def __init__(self, text: str, utf8: bytes | memoryview | None = None) -> None:
        self.text = text
        self.data: str | memoryview = (
            memoryview(utf8)
            if utf8 is not None
            else text if text.isascii() else memoryview(text.encode("utf-8", "surrogatepass"))
        )
        self._put: set[str] = set()

    def read_as_the_scanner(self, kind: str) -> bool:
        """Put each token of ``kind`` (:data:`CONSTANTS`, :data:`ESCAPES`) that the standard library
        reads and msgspec refuses as one of the same length that msgspec reads. Inside a string a
        replacement only swaps plain characters for others, and outside one a value stays a value, so
        ``data`` is malformed where the text is, but for those tokens. Whether ``data`` changed."""
        if kind in self._put:
            return False
        self._put.add(kind)
        replaced: str | bytes | None
        if isinstance(self.data, str):
            replaced = _replaced(self.data, _SCANNER_ONLY[kind])
        else:  # the bytes the view shows, uncopied when it shows them all
            shown = self.data.obj if len(self.data.obj) == len(self.data) else None  # type: ignore[arg-type]
            source = shown if isinstance(shown, bytes) else bytes(self.data)
            replaced = _replaced(
                source, tuple((token.encode(), value.encode()) for token, value in _SCANNER_ONLY[kind])
            )
        if replaced is None:
            return False
        self.data = replaced if isinstance(replaced, str) else memoryview(replaced)
        return True

    def characters(self, offset: int) -> int:
        """The place in the text of the character that holds byte ``offset`` of ``data`` (the end for
        ``len(data)``)."""
        if isinstance(self.data, str) or self.text.isascii():
            return offset
        continuations = 0
        for start in range(0, offset, _BLOCK):
            block = bytes(self.data[start : min(start + _BLOCK, offset)])
            if not block.isascii():
                continuations += len(block) - len(block.translate(None, _CONTINUATION_BYTES))
        inside = offset < len(self.data) and 0x80 <= self.data[offset] < 0xC0
        return offset - continuations - inside

    def closed_at(self, place: int, closer: str) -> str | bytes:
        """What msgspec reads of the text up to ``place``, followed by ``closer``."""
        if isinstance(self.data, str):
            return self.data[:place] + closer
        end = place
        if not self.text.isascii():
            end = sum(
                len(self.text[start : min(start + _BLOCK, place)].encode("utf-8", "surrogatepass"))
                for start in range(0, place, _BLOCK)
            )
        return b"".join((self.data[:end], closer.encode()))


def _replaced(data: AnyStr, tokens: tuple[tuple[AnyStr, AnyStr], ...]) -> AnyStr | None:
    """``data`` with each of ``tokens`` replaced by its value; None when none stands in it."""
    replaced = None
    for token, value in tokens:
        if token in (data if replaced is None else replaced):
            replaced = (data if replaced is None else replaced).replace(token, value)
    return replaced

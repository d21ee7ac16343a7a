"""A text as msgspec reads it, in UTF-8, and places in those bytes told in characters of the text.

A text with a character outside the Basic Multilingual Plane takes four bytes a character as a ``str``:
its UTF-8 form is read as given or made once, and places are counted block by block, never by copying
or decoding a prefix of the text.
"""

from __future__ import annotations

_BLOCK = 1 << 20
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
# Tokens the standard library reads and msgspec refuses, each with one of the same length that msgspec
# reads. A constant becomes an empty array: a value wherever it is one, never a key, and joined with no
# neighbour into a well-formed token (as a number would be in ``1NaN``, ``-NaN`` or ``NaN5``). A
# surrogate escape becomes an escape of a character of the Basic Multilingual Plane: any "\ud" or "\uD"
# of the text with its "d" read as a "0" (both plain characters, or both hex digits).
CONSTANTS = "constants"
ESCAPES = "escapes"
# A token msgspec stops on near the start is put alone where it stands (reading up to it again costs less
# than searching the whole text for each token), this many at most; msgspec names the place after a
# surrogate escape, or after the escape following it.
_ALONE_REACH = 1 << 20
_MOST_PUT_ALONE = 16
_BEFORE_ESCAPE_NAMED = 12
_SCANNER_ONLY = {
    CONSTANTS: (("-Infinity", "[       ]"), ("Infinity", "[      ]"), ("NaN", "[ ]")),
    ESCAPES: (("\\ud", "\\u0"), ("\\uD", "\\u0")),
}


class Utf8Text:
    """``text`` and ``data``, what msgspec reads: the UTF-8 bytes of the text (``utf8``, when the caller
    holds them without a BOM), or the text itself when it is ASCII; once msgspec stops on a token only
    the standard library reads, a copy with those tokens put as others (:meth:`read_as_the_scanner`)."""

    __slots__ = ("_alone", "_copy", "_put", "data", "text")

    def __init__(self, text: str, utf8: bytes | memoryview | None = None) -> None:
        self.text = text
        self.data: str | memoryview = (
            memoryview(utf8)
            if utf8 is not None
            else text if text.isascii() else memoryview(text.encode("utf-8", "surrogatepass"))
        )
        self._put: set[str] = set()
        self._copy: bytearray | None = None  # the bytes with tokens put, once some are
        self._alone = 0

    def read_as_the_scanner(self, kind: str) -> bool:
        """Put each token of ``kind`` (:data:`CONSTANTS`, :data:`ESCAPES`) that the standard library
        reads and msgspec refuses as one of the same length that msgspec reads. Inside a string a
        replacement only swaps plain characters for others, and outside one a value stays a value, so
        ``data`` is malformed where the text is, but for those tokens. Whether ``data`` changed."""
        if kind in self._put:
            return False
        self._put.add(kind)
        if isinstance(self.data, str):
            replaced = _replaced(self.data, _SCANNER_ONLY[kind])
            if replaced is None:
                return False
            self.data = replaced
            return True
        copy = _put_in(self._source(self.data), _tokens(kind))
        if copy is None:
            return False
        self._copy = copy
        self.data = memoryview(copy)
        return True

    def put_where_stopped(self, kind: str, offset: int) -> bool:
        """Put the token of ``kind`` msgspec stopped on, naming byte ``offset`` (the ``N`` or ``I`` of a
        constant, a place after a surrogate escape), as :meth:`read_as_the_scanner` puts it, alone, when
        it stands near the start. Whether one was put."""
        if isinstance(self.data, str) or offset > _ALONE_REACH or self._alone >= _MOST_PUT_ALONE:
            return False
        for token, value in _tokens(kind):
            if (at := self._stopped_on(kind, token, offset)) >= 0:
                copy = self._source(self.data)
                self._copy = copy if isinstance(copy, bytearray) else bytearray(copy)
                self._copy[at : at + len(token)] = value
                self.data = memoryview(self._copy)
                self._alone += 1
                return True
        return False

    def _stopped_on(self, kind: str, token: bytes, offset: int) -> int:
        """Where ``token`` starts if it is the one msgspec stopped on, naming byte ``offset``; else -1."""
        data = self.data
        assert isinstance(data, memoryview)
        if kind == CONSTANTS:  # "-Infinity" stands before the "I" msgspec names
            at = offset - token.startswith(b"-")
        else:
            start = max(offset - _BEFORE_ESCAPE_NAMED, 0)
            found = bytes(data[start:offset]).find(token)
            at = start + found if found >= 0 else -1
        return at if at >= 0 and data[at : at + len(token)] == token else -1

    def _source(self, data: memoryview) -> bytes | bytearray:
        """The bytes ``data`` shows: the copy with tokens put, the caller's bytes uncopied when it shows
        them all, or else a copy."""
        if self._copy is not None:
            return self._copy
        shown = data.obj if len(data.obj) == len(data) else None  # type: ignore[arg-type]
        return shown if isinstance(shown, bytes) else bytearray(data)

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


def _replaced(data: str, tokens: tuple[tuple[str, str], ...]) -> str | None:
    """``data`` with each of ``tokens`` replaced by its value; None when none stands in it."""
    replaced = None
    for token, value in tokens:
        if token in (data if replaced is None else replaced):
            replaced = (data if replaced is None else replaced).replace(token, value)
    return replaced


def _tokens(kind: str) -> tuple[tuple[bytes, bytes], ...]:
    return tuple((token.encode(), value.encode()) for token, value in _SCANNER_ONLY[kind])


def _put_in(source: bytes | bytearray, tokens: tuple[tuple[bytes, bytes], ...]) -> bytearray | None:
    """``source`` with each of ``tokens`` replaced by its value, as ``bytes.replace`` replaces them one
    after another: a ``bytearray`` (a copy made here) in place, ``bytes`` in a copy made at the first token
    found; None when none stands in it. The text is copied once, not once a token, and the tokens are
    put block by block, from each one found on."""
    copy = source if isinstance(source, bytearray) else None
    changed = False
    for token, value in tokens:
        if (at := (source if copy is None else copy).find(token)) < 0:
            continue
        if copy is None:
            copy = bytearray(source)
        changed = True
        while at >= 0:
            # a token that starts in the block is put whole; the next search starts after the block
            # (no value makes a token appear where it stands, nor starts one)
            end = min(at + _BLOCK, len(copy))
            reach = min(end + len(token) - 1, len(copy))
            copy[at:reach] = bytes(copy[at:reach]).replace(token, value)
            at = copy.find(token, end)
    return copy if changed else None

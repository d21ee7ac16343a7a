"""A text as msgspec reads it, in UTF-8, and places in those bytes told in characters of the text.

A text with a character outside the Basic Multilingual Plane takes four bytes a character as a ``str``:
its UTF-8 form is read as given or made once, and places are counted block by block, never by copying
or decoding a prefix of the text.
"""

from __future__ import annotations

_BLOCK = 1 << 20
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))


class Utf8Text:
    """``text`` and ``data``, what msgspec reads: the UTF-8 bytes of the text (``utf8``, when the caller
    holds them without a BOM), or the text itself when it is ASCII."""

    __slots__ = ("data", "text")

    def __init__(self, text: str, utf8: bytes | memoryview | None = None) -> None:
        self.text = text
        self.data: str | memoryview = (
            memoryview(utf8)
            if utf8 is not None
            else text if text.isascii() else memoryview(text.encode("utf-8", "surrogatepass"))
        )

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

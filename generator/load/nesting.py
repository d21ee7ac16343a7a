"""Where flow nesting first goes too deep, found with the per-character work done by string methods.

The text is read as a walk over ``_BRACKET`` tokens would read it: a quote opens a string that ends at
the next unescaped quote, and a quote whose string never ends that way (a backslash before a line
break or the end of the text) is a lone character. Each block of the text becomes a skeleton of its
quotes and brackets (escape pairs dropped first), and the quotes pair up: the brackets between pairs
are inside strings. Only a block whose skeleton could carry the depth past the limit is read in smaller
blocks, and the smallest token by token, as is a block where backslashes make the skeleton unsure.
"""

from __future__ import annotations

import re

_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{\]}]')
# Tokens read the same in a block as in the whole text: all up to a quote whose string reaches the
# block's end (it may close after it).
_SETTLED = re.compile(r'(?:[^"]++|"(?:[^"\\]++|\\.)*+"|"(?=(?:[^"\\]++|\\.)*+\\\n))*+')
_ESCAPED_QUOTE = "\x01"  # stands for a quote after a backslash in the skeleton
_KEPT = b'"[]{}' + _ESCAPED_QUOTE.encode()
_BRACKETS_AS_PARENTHESES = bytes.maketrans(b"[{]}", b"(())")
_DROPPED = bytes(code for code in range(256) if code not in _KEPT)
_BLOCK = 1 << 16
_SMALL_BLOCK = 1 << 12
_SMALLER = 16
_REDUCTIONS = 8  # passes that drop matched brackets before a block is read in smaller ones

Found = tuple[int]  # the offset of the bracket that goes too deep


def too_deep_at(text: str, max_depth: int) -> tuple[int, int]:
    """Where flow nesting first goes past ``max_depth`` (the start of the text if it never does)."""
    found = _deeper_at(text, 0, len(text), 0, max_depth, _BLOCK)
    if isinstance(found, int):
        return 1, 1
    offset = found[0]
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _deeper_at(text: str, start: int, end: int, depth: int, max_depth: int, block: int) -> int | Found:
    """The offset of the bracket in ``text[start:end]`` that first takes the nesting past ``max_depth``,
    from ``depth`` at ``start``; else the depth at ``end``. Tokens start at ``start`` and ``end``."""
    size = block
    while start < end:
        stop = min(start + size, end)
        read = _skeleton(text[start:stop], stop == end)
        if read is None:  # backslashes where the skeleton cannot tell: read token by token
            settled = stop - start
            if stop < end:
                settled = _SETTLED.match(text, start, stop).end() - start  # type: ignore[union-attr]
            brackets = None
        else:
            settled, brackets = read
        if not settled:  # a string longer than the block starts it
            size *= 2
            continue
        if brackets is None or _may_pass(brackets, max_depth - depth):
            found = (
                _walk(text, start, start + settled, depth, max_depth)
                if brackets is None or block <= _SMALL_BLOCK
                else _deeper_at(text, start, start + settled, depth, max_depth, block // _SMALLER)
            )
            if not isinstance(found, int):
                return found
            depth = found
        else:
            depth += 2 * brackets.count(b"(") - len(brackets)
        start, size = start + settled, block
    return depth


def _skeleton(piece: str, last: bool) -> tuple[int, bytes] | None:
    """How much of ``piece`` (starting outside strings) reads the same in the whole text, and the
    brackets outside strings in it, openers as ``(`` and closers as ``)``; None where a backslash could
    change that: before a line break, or before a quote outside strings."""
    if _ESCAPED_QUOTE in piece:
        return None
    settled = len(piece)
    if not last and (closing := _last_quote(piece)) >= 0:
        settled = closing + 1
    plain = piece[:settled]
    if "\\" in plain:
        plain = plain.replace("\\\\", "").replace('\\"', _ESCAPED_QUOTE)
        if "\\\n" in plain or plain.endswith("\\"):
            return None
    skeleton = plain.encode("ascii", "ignore").translate(_BRACKETS_AS_PARENTHESES, _DROPPED)
    if skeleton.count(b'"') % 2:  # the last quote opens a string that ends past the block, or never
        if last:
            return None
        skeleton, settled = skeleton[:-1], settled - 1
    outside = b"".join(skeleton.replace(b'""', b"").split(b'"')[::2])
    return None if _ESCAPED_QUOTE.encode() in outside else (settled, outside)


def _last_quote(piece: str) -> int:
    """The offset of the last quote of ``piece`` that no backslash escapes (-1 when there is none)."""
    at = piece.rfind('"')
    while at > 0 and piece[at - 1] == "\\":
        before = piece[:at].rstrip("\\")
        if (at - len(before)) % 2 == 0:
            break
        at = piece.rfind('"', 0, len(before))
    return at


def _may_pass(brackets: bytes, room: int) -> bool:
    """Whether the nesting in ``brackets`` may go more than ``room`` levels deeper than where it starts:
    no more than the openers matched by no closer plus the passes that drop the matched pairs."""
    if brackets.count(b"(") <= room:
        return False
    for passes in range(_REDUCTIONS):
        reduced = brackets.replace(b"()", b"")
        if reduced == brackets:
            return reduced.count(b"(") + passes > room
        brackets = reduced
    return True


def _walk(text: str, start: int, end: int, depth: int, max_depth: int) -> int | Found:
    """What :func:`_deeper_at` answers, found token by token."""
    for match in _BRACKET.finditer(text, start, end):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                return (match.start(),)
        elif token in "]}":
            depth -= 1
    return depth

"""A large module cut into pieces that ``ruff format`` lays out alone exactly as it does in place.

ruff spends far more system time on one large file than on the same text in several files (a tenth
of a second on the 2 MB models module of a 10,000-class document), and it formats the files of one
run on every core. The cuts are found in the text, without parsing it (parsing a large module costs
more than formatting it): a cut falls before a line that starts a class, a function or a decorator
at the left margin, after blank lines that follow an indented line (the end of a class or function
body). ruff puts two blank lines there, so the formatted pieces joined by two blank lines are the
formatted module. A line that could end a string statement (a quote), continue onto the next
(a backslash) or carry a comment is never followed by a cut, nor is anything in a module with
formatter directives or line endings other than ``\\n``.

A cut inside a string or brackets leaves the piece before it unterminated: ruff refuses that piece,
and the caller formats the module whole instead.
"""

from __future__ import annotations

import re

PIECE_CHARS = 50_000
_JOINER = "\n\n"
# blank lines after a line's end, then a line starting a top-level definition or decorator
_CUT = re.compile(r"\n(?:[ \t]*\n)+(?=@|class |def |async def )")
_DIRECTIVES = ("fmt:", "yapf:", "\r", "\x0c")


def cut_module(path: str, text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` in pieces of about ``size`` characters (one piece when it is small, a stub, or holds
    something that makes a cut unsafe)."""
    if len(text) < 2 * size or not path.endswith(".py") or any(mark in text for mark in _DIRECTIVES):
        return [text]
    pieces: list[str] = []
    start = 0
    search = size
    while (found := _CUT.search(text, search)) is not None:
        end = found.start() + 1
        before = text[text.rfind("\n", 0, found.start()) + 1 : found.start()].rstrip(" \t")
        if before[:1] in (" ", "\t") and not before.endswith(('"', "'", "\\")) and "#" not in before:
            pieces.append(text[start:end])
            start = found.end()
            search = start + size
        else:
            search = found.end()
    if start == 0:
        return [text]
    pieces.append(text[start:])
    return pieces


def join_pieces(pieces: list[str]) -> str | None:
    """The formatted module from its formatted pieces; None when a piece does not end a line as
    formatted code does."""
    if any(not piece.endswith("\n") for piece in pieces[:-1]):
        return None
    return _JOINER.join(pieces)

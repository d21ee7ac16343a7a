"""JSON Pointer (RFC 6901) helpers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


def escape_token(token: str | int) -> str:
    """Escape one reference token: ``~`` becomes ``~0`` and ``/`` becomes ``~1``."""
    text = token if type(token) is str else str(token)
    # most tokens need no escaping, and pointers are built on every walk of large documents
    return text.replace("~", "~0").replace("/", "~1") if "~" in text or "/" in text else text


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~") if "~" in token else token


def join(base: str, *tokens: str | int) -> str:
    """Append reference tokens to a pointer: ``join("/paths", "/a/{id}")`` is ``/paths/~1a~1{id}``."""
    if len(tokens) == 1:  # the usual call, on every step of every walk
        return base + "/" + escape_token(tokens[0])
    return base + "".join(["/" + escape_token(token) for token in tokens])


def from_tokens(tokens: Iterable[str | int]) -> str:
    return join("", *tokens)


def split(pointer: str) -> list[str]:
    """The unescaped reference tokens of a pointer (``""`` is the whole document)."""
    if pointer[:1] == "/" and "~" not in pointer:  # the usual pointer: nothing to unescape
        return pointer[1:].split("/")
    if pointer in ("", "#"):
        return []
    body = pointer[1:] if pointer.startswith("#") else pointer
    if not body.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    tokens = body[1:].split("/")
    return [unescape_token(token) for token in tokens] if "~" in body else tokens


def walk(document: Any, tokens: Iterable[str | int]) -> Any:
    """The node that ``tokens`` lead to in plain JSON data; KeyError when there is none."""
    node = document
    for token in tokens:
        if type(node) is dict or isinstance(node, Mapping):
            node = node[token]
        elif isinstance(node, list) and str(token).isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def lookup(document: Any, pointer: str) -> Any:
    """The node at ``pointer`` in plain JSON data; KeyError when there is none (ValueError: not a pointer)."""
    return walk(document, split(pointer))


def resolve(data: Any, pointer: str) -> Any:
    """The value at ``pointer`` in parsed JSON data, or None where the pointer leads nowhere."""
    try:
        return lookup(data, pointer)
    except (KeyError, ValueError):
        return None

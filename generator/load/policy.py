"""The ``$ref`` policy: URLs are never fetched; other files only when allowed, and only inside the
spec's folder; chains of references that come back to themselves are refused, however long.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator import pointer as jp
from generator.json_value import is_object
from generator.load.bundle import Bundler, Tokens, refused
from generator.load.document import SourceDocument
from generator.load.errors import LoadError
from generator.load.refs import BUNDLE_KEY, is_url, iter_refs

_SHOWN = 6  # references of a long cycle spelled out in its message


def apply_policy(source: SourceDocument, location: Path | None, allow_files: bool) -> SourceDocument:
    """The document with every reference local, or a LoadError saying which reference is refused.

    ``location`` is the spec's path (None for stdin and git, whose references may only be local).
    """
    refs = tuple(iter_refs(source.data, source.version))
    external = [(tokens, ref) for tokens, ref in refs if not ref.startswith("#")]
    if not external:
        check_cycles(source, source.data, refs)
        return replace(source, references=refs)
    for tokens, ref in external:
        if is_url(ref) or not allow_files or location is None:
            raise refused(source, tokens, ref, _reason(ref, location))
    assert location is not None
    bundled = Bundler(source, location).bundle()
    check_cycles(source, bundled, iter_refs(bundled, source.version))
    return replace(source, data=bundled)


def _reason(ref: str, location: Path | None) -> str:
    if is_url(ref):
        return "URLs are never fetched"
    if location is None:
        return "a spec read from stdin or git may only use local references ('#/...')"
    return "references to other files are followed only with --allow-external-refs"


def check_cycles(source: SourceDocument, data: Any, refs: Iterable[tuple[Tokens, str]]) -> None:
    """Refuse a ``$ref`` that leads, through references only, back to itself.

    Each object holding a reference is followed at most once over the whole document (time linear in
    the number of references, whatever the length of the chains); one whose target holds no reference
    is only looked at, and costs one more step to a chain that comes through it.
    """
    settled: set[str] = set()
    held: dict[str, str | None] = {}  # the reference at each pointer looked at, each looked up once

    def reference_at(pointer: str) -> str | None:
        if pointer not in held:
            held[pointer] = _reference_at(data, pointer)
        return held[pointer]

    for tokens, ref in refs:
        if not ref.startswith("#") or ref[1:] in settled or reference_at(ref[1:]) is None:
            continue  # no cycle: it leads where a chain already ended, or to a node that is no reference
        start = jp.from_tokens(tokens)
        if start in settled:
            continue
        chain, on_chain = [start], {start}
        target = ref
        while target.startswith("#"):
            pointer = target[1:]
            if pointer in settled:
                break
            if pointer in on_chain:
                raise _cycle(source, tokens, [*chain[chain.index(pointer) :], pointer])
            chain.append(pointer)
            on_chain.add(pointer)
            next_ref = reference_at(pointer)
            if next_ref is None:
                break
            target = next_ref
        settled.update(chain)


def _reference_at(data: Any, pointer: str) -> str | None:
    """The reference held by the node at ``pointer``; None where there is no node (a missing target is
    for validation to report) or it holds no reference."""
    try:
        node = jp.lookup(data, pointer)
    except (KeyError, ValueError):
        return None
    ref = node.get("$ref") if is_object(node) else None
    return ref if isinstance(ref, str) else None


def _display(pointer: str) -> str:
    tokens = jp.split(pointer)
    if len(tokens) >= 2 and tokens[0] == BUNDLE_KEY:
        return f"{tokens[1]}#{jp.from_tokens(tokens[2:])}"
    return f"#{pointer}"


def _cycle(source: SourceDocument, tokens: Tokens, loop: list[str]) -> LoadError:
    shown = [_display(pointer) for pointer in loop]
    if len(shown) > _SHOWN:
        shown = [*shown[: _SHOWN // 2], f"... {len(loop) - _SHOWN} more ...", *shown[-_SHOWN // 2 :]]
    line, column = source.position(jp.join(jp.from_tokens(tokens), "$ref")) or (None, None)
    message = f"$ref cycle with no schema in it ({len(loop) - 1} references): {' -> '.join(shown)}"
    return LoadError(source.name, message, line, column)

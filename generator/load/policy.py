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
from generator.resolver import Resolver, Settled

_SHOWN = 6  # references of a long cycle spelled out in its message


def apply_policy(source: SourceDocument, location: Path | None, allow_files: bool) -> SourceDocument:
    """The document with every reference local, or a LoadError saying which reference is refused.

    ``location`` is the spec's path (None for stdin and git, whose references may only be local).
    """
    refs = tuple(iter_refs(source.data, source.version))
    external = [(tokens, ref) for tokens, ref in refs if not ref.startswith("#")]
    if not external:
        checked = replace(source, references=refs)
        check_cycles(checked, checked.data, refs, checked.settled_refs)
        return checked
    for tokens, ref in external:
        if is_url(ref) or not allow_files or location is None:
            raise refused(source, tokens, ref, _reason(ref, location))
    assert location is not None
    bundled = replace(source, data=Bundler(source, location).bundle())
    check_cycles(source, bundled.data, iter_refs(bundled.data, source.version), bundled.settled_refs)
    return bundled


def _reason(ref: str, location: Path | None) -> str:
    if is_url(ref):
        return "URLs are never fetched"
    if location is None:
        return "a spec read from stdin or git may only use local references ('#/...')"
    return "references to other files are followed only with --allow-external-refs"


def check_cycles(
    source: SourceDocument, data: Any, refs: Iterable[tuple[Tokens, str]], settled: Settled
) -> None:
    """Refuse a ``$ref`` that leads, through references only, back to itself.

    Each reference is followed once over the whole document (a resolver remembers every chain it
    walks, so time is linear in the number of references, whatever the length of the chains); where
    the others lead is kept in ``settled``, for the document's resolvers to start from.
    """
    resolver = Resolver(data, settled)
    for tokens, ref in refs:
        if ref.startswith("#") and resolver.leads_to_cycle(ref):
            loop = _loop(data, jp.from_tokens(tokens), ref)
            if loop is not None:
                raise _cycle(source, tokens, loop)


def _loop(data: Any, start: str, ref: str) -> list[str] | None:
    """The pointers of the cycle that following ``ref`` (held at ``start``) runs into, the first one
    repeated at the end; None when the chain ends."""
    chain, on_chain = [start], {start}
    target = ref
    while target.startswith("#"):
        pointer = target[1:]
        if pointer in on_chain:
            return [*chain[chain.index(pointer) :], pointer]
        chain.append(pointer)
        on_chain.add(pointer)
        next_ref = _reference_at(data, pointer)
        if next_ref is None:
            break
        target = next_ref
    return None


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

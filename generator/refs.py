"""The ``$ref`` policy: URLs are never fetched; other files only when allowed, and only inside the
spec's folder; chains of references that loop are refused.

Allowed files are bundled into the root document under ``x-specgen-bundled`` (keyed by their path
relative to the spec's folder) and every reference is rewritten to a local one, so the model,
the validator and the generators only ever see one self-contained document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from generator import pointer as jp
from generator.load import LoadError, SourceDocument, parse_data, read_text
from generator.model.resolver import Resolver

BUNDLE_KEY = "x-specgen-bundled"
MAX_FILES = 256
MAX_HOPS = 64
_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")


def is_url(ref: str) -> bool:
    """A reference with a scheme (``http:``, ``file:``, ``urn:`` ...) or a network path (``//host``)."""
    return bool(_URL.match(ref)) and not re.match(r"^[A-Za-z]:[\\/]", ref)


def iter_refs(data: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every ``$ref`` string in ``data`` with the tokens of the object that holds it."""
    # Each stacked node carries a link (parent link, key) to its parent, so the tokens are
    # spelled out only for the objects that hold a reference.
    stack: list[tuple[Any, _Link]] = [(data, None)]
    pop, push = stack.pop, stack.append
    while stack:
        node, link = pop()
        if isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    push((value, (link, index)))
        elif type(node) is dict or isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield _tokens(link), ref
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    push((value, (link, key)))


_Link = tuple[Any, str | int] | None


def _tokens(link: _Link) -> tuple[str | int, ...]:
    tokens: list[str | int] = []
    while link is not None:
        link, token = link
        tokens.append(token)
    return tuple(reversed(tokens))


def apply_policy(source: SourceDocument, location: Path | None, allow_files: bool) -> SourceDocument:
    """The document with every reference local, or a LoadError saying which reference is refused.

    ``location`` is the spec's path (None for stdin, whose references may only be local).
    """
    if source.syntax == "json" and _only_local_refs(source.text, source.data):
        return source
    refs = list(iter_refs(source.data))
    external = [(tokens, ref) for tokens, ref in refs if not ref.startswith("#")]
    if not external:
        _check_cycles(source, source.data, refs)
        return source
    for tokens, ref in external:
        if is_url(ref) or not allow_files or location is None:
            raise _refused(source, tokens, ref, _reason(ref, allow_files, location))
    assert location is not None
    bundled = _Bundler(source, location).bundle()
    _check_cycles(source, bundled, iter_refs(bundled))
    return replace(source, data=bundled)


# In JSON text every "$ref" key is spelled literally unless one of its characters is \u-escaped.
_REF_CHAR_ESCAPE = re.compile(r"\\u00(?:24|72|65|66)", re.IGNORECASE)
_LOCAL_REF = re.compile(r'"\$ref"\s*:\s*"(#[^"\\]*)"')


def _only_local_refs(text: str, data: Any) -> bool:
    """True when a scan of the JSON text proves every ``$ref`` local and free of cycles.

    Every ``$ref`` member of the data shows in the text as ``"$ref": "#..."``; the scan may see more
    (duplicate keys), never less. Anything it cannot prove sends the caller to the full walk, which
    finds and reports the offending reference exactly.
    """
    if _REF_CHAR_ESCAPE.search(text):
        return False
    targets = _LOCAL_REF.findall(text)
    if len(targets) != text.count('"$ref"'):  # some "$ref" is not followed by a plain local one
        return False
    return not _has_cycle(set(targets), Resolver(data).lookup)


def _has_cycle(refs: set[str], lookup: Callable[[str], Any]) -> bool:
    """Whether following local references from any of ``refs`` ever comes back to a visited target."""
    done: set[str] = set()
    for ref in refs:
        path: set[str] = set()
        while ref not in done:
            if ref in path:
                return True
            path.add(ref)
            try:
                node = lookup(ref[1:])
            except (KeyError, ValueError):
                break
            next_ref = node.get("$ref") if isinstance(node, Mapping) else None
            if not isinstance(next_ref, str) or not next_ref.startswith("#"):
                break
            ref = next_ref
        done.update(path)
    return False


def _reason(ref: str, allow_files: bool, location: Path | None) -> str:
    if is_url(ref):
        return "URLs are never fetched"
    if location is None:
        return "a spec read from stdin may only use local references ('#/...')"
    return "references to other files are followed only with --allow-external-refs"


def _refused(source: SourceDocument, tokens: tuple[str | int, ...], ref: str, reason: str) -> LoadError:
    pointer = jp.join(jp.from_tokens(tokens), "$ref")
    line, column = source.position(pointer) or (None, None)
    return LoadError(source.name, f"external $ref {ref!r} refused: {reason}", line, column)


def _check_cycles(
    source: SourceDocument, data: Any, refs: Iterable[tuple[tuple[str | int, ...], str]]
) -> None:
    """Refuse a ``$ref`` that leads, through references only, back to itself."""
    lookup = Resolver(data).lookup
    settled: set[str] = set()
    for tokens, ref in refs:
        start = jp.from_tokens(tokens)
        chain = [start]
        target = ref
        for _ in range(MAX_HOPS):
            pointer = target[1:]
            if pointer in settled:
                break
            if pointer in chain:
                shown = " -> ".join(_display(p) for p in [*chain[chain.index(pointer) :], pointer])
                raise _cycle(source, tokens, shown)
            chain.append(pointer)
            try:
                node = lookup(pointer)
            except (KeyError, ValueError):
                break  # a missing target is for validation to report
            next_ref = node.get("$ref") if isinstance(node, Mapping) else None
            if not isinstance(next_ref, str) or not next_ref.startswith("#"):
                break
            target = next_ref
        settled.update(chain)


def _display(pointer: str) -> str:
    tokens = jp.split(pointer)
    if len(tokens) >= 2 and tokens[0] == BUNDLE_KEY:
        return f"{tokens[1]}#{jp.from_tokens(tokens[2:])}"
    return f"#{pointer}"


def _cycle(source: SourceDocument, tokens: tuple[str | int, ...], shown: str) -> LoadError:
    line, column = source.position(jp.join(jp.from_tokens(tokens), "$ref")) or (None, None)
    return LoadError(source.name, f"$ref cycle with no schema in it: {shown}", line, column)


class _Bundler:
    def __init__(self, source: SourceDocument, location: Path) -> None:
        self.source = source
        self.root_path = location.resolve()
        self.folder = self.root_path.parent
        self.files: dict[str, Any] = {}
        self.pending: list[str] = []

    def bundle(self) -> dict[str, Any]:
        root = self._rewrite(self.source.data, PurePosixPath(self.root_path.name), ())
        while self.pending:
            key = self.pending.pop()
            self.files[key] = self._rewrite(self.files[key], PurePosixPath(key), ())
        if not self.files:
            return dict(root)
        return {**root, BUNDLE_KEY: dict(sorted(self.files.items()))}

    def _rewrite(self, node: Any, file: PurePosixPath, tokens: tuple[str | int, ...]) -> Any:
        if isinstance(node, Mapping):
            result = {key: self._rewrite(value, file, (*tokens, key)) for key, value in node.items()}
            ref = node.get("$ref")
            if isinstance(ref, str):
                result["$ref"] = self._local(ref, file, tokens)
            return result
        if isinstance(node, list):
            return [self._rewrite(value, file, (*tokens, index)) for index, value in enumerate(node)]
        return node

    def _local(self, ref: str, file: PurePosixPath, tokens: tuple[str | int, ...]) -> str:
        """The local reference that replaces ``ref`` found in ``file`` (relative to the spec folder)."""
        in_root = file == PurePosixPath(self.root_path.name)
        target_file, _, fragment = ref.partition("#")
        if fragment and not fragment.startswith("/"):
            raise self._refuse(ref, tokens, in_root, "only JSON-pointer fragments ('#/...') are supported")
        if not target_file:
            key = None if in_root else str(file)
        else:
            key = self._admit(ref, target_file, file, tokens, in_root)
        base = "" if key is None else jp.join("", BUNDLE_KEY, key)
        return "#" + base + fragment

    def _admit(
        self, ref: str, target_file: str, file: PurePosixPath, tokens: tuple[str | int, ...], in_root: bool
    ) -> str | None:
        if is_url(ref):
            raise self._refuse(ref, tokens, in_root, "URLs are never fetched")
        path = (self.folder / file.parent / target_file).resolve()
        if path == self.root_path:
            return None
        if self.folder not in path.parents:
            raise self._refuse(ref, tokens, in_root, f"{target_file} is outside the spec's folder")
        key = path.relative_to(self.folder).as_posix()
        if key not in self.files:
            if len(self.files) >= MAX_FILES:
                raise self._refuse(ref, tokens, in_root, f"more than {MAX_FILES} referenced files")
            self.files[key] = self._read(path, ref, tokens, in_root)
            self.pending.append(key)
        return key

    def _read(self, path: Path, ref: str, tokens: tuple[str | int, ...], in_root: bool) -> Any:
        try:
            name, text = read_text(str(path))
            data, _syntax, _positions = parse_data(name, text)
        except LoadError as error:
            raise self._refuse(ref, tokens, in_root, str(error)) from None
        return data

    def _refuse(self, ref: str, tokens: tuple[str | int, ...], in_root: bool, reason: str) -> LoadError:
        if in_root:
            return _refused(self.source, tokens, ref, reason)
        return LoadError(self.source.name, f"external $ref {ref!r} refused: {reason}")

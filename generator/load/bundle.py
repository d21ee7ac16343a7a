"""Files a spec's references point into, read into the document so that every reference is local.

Allowed files are bundled under ``x-specgen-bundled`` (keyed by their path relative to the spec's
folder) and every reference is rewritten to a local one, so the model, the validator and the
generators only ever see one self-contained document. Only files inside the spec's folder are read.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from generator import pointer as jp
from generator.load.document import SourceDocument, parse_data
from generator.load.errors import LoadError
from generator.load.refs import BUNDLE_KEY, is_url, iter_refs
from generator.load.text import decode, read_bytes

MAX_FILES = 256
Tokens = tuple[str | int, ...]


def refused(source: SourceDocument, tokens: Tokens, ref: str, reason: str) -> LoadError:
    """The one line for a reference that is not followed, at the place it was written."""
    line, column = source.position(jp.join(jp.from_tokens(tokens), "$ref")) or (None, None)
    return LoadError(source.name, f"external $ref {ref!r} refused: {reason}", line, column)


def copy_json(node: Any) -> Any:
    """A copy of plain JSON data whose objects and arrays can be changed without touching the original."""
    if isinstance(node, dict):
        return {key: copy_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return [copy_json(value) for value in node]
    return node


class Bundler:
    def __init__(self, source: SourceDocument, location: Path) -> None:
        self.source = source
        self.root_path = location.resolve()
        self.folder = self.root_path.parent
        self.files: dict[str, Any] = {}
        self.pending: list[str] = []

    def bundle(self) -> dict[str, Any]:
        root = self._rewrite(self.source.data, PurePosixPath(self.root_path.name))
        while self.pending:
            key = self.pending.pop()
            self.files[key] = self._rewrite(self.files[key], PurePosixPath(key))
        if not self.files:
            return dict(root)
        return {**root, BUNDLE_KEY: dict(sorted(self.files.items()))}

    def _rewrite(self, data: Any, file: PurePosixPath) -> Any:
        """A copy of ``data`` (the content of ``file``) with each of its references made local."""
        copy = copy_json(data)
        for tokens, ref in list(iter_refs(copy, self.source.version)):
            jp.walk(copy, tokens)["$ref"] = self._local(ref, file, tokens)
        return copy

    def _local(self, ref: str, file: PurePosixPath, tokens: Tokens) -> str:
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
        self, ref: str, target_file: str, file: PurePosixPath, tokens: Tokens, in_root: bool
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

    def _read(self, path: Path, ref: str, tokens: Tokens, in_root: bool) -> Any:
        try:
            name, data = read_bytes(str(path))
            return parse_data(name, decode(name, data))
        except LoadError as error:
            raise self._refuse(ref, tokens, in_root, str(error)) from None

    def _refuse(self, ref: str, tokens: Tokens, in_root: bool, reason: str) -> LoadError:
        if in_root:
            return refused(self.source, tokens, ref, reason)
        return LoadError(self.source.name, f"external $ref {ref!r} refused: {reason}")

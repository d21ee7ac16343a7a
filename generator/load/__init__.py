"""Loading: location -> source text (one size cap) -> JSON or YAML -> the ``$ref`` policy.

``load`` is the one way in for every command and every kind of input: a path, ``-`` for stdin, or
``git:REV:PATH``. The modules below it import one way: ``text``/``git`` (bytes), ``json_text`` and
``yaml_text`` (values and positions), ``document`` (the SourceDocument), ``grammar`` (which members
hold objects, names, schemas or data), ``refs`` (where ``$ref`` is a reference), ``bundle`` and
``policy`` (which references are followed).
"""

from __future__ import annotations

from pathlib import Path

from generator.load.document import SourceDocument, SpecVersion, parse
from generator.load.errors import LoadError
from generator.load.git import is_git_location, read_git
from generator.load.policy import apply_policy
from generator.load.text import MAX_BYTES, STDIN, decode, read_bytes


def load(location: str, allow_external_refs: bool = False) -> SourceDocument:
    """Read, parse and apply the ``$ref`` policy to the spec at ``location``.

    References to URLs are always refused; references to other files inside the spec's folder are
    bundled into the document only when ``allow_external_refs`` is set (never for stdin or git).
    """
    return load_with_bytes(location, allow_external_refs)[1]


def load_with_bytes(location: str, allow_external_refs: bool = False) -> tuple[bytes, SourceDocument]:
    """The bytes as read (what ``specs add`` stores, byte for byte) and the loaded document."""
    if is_git_location(location):
        name, data = location, read_git(location)
    else:
        name, data = read_bytes(location)
    source = parse(name, decode(name, data), data)
    local_file = location != STDIN and not is_git_location(location)
    return data, apply_policy(source, Path(location) if local_file else None, allow_external_refs)


__all__ = [
    "MAX_BYTES",
    "STDIN",
    "LoadError",
    "SourceDocument",
    "SpecVersion",
    "load",
    "load_with_bytes",
    "parse",
]

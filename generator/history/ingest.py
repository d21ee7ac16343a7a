"""Read a new export exactly as given: its bytes (stored as they are) and its model (for checks)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load import load_with_bytes
from generator.model import Document, build


@dataclass(frozen=True)
class Incoming:
    name: str
    data: bytes
    document: Document


def read_export(location: str, allow_external_refs: bool = False) -> Incoming:
    """The bytes (stored exactly as exported, a BOM included) and model of the export at ``location``.

    Loaded like every command loads a spec (``-`` for stdin, the same ``$ref`` policy); raises LoadError.
    """
    data, source = load_with_bytes(location, allow_external_refs)
    return Incoming(source.name, data, build(source))

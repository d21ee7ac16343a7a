"""Read a new export exactly as given: its bytes (stored as they are) and its model (for checks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.load import STDIN, LoadError, parse, read_text
from generator.model import Document, build


@dataclass(frozen=True)
class Incoming:
    name: str
    data: bytes
    document: Document


def read_export(location: str) -> Incoming:
    """The bytes and model of the export at ``location`` (``-`` for stdin); raises LoadError.

    A file is read once more as bytes so that it can be stored exactly as exported (a BOM
    included); text from stdin is stored as UTF-8.
    """
    name, text = read_text(location)
    if location == STDIN:
        data = text.encode("utf-8")
    else:
        try:
            data = Path(location).read_bytes()
        except OSError as error:
            raise LoadError(name, f"cannot read: {error.strerror}") from None
        if data.decode("utf-8-sig", errors="replace") != text:
            raise LoadError(name, "the file changed while it was being read")
    return Incoming(name, data, build(parse(name, text)))

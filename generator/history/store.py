"""The export history of one API: ``specs/<api>/<date>[-N].json`` plus an ``index.json`` of hashes.

(YAML exports keep their syntax in the name: ``<date>[-N].yaml``.)

Exports are stored byte-for-byte and never overwritten. A new file is staged under a temporary
name in the same folder and linked into place only once complete, so an interrupted write leaves
nothing behind. Adding holds an exclusive lock on the API folder from the duplicate check to the
index update, so concurrent adds of the same export store it once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.files import create_file, locked, read_regular

INDEX_NAME = "index.json"
DEFAULT_API = "botmaker"
_API_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_EXPORT_NAME = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2})(?:-(?P<n>[1-9]\d*))?(?P<suffix>\.json|\.yaml)$")


class HistoryError(ValueError):
    """The history folder or a name given for it cannot be used."""


@dataclass(frozen=True, order=True)
class Export:
    """One stored export; ordered oldest first (by date, then by same-day sequence number)."""

    date: str
    sequence: int
    file: str
    sha256: str
    path: Path
    recorded_sha256: str | None = None  # what the index says; differs when the file was edited

    @property
    def label(self) -> str:
        return self.file.rsplit(".", 1)[0]

    @property
    def edited(self) -> bool:
        return self.recorded_sha256 is not None and self.recorded_sha256 != self.sha256


@dataclass(frozen=True)
class AddResult:
    """Either ``stored`` (a new export) or ``duplicate_of`` (same bytes already in the history)."""

    stored: Export | None = None
    duplicate_of: Export | None = None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_api_name(api: str) -> str:
    """API names become folder names, so only plain names are accepted."""
    if not _API_NAME.match(api) or api in (".", ".."):
        raise HistoryError(f"not a usable API name: {api!r} (letters, digits, '.', '_' and '-' only)")
    return api


class History:
    """The exports of one API under ``root/<api>/``."""

    def __init__(self, root: Path, api: str = DEFAULT_API):
        self.root = root
        self.api = check_api_name(api)
        self.folder = root / api

    @property
    def index_path(self) -> Path:
        return self.folder / INDEX_NAME

    def exports(self) -> tuple[Export, ...]:
        """Every export on disk, oldest first, with its hash and the hash the index recorded for it."""
        recorded = self._read_index()
        found = []
        for path in self._export_files():
            match = _EXPORT_NAME.match(path.name)
            assert match is not None
            try:
                digest = sha256(read_regular(path))
            except OSError as error:
                raise HistoryError(f"{path}: cannot read: {error.strerror}") from None
            found.append(
                Export(match["date"], int(match["n"] or 1), path.name, digest, path, recorded.get(path.name))
            )
        return tuple(sorted(found))

    def newest(self) -> Export | None:
        exports = self.exports()
        return exports[-1] if exports else None

    def find(self, digest: str) -> Export | None:
        return next((export for export in self.exports() if export.sha256 == digest), None)

    def add(self, data: bytes, date: str, suffix: str = ".json") -> AddResult:
        """Store ``data`` as the export of ``date`` unless the same bytes are already stored."""
        if suffix not in (".json", ".yaml"):
            raise HistoryError(f"not an export file suffix: {suffix!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise HistoryError(f"not a date (YYYY-MM-DD): {date!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        with locked(self.folder):
            return self._add_unlocked(data, date, suffix)

    def _add_unlocked(self, data: bytes, date: str, suffix: str) -> AddResult:
        digest = sha256(data)
        duplicate = self.find(digest)
        if duplicate is not None:
            return AddResult(duplicate_of=duplicate)
        for sequence in range(1, 1000):
            stem = date if sequence == 1 else f"{date}-{sequence}"
            name = stem + suffix
            target = self.folder / name
            if any((self.folder / (stem + taken)).exists() for taken in (".json", ".yaml")):
                continue
            if _write_new(target, data):
                export = Export(date, sequence, name, digest, target)
                try:
                    self._write_index((*self.exports(),))
                except BaseException:
                    target.unlink(missing_ok=True)
                    raise
                return AddResult(stored=export)
        raise HistoryError(f"too many exports for {date} in {self.folder}")

    def _export_files(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return iter(())
        return (path for path in self.folder.iterdir() if path.is_file() and _EXPORT_NAME.match(path.name))

    def _read_index(self) -> dict[str, str]:
        try:
            data = json.loads(read_regular(self.index_path).decode("utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise HistoryError(f"{self.index_path}: unreadable index: {error}") from None
        entries = data.get("exports") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise HistoryError(f"{self.index_path}: unreadable index: no 'exports' list")
        recorded = {}
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("file"), str):
                recorded[entry["file"]] = str(entry.get("sha256", ""))
        return {name: digest for name, digest in recorded.items() if digest}

    def _write_index(self, exports: tuple[Export, ...]) -> None:
        payload = {
            "api": self.api,
            "exports": [
                {"date": e.date, "file": e.file, "sha256": e.recorded_sha256 or e.sha256} for e in exports
            ],
        }
        text = json.dumps(payload, indent=2) + "\n"
        staged = _stage(self.folder, text.encode("utf-8"))
        try:
            os.replace(staged, self.index_path)
        except BaseException:
            staged.unlink(missing_ok=True)
            raise


def _stage(folder: Path, data: bytes) -> Path:
    """Write ``data`` to a hidden temporary file in ``folder``; removed again if writing fails."""
    handle, staged = create_file(folder, ".specgen-", ".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def _write_new(target: Path, data: bytes) -> bool:
    """Put ``data`` at ``target`` only if nothing is there yet; False when the name was taken."""
    staged = _stage(target.parent, data)
    try:
        os.link(staged, target)
    except FileExistsError:
        return False
    except OSError:
        # Filesystems without hard links: a rename after the existence check is the next best thing.
        if target.exists():
            return False
        os.replace(staged, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
    return True

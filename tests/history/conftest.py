"""A private copy of the embedded export history for each test that changes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import PROJECT

EMBEDDED = PROJECT / "specs" / "botmaker"
EMBEDDED_FILES = sorted(path.name for path in EMBEDDED.glob("*.json") if path.name != "index.json")


@pytest.fixture
def specs_root(tmp_path: Path) -> Path:
    """``tmp/specs`` holding a copy of ``specs/botmaker`` (exports and index)."""
    root = tmp_path / "specs"
    shutil.copytree(EMBEDDED, root / "botmaker")
    return root


@pytest.fixture
def empty_root(tmp_path: Path) -> Path:
    return tmp_path / "specs"

"""Shared fixtures: the real Botmaker export and the large public API pair live in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SHARED_SPECS = PROJECT.parent / "shared" / "specs"
REAL_EXPORT = SHARED_SPECS / "botmaker-v2.json"
STRIPE_OLD = SHARED_SPECS / "stripe" / "2022-01-19.json"
STRIPE_NEW = SHARED_SPECS / "stripe" / "2022-04-07.json"


@pytest.fixture(scope="session")
def real_export() -> Path:
    assert REAL_EXPORT.is_file(), f"the real export is expected at {REAL_EXPORT}"
    return REAL_EXPORT

"""One test server per session for the real export; each test starts with a clean record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.spec_server import SpecServer


@pytest.fixture(scope="session")
def real_export_server(real_export: Path) -> Iterator[SpecServer]:
    with SpecServer(real_export) as server:
        yield server


@pytest.fixture
def spec_server(real_export_server: SpecServer) -> Iterator[SpecServer]:
    real_export_server.reset()
    yield real_export_server
    real_export_server.reset()

"""The fixed document that uses every hostile string everywhere: no escape, and the client it
yields passes ``mypy --strict``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.generation import generate_all
from tests.hostile.strategies import kitchen_sink
from tests.hostile.test_generation_properties import check_no_escape

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "kitchen-sink.json"


def test_the_fixture_is_the_current_kitchen_sink() -> None:
    assert json.loads(FIXTURE.read_text(encoding="utf-8")) == kitchen_sink()


@pytest.mark.slow
def test_kitchen_sink_generates_without_escape() -> None:
    check_no_escape(kitchen_sink())


@pytest.mark.slow
def test_kitchen_sink_client_passes_mypy_strict(tmp_path: Path) -> None:
    files = generate_all(kitchen_sink(), tmp_path)
    packages = sorted({path.split("/")[0] for path in files if path.endswith("/__init__.py")})
    assert packages
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]

"""Every spec the project carries, and the real export: validate, diff against itself and generate
end in a result or a clear problem (exit 0, 1 or 2), never in a traceback."""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from tests.conftest import PROJECT, REAL_EXPORT

SUFFIXES = (".json", ".yaml", ".yml")


def corpus() -> list[Path]:
    carried = [
        path
        for folder in (PROJECT / "specs", PROJECT / "tests" / "fixtures")
        for path in folder.rglob("*")
        if path.suffix in SUFFIXES and path.is_file()
    ]
    return [*sorted(carried), REAL_EXPORT]


def _label(path: Path) -> str:
    return str(path.relative_to(PROJECT.parent))


@pytest.mark.slow
@pytest.mark.parametrize("spec", corpus(), ids=_label)
def test_every_command_ends_cleanly(spec: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    lines = {
        "validate": ["validate", str(spec)],
        "diff": ["diff", str(spec), str(spec)],
        "generate": ["generate", "all", str(spec), "-o", str(tmp_path / "out")],
    }
    for name, line in lines.items():
        if name not in main.commands:
            continue
        result = runner.invoke(main, line, catch_exceptions=True)
        crash = result.exception if not isinstance(result.exception, SystemExit) else None
        detail = "".join(traceback.format_exception(crash)) if crash else result.output[-2000:]
        assert crash is None, f"specgen {name} crashed:\n{detail}"
        assert result.exit_code in (0, 1, 2), f"specgen {name} exited {result.exit_code}:\n{detail}"
        assert "Traceback" not in result.output
        if result.exit_code == 2:
            message = result.stderr.strip() if hasattr(result, "stderr") else result.output.strip()
            assert message.startswith("specgen: error: ") and len(message.splitlines()) == 1, message
    if "diff" in main.commands:
        same = runner.invoke(main, lines["diff"])
        assert same.exit_code in (0, 2), f"a spec differs from itself:\n{same.output[-2000:]}"

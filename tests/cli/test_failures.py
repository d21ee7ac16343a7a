"""Every way a command can go wrong ends in one line: exit 2 for OS limits and refusals, exit 3 for bugs.

OS limits are real: the CLI runs in a subprocess with RLIMIT_FSIZE set, or writes into a symlink loop.
"""

from __future__ import annotations

import errno
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import generator.cli.validate as validate_command
from generator.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "validate"
CLEAN = str(FIXTURES / "clean.yaml")
SPECGEN = [sys.executable, "-m", "generator"]


def _one_line(stderr: str, start: str) -> str:
    lines = stderr.strip().splitlines()
    assert lines and lines[-1].startswith(start), stderr
    assert "Traceback" not in stderr, stderr
    return lines[-1]


def _explode(*args: object, **kwargs: object) -> None:
    raise ValueError("boom\nsecond line \x1b[31m\u202e")


def test_an_unexpected_error_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPECGEN_DEBUG", raising=False)
    monkeypatch.setattr(validate_command, "validate_source", _explode)
    result = CliRunner().invoke(main, ["validate", CLEAN])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "specgen: internal error: ValueError: boom\\nsecond line \\x1b[31m\\u202e (set SPECGEN_DEBUG=1 for the stack)"
    ]


def test_specgen_debug_shows_the_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECGEN_DEBUG", "1")
    monkeypatch.setattr(validate_command, "validate_source", _explode)
    result = CliRunner().invoke(main, ["validate", CLEAN])
    assert result.exit_code == 3
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "in _explode" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("specgen: internal error: ValueError: boom")


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/out/models.py"),
            "/out/models.py: No space left on device",
        ),
        (PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/out"), "/out: Permission denied"),
        (OSError(errno.EFBIG, os.strerror(errno.EFBIG)), "File too large"),
    ],
)
def test_os_refusals_are_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, error: OSError, expected: str
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(validate_command, "validate_source", refuse)
    result = CliRunner().invoke(main, ["validate", CLEAN])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"specgen: error: {expected}"]


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


@pytest.mark.parametrize("target", ["client", "docs"])
def test_the_file_size_limit_is_one_line_and_exit_2(tmp_path: Path, target: str, real_export: Path) -> None:
    environment = {**os.environ, "SPECGEN_CACHE_DIR": "", "TMPDIR": str(tmp_path)}
    command = [*SPECGEN, "generate", target, str(real_export), "-o", str(tmp_path / "out")]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size,
        env=environment,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "File too large" in _one_line(result.stderr, "specgen: error: ")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.py"))


@pytest.mark.parametrize("inside", ["", "sub/deeper"])
def test_a_symlink_loop_as_output_is_one_line_and_exit_2(tmp_path: Path, inside: str) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    out = tmp_path / "a" / inside if inside else tmp_path / "a"
    command = [*SPECGEN, "generate", "client", CLEAN, "-o", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 2, result.stderr
    line = _one_line(result.stderr, "specgen: error: ")
    assert "symlink loop" in line or "symbolic links" in line, line

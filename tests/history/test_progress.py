"""The progress bar: only on a terminal, only after the delay, never in CI."""

from __future__ import annotations

import io

import pytest

from generator.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(stream: io.StringIO, delay: float, units: int = 5, enabled: bool | None = None) -> Progress:
    with Progress("Reading exports", units, stream=stream, delay=delay, enabled=enabled) as progress:
        for _ in range(units):
            progress.advance()
    return progress


def test_a_slow_run_on_a_terminal_shows_a_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    progress = run(terminal, delay=0.0)
    assert progress.shown
    assert "Reading exports" in terminal.getvalue() and "100%" in terminal.getvalue()


def test_a_quick_run_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    assert not run(terminal, delay=60.0).shown
    assert terminal.getvalue() == ""


def test_piped_output_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    piped = io.StringIO()
    assert not run(piped, delay=0.0).shown
    assert piped.getvalue() == ""


def test_ci_shows_nothing_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    terminal = Terminal()
    assert not run(terminal, delay=0.0).shown
    assert terminal.getvalue() == ""

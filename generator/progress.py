"""A progress bar for long runs: shown on a terminal only, and only once work has taken a second.

Short runs, CI (``CI`` set) and piped output stay quiet, so logs and captured output never
contain bar redraws.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import Any, TextIO

import click

from generator.render.escape import plain

DELAY_SECONDS = 1.0


def interactive(stream: TextIO) -> bool:
    """True on a real terminal outside CI."""
    if os.environ.get("CI"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Count finished units of work; a bar appears once ``delay`` seconds have gone by."""

    def __init__(
        self,
        label: str,
        total: int,
        stream: TextIO | None = None,
        delay: float = DELAY_SECONDS,
        enabled: bool | None = None,
    ):
        self.label = plain(label)
        self.total = max(total, 1)
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.enabled = interactive(self.stream) if enabled is None else enabled
        self.done = 0
        self.shown = False
        self._started = time.monotonic()
        self._bar: Any = None

    def __enter__(self) -> Progress:
        self._started = time.monotonic()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.render_finish()
            self._bar = None

    def advance(self, units: int = 1) -> None:
        self.done += units
        if self._bar is None and self.enabled and time.monotonic() - self._started >= self.delay:
            self._bar = click.progressbar(length=self.total, label=self.label, file=self.stream, width=30)
            self._bar.render_progress()
            self.shown = True
            self._bar.update(self.done - units)
        if self._bar is not None:
            self._bar.update(units)

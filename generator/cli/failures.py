"""The exit codes, and the one line (exit 2 or 3) that ends a command when something goes wrong.

Kept light: the command group imports it to guard every command, ``specgen --help`` included."""

from __future__ import annotations

import errno
import os
import traceback
from typing import TYPE_CHECKING, NoReturn

import click

from generator.render.escape import plain

if TYPE_CHECKING:  # importing generator.load would load the loaders, which --help does not need
    from generator.load import LoadError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNREADABLE = 2
EXIT_INTERNAL = 3

DEBUG_VARIABLE = "SPECGEN_DEBUG"
_MAX_DETAIL = 500


def fail(error: LoadError | str) -> NoReturn:
    """One line on stderr, exit 2: for input that cannot be read or a usage mistake."""
    click.echo(f"specgen: error: {plain(error)}", err=True)
    raise SystemExit(EXIT_UNREADABLE)


def os_failure(error: OSError) -> NoReturn:
    """An OS limit or refusal (no space, file too large, no permission, a symlink loop): exit 2."""
    reason = error.strerror or errno.errorcode.get(error.errno or 0, "") or str(error)
    where = error.filename
    text = f"{os.fsdecode(where)}: {reason}" if isinstance(where, (str, bytes)) else reason
    fail(text)


def internal_failure(error: BaseException) -> NoReturn:
    """A bug: one line naming it, exit 3; ``SPECGEN_DEBUG=1`` prints the stack first."""
    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        click.echo("".join(traceback.format_exception(error)).rstrip("\n"), err=True)
    detail = plain(f"{type(error).__name__}: {error}")
    detail = detail if len(detail) <= _MAX_DETAIL else detail[: _MAX_DETAIL - 3] + "..."
    click.echo(f"specgen: internal error: {detail} (set {DEBUG_VARIABLE}=1 for the stack)", err=True)
    raise SystemExit(EXIT_INTERNAL)

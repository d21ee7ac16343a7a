"""The ``specgen`` command group; each command lives in its own module, imported when it runs.

A command module imports its whole pipeline at its top, so ``specgen diff`` never pays for the
imports of ``specgen validate`` (and the other way round), and ``specgen --help`` for neither."""

from __future__ import annotations

import errno
import os
import signal
import threading
from types import ModuleType
from typing import Any, NamedTuple

import click

from generator import __version__
from generator.cli.failures import fail, internal_failure, os_failure
from generator.lazy import lazy_module
from generator.signals import interrupts_raise


class CommandEntry(NamedTuple):
    """One command of the group: the module that holds it, imported only when the command runs, and
    its short help for ``specgen --help`` (a test keeps it equal to the command's own first line)."""

    module: ModuleType
    attribute: str
    short_help: str

    def command(self) -> click.Command:
        command: click.Command = getattr(self.module, self.attribute)
        return command


COMMANDS = {
    "build": CommandEntry(
        lazy_module("generator.cli.build"),
        "build",
        "Validate and diff the newest export, then generate client, stubs and docs into OUT.",
    ),
    "diff": CommandEntry(
        lazy_module("generator.cli.diff"),
        "diff",
        "Compare BASE with REVISION (paths, - for stdin, or git:REV:PATH) and classify every change.",
    ),
    "generate": CommandEntry(
        lazy_module("generator.cli.generate"),
        "generate",
        "Render TARGET (client, stubs, docs or all) for SPEC into OUT.",
    ),
    "specs": CommandEntry(
        lazy_module("generator.cli.specs"), "specs", "Keep the history of exports in specs/<api>/."
    ),
    "validate": CommandEntry(
        lazy_module("generator.cli.validate"),
        "validate",
        "Check SPEC (a path, or - for stdin) and report every problem.",
    ),
}


class _LazyGroup(click.Group):
    """Commands come from ``COMMANDS``: running one imports its module, listing them imports none."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        return None if entry is None else entry.command()

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        # shortened as click shortens a command's own help, without importing the command
        rows = [
            (name, click.Command(name, help=COMMANDS[name].short_help).get_short_help_str(limit))
            for name in sorted(COMMANDS)
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


class _Guarded(_LazyGroup):
    """Every command ends in a result, one line and exit 2 (OS limits), or one line and exit 3 (bugs)."""

    def invoke(self, ctx: click.Context) -> Any:
        _file_size_limit_as_error()
        try:
            with interrupts_raise():
                return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except OSError as error:
            if error.errno == errno.EPIPE:
                raise  # click ends quietly when the reader of stdout has gone
            if error.errno is None:
                internal_failure(error)
            os_failure(error)
        except MemoryError:
            fail("out of memory")
        except RuntimeError as error:
            loop = _symlink_loop(error)
            if loop is None:
                internal_failure(error)
            os_failure(loop)
        except Exception as error:
            internal_failure(error)


def _symlink_loop(error: RuntimeError) -> OSError | None:
    """Python 3.11 and 3.12 report a symlink loop met by ``Path.resolve`` as RuntimeError, not ELOOP."""
    prefix = "Symlink loop from "
    message = str(error)
    if not message.startswith(prefix):
        return None
    return OSError(errno.ELOOP, os.strerror(errno.ELOOP), message[len(prefix) :].strip("'"))


def _file_size_limit_as_error() -> None:
    """A write past RLIMIT_FSIZE fails with EFBIG (reported) instead of SIGXFSZ killing the process.

    The setting is inherited by the formatter's child processes, so they fail the same way."""
    if hasattr(signal, "SIGXFSZ") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


@click.group(
    cls=_Guarded,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="specgen")
@click.option(
    "--allow-external-refs",
    is_flag=True,
    help="Follow $refs to other files inside the spec's folder (URLs are never fetched).",
)
def main(allow_external_refs: bool) -> None:
    """Validate, diff and generate from Botmaker API v2 (OpenAPI) exports."""

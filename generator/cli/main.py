"""The ``specgen`` command group; each command lives in its own module."""

from __future__ import annotations

import errno
import importlib
import os
import signal
import threading
from typing import Any

import click

from generator import __version__
from generator.cli.common import fail, internal_failure, os_failure
from generator.signals import interrupts_raise


class _LazyCommands(dict[str, Any]):
    """Command name -> command, held as "module:attribute" until first used.

    Each command imports only what it needs, so ``specgen diff`` never pays for the imports of
    ``specgen validate`` (and the other way round).
    """

    def _load(self, name: str) -> Any:
        value = dict.__getitem__(self, name)
        if isinstance(value, str):
            module, _, attribute = value.partition(":")
            value = getattr(importlib.import_module(module), attribute)
            dict.__setitem__(self, name, value)
        return value

    def __getitem__(self, name: str) -> Any:
        return self._load(name)

    def get(self, name: str, default: Any = None) -> Any:
        return self._load(name) if name in self else default

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self._load(name) for name in self]

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(name, self._load(name)) for name in self]


class _Guarded(click.Group):
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


def _register() -> None:
    """One line per command: its name and where it lives (imported when the command runs)."""
    main.commands = _LazyCommands(main.commands)
    main.commands["validate"] = "generator.cli.validate:validate"
    main.commands["specs"] = "generator.cli.specs:specs"
    main.commands["build"] = "generator.cli.build:build"
    main.commands["diff"] = "generator.cli.diff:diff"
    main.commands["generate"] = "generator.cli.generate:generate"


_register()

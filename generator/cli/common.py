"""What every command shares: loading with a clean exit 2, echoing problems to stderr, and the one
line (exit 2 or 3) that ends a command when something goes wrong that it did not handle itself."""

from __future__ import annotations

import errno
import os
import traceback
from typing import NoReturn

import click

from generator.load import LoadError, SourceDocument, load
from generator.model import Document, build
from generator.render.escape import plain

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


def external_refs_allowed() -> bool:
    """Whether ``specgen --allow-external-refs`` was given (the option lives on the group)."""
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("allow_external_refs"))


def echo_load_notes(source: SourceDocument) -> None:
    """What loading noticed (keys written twice, characters dropped): one warning line each, on stderr."""
    for note in source.notes:
        place = f"{source.name}:{note.line}:{note.column}"
        click.echo(f"specgen: warning: {plain(place)}: [{note.rule}] {plain(note.message)}", err=True)


def load_source(location: str) -> SourceDocument:
    try:
        return load(location, allow_external_refs=external_refs_allowed())
    except LoadError as error:
        fail(error)


def load_document(location: str) -> Document:
    return build(load_source(location))


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

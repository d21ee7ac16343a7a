"""What the commands share: loading with a clean exit 2 and echoing what loading noticed to stderr."""

from __future__ import annotations

import click

from generator.cli.failures import fail
from generator.load import LoadError, SourceDocument, load
from generator.model import Document, build
from generator.report import problem_formats


def external_refs_allowed() -> bool:
    """Whether ``specgen --allow-external-refs`` was given (the option lives on the group)."""
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("allow_external_refs"))


def echo_load_notes(source: SourceDocument) -> None:
    """What loading noticed (keys written twice, characters dropped): one warning line each, on stderr."""
    click.echo(problem_formats.notes_text(source.name, source.notes), err=True, nl=False)


def load_source(location: str) -> SourceDocument:
    try:
        return load(location, allow_external_refs=external_refs_allowed())
    except LoadError as error:
        fail(error)


def load_document(location: str) -> Document:
    return build(load_source(location))

"""``specgen diff``."""

from __future__ import annotations

import sys

import click

from generator.cli.common import echo_load_notes, external_refs_allowed
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.cli.process import leave, no_cycle_collection
from generator.config import load_config
from generator.diff import Level, compare
from generator.diff.level_policy import policy_from_config
from generator.diff.rules import registry
from generator.load import LoadError, load
from generator.model import Document, build
from generator.report.diff_formats import FORMATS, render
from generator.report.diff_presentation import Presentation
from generator.rules.rule import CHANGE_LEVEL_LABELS

_FAIL_ON = (*CHANGE_LEVEL_LABELS, "never")


@click.command()
@click.argument("base")
@click.argument("revision")
@click.option(
    "--format", "output_format", type=click.Choice(tuple(FORMATS)), default="text", show_default=True
)
@click.option("--fail-on", type=click.Choice(_FAIL_ON), default="breaking", show_default=True)
@click.option(
    "--level",
    type=click.Choice(CHANGE_LEVEL_LABELS),
    help="Text: show only changes at or above this level (default: all).",
)
@click.option(
    "--config", "config_file", metavar="FILE", help="specgen.toml or pyproject.toml with [diff] policy."
)
def diff(
    base: str, revision: str, output_format: str, fail_on: str, level: str | None, config_file: str | None
) -> None:
    """Compare BASE with REVISION (paths, - for stdin, or git:REV:PATH) and classify every change."""
    if base == "-" and revision == "-":
        fail("only one of BASE and REVISION can be read from standard input")
    try:
        policy = policy_from_config(load_config(config_file), set(registry().rules))
    except LoadError as error:
        fail(error)
    with no_cycle_collection():
        base_document, revision_document = _load_both(base, revision)
        report = compare(base_document, revision_document, policy)
        threshold = None if fail_on == "never" else Level.parse(fail_on)
        presentation = Presentation(
            base=base,
            revision=revision,
            color=output_format == "text" and sys.stdout.isatty(),
            fail_on=threshold,
            locate=revision_document.source.position,
            level=Level.parse(level) if level else None,
        )
        text = render(output_format, report, presentation)
        # Inside the block: turning collection back on would search the whole report before leaving.
        # The text is as rendered (colour decided above, spec text escaped), so click strips nothing.
        click.echo(text, nl=False, color=True)
        failing = threshold is not None and report.reaches_level(threshold)
        leave(EXIT_FINDINGS if failing else EXIT_OK)


def _load_both(base: str, revision: str) -> tuple[Document, Document]:
    """Both documents, each loading note echoed once both have loaded."""
    external = external_refs_allowed()
    try:
        base_source = load(base, external)
        revision_source = load(revision, external)
    except LoadError as error:
        fail(error)
    echo_load_notes(base_source)
    echo_load_notes(revision_source)
    return build(base_source), build(revision_source)

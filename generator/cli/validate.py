"""``specgen validate``."""

from __future__ import annotations

import click

from generator.cli.common import EXIT_FINDINGS, EXIT_OK, load_document
from generator.problems import Severity
from generator.report import problems as report
from generator.validate import validate as run_validation

_FORMATS = {"text": report.as_text, "json": report.as_json}


@click.command()
@click.argument("spec")
@click.option(
    "--format", "output_format", type=click.Choice(sorted(_FORMATS)), default="text", show_default=True
)
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True)
def validate(spec: str, output_format: str, fail_on: str) -> None:
    """Check SPEC (a path, or - for stdin) and report every problem."""
    document = load_document(spec)
    problems = run_validation(document)
    click.echo(_FORMATS[output_format](document.source.name, problems), nl=False)
    threshold = Severity.parse(fail_on)
    raise SystemExit(EXIT_FINDINGS if any(p.severity >= threshold for p in problems) else EXIT_OK)

"""``specgen specs add`` and ``specgen specs log``: the export history in ``specs/<api>/``."""

from __future__ import annotations

import datetime

import click

from generator.cli.common import external_refs_allowed
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.config import Config, load_config
from generator.history import DEFAULT_API, DEFAULT_SPECS_DIR, History, HistoryError, configured_history
from generator.history.ingest import read_export
from generator.history.timeline import Timeline, walk_exports
from generator.load import LoadError
from generator.progress import Progress
from generator.report import history as history_report
from generator.report import problem_formats as problem_report
from generator.report.history import LOG_FORMATS
from generator.rules.rule import Level
from generator.validate import validate as run_validation


def open_history(specs_dir: str | None, api: str | None, config: Config | None = None) -> History:
    """The history named by flags, else by ``[tool.specgen]`` (read here unless given), else defaults."""
    try:
        return configured_history(load_config() if config is None else config, specs_dir, api)
    except LoadError as error:
        fail(error)
    except HistoryError as error:
        fail(str(error))


def walk_history(history: History) -> Timeline:
    """Load and diff every export, with a progress bar when that takes a while on a terminal."""
    try:
        exports = history.exports()
    except (HistoryError, OSError) as error:
        fail(str(error))
    with Progress(f"Reading {len(exports)} exports", len(exports)) as progress:
        return walk_exports(exports, progress.advance, external_refs_allowed())


specs_dir_option = click.option(
    "--specs-dir",
    metavar="DIR",
    help=f"Folder holding one sub-folder per API.  [default: {DEFAULT_SPECS_DIR}]",
)
api_option = click.option("--api", metavar="NAME", help=f"Which API's history.  [default: {DEFAULT_API}]")


@click.group()
def specs() -> None:
    """Keep the history of exports in specs/<api>/."""


@specs.command("add")
@click.argument("export")
@api_option
@specs_dir_option
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Export date (default today).")
@click.option("--strict", is_flag=True, help="Refuse an export with validation errors.")
def add(
    export: str, api: str | None, specs_dir: str | None, day: datetime.datetime | None, strict: bool
) -> None:
    """Validate EXPORT and store it byte-for-byte as specs/<api>/<date>.json."""
    history = open_history(specs_dir, api)
    try:
        incoming = read_export(export, external_refs_allowed())
    except LoadError as error:
        fail(error)
    problems = run_validation(incoming.document)
    if problems:
        click.echo(problem_report.as_text(incoming.name, problems), nl=False, err=True)
    if strict and any(problem.level >= Level.ERROR for problem in problems):
        click.echo(history_report.not_stored_text(incoming.name), err=True, nl=False)
        raise SystemExit(EXIT_FINDINGS)
    date = (day or datetime.datetime.now()).strftime("%Y-%m-%d")
    try:
        suffix = ".yaml" if incoming.document.source.syntax == "yaml" else ".json"
        result = history.add(incoming.data, date, suffix)
    except (HistoryError, OSError) as error:
        fail(f"{history.folder}: {error}")
    click.echo(history_report.added_text(incoming.name, result, len(incoming.document.operations)), nl=False)
    raise SystemExit(EXIT_OK)


@specs.command("log")
@api_option
@specs_dir_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(LOG_FORMATS)),
    default="text",
    show_default=True,
)
def log(api: str | None, specs_dir: str | None, output_format: str) -> None:
    """Each stored export with its hash, operation count and changes from the previous one."""
    history = open_history(specs_dir, api)
    timeline = walk_history(history)
    click.echo(LOG_FORMATS[output_format](history.api, timeline.steps), nl=False)

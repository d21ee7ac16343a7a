"""``specgen specs add`` and ``specgen specs log``: the export history in ``specs/<api>/``."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import click

from generator.cli.common import external_refs_allowed
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.config import load_config
from generator.history import DEFAULT_API, History, HistoryError
from generator.history.ingest import read_export
from generator.history.timeline import Timeline, walk
from generator.load import LoadError
from generator.progress import Progress
from generator.report import problem_formats as problem_report
from generator.report.history import LOG_FORMATS
from generator.rules.rule import Level
from generator.validate import validate as run_validation

DEFAULT_SPECS_DIR = "specs"


def open_history(specs_dir: str | None, api: str | None) -> History:
    """The history named by flags, else by ``[tool.specgen]`` (``specs_dir``, ``api``), else defaults."""
    try:
        config = load_config()
    except LoadError as error:
        fail(error)
    if specs_dir is not None:
        folder = Path(specs_dir)
    else:
        # a folder named in the config file is relative to that file, wherever specgen runs from
        folder = Path(str(config.get("specs", "specs_dir", DEFAULT_SPECS_DIR)))
        if config.path is not None and not folder.is_absolute():
            folder = Path(os.path.relpath(config.path.parent / folder))
    name = api if api is not None else config.get("specs", "api", DEFAULT_API)
    try:
        return History(folder, str(name))
    except HistoryError as error:
        fail(str(error))


def walk_history(history: History) -> Timeline:
    """Load and diff every export, with a progress bar when that takes a while on a terminal."""
    try:
        exports = history.exports()
    except (HistoryError, OSError) as error:
        fail(str(error))
    with Progress(f"Reading {len(exports)} exports", len(exports)) as progress:
        return walk(exports, progress.advance, external_refs_allowed())


specs_dir_option = click.option(
    "--specs-dir", metavar="DIR", help="Folder holding one sub-folder per API.  [default: specs]"
)
api_option = click.option("--api", metavar="NAME", help="Which API's history.  [default: botmaker]")


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
        click.echo(f"{incoming.name}: not stored (--strict and validation errors)", err=True)
        raise SystemExit(EXIT_FINDINGS)
    date = (day or datetime.datetime.now()).strftime("%Y-%m-%d")
    try:
        suffix = ".yaml" if incoming.document.source.syntax == "yaml" else ".json"
        result = history.add(incoming.data, date, suffix)
    except (HistoryError, OSError) as error:
        fail(f"{history.folder}: {error}")
    if result.duplicate_of is not None:
        click.echo(
            f"{incoming.name}: already stored as {result.duplicate_of.path} (same sha256); nothing added"
        )
    elif result.stored is not None:
        stored = result.stored
        click.echo(
            f"stored {stored.path} (sha256 {stored.sha256[:12]}, {len(incoming.document.operations)} operations)"
        )
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

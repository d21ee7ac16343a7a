"""``specgen build``: the release job on the newest export of a history, and its up-to-date check."""

from __future__ import annotations

from pathlib import Path

import click

from generator.cli.common import external_refs_allowed
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.cli.specs import api_option, open_history, specs_dir_option
from generator.config import load_config
from generator.diff import Level
from generator.generate.run import GenerateError
from generator.generate.settings import DEFAULT_PACKAGE_NAME, Flags, SettingsError, read_settings
from generator.history import HistoryError
from generator.history.release import build_release, check_release, work_units
from generator.load import LoadError
from generator.lock import LockError
from generator.progress import Progress
from generator.report import generation as generation_report
from generator.report import history as history_report
from generator.rules.rule import CHANGE_LEVEL_LABELS


@click.command()
@api_option
@specs_dir_option
@click.option(
    "-o", "--output", "out", default="build", show_default=True, metavar="OUT", help="Output folder."
)
@click.option(
    "--fail-on",
    type=click.Choice(CHANGE_LEVEL_LABELS),
    help="Exit 1 when the newest export has changes at this level or above.",
)
@click.option(
    "--templates", type=click.Path(file_okay=False, exists=True), help="Folder of template overrides."
)
@click.option("--package-name", help=f"Generated package name (default {DEFAULT_PACKAGE_NAME}).")
@click.option("--check", is_flag=True, help="Only tell whether OUT is up to date (from its lock file).")
def build(
    api: str | None,
    specs_dir: str | None,
    out: str,
    fail_on: str | None,
    templates: str | None,
    package_name: str | None,
    check: bool,
) -> None:
    """Validate and diff the newest export, then generate client, stubs and docs into OUT."""
    try:
        config = load_config()  # read once: it names the history and holds the generate settings
    except LoadError as error:
        fail(error)
    history = open_history(specs_dir, api, config)
    output = Path(out)
    if check:
        try:
            stale = check_release(history, output)
        except (LockError, HistoryError) as error:
            fail(str(error))
        click.echo(history_report.lock_check_text(out, stale), nl=False, err=bool(stale))
        raise SystemExit(EXIT_FINDINGS if stale else EXIT_OK)
    try:
        settings = read_settings(config, Flags(package_name=package_name, templates=templates))
        exports = history.exports()
        with Progress("Building", work_units(exports)) as progress:
            release = build_release(exports, output, settings, progress.advance, external_refs_allowed())
    except LoadError as error:
        fail(error)
    except HistoryError as error:
        fail(f"{history.folder}: {error}")
    except (SettingsError, GenerateError) as error:
        fail(str(error))
    generation = release.output.generation
    click.echo(generation_report.warnings_text(str(release.export.path), generation), err=True, nl=False)
    click.echo(history_report.build_text(release, history.folder.as_posix()), nl=False)
    report = release.step.report
    if fail_on is not None and report is not None and report.at_or_above(Level.parse(fail_on)):
        raise SystemExit(EXIT_FINDINGS)
    raise SystemExit(EXIT_OK)

"""``specgen build``: the release job on the newest export of a history, and its up-to-date check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.cli.common import EXIT_FINDINGS, EXIT_OK, external_refs_allowed, fail
from generator.cli.specs import api_option, open_history, specs_dir_option
from generator.generate.settings import DEFAULT_PACKAGE_NAME, GenerateSettings
from generator.history import History, HistoryError
from generator.load import LoadError
from generator.lock import LockError
from generator.naming import is_package_name
from generator.render.writer import UnsafePathError
from generator.report import history as history_report

if TYPE_CHECKING:
    from generator.history.release import Release

LEVELS = ("breaking", "warning", "info")


@click.command()
@api_option
@specs_dir_option
@click.option(
    "-o", "--output", "out", default="build", show_default=True, metavar="OUT", help="Output folder."
)
@click.option(
    "--fail-on",
    type=click.Choice(LEVELS),
    help="Exit 1 when the newest export has changes at this level or above.",
)
@click.option(
    "--templates", type=click.Path(file_okay=False, exists=True), help="Folder of template overrides."
)
@click.option(
    "--package-name", default=DEFAULT_PACKAGE_NAME, show_default=True, help="Generated package name."
)
@click.option("--check", is_flag=True, help="Only tell whether OUT is up to date (from its lock file).")
def build(
    api: str | None,
    specs_dir: str | None,
    out: str,
    fail_on: str | None,
    templates: str | None,
    package_name: str,
    check: bool,
) -> None:
    """Validate and diff the newest export, then generate client, stubs and docs into OUT."""
    history = open_history(specs_dir, api)
    output = Path(out)
    if check:
        from generator.history.release import check_release

        try:
            stale = check_release(history, output)
        except (LockError, HistoryError) as error:
            fail(str(error))
        click.echo(history_report.stale_text(out, stale), nl=False, err=bool(stale))
        raise SystemExit(EXIT_FINDINGS if stale else EXIT_OK)
    if not is_package_name(package_name):
        fail(f"invalid package name {package_name!r}: use lower-case ASCII letters, digits and underscores")
    settings = GenerateSettings(
        package_name=package_name, templates=None if templates is None else Path(templates)
    )
    release = _build(history, output, settings)
    click.echo(history_report.build_text(release, history.folder.as_posix()), nl=False)
    report = release.step.report
    if fail_on is not None and report is not None:
        from generator.diff import Level

        if report.at_or_above(Level.parse(fail_on)):
            raise SystemExit(EXIT_FINDINGS)
    raise SystemExit(EXIT_OK)


def _build(history: History, output: Path, settings: GenerateSettings) -> Release:
    """Run the release job; every failure becomes one line on stderr and exit 2."""
    import jinja2

    from generator.history.release import build_release, work_units
    from generator.progress import Progress
    from generator.render.python_filters import UnsafeIdentifierError

    try:
        exports = history.exports()
        with Progress("Building", work_units(exports)) as progress:
            return build_release(exports, output, settings, progress.advance, external_refs_allowed())
    except LoadError as error:
        fail(error)
    except HistoryError as error:
        fail(f"{history.folder}: {error}")
    except (UnsafePathError, UnsafeIdentifierError, ValueError) as error:
        fail(f"cannot generate: {error}")
    except jinja2.TemplateError as error:
        fail(f"template error: {error}")
    except OSError as error:
        fail(f"cannot write {output}: {error}")

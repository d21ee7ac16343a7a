"""``specgen generate``: client, stubs, docs or all of them from SPEC into OUT."""

from __future__ import annotations

from pathlib import Path

import click

from generator.cli.common import load_document
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.cli.process import leave, no_cycle_collection
from generator.generate.freshness import is_up_to_date
from generator.generate.run import GenerateError, Output, generate_into
from generator.generate.settings import (
    DEFAULT_PACKAGE_NAME,
    DEFAULT_PACKAGE_VERSION,
    Flags,
    SettingsError,
    load_settings,
)
from generator.generate.targets import ALL
from generator.load import STDIN, LoadError
from generator.render.writer import write_file
from generator.report import generation as report


@click.command()
@click.argument("target", type=click.Choice([*ALL, "all"]))
@click.argument("spec")
@click.option("-o", "--output", "out", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option(
    "--templates",
    type=click.Path(exists=True, file_okay=False),
    help="Templates overriding built-ins by name.",
)
@click.option("--package-name", help=f"Python package name (default {DEFAULT_PACKAGE_NAME}).")
@click.option(
    "--package-version", help=f"Version of the generated package (default {DEFAULT_PACKAGE_VERSION})."
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 listing files that would change.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Write a JSON report here.")
@click.option(
    "--strict",
    is_flag=True,
    help="Exit 1 when the spec has problems (validation findings, renamed names, broken links).",
)
@click.option(
    "--mkdocs-config",
    is_flag=True,
    default=None,
    help="Docs: write a ready mkdocs.yml, not only a nav snippet.",
)
@click.option("--site-name", help="Docs: site name for mkdocs.yml (default: the API title).")
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False), help="specgen.toml or pyproject.toml."
)
def generate(
    target: str,
    spec: str,
    out: str,
    templates: str | None,
    package_name: str | None,
    package_version: str | None,
    check: bool,
    report_path: str | None,
    strict: bool,
    mkdocs_config: bool | None,
    site_name: str | None,
    config_path: str | None,
) -> None:
    """Render TARGET (client, stubs, docs or all) for SPEC into OUT."""
    flags = Flags(package_name, package_version, templates, mkdocs_config, site_name)
    try:
        settings = load_settings(config_path, flags)
    except (LoadError, SettingsError) as error:
        fail(str(error))
    unchanged_run = not (check or strict or report_path) and spec != STDIN
    if unchanged_run and is_up_to_date(Path(spec), Path(out), target, settings):
        # the lock proves OUT holds what this run would write: skip loading and rendering
        click.echo(report.would_change_text(out, []), nl=False)
        raise SystemExit(EXIT_OK)
    with no_cycle_collection():
        document = load_document(spec)
        try:
            output = generate_into(
                document, None if spec == STDIN else Path(spec), Path(out), target, settings, check=check
            )
        except GenerateError as error:
            fail(str(error))
        # Inside the block: turning collection back on would search everything the run built.
        generation = output.generation
        click.echo(report.warnings_text(document.source.name, generation), err=True, nl=False)
        _write_report(report_path, output)
        if check:
            click.echo(report.would_change_text(out, list(output.stale)), nl=False)
            leave(EXIT_FINDINGS if output.stale else EXIT_OK)
        click.echo(report.summary_text(out, output), nl=False)
        failed = generation.skipped or (strict and generation.problems)
        leave(EXIT_FINDINGS if failed else EXIT_OK)


def _write_report(path: str | None, output: Output) -> None:
    if path is None:
        return
    try:
        write_file(Path(path), report.generation_json(output.generation, list(output.written)))
    except OSError as error:
        fail(f"cannot write report {path}: {error}")

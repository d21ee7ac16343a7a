"""``specgen generate``: client, stubs, docs or all of them from SPEC into OUT."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.cli.common import EXIT_FINDINGS, EXIT_OK, fail, load_document
from generator.config import load_config
from generator.generate.freshness import is_up_to_date, run_names
from generator.generate.settings import (
    DEFAULT_PACKAGE_NAME,
    DEFAULT_PACKAGE_VERSION,
    FORMATTERS,
    GenerateSettings,
)
from generator.generate.targets import ALL, TargetUnavailableError
from generator.load import STDIN, LoadError
from generator.lock import LOCK_NAME, make_lock, merge_with_existing, write_generated
from generator.naming import is_package_name
from generator.render.writer import UnsafePathError, stale_files, write_file

if TYPE_CHECKING:
    from generator.generate.run import Generation


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
    settings = _settings(templates, package_name, package_version, config_path)
    settings = _docs_settings(settings, mkdocs_config, site_name, config_path)
    unchanged_run = not (check or strict or report_path) and spec != STDIN
    if unchanged_run and is_up_to_date(Path(spec), Path(out), target, settings):
        # the lock proves OUT holds what this run would write: skip loading and rendering
        click.echo(f"{out} is up to date")
        raise SystemExit(EXIT_OK)
    # imported here so that the up-to-date path above stays fast
    import jinja2

    from generator.generate.run import generate as run_generation
    from generator.render.python_filters import UnsafeIdentifierError
    from generator.report import generation as report

    document = load_document(spec)
    try:
        generation = run_generation(document, target, settings)
    except (TargetUnavailableError, UnsafeIdentifierError, ValueError) as error:
        fail(f"cannot generate {target}: {error}")
    except jinja2.TemplateError as error:
        fail(f"template error: {error}")
    click.echo(report.warnings_text(document.source.name, generation), err=True, nl=False)
    output = Path(out)
    files = with_lock(generation.files, spec, output, settings, run_names(target, settings))
    try:
        if check:
            stale = stale_files(files, output)
            _write_report(report_path, generation, [])
            click.echo(report.stale_text(out, stale), nl=False)
            raise SystemExit(EXIT_FINDINGS if stale else EXIT_OK)
        written = list(write_generated(files, output).written)
    except (UnsafePathError, OSError) as error:
        fail(f"cannot write {out}: {error}")
    _write_report(report_path, generation, written)
    click.echo(report.summary_text(out, generation, written, len(files) - len(generation.files)), nl=False)
    failed = generation.skipped or (strict and generation.problems)
    raise SystemExit(EXIT_FINDINGS if failed else EXIT_OK)


def _settings(
    templates: str | None, package_name: str | None, package_version: str | None, config_path: str | None
) -> GenerateSettings:
    try:
        config = load_config(config_path)
    except LoadError as error:
        fail(error)
    name = package_name or config.get("generate", "package_name", None) or DEFAULT_PACKAGE_NAME
    if not isinstance(name, str) or not is_package_name(name):
        fail(f"invalid package name {name!r}: use lower-case ASCII letters, digits and underscores")
    version = package_version or config.get("generate", "package_version", None) or DEFAULT_PACKAGE_VERSION
    templates = templates or config.get("generate", "templates", None)
    formatter = config.get("generate", "formatter", "ruff")
    if formatter not in FORMATTERS:
        fail(f"invalid formatter {formatter!r} in {config.path}: use one of {', '.join(FORMATTERS)}")
    refresh = config.get("generate", "refresh_operation", None)
    names = config.get("generate", "operation_names", {})
    if refresh is not None and not isinstance(refresh, str):
        fail(f'invalid refresh_operation {refresh!r} in {config.path}: use an operationId or "none"')
    if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
        fail(f'invalid operation_names in {config.path}: use a table of operationId = "python_name"')
    return GenerateSettings(
        package_name=name,
        package_version=str(version),
        templates=Path(templates) if isinstance(templates, str) else None,
        formatter=formatter,
        refresh_operation=refresh,
        operation_names={str(key): value for key, value in names.items()},
    )


def _docs_settings(
    settings: GenerateSettings, mkdocs_config: bool | None, site_name: str | None, config_path: str | None
) -> GenerateSettings:
    """Docs options: flags first, then ``[tool.specgen.docs]`` (``mkdocs_config``, ``site_name``)."""
    try:
        config = load_config(config_path)
    except LoadError as error:
        fail(error)
    wants_config = mkdocs_config if mkdocs_config is not None else config.get("docs", "mkdocs_config", False)
    name = site_name or config.get("docs", "site_name", None)
    return replace(
        settings, mkdocs_config=bool(wants_config), site_name=name if isinstance(name, str) else None
    )


def _write_report(path: str | None, generation: Generation, written: list[str]) -> None:
    if path is None:
        return
    from generator.report import generation as report

    try:
        write_file(Path(path), report.as_json(generation, written))
    except OSError as error:
        fail(f"cannot write report {path}: {error}")


def with_lock(
    files: dict[str, str], spec: str, out: Path, settings: GenerateSettings, runs: tuple[str, ...] = ()
) -> dict[str, str]:
    """The generated files plus the lock that records what produced them (none for stdin)."""
    if spec == STDIN:
        return files
    try:
        spec_bytes = Path(spec).read_bytes()
    except OSError as error:
        fail(f"{spec}: cannot read: {error.strerror}")
    try:
        lock = make_lock(
            Path(spec), spec_bytes, out, files, settings.package_version, settings.templates, runs
        )
    except OSError as error:  # OUT or the templates folder is a symlink loop
        fail(f"cannot write {out}: {error}")
    return {**files, LOCK_NAME: merge_with_existing(lock, out).to_text()}

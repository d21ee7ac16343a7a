"""The ``specgen`` command group; each command lives in its own module."""

from __future__ import annotations

import click

from generator import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="specgen")
@click.option(
    "--allow-external-refs",
    is_flag=True,
    help="Follow $refs to other files inside the spec's folder (URLs are never fetched).",
)
def main(allow_external_refs: bool) -> None:
    """Validate, diff and generate from Botmaker API v2 (OpenAPI) exports."""


def _register() -> None:
    from generator.cli.build import build
    from generator.cli.specs import specs
    from generator.cli.validate import validate

    main.add_command(validate)
    main.add_command(specs)
    main.add_command(build)


_register()

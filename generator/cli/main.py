"""The ``specgen`` command group; each command lives in its own module."""

from __future__ import annotations

import importlib
from typing import Any

import click

from generator import __version__


class _LazyCommands(dict[str, Any]):
    """Command name -> command, held as "module:attribute" until first used.

    Each command imports only what it needs, so ``specgen diff`` never pays for the imports of
    ``specgen validate`` (and the other way round).
    """

    def _load(self, name: str) -> Any:
        value = dict.__getitem__(self, name)
        if isinstance(value, str):
            module, _, attribute = value.partition(":")
            value = getattr(importlib.import_module(module), attribute)
            dict.__setitem__(self, name, value)
        return value

    def __getitem__(self, name: str) -> Any:
        return self._load(name)

    def get(self, name: str, default: Any = None) -> Any:
        return self._load(name) if name in self else default

    def values(self) -> list[Any]:  # type: ignore[override]
        return [self._load(name) for name in self]

    def items(self) -> list[tuple[str, Any]]:  # type: ignore[override]
        return [(name, self._load(name)) for name in self]


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
    """One line per command: its name and where it lives (imported when the command runs)."""
    main.commands = _LazyCommands(main.commands)
    main.commands["validate"] = "generator.cli.validate:validate"
    main.commands["specs"] = "generator.cli.specs:specs"
    main.commands["build"] = "generator.cli.build:build"
    main.commands["diff"] = "generator.cli.diff:diff"
    main.commands["generate"] = "generator.cli.generate:generate"


_register()

"""The command group loads a command's module only to run it; ``specgen --help`` loads none."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import COMMANDS, main

CLEAN = Path(__file__).resolve().parent.parent / "fixtures" / "validate" / "clean.yaml"


def _modules_after(*arguments: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``specgen ARGUMENTS``."""
    script = (
        "import json, sys\n"
        "from generator.cli.main import main\n"
        f"try: main({list(arguments)!r})\n"
        "except SystemExit: pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(result.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_short_help_in_the_group_is_the_commands_own(name: str) -> None:
    command = COMMANDS[name].command()
    assert command.name == name
    assert COMMANDS[name].short_help == command.get_short_help_str(limit=1000)


def test_help_lists_every_command_without_importing_one() -> None:
    modules = _modules_after("--help")
    assert {f"generator.cli.{name}" for name in COMMANDS} & modules == set()
    assert {"generator.load", "generator.model", "jinja2"} & modules == set()


def test_help_lists_the_commands_as_click_would() -> None:
    listed = CliRunner().invoke(main, ["--help"]).output.split("Commands:\n", 1)[1]
    lines = [line.split(None, 1) for line in listed.splitlines()]
    assert [name for name, _ in lines] == sorted(COMMANDS)
    for name, text in lines:
        assert COMMANDS[name].short_help.startswith(text.removesuffix("..."))


def test_validating_a_clean_spec_imports_only_its_own_pipeline() -> None:
    modules = _modules_after("validate", str(CLEAN))
    assert "generator.cli.validate" in modules
    assert {"generator.cli.diff", "generator.cli.generate", "generator.cli.build"} & modules == set()
    heavy = {"jsonschema", "referencing", "openapi_spec_validator", "black", "deepdiff", "jinja2"}
    assert heavy & modules == set()

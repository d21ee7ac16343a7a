"""``specgen validate``: options -> validation -> report -> exit code."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from generator.cli.common import load_source
from generator.cli.failures import EXIT_FINDINGS, EXIT_OK, fail
from generator.cli.process import leave, no_cycle_collection
from generator.config import load_config
from generator.lazy import lazy_module
from generator.load import LoadError
from generator.problems import Problem
from generator.report import problem_formats as report
from generator.rules.rule import PROBLEM_LEVELS, Level
from generator.validate import validate_source
from generator.validate.rule_settings import RuleSettingsError, rule_settings, setting_choice

if TYPE_CHECKING:
    from generator.report import sarif
else:  # it loads the whole rule registry, which only a SARIF report needs
    sarif = lazy_module("generator.report.sarif")

FORMATS = ("text", "json", "github", "sarif")
LEVELS = tuple(level.label for level in PROBLEM_LEVELS if level is not Level.INFO)  # --fail-on


def _formatter(name: str) -> Callable[[str, list[Problem]], str]:
    if name == "sarif":
        return sarif.as_sarif
    return {"text": report.as_text, "json": report.as_json, "github": report.as_github}[name]


@click.command()
@click.argument("spec")
@click.option("--format", "output_format", type=click.Choice(FORMATS), help="Report format [default: text].")
@click.option(
    "--fail-on", type=click.Choice(LEVELS), help="Exit 1 at this severity or above [default: error]."
)
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option("--enable", multiple=True, metavar="RULE", help="Turn back on a rule the config disables.")
@click.option(
    "--severity",
    multiple=True,
    metavar="RULE=LEVEL",
    help=f"Report a rule at {'|'.join(level.label for level in PROBLEM_LEVELS)}.",
)
@click.option("--config", "config_path", metavar="FILE", help="Read settings from FILE, not the nearest one.")
def validate(
    spec: str,
    output_format: str | None,
    fail_on: str | None,
    disable: tuple[str, ...],
    enable: tuple[str, ...],
    severity: tuple[str, ...],
    config_path: str | None,
) -> None:
    """Check SPEC (a path, or - for stdin) and report every problem."""
    try:
        config = load_config(config_path)
        section = config.section("validate")
        settings = rule_settings(section, disable, enable, severity)
        output_format = output_format or setting_choice(section, "format", FORMATS, "text")
        fail_on = fail_on or setting_choice(section, "fail-on", LEVELS, "error")
    except (LoadError, RuleSettingsError) as error:
        fail(str(error))
    with no_cycle_collection():
        source = load_source(spec)
        problems = validate_source(source, settings)
    click.echo(_formatter(output_format)(source.name, problems), nl=False)
    threshold = Level.parse(fail_on, PROBLEM_LEVELS)
    leave(EXIT_FINDINGS if any(p.level >= threshold for p in problems) else EXIT_OK)

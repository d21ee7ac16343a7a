"""GitHub Actions workflow commands: one annotation line per finding, for problems and changes alike."""

from __future__ import annotations

from generator.render.escape import annotation_data, annotation_property
from generator.rules.rule import Level

# How a level shows in a workflow run; breaking changes and errors fail the check alike.
_COMMANDS = {
    Level.ERROR: "error",
    Level.BREAKING: "error",
    Level.WARNING: "warning",
    Level.INFO: "notice",
}


def annotation(
    level: Level, file: str, title: str, message: str, position: tuple[int, int] | None = None
) -> str:
    """``::error file=F,line=L,col=C,title=T::message``, every value escaped as the runner decodes it."""
    properties = [f"file={annotation_property(file)}"]
    if position is not None:
        properties += [f"line={position[0]}", f"col={position[1]}"]
    properties.append(f"title={annotation_property(title)}")
    return f"::{_COMMANDS[level]} {','.join(properties)}::{annotation_data(message)}"

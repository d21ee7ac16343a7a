"""Compare two documents and classify every change as breaking, warning or info."""

from generator.diff.change import Change, DiffReport, Kind, Level
from generator.diff.compare import compare, fingerprint
from generator.diff.level_policy import Policy

__all__ = ["Change", "DiffReport", "Kind", "Level", "Policy", "compare", "fingerprint"]

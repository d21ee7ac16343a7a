"""Package versions from the history: 1.0.0 at the first export, then one semver bump per step."""

from __future__ import annotations

import re

FIRST_VERSION = "1.0.0"
BUMPS = ("major", "minor", "patch", "none")
_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def bump(version: str, semver: str) -> str:
    """``bump("1.4.2", "minor") == "1.5.0"``; ``"none"`` keeps the version."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    if semver not in BUMPS:
        raise ValueError(f"not a semver bump: {semver!r}")
    major, minor, patch = (int(part) for part in match.groups())
    if semver == "major":
        return f"{major + 1}.0.0"
    if semver == "minor":
        return f"{major}.{minor + 1}.0"
    if semver == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version

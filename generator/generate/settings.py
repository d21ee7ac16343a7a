"""What a generation run needs besides the document: names, version, template overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_PACKAGE_NAME = "botmaker_client"
DEFAULT_PACKAGE_VERSION = "0.1.0"
FORMATTERS = ("ruff", "black")


@dataclass(frozen=True)
class GenerateSettings:
    """Settings shared by every target.

    ``package_name`` is already a valid Python package name (see ``generator.naming``);
    ``templates`` is a folder whose templates override the built-in ones by name;
    ``changelog`` is optional prose or data the docs target may render (None when absent);
    ``formatter`` is ``"ruff"`` (fast, black's layout) or ``"black"`` (black alone, same bytes);
    ``refresh_operation`` is the operationId that renews credentials (found from the spec when
    None; ``"none"`` turns refreshing off); ``operation_names`` maps operationIds to method names.
    """

    package_name: str = DEFAULT_PACKAGE_NAME
    package_version: str = DEFAULT_PACKAGE_VERSION
    templates: Path | None = None
    changelog: Any = None
    mkdocs_config: bool = False
    site_name: str | None = None
    formatter: str = "ruff"
    refresh_operation: str | None = None
    operation_names: Mapping[str, str] = field(default_factory=dict[str, str])

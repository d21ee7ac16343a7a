"""What a generation run needs besides the document, read once from the flags and ``[tool.specgen]``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.config import Config, load_config
from generator.naming import is_package_name
from generator.render.docs import DocsSettings
from generator.render.docs.changelog import ChangelogEntry

DEFAULT_PACKAGE_NAME = "botmaker_client"
DEFAULT_PACKAGE_VERSION = "0.1.0"
FORMATTERS = ("ruff", "black")


class SettingsError(ValueError):
    """A setting that cannot be used; the message is one line naming it."""


@dataclass(frozen=True)
class GenerateSettings:
    """Settings shared by every target.

    ``package_name`` is already a valid Python package name (see ``generator.naming``);
    ``templates`` is a folder whose templates override the built-in ones by name;
    ``changelog`` holds the entries the docs render as a changelog page, newest first;
    ``formatter`` is ``"ruff"`` (fast, black's layout) or ``"black"`` (black alone, same bytes);
    ``refresh_operation`` is the operationId that renews credentials (found from the spec when
    None; ``"none"`` turns refreshing off); ``operation_names`` maps operationIds to method names.
    """

    package_name: str = DEFAULT_PACKAGE_NAME
    package_version: str = DEFAULT_PACKAGE_VERSION
    templates: Path | None = None
    changelog: tuple[ChangelogEntry, ...] = ()
    mkdocs_config: bool = False
    site_name: str | None = None
    formatter: str = "ruff"
    refresh_operation: str | None = None
    operation_names: Mapping[str, str] = field(default_factory=dict[str, str])

    @property
    def docs(self) -> DocsSettings:
        return DocsSettings(self.templates, self.changelog, self.mkdocs_config, self.site_name)


@dataclass(frozen=True)
class Flags:
    """What the command line chose; None where a flag was not given (the configuration decides)."""

    package_name: str | None = None
    package_version: str | None = None
    templates: str | None = None
    mkdocs_config: bool | None = None
    site_name: str | None = None


def read_settings(config: Config, flags: Flags) -> GenerateSettings:
    """Flags first, then ``[tool.specgen.generate]`` and ``[tool.specgen.docs]``, then the defaults."""
    where = f" in {config.path}" if config.path is not None else ""
    name = flags.package_name or config.get("generate", "package_name", None) or DEFAULT_PACKAGE_NAME
    if not isinstance(name, str) or not is_package_name(name):
        raise SettingsError(
            f"invalid package name {name!r}: use lower-case ASCII letters, digits and underscores"
        )
    version = flags.package_version or config.get("generate", "package_version", None)
    templates = flags.templates or config.get("generate", "templates", None)
    formatter = config.get("generate", "formatter", "ruff")
    if formatter not in FORMATTERS:
        raise SettingsError(f"invalid formatter {formatter!r}{where}: use one of {', '.join(FORMATTERS)}")
    refresh = config.get("generate", "refresh_operation", None)
    if refresh is not None and not isinstance(refresh, str):
        raise SettingsError(f'invalid refresh_operation {refresh!r}{where}: use an operationId or "none"')
    names = config.get("generate", "operation_names", {})
    if not isinstance(names, dict) or not all(isinstance(value, str) for value in names.values()):
        raise SettingsError(f'invalid operation_names{where}: use a table of operationId = "python_name"')
    mkdocs_config = flags.mkdocs_config
    if mkdocs_config is None:
        mkdocs_config = bool(config.get("docs", "mkdocs_config", False))
    site_name = flags.site_name or config.get("docs", "site_name", None)
    return GenerateSettings(
        package_name=name,
        package_version=str(version or DEFAULT_PACKAGE_VERSION),
        templates=Path(templates) if isinstance(templates, str) else None,
        mkdocs_config=mkdocs_config,
        site_name=site_name if isinstance(site_name, str) else None,
        formatter=formatter,
        refresh_operation=refresh,
        operation_names={str(key): value for key, value in names.items()},
    )


def load_settings(config_path: str | None, flags: Flags) -> GenerateSettings:
    """The run's settings, the configuration file (explicit, else found from here) read once.

    LoadError when the file cannot be read, SettingsError when a value cannot be used.
    """
    return read_settings(load_config(config_path), flags)

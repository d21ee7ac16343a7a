"""Settings from ``[tool.specgen]`` in pyproject.toml or from specgen.toml; flags override them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.load import LoadError


@dataclass(frozen=True)
class Config:
    """The ``[tool.specgen]`` table: top-level keys and one sub-table per command."""

    values: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def section(self, name: str) -> dict[str, Any]:
        value = self.values.get(name)
        return value if isinstance(value, dict) else {}

    def get(self, section: str, key: str, default: Any = None) -> Any:
        """``[tool.specgen.<section>] key``, else ``[tool.specgen] key``, else ``default``."""
        own = self.section(section)
        if key in own:
            return own[key]
        return self.values.get(key, default)


def load_config(explicit: str | None = None, start: Path | None = None) -> Config:
    """Read an explicit file, or the first specgen.toml / pyproject.toml from ``start`` upwards."""
    if explicit is not None:
        return _read(Path(explicit), required=True)
    directory = (start or Path.cwd()).resolve()
    for folder in (directory, *directory.parents):
        for name in ("specgen.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                config = _read(candidate, required=False)
                if config.path is not None:
                    return config
    return Config()


def _read(path: Path, required: bool) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LoadError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(str(path), f"cannot read: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise LoadError(str(path), f"malformed TOML: {error}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("specgen")
        if not isinstance(table, dict):
            return Config() if not required else Config({}, path)
        return Config(table, path)
    return Config(data, path)

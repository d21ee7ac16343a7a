"""Which history a run works on: flags first, then ``[tool.specgen]`` (``specs_dir``, ``api``), then defaults."""

from __future__ import annotations

import os
from pathlib import Path

from generator.config import Config
from generator.history.store import DEFAULT_API, History

DEFAULT_SPECS_DIR = "specs"


def configured_history(config: Config, specs_dir: str | None, api: str | None) -> History:
    """The history of ``api`` in ``specs_dir``, each taken from ``config`` when not given.

    HistoryError when the name cannot be a folder's."""
    if specs_dir is not None:
        folder = Path(specs_dir)
    else:
        # a folder named in the config file is relative to that file, wherever specgen runs from
        folder = Path(str(config.get("specs", "specs_dir", DEFAULT_SPECS_DIR)))
        if config.path is not None and not folder.is_absolute():
            folder = Path(os.path.relpath(config.path.parent / folder))
    name = api if api is not None else config.get("specs", "api", DEFAULT_API)
    return History(folder, str(name))

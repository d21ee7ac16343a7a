"""The history of exports in ``specs/``: storing them, walking them, and versions from their diffs."""

from generator.history.configured import DEFAULT_SPECS_DIR, configured_history
from generator.history.store import DEFAULT_API, AddResult, Export, History, HistoryError, sha256

__all__ = [
    "DEFAULT_API",
    "DEFAULT_SPECS_DIR",
    "AddResult",
    "Export",
    "History",
    "HistoryError",
    "configured_history",
    "sha256",
]

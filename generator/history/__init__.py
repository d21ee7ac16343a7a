"""The history of exports in ``specs/``: storing them, walking them, and versions from their diffs."""

from generator.history.store import DEFAULT_API, AddResult, Export, History, HistoryError, sha256

__all__ = ["DEFAULT_API", "AddResult", "Export", "History", "HistoryError", "sha256"]

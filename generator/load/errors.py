"""The one error every loading step raises: the input cannot be read as an OpenAPI document."""

from __future__ import annotations


class LoadError(Exception):
    """Carries where (file, and line and column when known) and why, for one line on stderr."""

    def __init__(self, source: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.source = source
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        place = self.source
        if self.line is not None:
            place += f":{self.line}:{self.column or 1}"
        return f"{place}: {self.message}"

# pyright: strict
"""The errors a call can raise: every failed call raises an ApiError subclass.

``ApiConnectionError`` (and ``ApiTimeoutError``) when no answer came; ``ApiStatusError`` and its
family (``ClientError`` for 4xx, ``ServerError`` for 5xx, one class per documented status) when
the server answered outside 2xx.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any, cast

import httpx

_MESSAGE_KEYS = (
    "message",
    "error_description",
    "errorMessage",
    "detail",
    "error",
    "title",
    "description",
    "errors",
)
_MESSAGE_LIMIT = 300


class NaiveDatetimeError(ValueError):
    """A datetime without a timezone was passed; nothing was sent."""


class ApiError(Exception):
    """Base of every error a failed call raises; ``request`` is what was sent, when known."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class PaginationError(ApiError):
    """A page pointed to a next page that cannot be followed safely."""


class ApiConnectionError(ApiError):
    """No answer: the connection was refused or dropped, or the name did not resolve."""


class ApiTimeoutError(ApiConnectionError):
    """No answer within the timeout."""


class ApiStatusError(ApiError):
    """The server answered outside 2xx.

    ``body`` is the documented error model when the spec describes one for the status, else the
    parsed JSON (or text, or None); ``str(error)`` includes the server's own message. A 401 that
    a credential refresh could not cure carries the refresh's failure in ``refresh_error``. Each
    operation's own error classes (``<Operation><Status>Error``, subclasses of the status's class)
    declare ``body`` with the documented model's type.
    """

    body: Any

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status = response.status_code
        self.body = body
        self.refresh_error: Exception | None = None


class ClientError(ApiStatusError):
    """A 4xx answer."""


class ServerError(ApiStatusError):
    """A 5xx answer."""


class RateLimitError(ClientError):
    """Too many requests (429), or a wait longer than ``max_retry_wait``.

    ``retry_after`` is the number of seconds the server (or the client's throttle) asked to wait.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.retry_after = retry_after


def error_class(status: int, classes: Mapping[int, type[ApiStatusError]]) -> type[ApiStatusError]:
    """The most specific class for a status: its own, else its family, else ApiStatusError."""
    if status in classes:
        return classes[status]
    if status == 429:
        return RateLimitError
    if 400 <= status < 500:
        return ClientError
    if 500 <= status < 600:
        return ServerError
    return ApiStatusError


def server_message(body: object) -> str:
    """The server's own explanation in an error body, on one printable line ("" when none)."""
    if hasattr(body, "to_dict"):
        body = cast("Any", body).to_dict()
    text = ""
    if isinstance(body, str):
        text = body
    elif isinstance(body, Mapping):
        mapping = cast("Mapping[str, Any]", body)
        for key in _MESSAGE_KEYS:
            value = mapping.get(key)
            if isinstance(value, str) and value.strip():
                text = value
                break
            if isinstance(value, Mapping):
                text = server_message(cast("object", value))
            elif isinstance(value, list):
                entries = [server_message(entry) for entry in cast("list[object]", value)]
                text = "; ".join(entry for entry in entries if entry)
            if text:
                break
    printable = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    line = " ".join(printable.split())
    return line if len(line) <= _MESSAGE_LIMIT else line[: _MESSAGE_LIMIT - 3] + "..."

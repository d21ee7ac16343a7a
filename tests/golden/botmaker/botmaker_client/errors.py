"""Errors raised by the client: every non-2xx answer becomes an ApiError subclass."""

from __future__ import annotations

from typing import Any

import httpx


class NaiveDatetimeError(ValueError):
    """A datetime without a timezone was passed; nothing was sent."""


class PaginationError(RuntimeError):
    """A page pointed to a next page that cannot be followed safely."""


class ApiError(Exception):
    """The server answered with a status outside 2xx; ``body`` is the parsed JSON (or text)."""

    def __init__(self, message: str, status: int, body: Any, response: httpx.Response) -> None:
        super().__init__(message)
        self.status = status
        self.body = body
        self.response = response


class ClientError(ApiError):
    """A 4xx answer."""


class ServerError(ApiError):
    """A 5xx answer."""


class BadRequestError(ClientError):
    """The server answered 400."""


class UnauthorizedError(ClientError):
    """The server answered 401."""


class ForbiddenError(ClientError):
    """The server answered 403."""


class NotFoundError(ClientError):
    """The server answered 404."""


class MethodNotAllowedError(ClientError):
    """The server answered 405."""


class ConflictError(ClientError):
    """The server answered 409."""


class GoneError(ClientError):
    """The server answered 410."""


class UnprocessableEntityError(ClientError):
    """The server answered 422."""


class RateLimitError(ClientError):
    """The server answered 429."""

    def __init__(
        self,
        message: str,
        status: int,
        body: Any,
        response: httpx.Response,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status, body, response)
        self.retry_after = retry_after


class InternalServerError(ServerError):
    """The server answered 500."""


class BadGatewayError(ServerError):
    """The server answered 502."""


class ServiceUnavailableError(ServerError):
    """The server answered 503."""


class GatewayTimeoutError(ServerError):
    """The server answered 504."""


ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}


def error_class(status: int) -> type[ApiError]:
    """The most specific class for a status: its own, else its family, else ApiError."""
    if status in ERRORS_BY_STATUS:
        return ERRORS_BY_STATUS[status]
    if 400 <= status < 500:
        return ClientError
    if 500 <= status < 600:
        return ServerError
    return ApiError

"""Errors raised by the client: every failed call raises an ApiError subclass.

ApiConnectionError (and ApiTimeoutError) when no answer came; ApiStatusError and its family when
the server answered outside 2xx: ClientError (4xx), ServerError (5xx), RateLimitError (429) and one
class per status below.
"""

from __future__ import annotations

from ._runtime.errors import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    ClientError,
    NaiveDatetimeError,
    PaginationError,
    RateLimitError,
    ServerError,
)

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "BadGatewayError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "ERRORS_BY_STATUS",
    "ForbiddenError",
    "GatewayTimeoutError",
    "GoneError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NaiveDatetimeError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


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


class InternalServerError(ServerError):
    """The server answered 500."""


class BadGatewayError(ServerError):
    """The server answered 502."""


class ServiceUnavailableError(ServerError):
    """The server answered 503."""


class GatewayTimeoutError(ServerError):
    """The server answered 504."""


ERRORS_BY_STATUS: dict[int, type[ApiStatusError]] = {
    429: RateLimitError,
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}

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

ERRORS_BY_STATUS: dict[int, type[ApiStatusError]]

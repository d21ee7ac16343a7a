"""Chatbot platform API 2.0: Python client."""

from .client import RATE_LIMITS, AsyncClient, Client
from .errors import (
    ApiError,
    BadGatewayError,
    BadRequestError,
    ClientError,
    ConflictError,
    ForbiddenError,
    GatewayTimeoutError,
    GoneError,
    InternalServerError,
    MethodNotAllowedError,
    NaiveDatetimeError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    UnauthorizedError,
    UnprocessableEntityError,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "ApiError",
    "AsyncClient",
    "BadGatewayError",
    "BadRequestError",
    "Client",
    "ClientError",
    "ConflictError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "GoneError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NaiveDatetimeError",
    "NotFoundError",
    "PaginationError",
    "RATE_LIMITS",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]

# pyright: strict
"""The fixed part of every generated client, copied into it as ``<package>/_runtime``.

Generated modules use it as ``from . import _runtime as _rt``; everything they need is named here.
"""

from .aio import AsyncTransport
from .auth import CredentialStore, Refresh
from .codecs import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    FLOAT,
    INT,
    STR,
    Codec,
    EnumOf,
    ListOf,
    MapOf,
    Model,
    OpenEnum,
    Record,
    UnionOf,
    extras,
    format_datetime,
    parse_datetime,
)
from .errors import (
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
from .responses import RawResponse
from .retry import RetryPolicy, Throttle
from .sync import SyncTransport
from .transport import Settings
from .wire import Call, CallOptions, Credential, Operation, Param, basic_auth

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "STR",
    "ApiConnectionError",
    "ApiError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncTransport",
    "Call",
    "CallOptions",
    "ClientError",
    "Codec",
    "Credential",
    "CredentialStore",
    "EnumOf",
    "ListOf",
    "MapOf",
    "Model",
    "NaiveDatetimeError",
    "OpenEnum",
    "Operation",
    "PaginationError",
    "Param",
    "RateLimitError",
    "RawResponse",
    "Record",
    "Refresh",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "SyncTransport",
    "Throttle",
    "UnionOf",
    "basic_auth",
    "extras",
    "format_datetime",
    "parse_datetime",
]

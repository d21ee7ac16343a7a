"""The names the client and stub templates define themselves, scope by scope.

A spec name is never handed out in a scope where the templates already use it (see
``generator.naming.Scope``): a schema called ``ClassVar`` must not shadow ``typing.ClassVar`` and a
security scheme keyed ``credentials`` must not collide with a local of ``Client.__init__``. When a
template starts using a new name in one of these places, it is added here.
"""

from __future__ import annotations

# Builtins that annotations in models.py and the api modules name; in a model's class body a field
# with one of these names would shadow it for the annotations after it.
ANNOTATION_BUILTINS = ("str", "int", "float", "bool", "list", "dict", "tuple")

# Top-level names of models.py, client.py, errors.py, __init__.py and api/<tag>.py besides the
# generated classes: imports, constants and helpers.
MODULE_GLOBALS = (
    "annotations",
    "dataclasses",
    "datetime",
    "enum",
    "typing",
    "httpx",
    "copy",
    "Any",
    "ClassVar",
    "Callable",
    "Mapping",
    "Iterator",
    "AsyncIterator",
    "Self",
    "Record",
    "OpenEnum",
    "Client",
    "AsyncClient",
    "RawClient",
    "AsyncRawClient",
    "ApiError",
    "ApiStatusError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ClientError",
    "ServerError",
    "RateLimitError",
    "NaiveDatetimeError",
    "PaginationError",
    "ERRORS_BY_STATUS",
    "DEFAULT_BASE_URL",
    "RATE_LIMITS",
    "USER_AGENT",
    "REFRESH",
    "models",
    "errors",
    "api",
    "client",
)

# Members every model class inherits from the runtime's Record, and what its class body uses.
RECORD_MEMBERS = ("additional_properties", "from_dict", "to_dict", "wire_score", "self", "datetime")
MODEL_FIELDS = (*RECORD_MEMBERS, *ANNOTATION_BUILTINS)

# Enum members: what StrEnum and the runtime's OpenEnum define.
ENUM_MEMBERS = ("name", "value", "known")

# Parameters and locals of every operation method (besides the operation's own arguments).
OPERATION_LOCALS = ("self", "result", "timeout", "extra_headers", "extra_query")

# Keyword arguments and locals of Client.__init__, with_options and set_credentials.
CLIENT_OPTIONS = (
    "self",
    "base_url",
    "timeout",
    "max_retries",
    "backoff_factor",
    "max_retry_wait",
    "throttle",
    "headers",
    "http_client",
    "proxy",
    "transport",
    "event_hooks",
    "on_credentials_refreshed",
    "credentials",
    "settings",
    "auth",
    "clone",
)

# Attributes of a Client besides one per tag; a tag attribute named like a builtin would shadow it
# for the annotations of the class body after it (``object`` names a callback's argument).
CLIENT_MEMBERS = (
    "close",
    "aclose",
    "with_options",
    "with_raw_response",
    "set_credentials",
    "object",
    *ANNOTATION_BUILTINS,
)

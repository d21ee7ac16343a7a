"""The resolved, typed view of an API description shared by validate, diff and render.

Its records are NamedTuples: a document holds one per operation, parameter, body and response, and
a NamedTuple class costs a seventh of a frozen dataclass to define (the start-up of every command)
and less to build."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

from generator.load import SourceDocument, SpecVersion
from generator.model.schema import Schema

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
UNTAGGED = "default"  # the home of operations without tags
JSON_CATCH_ALLS = ("", "*/*", "application/*")  # what exports write for JSON


class Server(NamedTuple):
    """A base URL the API is served at."""

    url: str
    description: str = ""


class Tag(NamedTuple):
    """A tag; ``declared`` is false for one that operations use but the document's tag list leaves out."""

    name: str
    description: str = ""
    declared: bool = True


class SecurityScheme(NamedTuple):
    """A security scheme; for API keys ``location`` and ``param_name`` say where the key goes."""

    key: str
    type: str
    pointer: str  # where it is in the source, for messages
    location: str | None = None
    param_name: str | None = None
    scheme: str | None = None
    description: str = ""


class MediaType(NamedTuple):
    media_type: str
    pointer: str
    schema: Schema | None = None
    example: Any = None
    has_example: bool = False

    @property
    def essence(self) -> str:
        """The type without parameters, lower case: ``application/json; charset=utf-8`` is ``application/json``."""
        return self.media_type.split(";", 1)[0].strip().lower()

    @property
    def is_catch_all(self) -> bool:
        """``*/*``, ``application/*`` or empty: written by exports for JSON, sent as ``application/json``."""
        return self.essence in JSON_CATCH_ALLS

    @property
    def sent_type(self) -> str:
        """The Content-Type of a request with this body: a catch-all as application/json, any other
        type as its essence."""
        return "application/json" if self.is_catch_all else self.essence

    @property
    def is_json_like(self) -> bool:
        """JSON, a JSON suffix, or a catch-all."""
        essence = self.essence
        return essence in JSON_CATCH_ALLS or essence == "application/json" or essence.endswith("+json")


def json_media(content: tuple[MediaType, ...]) -> MediaType | None:
    """The first JSON (or JSON-like) media type of a body, if any."""
    return next((media for media in content if media.is_json_like), None)


def preferred_media(content: tuple[MediaType, ...]) -> MediaType | None:
    """The media type a client sends or reads: the first JSON one, else the first listed."""
    return json_media(content) or (content[0] if content else None)


def status_key(status: str) -> str:
    """How statuses are compared: ``2xx`` and ``2XX`` (and ``Default``, ``default``) are one status."""
    return status.upper()


def is_success_status(status: str) -> bool:
    """2xx (``200``, ``2XX``): what a client reads when the call worked."""
    return status[:1] == "2"


def is_failure_status(status: str) -> bool:
    """4xx and 5xx (``404``, ``5XX``): a status the server sends when a call failed."""
    return status[:1] in ("4", "5")


def success_code(status: str) -> int | None:
    """A 2xx status written as a number (``201``), as a number; None for ranges (``2XX``)."""
    return int(status) if status.isdigit() and is_success_status(status) else None


def failure_code(status: str) -> int | None:
    """A 4xx or 5xx status written as a number (``404``), as a number; None for ranges (``4XX``)."""
    return int(status) if status.isdigit() and is_failure_status(status) else None


def is_error_status(status: str) -> bool:
    """``default``, 4xx and 5xx: what a client reads only when something went wrong."""
    return status_key(status) == "DEFAULT" or is_failure_status(status)


class Parameter(NamedTuple):
    name: str
    location: str
    pointer: str
    required: bool = False
    deprecated: bool = False
    description: str = ""
    schema: Schema | None = None
    style: str | None = None
    explode: bool | None = None
    example: Any = None
    has_example: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.location, self.name)


class Header(NamedTuple):
    name: str
    pointer: str
    required: bool = False
    description: str = ""
    schema: Schema | None = None


class RequestBody(NamedTuple):
    pointer: str
    required: bool = False
    description: str = ""
    content: tuple[MediaType, ...] = ()


class Response(NamedTuple):
    status: str
    pointer: str
    description: str | None = None
    content: tuple[MediaType, ...] = ()
    headers: tuple[Header, ...] = ()

    @property
    def is_success(self) -> bool:
        return is_success_status(self.status)


class Operation(NamedTuple):
    """An operation (or a webhook) with its parameters, body and responses resolved."""

    method: str
    path: str
    pointer: str  # where it is in the source, for messages
    operation_id: str | None = None
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    deprecated: bool = False
    parameters: tuple[Parameter, ...] = ()
    request_body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    security: tuple[tuple[str, ...], ...] | None = None
    extensions: Mapping[str, Any] = MappingProxyType({})  # x-* members (a default shared: read-only)
    webhook: bool = False  # a call the API makes to its subscribers; ``path`` is the webhook's name

    @property
    def key(self) -> str:
        """``GET /agents`` (``webhook POST petAdded``): how changes and reports name an operation."""
        if self.webhook:
            return f"webhook {self.method.upper()} {self.path}"
        return f"{self.method.upper()} {self.path}"

    @property
    def home_tag(self) -> str:
        """The tag whose client group and docs page hold the operation: its first, else ``default``."""
        return self.tags[0] if self.tags else UNTAGGED

    def response(self, status: str) -> Response | None:
        wanted = status_key(status)
        return next((response for response in self.responses if status_key(response.status) == wanted), None)


@dataclass(frozen=True)
class Document:
    source: SourceDocument
    title: str
    api_version: str
    description: str
    servers: tuple[Server, ...]
    tags: tuple[Tag, ...]
    security_schemes: dict[str, SecurityScheme]
    security: tuple[tuple[str, ...], ...]
    operations: tuple[Operation, ...]
    schemas: dict[str, Schema]
    webhooks: tuple[Operation, ...] = ()  # OpenAPI 3.1 ``webhooks``, one operation per method

    @property
    def version(self) -> SpecVersion:
        return self.source.version

    @property
    def data(self) -> dict[str, Any]:
        return self.source.data

    def operation(self, method: str, path: str) -> Operation | None:
        wanted = (method.lower(), path)
        return next((op for op in self.operations if (op.method, op.path) == wanted), None)

    def effective_security(self, operation: Operation) -> tuple[tuple[str, ...], ...]:
        return self.security if operation.security is None else operation.security

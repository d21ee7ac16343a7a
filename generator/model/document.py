"""The resolved, typed view of an API description shared by validate, diff and render."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.load import SourceDocument, SpecVersion
from generator.model.schema import Schema

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Server:
    url: str
    description: str = ""


@dataclass(frozen=True)
class Tag:
    name: str
    description: str = ""
    declared: bool = True


@dataclass(frozen=True)
class SecurityScheme:
    """A security scheme; for API keys ``location`` and ``param_name`` say where the key goes."""

    key: str
    type: str
    pointer: str
    location: str | None = None
    param_name: str | None = None
    scheme: str | None = None
    description: str = ""


@dataclass(frozen=True)
class MediaType:
    media_type: str
    pointer: str
    schema: Schema | None = None
    example: Any = None
    has_example: bool = False

    @property
    def is_json_like(self) -> bool:
        """JSON, a JSON suffix, or the catch-alls ``*/*`` and empty that exports use for JSON."""
        base = self.media_type.split(";", 1)[0].strip().lower()
        return base in ("", "*/*", "application/*") or base == "application/json" or base.endswith("+json")


@dataclass(frozen=True)
class Parameter:
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


@dataclass(frozen=True)
class Header:
    name: str
    pointer: str
    required: bool = False
    description: str = ""
    schema: Schema | None = None


@dataclass(frozen=True)
class RequestBody:
    pointer: str
    required: bool = False
    description: str = ""
    content: tuple[MediaType, ...] = ()


@dataclass(frozen=True)
class Response:
    status: str
    pointer: str
    description: str | None = None
    content: tuple[MediaType, ...] = ()
    headers: tuple[Header, ...] = ()

    @property
    def is_success(self) -> bool:
        return self.status.startswith("2") or self.status.upper() == "2XX"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    pointer: str
    operation_id: str | None = None
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    deprecated: bool = False
    parameters: tuple[Parameter, ...] = ()
    request_body: RequestBody | None = None
    responses: tuple[Response, ...] = ()
    security: tuple[tuple[str, ...], ...] | None = None
    extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        """``GET /agents``: how changes and reports name an operation."""
        return f"{self.method.upper()} {self.path}"

    def response(self, status: str) -> Response | None:
        return next((response for response in self.responses if response.status == status), None)


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

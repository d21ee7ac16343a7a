"""Credentials in the client view: one keyword per usable security scheme, and the refresh operation.

The refresh operation is found from the spec (a JSON request body with a refresh-token property,
a 2xx JSON answer with an access-token property) unless ``refresh_operation`` names one
(an operationId) or is ``"none"``.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from generator.model import Document, Operation, Schema
from generator.model.objects import json_media
from generator.naming import Scope, snake_case
from generator.rules.problem_rules import (
    GENERATE_REFRESH_MISSING,
    GENERATE_REFRESH_UNUSABLE,
    GENERATE_SCHEME_UNSUPPORTED,
)
from generator.rules.rule import Rule


class Warn(Protocol):
    """Records a problem of ``rule`` at ``pointer`` with the arguments of its message."""

    def __call__(self, rule: Rule, pointer: str, **args: str) -> None: ...


REFRESH_NONE = "none"
_ACCESS = "access_token"
_REFRESH = "refresh_token"


class CredentialView(NamedTuple):
    name: str
    scheme: str
    location: str
    wire: str
    prefix: str

    @property
    def help(self) -> str:
        if self.prefix == "Basic ":
            return f'"user:password", sent base64-encoded as HTTP basic auth ({self.scheme} security scheme).'
        return f"sent as the {self.wire} {self.location} ({self.scheme} security scheme)."


class RefreshField(NamedTuple):
    name: str
    wire: str
    description: str


class RefreshView(NamedTuple):
    """The refresh operation (``operation`` is its key, ``constant`` its OP_ name once known)."""

    operation: Operation
    credential: CredentialView
    access_wire: str
    fields: tuple[RefreshField, ...]

    @property
    def wires(self) -> tuple[str, ...]:
        return tuple(item.wire for item in self.fields)


def credential_views(document: Document, scope: Scope, warn: Warn) -> list[CredentialView]:
    """One keyword per security scheme the document uses and the client can send."""
    used = {key for alternative in document.security for key in alternative}
    for operation in document.operations:
        used |= {key for alternative in operation.security or () for key in alternative}
    found = []
    for key, scheme in document.security_schemes.items():
        if key not in used:
            continue
        if scheme.type == "apiKey" and scheme.location in ("header", "query", "cookie") and scheme.param_name:
            found.append(CredentialView(scope.snake(key), key, scheme.location, scheme.param_name, ""))
        elif (
            scheme.type in ("http", "oauth2", "openIdConnect")
            and (scheme.scheme or "bearer").lower() == "bearer"
        ):
            found.append(CredentialView(scope.snake(key), key, "header", "Authorization", "Bearer "))
        elif scheme.type == "http" and (scheme.scheme or "").lower() == "basic":
            found.append(CredentialView(scope.snake(key), key, "header", "Authorization", "Basic "))
        else:
            warn(GENERATE_SCHEME_UNSUPPORTED, scheme.pointer, name=key, type=scheme.type)
    return found


def refresh_view(
    document: Document,
    credentials: list[CredentialView],
    choice: str | None,
    scope: Scope,
    warn: Warn,
) -> RefreshView | None:
    """The refresh operation, its keyword arguments claimed in the Client's ``scope``."""
    tokens = [item for item in credentials if item.prefix != "Basic "]
    if choice == REFRESH_NONE or not tokens:
        return None
    candidates = [
        operation
        for operation in document.operations
        if (operation.operation_id == choice if choice else _looks_like_refresh(operation))
    ]
    if choice and not candidates:
        warn(GENERATE_REFRESH_MISSING, "/", name=choice)
    for operation in candidates:
        body, answer = _body_schema(operation), _answer_schema(operation)
        access = _property(answer, _ACCESS) if answer else None
        if body is None or access is None:
            warn(GENERATE_REFRESH_UNUSABLE, operation.pointer)
            continue
        default = [document.security[0][0]] if document.security and document.security[0] else []
        wanted = [key for alternative in document.effective_security(operation) for key in alternative]
        credential = next(
            (item for item in tokens if item.scheme in (*default, *wanted)),
            tokens[0],
        )
        required = set(body.required)
        fields = tuple(
            RefreshField(scope.snake(wire), wire, child.description or child.title)
            for wire, child in body.properties.items()
            if wire in required or snake_case(wire) == _REFRESH
        )
        return RefreshView(operation, credential, access, fields)
    return None


def _looks_like_refresh(operation: Operation) -> bool:
    body, answer = _body_schema(operation), _answer_schema(operation)
    return (
        body is not None
        and answer is not None
        and _property(body, _REFRESH) is not None
        and _property(answer, _ACCESS) is not None
    )


def _property(schema: Schema, python_name: str) -> str | None:
    return next((wire for wire in schema.properties if snake_case(wire) == python_name), None)


def _body_schema(operation: Operation) -> Schema | None:
    request = operation.request_body
    if request is None:
        return None
    media = json_media(request.content)
    return media.schema if media is not None else None


def _answer_schema(operation: Operation) -> Schema | None:
    for response in operation.responses:
        if response.is_success:
            media = json_media(response.content)
            if media is not None and media.schema is not None:
                return media.schema
    return None

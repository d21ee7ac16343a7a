"""Request checks beyond openapi-core, and one-line descriptions of openapi-core's errors."""

from __future__ import annotations

import json
from collections.abc import Iterator

from werkzeug.wrappers import Request

from tests.support.spec_document import Operation, json_media


def own_checks(request: Request, operation: Operation, body: bytes) -> Iterator[str]:
    """What openapi-core lets through but a correct client must still get right."""
    declared = {p.get("name") for p in operation.parameters_in("query")}
    for name in request.args:
        if name not in declared:
            yield f"query parameter {name!r} is not declared for {operation.key}"
    yield from _boolean_spelling(request, operation)
    request_body = operation.spec.get("requestBody")
    if body and request_body is None:
        yield f"{operation.key} declares no request body but {len(body)} bytes were sent"
    if body and request_body is not None:
        if not request.content_type:
            yield f"{operation.key}: a body was sent without a Content-Type header"
        content = request_body.get("content") or {}
        if json_media(content) is not None and "json" in (request.content_type or ""):
            try:
                json.loads(body)
            except ValueError as error:
                yield f"{operation.key}: the body is not JSON: {error}"


def _boolean_spelling(request: Request, operation: Operation) -> Iterator[str]:
    """openapi-core also takes "yes", "1" or "True" for booleans; the wire format is true/false."""
    for parameter in operation.parameters_in("query"):
        schema = parameter.get("schema") or {}
        if schema.get("type") == "array":
            schema = schema.get("items") or {}
        if schema.get("type") != "boolean":
            continue
        for value in request.args.getlist(parameter.get("name", "")):
            if value not in ("true", "false"):
                yield f"query parameter {parameter.get('name')!r}: boolean spelled {value!r}, not true/false"


def describe(error: BaseException) -> str:
    """One line per problem, following openapi-core's chained causes down to the schema errors."""
    parts = [f"{type(error).__name__}: {error}"]
    cause = error.__cause__
    while cause is not None:
        parts.append(f"{type(cause).__name__}: {cause}")
        for schema_error in getattr(cause, "schema_errors", ()) or ():
            where = "/".join(str(p) for p in schema_error.absolute_path)
            parts.append(f"at /{where}: {schema_error.message}")
        cause = cause.__cause__
    return " <- ".join(parts)

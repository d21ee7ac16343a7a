"""Documentation-level changes (descriptions, summaries, examples, extensions, info): always info."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.view_differences import ADDED, CHANGED, REMOVED, Difference, differences
from generator.model import Document, MediaType, Operation, Response
from generator.model.objects import status_key
from generator.rules.change_rules import (
    DOCUMENT_EXTENSION_CHANGED,
    EXTERNAL_DOCS_CHANGED,
    INFO_CHANGED,
    INFO_DESCRIPTION_CHANGED,
    INFO_TITLE_CHANGED,
    INFO_VERSION_CHANGED,
    OPERATION_DESCRIPTION_CHANGED,
    OPERATION_EXTENSION_ADDED,
    OPERATION_EXTENSION_CHANGED,
    OPERATION_EXTENSION_REMOVED,
    OPERATION_SUMMARY_CHANGED,
    PARAMETER_DESCRIPTION_CHANGED,
    PARAMETER_EXAMPLE_CHANGED,
    REQUEST_BODY_DESCRIPTION_CHANGED,
    REQUEST_BODY_EXAMPLE_CHANGED,
    RESPONSE_DESCRIPTION_CHANGED,
    RESPONSE_EXAMPLE_CHANGED,
    SERVER_DESCRIPTION_CHANGED,
    TAG_ADDED,
    TAG_DESCRIPTION_CHANGED,
    TAG_REMOVED,
)

_INFO_RULES = {
    "info-title": INFO_TITLE_CHANGED,
    "info-description": INFO_DESCRIPTION_CHANGED,
    "info-version": INFO_VERSION_CHANGED,
}
_EXTENSION_RULES = {
    ADDED: OPERATION_EXTENSION_ADDED,
    REMOVED: OPERATION_EXTENSION_REMOVED,
    CHANGED: OPERATION_EXTENSION_CHANGED,
}

# The sunset date is compared by the operation rules, so it is not an extension change here.
_SEMANTIC_EXTENSIONS = frozenset({"x-sunset"})


def _quoted(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else "none" if value is None else str(value)


def _detail(difference: Difference) -> str:
    return f"({difference.detail})" if difference.detail else ""


def _document_view(document: Document) -> dict[str, Any]:
    info = document.data.get("info")
    info = info if isinstance(info, Mapping) else {}
    return {
        "info-title": document.title,
        "info-description": document.description,
        "info-version": document.api_version,
        "info": {key: value for key, value in info.items() if key not in ("title", "description", "version")},
        "tags": {tag.name: tag.description for tag in document.tags if tag.declared},
        "extensions": {key: value for key, value in document.data.items() if key.startswith("x-")},
        "external-docs": document.data.get("externalDocs"),
    }


def check_document(context: DiffContext) -> None:
    old, new = _document_view(context.base), _document_view(context.revision)
    for difference in differences(old, new, depth=2):
        _document_finding(context, difference)
    old_servers: dict[str, set[str]] = {}
    for server in context.base.servers:
        old_servers.setdefault(server.url, set()).add(server.description)
    for index, server in enumerate(context.revision.servers):
        if server.url in old_servers and server.description not in old_servers[server.url]:
            context.add(SERVER_DESCRIPTION_CHANGED, jp.join("/servers", index, "description"), url=server.url)


def _document_finding(context: DiffContext, difference: Difference) -> None:
    head, rest = difference.path[0], difference.path[1:]
    old, new = _quoted(difference.old), _quoted(difference.new)
    if head in _INFO_RULES:
        context.add(_INFO_RULES[head], "/info/" + head.removeprefix("info-"), old=old, new=new)
    elif head == "info":
        context.add(INFO_CHANGED, jp.join("/info", *rest), field=rest[0], detail=_detail(difference))
    elif head == "tags":
        rule = {ADDED: TAG_ADDED, REMOVED: TAG_REMOVED}.get(difference.change, TAG_DESCRIPTION_CHANGED)
        where = context.base if difference.change == REMOVED else context.revision
        context.add(rule, _tag_pointer(where, rest[0], rule is TAG_DESCRIPTION_CHANGED), name=rest[0])
    elif head == "extensions":
        context.add(
            DOCUMENT_EXTENSION_CHANGED,
            jp.join("", *rest),
            name=rest[0],
            change=difference.change,
            detail=_detail(difference),
        )
    else:
        context.add(EXTERNAL_DOCS_CHANGED, "/externalDocs")


def _tag_pointer(document: Document, name: str, description: bool) -> str:
    """Where the tag called ``name`` is declared (its description, for a description change)."""
    tags = document.data.get("tags")
    for index, tag in enumerate(tags if isinstance(tags, list) else ()):
        if isinstance(tag, Mapping) and tag.get("name") == name:
            return jp.join("/tags", index, *(["description"] if description else []))
    return "/tags"


def _examples(content: tuple[MediaType, ...]) -> dict[str, Any]:
    """Examples by media-type essence: ``application/json; charset=utf-8`` is still JSON."""
    return {media.essence: media.example for media in content if media.has_example}


def _written(content: tuple[MediaType, ...], essence: str) -> str:
    """The media type as the revision writes it, for the pointer and the message."""
    return next((media.media_type for media in content if media.essence == essence), essence)


def _responses_view(responses: tuple[Response, ...], common: set[str]) -> dict[str, Any]:
    return {
        status_key(response.status): {
            "description": response.description or "",
            "examples": _examples(response.content),
        }
        for response in responses
        if status_key(response.status) in common
    }


def _operation_view(
    operation: Operation, common_parameters: set[str], common_statuses: set[str]
) -> dict[str, Any]:
    body = operation.request_body
    return {
        "summary": operation.summary,
        "description": operation.description,
        "extensions": {k: v for k, v in operation.extensions.items() if k not in _SEMANTIC_EXTENSIONS},
        "parameters": {
            f"{p.location} parameter '{p.name}'": {"description": p.description, "example": p.example}
            for p in operation.parameters
            if f"{p.location} parameter '{p.name}'" in common_parameters
        },
        "request-body": {
            "description": body.description if body else "",
            "examples": _examples(body.content) if body else {},
        },
        "responses": _responses_view(operation.responses, common_statuses),
    }


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    names = {f"{p.location} parameter '{p.name}'" for p in base.parameters}
    parameters = names & {f"{p.location} parameter '{p.name}'" for p in revision.parameters}
    statuses = {status_key(r.status) for r in base.responses} & {
        status_key(r.status) for r in revision.responses
    }
    old, new = _operation_view(base, parameters, statuses), _operation_view(revision, parameters, statuses)
    if old == new:
        return
    by_name = {f"{p.location} parameter '{p.name}'": p.pointer for p in revision.parameters}
    reported: set[tuple[str, ...]] = set()
    for difference in differences(old, new, depth=4):
        _operation_finding(context, revision, difference, by_name, reported)


def _operation_finding(
    context: DiffContext,
    operation: Operation,
    difference: Difference,
    parameter_pointers: dict[str, str],
    reported: set[tuple[str, ...]],
) -> None:
    path = difference.path
    key = path[:4]
    if key in reported:
        return
    reported.add(key)
    op, head = operation.key, path[0]
    detail = _detail(difference)
    if head in ("summary", "description"):
        old, new = _quoted(difference.old), _quoted(difference.new)
        rule = OPERATION_SUMMARY_CHANGED if head == "summary" else OPERATION_DESCRIPTION_CHANGED
        context.add(rule, jp.join(operation.pointer, head), op, old=old, new=new)
    elif head == "extensions":
        rule = _EXTENSION_RULES[difference.change]
        context.add(rule, jp.join(operation.pointer, path[1]), op, name=path[1], detail=detail)
    elif head == "parameters":
        field = "example" if path[2] == "example" else "description"
        pointer = jp.join(parameter_pointers[path[1]], field)
        rule = PARAMETER_EXAMPLE_CHANGED if field == "example" else PARAMETER_DESCRIPTION_CHANGED
        context.add(rule, pointer, op, name=path[1], detail=detail)
    elif head == "request-body":
        body_pointer = operation.request_body.pointer if operation.request_body else operation.pointer
        if path[1] == "description":
            context.add(REQUEST_BODY_DESCRIPTION_CHANGED, jp.join(body_pointer, "description"), op)
        else:
            content = operation.request_body.content if operation.request_body else ()
            media = _written(content, path[2]) if len(path) > 2 else ""
            pointer = jp.join(body_pointer, "content", media, "example")
            context.add(REQUEST_BODY_EXAMPLE_CHANGED, pointer, op, media_type=media, detail=detail)
    else:
        _response_finding(context, operation, difference, detail)


def _response_finding(
    context: DiffContext, operation: Operation, difference: Difference, detail: str
) -> None:
    path = difference.path
    response = operation.response(path[1])
    status, pointer = (response.status, response.pointer) if response else (path[1], operation.pointer)
    if path[2] == "description":
        context.add(
            RESPONSE_DESCRIPTION_CHANGED, jp.join(pointer, "description"), operation.key, status=status
        )
    else:
        media = _written(response.content if response else (), path[3]) if len(path) > 3 else ""
        context.add(
            RESPONSE_EXAMPLE_CHANGED,
            jp.join(pointer, "content", media, "example"),
            operation.key,
            status=status,
            media_type=media,
            detail=detail,
        )

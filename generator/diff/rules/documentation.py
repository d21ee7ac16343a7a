"""Documentation-level changes (descriptions, summaries, examples, extensions, info): always info."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.rule import DOC, INF, Rule
from generator.diff.view_differences import ADDED, REMOVED, Difference, differences
from generator.model import Document, Operation, Response

RULES = (
    Rule("info-title-changed", INF, DOC, "API title changed from {old} to {new}"),
    Rule("info-description-changed", INF, DOC, "API description changed"),
    Rule("info-version-changed", INF, DOC, "API version changed from {old} to {new}"),
    Rule("info-changed", INF, DOC, "info {field} changed {detail}"),
    Rule("tag-added", INF, DOC, "tag {name} added"),
    Rule("tag-removed", INF, DOC, "tag {name} removed"),
    Rule("tag-description-changed", INF, DOC, "description of tag {name} changed"),
    Rule("document-extension-changed", INF, DOC, "document extension {name} {change} {detail}"),
    Rule("external-docs-changed", INF, DOC, "external documentation link changed"),
    Rule("server-description-changed", INF, DOC, "description of server {url} changed"),
    Rule("operation-summary-changed", INF, DOC, "summary changed from {old} to {new}"),
    Rule("operation-description-changed", INF, DOC, "description changed"),
    Rule("operation-extension-added", INF, DOC, "extension {name} added"),
    Rule("operation-extension-removed", INF, DOC, "extension {name} removed"),
    Rule("operation-extension-changed", INF, DOC, "extension {name} changed {detail}"),
    Rule("parameter-description-changed", INF, DOC, "description of {name} changed"),
    Rule("parameter-example-changed", INF, DOC, "example of {name} changed {detail}"),
    Rule("request-body-description-changed", INF, DOC, "request body description changed"),
    Rule("request-body-example-changed", INF, DOC, "request body example ({media_type}) changed {detail}"),
    Rule("response-description-changed", INF, DOC, "description of response {status} changed"),
    Rule(
        "response-example-changed", INF, DOC, "example of response {status} ({media_type}) changed {detail}"
    ),
)

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
            context.add(
                "server-description-changed", jp.join("/servers", index, "description"), url=server.url
            )


def _document_finding(context: DiffContext, difference: Difference) -> None:
    head, rest = difference.path[0], difference.path[1:]
    old, new = _quoted(difference.old), _quoted(difference.new)
    if head in ("info-title", "info-description", "info-version"):
        context.add(f"{head}-changed", "/info/" + head.removeprefix("info-"), old=old, new=new)
    elif head == "info":
        context.add("info-changed", jp.join("/info", *rest), field=rest[0], detail=_detail(difference))
    elif head == "tags":
        rule = {ADDED: "tag-added", REMOVED: "tag-removed"}.get(difference.change, "tag-description-changed")
        context.add(rule, "/tags", name=rest[0])
    elif head == "extensions":
        context.add(
            "document-extension-changed",
            jp.join("", *rest),
            name=rest[0],
            change=difference.change,
            detail=_detail(difference),
        )
    else:
        context.add("external-docs-changed", "/externalDocs")


def _examples(content: tuple[Any, ...]) -> dict[str, Any]:
    return {media.media_type: media.example for media in content if media.has_example}


def _responses_view(responses: tuple[Response, ...], common: set[str]) -> dict[str, Any]:
    return {
        response.status: {"description": response.description or "", "examples": _examples(response.content)}
        for response in responses
        if response.status in common
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
    statuses = {r.status for r in base.responses} & {r.status for r in revision.responses}
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
        context.add(f"operation-{head}-changed", jp.join(operation.pointer, head), op, old=old, new=new)
    elif head == "extensions":
        rule = f"operation-extension-{difference.change}"
        context.add(rule, jp.join(operation.pointer, path[1]), op, name=path[1], detail=detail)
    elif head == "parameters":
        field = "example" if path[2] == "example" else "description"
        pointer = jp.join(parameter_pointers[path[1]], field)
        context.add(f"parameter-{field}-changed", pointer, op, name=path[1], detail=detail)
    elif head == "request-body":
        body_pointer = operation.request_body.pointer if operation.request_body else operation.pointer
        if path[1] == "description":
            context.add("request-body-description-changed", jp.join(body_pointer, "description"), op)
        else:
            media = path[2] if len(path) > 2 else ""
            pointer = jp.join(body_pointer, "content", media, "example")
            context.add("request-body-example-changed", pointer, op, media_type=media, detail=detail)
    else:
        _response_finding(context, operation, difference, detail)


def _response_finding(
    context: DiffContext, operation: Operation, difference: Difference, detail: str
) -> None:
    path = difference.path
    status = path[1]
    response = operation.response(status)
    pointer = response.pointer if response else operation.pointer
    if path[2] == "description":
        context.add(
            "response-description-changed", jp.join(pointer, "description"), operation.key, status=status
        )
    else:
        media = path[3] if len(path) > 3 else ""
        context.add(
            "response-example-changed",
            jp.join(pointer, "content", media, "example"),
            operation.key,
            status=status,
            media_type=media,
            detail=detail,
        )

"""Response headers added, removed, made optional or required."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rule import ADD, BRK, INF, MODIFY, REMOVE, WRN, Rule
from generator.diff.rules._schema_rules import report_schema
from generator.model import Operation
from generator.model.document import is_error_status

RULES = (
    Rule("response-required-header-removed", BRK, REMOVE, "response {status} header '{name}' removed"),
    Rule(
        "response-optional-header-removed", WRN, REMOVE, "optional response {status} header '{name}' removed"
    ),
    Rule("response-header-added", INF, ADD, "response {status} header '{name}' added"),
    Rule("response-header-became-optional", BRK, MODIFY, "response {status} header '{name}' became optional"),
    Rule("response-header-became-required", INF, MODIFY, "response {status} header '{name}' became required"),
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    for old_response in sorted(base.responses, key=lambda response: is_error_status(response.status)):
        new_response = revision.response(old_response.status)
        if new_response is None:
            continue
        status = new_response.status
        error = is_error_status(status)
        old = {header.name.lower(): header for header in old_response.headers}
        new = {header.name.lower(): header for header in new_response.headers}
        for key, header in old.items():
            successor = new.get(key)
            if successor is None:
                rule = (
                    "response-required-header-removed"
                    if header.required
                    else "response-optional-header-removed"
                )
                context.add(
                    rule, header.pointer, revision.key, error_route=error, status=status, name=header.name
                )
                continue
            if header.required != successor.required:
                rule = (
                    "response-header-became-required"
                    if successor.required
                    else "response-header-became-optional"
                )
                context.add(
                    rule,
                    successor.pointer,
                    revision.key,
                    error_route=error,
                    status=status,
                    name=successor.name,
                )
            subject = f"response {status} header '{successor.name}'"
            report_schema(
                context, "response-header", subject, revision, header.schema, successor.schema, error
            )
        for key, header in new.items():
            if key not in old:
                context.add(
                    "response-header-added",
                    header.pointer,
                    revision.key,
                    error_route=error,
                    status=status,
                    name=header.name,
                )

"""Response headers added, removed, made optional or required."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rules._schema_rules import is_error_status, report_schema
from generator.model import Operation
from generator.rules.change_rules import (
    RESPONSE_HEADER_ADDED,
    RESPONSE_HEADER_BECAME_OPTIONAL,
    RESPONSE_HEADER_BECAME_REQUIRED,
    RESPONSE_OPTIONAL_HEADER_REMOVED,
    RESPONSE_REQUIRED_HEADER_REMOVED,
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
                    RESPONSE_REQUIRED_HEADER_REMOVED if header.required else RESPONSE_OPTIONAL_HEADER_REMOVED
                )
                context.add(
                    rule, header.pointer, revision.key, error_route=error, status=status, name=header.name
                )
                continue
            if header.required != successor.required:
                rule = (
                    RESPONSE_HEADER_BECAME_REQUIRED if successor.required else RESPONSE_HEADER_BECAME_OPTIONAL
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
                    RESPONSE_HEADER_ADDED,
                    header.pointer,
                    revision.key,
                    error_route=error,
                    status=status,
                    name=header.name,
                )

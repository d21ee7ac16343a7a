"""Response headers added, removed, made optional or required."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rules._schema_rules import report_schema
from generator.model import Header, Operation
from generator.model.objects import is_error_status
from generator.rules.change_rules import (
    RESPONSE_HEADER_ADDED,
    RESPONSE_HEADER_BECAME_OPTIONAL,
    RESPONSE_HEADER_BECAME_REQUIRED,
    RESPONSE_OPTIONAL_HEADER_REMOVED,
    RESPONSE_REQUIRED_HEADER_REMOVED,
    WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED,
)
from generator.rules.rule import ChangeRule


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
                removed = (
                    RESPONSE_REQUIRED_HEADER_REMOVED if header.required else RESPONSE_OPTIONAL_HEADER_REMOVED
                )
                _report(context, removed, revision, status, header)
                continue
            if header.required != successor.required:
                became = (
                    RESPONSE_HEADER_BECAME_REQUIRED if successor.required else RESPONSE_HEADER_BECAME_OPTIONAL
                )
                _report(context, became, revision, status, successor)
            subject = f"response {status} header '{successor.name}'"
            report_schema(
                context, "response-header", subject, revision, header.schema, successor.schema, error
            )
        for key, header in new.items():
            if key not in old:
                # A webhook's subscriber writes the answer: a required header is one more to send.
                needed = revision.webhook and header.required
                added = WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED if needed else RESPONSE_HEADER_ADDED
                _report(context, added, revision, status, header)


def _report(
    context: DiffContext, rule: ChangeRule, operation: Operation, status: str, header: Header
) -> None:
    error = is_error_status(status)
    context.add(rule, header.pointer, operation.key, error_route=error, status=status, name=header.name)

"""Examples that do not validate against their own schema."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.model import RequestBody, Response
from generator.validate.rules.base import Context, Finding


def _examples(node: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """Each example written on a media type or parameter: ``example`` and ``examples.*.value``."""
    if "example" in node:
        yield jp.join(pointer, "example"), node["example"]
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for name, example in examples.items():
            if isinstance(example, Mapping) and "value" in example:
                yield jp.join(pointer, "examples", name, "value"), example["value"]


def _report(context: Context, schema: Any, schema_pointer: str, where: str, value: Any) -> Iterator[Finding]:
    messages = context.values.errors(schema, schema_pointer, value)
    if messages:
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        yield where, f"example does not match its schema: {messages[0]}{more}"


def invalid_examples(context: Context) -> Iterator[Finding]:
    for pointer, node in context.schemas:
        if "example" in node and "$ref" not in node:
            yield from _report(context, node, pointer, jp.join(pointer, "example"), node["example"])
        examples = node.get("examples")
        if context.version is SpecVersion.OPENAPI_31 and isinstance(examples, list):
            for index, value in enumerate(examples):
                yield from _report(context, node, pointer, jp.join(pointer, "examples", index), value)
    if context.version is SpecVersion.SWAGGER_20:
        return
    for holder_pointer, holder in _holders(context):
        schema = holder.get("schema")
        if schema is None:
            continue
        for where, value in _examples(holder, holder_pointer):
            yield from _report(context, schema, jp.join(holder_pointer, "schema"), where, value)


def _holders(context: Context) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Media types and parameters (each once, where written) that may carry examples."""
    seen: set[str] = set()
    for operation in context.document.operations:
        owners: list[RequestBody | Response] = list(operation.responses)
        if operation.request_body is not None:
            owners.insert(0, operation.request_body)
        pointers = [media.pointer for owner in owners for media in owner.content]
        pointers += [parameter.pointer for parameter in operation.parameters]
        for pointer in pointers:
            if pointer in seen:
                continue
            seen.add(pointer)
            node = context.lookup(pointer)
            if isinstance(node, Mapping):
                yield pointer, node

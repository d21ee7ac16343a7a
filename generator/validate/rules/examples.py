"""Examples that do not validate against their own schema."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.validate.rules.base import Context, Occurrence


def _examples(node: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """Each example written on a media type or parameter: ``example`` and ``examples.*.value``."""
    if "example" in node:
        yield jp.join(pointer, "example"), node["example"]
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for name, example in examples.items():
            if isinstance(example, Mapping) and "value" in example:
                yield jp.join(pointer, "examples", name, "value"), example["value"]


def _report(
    context: Context, schema: Any, schema_pointer: str, where: str, value: Any
) -> Iterator[Occurrence]:
    messages = context.values.errors(schema, schema_pointer, value)
    if messages:
        more = f" (and {len(messages) - 1} more)" if len(messages) > 1 else ""
        yield where, {"error": messages[0], "more": more}


def invalid_examples(context: Context) -> Iterator[Occurrence]:
    for pointer, node in context.schemas:
        if "example" in node and "$ref" not in node:
            yield from _report(context, node, pointer, jp.join(pointer, "example"), node["example"])
        examples = node.get("examples")
        if context.version is SpecVersion.OPENAPI_31 and isinstance(examples, list):
            for index, value in enumerate(examples):
                yield from _report(context, node, pointer, jp.join(pointer, "examples", index), value)
    if context.version is SpecVersion.SWAGGER_20:
        return
    for holder_pointer, holder in context.example_holders:
        for where, value in _examples(holder, holder_pointer):
            yield from _report(context, holder["schema"], jp.join(holder_pointer, "schema"), where, value)

"""Rules on the document as a whole: servers and security schemes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.validate.rules.base import Context, Occurrence


def undefined_security_schemes(context: Context) -> Iterator[Occurrence]:
    defined = set(context.document.security_schemes)
    requirements: list[tuple[str, Any]] = [("/security", context.data.get("security"))]
    for operation in context.document.operations:
        node = jp.resolve(context.data, operation.pointer)
        if isinstance(node, dict):
            requirements.append((jp.join(operation.pointer, "security"), node.get("security")))
    for base, node in requirements:
        for index, requirement in enumerate(node if isinstance(node, list) else []):
            for name in requirement if isinstance(requirement, dict) else {}:
                if name not in defined:
                    yield jp.join(base, index, name), {"name": name}


def missing_servers(context: Context) -> Iterator[Occurrence]:
    if context.document.servers:
        return
    yield "", {"field": "host" if context.version is SpecVersion.SWAGGER_20 else "servers"}

"""Rules on path templates and their parameters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import pointer as jp
from generator.validate.rules.base import Context, Occurrence

_VARIABLE = re.compile(r"\{([^{}]*)\}")


def equivalent_templates(context: Context) -> Iterator[Occurrence]:
    first: dict[str, str] = {}
    paths = context.data.get("paths")
    for path in paths if isinstance(paths, dict) else {}:
        shape = _VARIABLE.sub("{}", str(path).rstrip("/") or "/")
        if shape in first:
            yield jp.join("/paths", path), {"path": path, "first": first[shape]}
        else:
            first[shape] = str(path)


def path_parameter_mismatches(context: Context) -> Iterator[Occurrence]:
    for operation in context.document.operations:
        in_template = _VARIABLE.findall(operation.path)
        declared = {p.name: p for p in operation.parameters if p.location == "path"}
        for name in in_template:
            if name not in declared:
                mismatch = f"template variable '{{{name}}}' has no path parameter"
                yield operation.pointer, {"operation": operation.key, "mismatch": mismatch}
        for name, parameter in declared.items():
            if name not in in_template:
                mismatch = f"path parameter '{name}' does not appear in the template"
                yield parameter.pointer, {"operation": operation.key, "mismatch": mismatch}

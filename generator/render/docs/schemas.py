"""Schemas as Markdown tables: one row per field, nested fields by path, named schemas linked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator import pointer as jp
from generator.model import Schema
from generator.render.docs.anchors import DocsIndex
from generator.render.docs.links import LinkChecker
from generator.render.markdown import cell, code

# Inline expansion of named schemas stops here; deeper levels are reached through the model link.
MAX_NAMED_DEPTH = 2
MAX_ROWS = 250


@dataclass(frozen=True)
class FieldRow:
    """Markdown-ready cells of one table row."""

    name: str
    type: str
    required: str
    description: str


def value_text(value: Any) -> str:
    """A JSON value as an inline code span (keys sorted so output never depends on dict order)."""
    return code(json.dumps(value, ensure_ascii=False, sort_keys=True))


def constraint_text(schema: Schema) -> list[str]:
    notes = [f"{key}: {value_text(value)}" for key, value in schema.constraints.items()]
    if schema.enum is not None:
        notes.append("one of " + ", ".join(value_text(value) for value in schema.enum))
    return notes


def merged(schema: Schema) -> tuple[dict[str, Schema], frozenset[str]]:
    """Properties and required names of a schema with its ``allOf`` parts folded in."""
    return schema.folded


class SchemaRenderer:
    """Type labels and field rows for schemas shown on ``page``."""

    def __init__(self, index: DocsIndex, links: LinkChecker, page: str) -> None:
        self.index = index
        self.links = links
        self.page = page
        # Large APIs show the same schemas many times on a page; their cells are made once.
        self._rows: dict[tuple[str, bool], list[FieldRow]] = {}
        self._descriptions: dict[str, str] = {}
        self._labels: dict[tuple[str, int], str] = {}

    def link(self, schema: Schema) -> str | None:
        target = self.index.schema(schema.name)
        if target is None or schema.name is None:
            return None
        return f"[{code(schema.name)}]({target.href_from(self.page)})"

    def type_label(self, schema: Schema | None, depth: int = 0) -> str:
        if schema is None:
            return "any"
        key = (schema.pointer, min(depth, 1))
        if depth <= 1 and key in self._labels:
            return self._labels[key]
        label = self._label(schema, depth)
        if depth <= 1:
            self._labels[key] = label
        return label

    def _label(self, schema: Schema, depth: int) -> str:
        if schema.unresolved is not None:
            return "unresolved " + code(schema.unresolved)
        linked = self.link(schema)
        if linked is not None and depth > 0:
            return linked
        label = self._structure(schema, depth)
        if schema.nullable and "null" not in label:
            label += " or null"
        return label

    def _structure(self, schema: Schema, depth: int) -> str:
        if depth > 4:
            return "…"
        if schema.boolean is not None:
            return "any" if schema.boolean else "nothing"
        if schema.one_of or schema.any_of:
            word = "one of" if schema.one_of else "any of"
            options = schema.one_of or schema.any_of
            return f"{word} " + ", ".join(self.type_label(option, depth + 1) for option in options)
        if len(schema.all_of) == 1 and not schema.properties:
            return self.type_label(schema.all_of[0], depth + 1)
        if schema.type == "array" or (schema.items is not None and schema.type is None):
            return "array of " + self.type_label(schema.items, depth + 1)
        extra = schema.additional_properties
        if isinstance(extra, Schema) and not schema.properties:
            return "map of " + self.type_label(extra, depth + 1)
        names = [name for name in schema.types if name != "null"] or (
            ["object"] if schema.properties or schema.all_of else []
        )
        label = " or ".join(names) if names else "any"
        if schema.format:
            label += f" ({code(schema.format)})"
        return label

    def description(self, schema: Schema | None, text: str = "", pointer: str | None = None) -> str:
        """Description cell: the full text, then flags, constraints, enum, default and example."""
        if schema is not None and not text and pointer is None and schema.unresolved is None:
            cached = self._descriptions.get(schema.pointer)
            if cached is None:
                cached = self._describe(schema, "", None)
                self._descriptions[schema.pointer] = cached
            return cached
        return self._describe(schema, text, pointer)

    def _describe(self, schema: Schema | None, text: str, pointer: str | None) -> str:
        parts: list[str] = []
        own = text or (schema.description if schema is not None else "")
        where = pointer or (jp.join(schema.pointer, "description") if schema is not None else "")
        if own:
            parts.append(cell(own, self.links.rewriter(self.page, where)))
        if schema is None:
            return " ".join(parts)
        if schema.deprecated:
            parts.append("**Deprecated.**")
        if schema.read_only:
            parts.append("Read-only.")
        if schema.write_only:
            parts.append("Write-only.")
        parts.extend(constraint_text(schema))
        for word, inner in (("Items", schema.items), ("Values", _map_values(schema))):
            if inner is not None and inner.name is None:
                notes = constraint_text(inner)
                if notes:
                    parts.append(f"{word}: " + ", ".join(notes) + ".")
        if schema.has_default:
            parts.append("Default: " + value_text(schema.default))
        if schema.example is not None:
            parts.append("Example: " + value_text(schema.example))
        return " ".join(parts)

    def rows(self, schema: Schema, expand_named: bool = True) -> list[FieldRow]:
        key = (schema.pointer, expand_named)
        cached = self._rows.get(key)
        if cached is None:
            cached = []
            self._fill(cached, schema, "", 0, frozenset({schema.pointer}), expand_named)
            self._rows[key] = cached
        return list(cached)

    def _fill(
        self,
        rows: list[FieldRow],
        schema: Schema,
        prefix: str,
        depth: int,
        trail: frozenset[str],
        expand: bool,
    ) -> None:
        properties, required = merged(schema)
        for name, child in properties.items():
            if len(rows) >= MAX_ROWS:
                return
            path = prefix + name
            recursive = _inner(child)[0].pointer in trail
            note = " Recursive: shown once above." if recursive else ""
            rows.append(
                FieldRow(
                    code(path),
                    self.type_label(child, 1),
                    "yes" if name in required else "",
                    (self.description(child) + note).strip(),
                )
            )
            self._descend(rows, child, path, depth, trail, expand)
        for word, options in (("one of", schema.one_of), ("any of", schema.any_of)):
            for number, option in enumerate(options, start=1):
                if len(rows) >= MAX_ROWS:
                    return
                label = f"{prefix.rstrip('.')} ({word} #{number})".strip()
                rows.append(
                    FieldRow(code(label), self.type_label(option, 1), "", self.description(option).strip())
                )
                self._descend(rows, option, label, depth, trail, expand)
        extra = schema.additional_properties
        if isinstance(extra, Schema) and properties and len(rows) < MAX_ROWS:
            label = prefix + "*"
            rows.append(FieldRow(code(label), self.type_label(extra, 1), "", "Any other key." + " "))
            self._descend(rows, extra, label, depth, trail, expand)

    def _descend(
        self,
        rows: list[FieldRow],
        child: Schema,
        path: str,
        depth: int,
        trail: frozenset[str],
        expand: bool,
    ) -> None:
        inner, suffix = _inner(child)
        if inner.pointer in trail or not (merged(inner)[0] or inner.one_of or inner.any_of):
            return
        named_depth = depth + (1 if inner.name is not None else 0)
        if inner.name is not None and (not expand or named_depth > MAX_NAMED_DEPTH):
            return
        self._fill(rows, inner, path + suffix + ".", named_depth, trail | {inner.pointer}, expand)


def _map_values(schema: Schema) -> Schema | None:
    extra = schema.additional_properties
    return extra if isinstance(extra, Schema) else None


def _inner(schema: Schema) -> tuple[Schema, str]:
    """The schema a field's children come from: through arrays (``[]``) and maps (``.*``)."""
    suffix = ""
    current = schema
    for _ in range(8):
        if current.items is not None and (current.type in ("array", None)) and not current.properties:
            current, suffix = current.items, suffix + "[]"
            continue
        extra = current.additional_properties
        if isinstance(extra, Schema) and not current.properties:
            current, suffix = extra, suffix + ".*"
            continue
        if len(current.all_of) == 1 and not current.properties:
            current = current.all_of[0]
            continue
        break
    return current, suffix

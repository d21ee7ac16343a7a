"""Schemas as Markdown tables at a readable depth.

Two levels of fields are shown inline; deeper structure and the variants of ``oneOf``/``anyOf`` are
folded into collapsible blocks below the table; fields that hold a named schema link to its model.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from generator import pointer as jp
from generator.model import Schema
from generator.model.merge import merged
from generator.render.docs.anchors import DocsIndex
from generator.render.docs.links import LinkChecker
from generator.render.docs.tables import (
    Description,
    FieldRow,
    FieldTree,
    Fold,
    Table,
    describe,
    field_table,
    path_cell,
)
from generator.render.docs.tree_sources import fields_source
from generator.render.markdown import LinkRewriter, code, is_plain, text

# Levels of fields shown in one table; deeper ones go into a fold of their own.
INLINE_LEVELS = 2
MAX_ROWS = 250
MAX_FOLDS = 60


def value_text(value: Any) -> str:
    """A JSON value as an inline code span (keys sorted so output never depends on dict order)."""
    return code(json.dumps(value, ensure_ascii=False, sort_keys=True))


def constraint_text(schema: Schema) -> list[str]:
    """Constraints and enum values as separate sentences of a description cell."""
    notes = []
    if schema.constraints:
        notes.append(
            "Constraints: "
            + ", ".join(f"{key} {value_text(value)}" for key, value in schema.constraints.items())
            + "."
        )
    if schema.enum is not None:
        notes.append("Allowed values: " + ", ".join(value_text(value) for value in schema.enum) + ".")
    return notes


def variant_name(option: Schema, others: list[Schema], number: int) -> str:
    """What tells a ``oneOf``/``anyOf`` variant apart: its title or name, else its own properties."""
    if option.title or option.name:
        return text(option.title or option.name)
    properties, _ = merged(option)
    for name, child in properties.items():
        if child.enum is not None and len(child.enum) == 1:
            return text(name) + " = " + value_text(child.enum[0])
    shared = {name for other in others if other is not option for name in merged(other)[0]}
    own = [name for name in properties if name not in shared]
    if own:
        return "with " + ", ".join(code(name) for name in own[:3])
    if option.types:
        return text(" or ".join(option.types))
    return f"variant {number}"


@dataclass(eq=False)
class Cells:
    """Labels, descriptions and field trees by schema: those of one page (they hold links, whose
    address depends on the page) or those of every page (no link in them). Every page also shares
    the trees by the schema whose fields they show (see ``tree_sources``)."""

    trees: dict[str, FieldTree] = field(default_factory=dict)
    descriptions: dict[str, Description] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    sources: dict[str, Schema] = field(default_factory=dict)
    source_trees: dict[str, FieldTree] = field(default_factory=dict)


Made = TypeVar("Made", str, Description, FieldTree)


def _labels(cells: Cells) -> dict[str, str]:
    return cells.labels


def _descriptions(cells: Cells) -> dict[str, Description]:
    return cells.descriptions


def _trees(cells: Cells) -> dict[str, FieldTree]:
    return cells.trees


@dataclass(eq=False)
class SchemaRenderer:
    """Type labels and field tables for schemas shown on ``page``.

    Large APIs show the same schemas many times; their cells are made once per page, and once for
    all pages sharing ``shared`` when they hold no link (a link's address depends on the page).
    """

    index: DocsIndex
    links: LinkChecker
    page: str
    shared: Cells = field(default_factory=Cells)
    _own: Cells | None = field(default=None, init=False, repr=False)  # made once a cell holds a link
    _links_made: int = field(default=0, init=False, repr=False)
    _holds_named: bool = field(default=False, init=False, repr=False)

    def _cached(self, pick: Callable[[Cells], dict[str, Made]], key: str, make: Callable[[], Made]) -> Made:
        """The cell for ``key``: from this page, else from every page, else made and kept where it fits."""
        if self._own is not None:
            found = pick(self._own).get(key)
            if found is not None:
                self._links_made += 1  # a cell that holds this one depends on the page too
                return found
        shared = pick(self.shared)
        found = shared.get(key)
        if found is not None:
            return found
        before = self._links_made
        made = make()
        if self._links_made == before:
            shared[key] = made
        else:
            if self._own is None:
                self._own = Cells()
            pick(self._own)[key] = made
        return made

    def _rewriter(self, pointer: str) -> LinkRewriter:
        rewrite = self.links.rewriter(self.page, pointer)

        def counted(target: str) -> str | None:
            self._links_made += 1
            return rewrite(target)

        return counted

    def link(self, schema: Schema) -> str | None:
        target = self.index.schema(schema.name)
        if target is None or schema.name is None:
            return None
        self._links_made += 1
        return f"[{code(schema.name)}]({target.href_from(self.page)})"

    def type_label(self, schema: Schema | None, depth: int = 0) -> str:
        """``schema``'s type as a page or body shows it (``depth`` 0) or as a field shows it (1); deeper
        labels are parts of these. Only the field labels of unnamed schemas are kept: they repeat on a
        page, while a page's own label is asked once and a named schema's is mostly its link, quicker
        made than kept."""
        if schema is None:
            return "any"
        if depth != 1 or (schema.name is not None and schema.unresolved is None):
            return self._label(schema, depth)
        return self._cached(_labels, schema.pointer, lambda: self._label(schema, depth))

    def _label(self, schema: Schema, depth: int) -> str:
        if schema.unresolved is not None:
            return "unresolved " + code(schema.unresolved)
        linked = self.link(schema) if depth > 0 else None
        if linked is not None:
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
            options = list(schema.one_of or schema.any_of)
            return f"{word} " + ", ".join(
                self.link(option) or variant_name(option, options, number)
                for number, option in enumerate(options, start=1)
            )
        if (part := schema.wrapped_part) is not None:
            return self.type_label(part, depth + 1)
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

    def description(self, schema: Schema | None, own: str = "", pointer: str | None = None) -> Description:
        """Description cell: the text, then flags, constraints, enum values, default and example."""
        if schema is not None and not own and pointer is None and schema.unresolved is None:
            shown = schema
            return self._cached(_descriptions, shown.pointer, lambda: self._describe(shown, "", None))
        return self._describe(schema, own, pointer)

    def _describe(self, schema: Schema | None, own: str, pointer: str | None) -> Description:
        words = own or (schema.description if schema is not None else "")
        notes = self.notes(schema) if schema is not None else ()
        if not words or is_plain(words):  # no link in it: no rewriter to make
            return describe(words, None, notes)
        where = pointer or (jp.join(schema.pointer, "description") if schema is not None else "")
        return describe(words, self._rewriter(where), notes)

    def notes(self, schema: Schema) -> list[str]:
        parts: list[str] = []
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
                    parts.append(f"{word}: " + " ".join(note.removeprefix("Constraints: ") for note in notes))
        if schema.has_default:
            parts.append("Default: " + value_text(schema.default) + ".")
        if schema.example is not None:
            parts.append("Example: " + value_text(schema.example) + ".")
        return parts

    def tree(self, schema: Schema) -> FieldTree:
        """The fields of ``schema``: two levels in a table, deeper ones and variants folded."""
        return self._cached(_trees, schema.pointer, lambda: self._make_tree(schema))

    def _make_tree(self, schema: Schema) -> FieldTree:
        source = fields_source(schema, self.shared.sources).pointer if schema.name is not None else None
        kept = self.shared.source_trees.get(source) if source is not None else None
        if kept is not None:
            return kept
        links_before = self._links_made
        self._holds_named = False
        made = self._new_tree(schema)
        # Shown for the other schemas of its chain when it has no link (a link's address depends on the
        # page) and no field holds a named schema (whether one holds the schema shown, a recursion
        # note, depends on which schema of the chain is shown).
        if source is not None and self._links_made == links_before and not self._holds_named:
            self.shared.source_trees[source] = made
        return made

    def _new_tree(self, schema: Schema) -> FieldTree:
        folds: list[Fold] = []
        rows: list[FieldRow] = []
        self._fill(rows, folds, schema, "", 1, frozenset({schema.pointer}))
        if not rows and folds:
            folds = [Fold(fold.title, fold.table, open=True) for fold in folds]
        return FieldTree(field_table(rows), tuple(folds))

    def _fill(
        self,
        rows: list[FieldRow],
        folds: list[Fold],
        schema: Schema,
        prefix: str,
        level: int,
        trail: frozenset[str],
    ) -> None:
        properties, required = merged(schema)
        for name, child in properties.items():
            if len(rows) >= MAX_ROWS:
                return
            path = prefix + name
            inner, suffix = _inner(child)
            described = self.description(child)
            self._holds_named |= inner.name is not None
            if inner.pointer in trail:
                described = Description((described.cell + " Recursive: same fields as above.").strip())
            rows.append(
                FieldRow(
                    path_cell(path),
                    self.type_label(child, 1),
                    "yes" if name in required else "",
                    described,
                )
            )
            self._descend(rows, folds, inner, path + suffix, level, trail)
        if schema.one_of or schema.any_of:
            self._variants(folds, schema, prefix, trail)
        extra = schema.additional_properties
        if isinstance(extra, Schema) and properties and len(rows) < MAX_ROWS:
            label = prefix + "*"
            rows.append(
                FieldRow(path_cell(label), self.type_label(extra, 1), "", Description("Any other key."))
            )
            inner, suffix = _inner(extra)
            self._descend(rows, folds, inner, label + suffix, level, trail)

    def _descend(
        self,
        rows: list[FieldRow],
        folds: list[Fold],
        inner: Schema,
        path: str,
        level: int,
        trail: frozenset[str],
    ) -> None:
        """The fields under ``path`` (a field's path with its ``[]``/``.*`` steps), from ``inner``."""
        if inner.pointer in trail or inner.name is not None:
            return
        if not (merged(inner)[0] or inner.one_of or inner.any_of):
            return
        prefix = path + "."
        if level < INLINE_LEVELS:
            self._fill(rows, folds, inner, prefix, level + 1, trail | {inner.pointer})
        else:
            self._fold(folds, "Fields under " + code(path), inner, prefix, trail)

    def _variants(self, folds: list[Fold], schema: Schema, prefix: str, trail: frozenset[str]) -> None:
        for word, options in (("One of", schema.one_of), ("Any of", schema.any_of)):
            for number, option in enumerate(options, start=1):
                if option.name is not None or option.pointer in trail or not merged(option)[0]:
                    continue
                where = f" at {code(prefix.rstrip('.'))}" if prefix else ""
                title = f"{word}{where}: {variant_name(option, list(options), number)}"
                self._fold(folds, title, option, prefix, trail)

    def _fold(
        self, folds: list[Fold], title: str, schema: Schema, prefix: str, trail: frozenset[str]
    ) -> None:
        if len(folds) >= MAX_FOLDS:
            return
        rows: list[FieldRow] = []
        position = len(folds)
        folds.append(Fold(title, Table((), ())))
        self._fill(rows, folds, schema, prefix, 1, trail | {schema.pointer})
        folds[position] = Fold(title, field_table(rows))


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
        if (part := current.wrapped_part) is not None:
            current = part
            continue
        break
    return current, suffix

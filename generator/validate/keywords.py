"""The checks openapi-spec-validator makes beyond its JSON Schema, each located absolutely.

Same checks, same messages, same order (duplicate tags, parameters and operationIds, unresolved
path parameters, schemas against the JSON Schema meta-schema, required names that no property
declares, defaults that do not fit their schema), but every error carries the document pointer of
what is wrong, where the library reports meta-schema errors relative to the schema it checked.
A ``$ref`` that cannot be resolved is skipped here; the ``ref-unresolved`` rule reports it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from generator import pointer as jp
from generator.json_value import is_object
from generator.lazy import lazy_module
from generator.model.objects import HTTP_METHODS
from generator.resolver import Resolver, Settled
from generator.validate.combinators import NodeCheck
from generator.validate.fastcheck import compile_check
from generator.validate.oas_schema import StructureError
from generator.validate.values import ValueChecker, certainly_fits, draft4_meta_schema

if TYPE_CHECKING:
    from generator.validate import jsonschema_checks
else:
    jsonschema_checks = lazy_module("generator.validate.jsonschema_checks")


@cache
def _meta_check() -> tuple[NodeCheck, dict[str, Any]]:
    meta = draft4_meta_schema()
    return compile_check(meta, frozenset({"regex"})), meta


def _path_variables(url: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(url) if name]
    except ValueError:
        return []


class KeywordWalker:
    """Walks the document for the library's own checks. Defaults that need the exact answer are only
    listed, in ``doubtful_defaults``: a forked walk leaves them to the parent, which checks the
    examples the same way, so jsonschema, when a value needs it, is imported in one process only."""

    def __init__(self, data: Mapping[str, Any], settled_refs: Settled | None = None) -> None:
        self.data = data
        self.resolver = Resolver(data, settled_refs)
        self.meta_check = _meta_check()[0]
        self.meta_checked: set[int] = set()
        self.visited: set[int] = set()
        self.operation_ids: set[Any] = set()
        # schemas (by pointer) whose default the quick verdict cannot clear: see default_errors
        self.doubtful_defaults: list[str] = []

    def errors(self) -> Iterator[StructureError]:
        tags = self.data.get("tags")
        if isinstance(tags, list):
            yield from self.duplicate_tags(tags)
        paths = self.data.get("paths")
        if is_object(paths):
            for url, node in paths.items():
                yield from self.path_item(str(url), node, jp.join("/paths", url))
        components = self.data.get("components")
        schemas = components.get("schemas") if is_object(components) else None
        if is_object(schemas):
            found: list[StructureError] = []
            for name, node in schemas.items():
                self._schema(node, "/components/schemas/" + jp.escape_token(name), True, False, found)
            yield from found

    def duplicate_tags(self, tags: list[Any]) -> Iterator[StructureError]:
        seen: set[Any] = set()
        for index, tag in enumerate(tags):
            name = tag.get("name") if is_object(tag) else None
            if isinstance(name, str):
                if name in seen:
                    yield jp.join("/tags", index, "name"), f"Duplicate tag name '{name}'"
                seen.add(name)

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str] | None:
        if type(node) is not dict or "$ref" not in node:
            return node, pointer
        resolved = self.resolver.follow(node, pointer)
        return None if resolved.error else (resolved.node, resolved.pointer)

    def path_item(self, url: str, node: Any, pointer: str) -> Iterator[StructureError]:
        found = self.resolve(node, pointer)
        if found is None or not is_object(found[0]):
            return
        item, pointer = found
        shared: list[tuple[Any, str]] = []
        if "parameters" in item:
            shared = self.parameter_nodes(item["parameters"], jp.join(pointer, "parameters"))
            yield from self.parameters(shared)
        for method, operation in item.items():
            if method in HTTP_METHODS:
                # The library checks path parameters even for an operation that is not an object.
                node = operation if is_object(operation) else {}
                yield from self.operation(url, method, node, jp.join(pointer, method), shared)

    def parameter_nodes(self, nodes: Any, pointer: str) -> list[tuple[Any, str]]:
        result = []
        for index, node in enumerate(nodes if isinstance(nodes, list) else []):
            found = self.resolve(node, jp.join(pointer, index))
            if found is not None and is_object(found[0]):
                result.append(found)
        return result

    def parameters(self, parameters: list[tuple[Any, str]]) -> Iterator[StructureError]:
        seen: set[tuple[Any, Any]] = set()
        for parameter, pointer in parameters:
            if "schema" in parameter:
                yield from self.schema(parameter["schema"], jp.join(pointer, "schema"))
            key = (_hashable(parameter.get("name")), _hashable(parameter.get("in")))
            if key in seen:
                yield pointer, f"Duplicate parameter '{parameter.get('name')}'"
            seen.add(key)

    def operation(
        self, url: str, method: str, node: Mapping[str, Any], pointer: str, shared: list[tuple[Any, str]]
    ) -> Iterator[StructureError]:
        if "operationId" in node:
            operation_id = node["operationId"]
            if operation_id is not None and _hashable(operation_id) in self.operation_ids:
                yield (
                    jp.join(pointer, "operationId"),
                    f"Operation ID '{operation_id}' for '{method}' in '{url}' is not unique",
                )
            self.operation_ids.add(_hashable(operation_id))
        responses = node.get("responses")
        if is_object(responses):
            for status, response in responses.items():
                yield from self.response(response, jp.join(pointer, "responses", status))
        own: list[tuple[Any, str]] = []
        if "parameters" in node:
            own = self.parameter_nodes(node["parameters"], jp.join(pointer, "parameters"))
            yield from self.parameters(own)
        declared = {_hashable(p.get("name")) for p, _ in own + shared if p.get("in") == "path"}
        in_template = set(_path_variables(url))
        for name in sorted(in_template - declared) + sorted(str(n) for n in declared - in_template):
            yield pointer, f"Path parameter '{name}' for '{method}' operation in '{url}' was not resolved"

    def response(self, node: Any, pointer: str) -> Iterator[StructureError]:
        found = self.resolve(node, pointer)
        if found is None or not is_object(found[0]):
            return
        response, pointer = found
        content = response.get("content")
        if is_object(content):
            for media_type, media in content.items():
                if is_object(media) and "schema" in media:
                    yield from self.schema(media["schema"], jp.join(pointer, "content", media_type, "schema"))

    def schema(self, node: Any, pointer: str) -> Iterator[StructureError]:
        """Errors of a schema reached from the document's structure (checked against the meta-schema)."""
        found: list[StructureError] = []
        self._schema(node, pointer, True, False, found)
        yield from found

    def _schema(
        self, node: Any, pointer: str, require_properties: bool, meta_checked: bool, out: list[StructureError]
    ) -> None:
        schema = node
        if type(node) is dict and "$ref" in node:  # the walk's hot path: resolve() inlined
            resolved = self.resolver.follow(node, pointer)
            if resolved.error:
                return
            schema, pointer = resolved.node, resolved.pointer
        is_mapping = is_object(schema)
        if not is_mapping and not isinstance(schema, bool):
            out.append((pointer, f"{schema!r} is not of type 'object', 'boolean'"))
            return
        identity = id(schema)
        if not meta_checked and identity not in self.meta_checked:
            self.meta_checked.add(identity)
            error = None if self.meta_check(schema) else _meta_error(schema)
            if error is not None:
                out.append((jp.join(pointer, *error[0]), error[1]))
                return
        if identity in self.visited or not is_mapping:
            return
        self.visited.add(identity)
        for keyword in ("allOf", "anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list):
                for index, branch in enumerate(branches):
                    self._schema(branch, f"{pointer}/{keyword}/{index}", False, True, out)
        for keyword in ("not", "items"):
            if keyword in schema:
                self._schema(schema[keyword], f"{pointer}/{keyword}", False, True, out)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            within = pointer + "/properties/"
            for name, sub in properties.items():
                self._schema(sub, within + jp.escape_token(name), False, True, out)
        required = schema.get("required")
        if "allOf" in schema and require_properties and isinstance(required, list):
            known = _names(properties) | self.nested_properties(schema, pointer)
            extra = sorted(str(name) for name in set(map(_hashable, required)) - known)
            if extra:
                out.append(
                    (jp.join(pointer, "required"), f"Required list has not defined properties: {extra}")
                )
        if "default" in schema:
            default = schema["default"]
            if (default is not None or schema.get("nullable") is not True) and not certainly_fits(
                schema, default
            ):
                self.doubtful_defaults.append(pointer)

    def nested_properties(self, schema: Mapping[str, Any], pointer: str) -> set[str]:
        names: set[str] = set()
        pending = [(branch, pointer) for branch in _list(schema.get("allOf"))]
        seen: set[int] = set()
        while pending:
            node, where = pending.pop()
            found = self.resolve(node, where)
            if found is None or not is_object(found[0]) or id(found[0]) in seen:
                continue
            sub = found[0]
            seen.add(id(sub))
            names |= _names(sub.get("properties"))
            for keyword in ("allOf", "anyOf", "oneOf"):
                pending.extend((branch, where) for branch in _list(sub.get(keyword)))
            pending.extend((sub[keyword], where) for keyword in ("items", "not") if keyword in sub)
        return names


def default_errors(values: ValueChecker, schema_pointers: list[str]) -> list[StructureError]:
    """The errors of each listed schema's default (pointers from ``KeywordWalker.doubtful_defaults``)."""
    found: list[StructureError] = []
    for pointer in schema_pointers:
        schema = jp.lookup(values.data, pointer)
        for message in values.errors(schema, pointer, schema["default"], exact=True):
            found.append((jp.join(pointer, "default"), message))
    return found


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _names(properties: Any) -> set[str]:
    return {name for name in properties if isinstance(name, str)} if isinstance(properties, dict) else set()


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)


def _meta_error(schema: Any) -> tuple[list[str | int], str] | None:
    """The first meta-schema error of a schema (relative path and message), as the library finds it."""
    check, meta = _meta_check()
    if check(schema):
        return None
    return jsonschema_checks.first_meta_error(meta, schema)

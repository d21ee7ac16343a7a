"""What every lint rule shares: its record in the registry and the context it reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.model import Document
from generator.problems import Severity
from generator.validate.values import ValueChecker

Finding = tuple[str, str]  # (JSON pointer, one-line message)


@dataclass(frozen=True)
class Rule:
    """A lint rule: a stable id, its default severity, what it catches, and its check."""

    id: str
    severity: Severity
    summary: str
    check: Callable[[Context], Iterable[Finding]]


class Context:
    """The document as the rules see it, with the walks they share computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.data: Mapping[str, Any] = document.data
        self.version: SpecVersion = document.version
        self.values = ValueChecker(document.data, document.version)

    def lookup(self, pointer: str) -> Any:
        """The node at a pointer, or None when there is none."""
        node: Any = self.data
        for token in jp.split(pointer):
            if isinstance(node, Mapping):
                node = node.get(token)
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    @cached_property
    def schemas(self) -> list[tuple[str, dict[str, Any]]]:
        """Every schema object written in the document (``$ref`` not followed), with its pointer."""
        return list(iter_schemas(self.data, self.version))

    @cached_property
    def refs(self) -> list[tuple[str, str]]:
        """Every ``$ref`` string with the pointer of the object holding it."""
        return list(iter_refs(self.data))


def _schema_roots(data: Mapping[str, Any], version: SpecVersion) -> Iterator[tuple[str, Any]]:
    container = data.get("definitions") if version is SpecVersion.SWAGGER_20 else None
    base = "/definitions"
    if version is not SpecVersion.SWAGGER_20:
        components = data.get("components")
        container = components.get("schemas") if isinstance(components, Mapping) else None
        base = "/components/schemas"
    if isinstance(container, Mapping):
        for name, node in container.items():
            yield jp.join(base, name), node


def _token(key: str | int) -> str:
    text = str(key)
    return text.replace("~", "~0").replace("/", "~1") if "~" in text or "/" in text else text


def iter_schemas(data: Mapping[str, Any], version: SpecVersion) -> Iterator[tuple[str, dict[str, Any]]]:
    schemas: list[tuple[str, Any]] = list(_schema_roots(data, version))
    spec: list[tuple[str, Any]] = [("/" + _token(key), value) for key, value in data.items()]
    while spec:
        pointer, node = spec.pop()
        if type(node) is dict:
            if pointer in ("/components/schemas", "/definitions"):
                continue
            for key, value in node.items():
                if key == "schema":
                    schemas.append((pointer + "/schema", value))
                elif type(value) in (dict, list) and key not in _VALUES and not key.startswith("x-"):
                    spec.append((pointer + "/" + _token(key), value))
        elif type(node) is list:
            spec.extend((f"{pointer}/{index}", value) for index, value in enumerate(node))
    seen: set[str] = set()
    while schemas:
        pointer, node = schemas.pop()
        if type(node) is not dict or pointer in seen:
            continue
        seen.add(pointer)
        yield pointer, node
        for key, sub in node.items():
            kind = _SUBSCHEMA_KEYS.get(key)
            if kind is None:
                continue
            if type(sub) is dict:
                if kind == "map":
                    prefix = f"{pointer}/{key}/"
                    schemas.extend((prefix + _token(name), member) for name, member in sub.items())
                else:
                    schemas.append((f"{pointer}/{key}", sub))
            elif type(sub) is list and kind != "map":
                schemas.extend((f"{pointer}/{key}/{index}", item) for index, item in enumerate(sub))


_SUBSCHEMA_KEYS = {
    **dict.fromkeys(("properties", "patternProperties"), "map"),
    **dict.fromkeys(("allOf", "anyOf", "oneOf", "items", "additionalProperties", "not"), "one"),
}


def iter_refs(data: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    # The third item says whether the node's keys are names (properties, paths...), never keywords.
    stack: list[tuple[str, Any, bool]] = [("", data, False)]
    while stack:
        pointer, node, names = stack.pop()
        if type(node) is dict:
            if not names:
                ref = node.get("$ref")
                if type(ref) is str:
                    yield pointer, ref
            for key, value in node.items():
                kind = type(value)
                if kind is not dict and kind is not list:
                    continue
                if not names and (key in _VALUES or (key == "examples" and kind is list)):
                    continue
                stack.append((pointer + "/" + _token(key), value, not names and key in _NAME_MAPS))
        elif type(node) is list:
            stack.extend((f"{pointer}/{index}", value, False) for index, value in enumerate(node))


_VALUES = frozenset({"example", "default", "enum", "value", "const"})
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "definitions", "schemas", "paths", "responses", "parameters"}
    | {"requestBodies", "headers", "securitySchemes", "links", "callbacks", "content", "examples"}
    | {"securityDefinitions", "variables", "encoding", "mapping", "scopes", "webhooks", "pathItems"}
)

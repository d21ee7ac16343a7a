"""Build the typed Document from a SourceDocument; spec content never makes this raise."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import pointer as jp
from generator.json_value import is_object
from generator.load import SourceDocument, SpecVersion
from generator.model import objects as doc
from generator.model.schema import Schema, SchemaTable
from generator.resolver import Resolver


def _text(node: Mapping[str, Any], key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if is_object(value) else {}


def build(source: SourceDocument) -> doc.Document:
    return _Builder(source).document()


class _Builder:
    def __init__(self, source: SourceDocument) -> None:
        self.source = source
        self.data = source.data
        self.resolver = Resolver(source.data, source.settled_refs)
        self.schemas = SchemaTable(self.resolver)
        self.swagger = source.version is SpecVersion.SWAGGER_20

    def document(self) -> doc.Document:
        info = _mapping(self.data.get("info"))
        operations = tuple(self.operations())
        return doc.Document(
            source=self.source,
            title=_text(info, "title"),
            api_version=str(info.get("version", "")),
            description=_text(info, "description"),
            servers=self.servers(),
            tags=self.tags(operations),
            security_schemes=self.security_schemes(),
            security=_requirements(self.data.get("security")) or (),
            operations=operations,
            schemas=self.component_schemas(),
            webhooks=tuple(self.operations("webhooks")),
        )

    def schema(self, node: Any, pointer: str) -> Schema | None:
        if type(node) is not dict and not isinstance(node, (Mapping, bool)):
            return None
        return self.schemas.schema(node, pointer)

    def servers(self) -> tuple[doc.Server, ...]:
        if self.swagger:
            host = self.data.get("host")
            if not isinstance(host, str):
                return ()
            schemes = self.data.get("schemes")
            scheme = schemes[0] if isinstance(schemes, list) and schemes else "https"
            return (doc.Server(f"{scheme}://{host}{_text(self.data, 'basePath')}"),)
        nodes = self.data.get("servers")
        if not isinstance(nodes, list):
            return ()
        return tuple(
            doc.Server(_text(node, "url"), _text(node, "description"))
            for node in nodes
            if is_object(node) and isinstance(node.get("url"), str)
        )

    def tags(self, operations: tuple[doc.Operation, ...]) -> tuple[doc.Tag, ...]:
        declared: dict[str, doc.Tag] = {}
        nodes = self.data.get("tags")
        for node in nodes if isinstance(nodes, list) else []:
            if is_object(node) and isinstance(node.get("name"), str):
                declared.setdefault(node["name"], doc.Tag(node["name"], _text(node, "description")))
        for operation in operations:
            for name in operation.tags:
                declared.setdefault(name, doc.Tag(name, declared=False))
        return tuple(declared.values())

    def security_schemes(self) -> dict[str, doc.SecurityScheme]:
        schemes: dict[str, doc.SecurityScheme] = {}
        for key, node, pointer in self.components("securityDefinitions", "securitySchemes"):
            resolved = self.resolver.follow(node, pointer)
            raw = _mapping(resolved.node)
            schemes[key] = doc.SecurityScheme(
                key=key,
                type=_text(raw, "type"),
                pointer=resolved.pointer,
                location=raw.get("in") if isinstance(raw.get("in"), str) else None,
                param_name=raw.get("name") if isinstance(raw.get("name"), str) else None,
                scheme=raw.get("scheme") if isinstance(raw.get("scheme"), str) else None,
                description=_text(raw, "description"),
            )
        return schemes

    def components(self, swagger_section: str, section: str) -> Iterator[tuple[str, Any, str]]:
        """(name, node, pointer) of each entry of a components section (a top-level one in Swagger 2.0)."""
        if self.swagger:
            base, container = f"/{swagger_section}", self.data.get(swagger_section)
        else:
            base, container = f"/components/{section}", _mapping(self.data.get("components")).get(section)
        for name, node in _mapping(container).items():
            yield name, node, jp.join(base, name)

    def component_schemas(self) -> dict[str, Schema]:
        result: dict[str, Schema] = {}
        for name, node, pointer in self.components("definitions", "schemas"):
            schema = self.schema(node, pointer)
            if schema is not None:
                result[name] = schema
        return result

    def operations(self, section: str = "paths") -> list[doc.Operation]:
        """The operations of ``paths``, or of ``webhooks`` (path items named by webhook, not by path)."""
        result = []
        for path, path_node in _mapping(self.data.get(section)).items():
            path_pointer = jp.join("", section, path)
            path_item = self.resolver.follow(path_node, path_pointer)
            item = _mapping(path_item.node)
            shared = self.parameters(item.get("parameters"), jp.join(path_item.pointer, "parameters"))
            for method in doc.HTTP_METHODS:
                node = item.get(method)
                if is_object(node):
                    result.append(
                        self.operation(path, method, node, jp.join(path_item.pointer, method), shared)
                    )
        if section == "webhooks":
            return [operation._replace(webhook=True) for operation in result]
        return result

    def operation(
        self, path: str, method: str, node: Mapping[str, Any], pointer: str, shared: list[doc.Parameter]
    ) -> doc.Operation:
        own = self.parameters(node.get("parameters"), jp.join(pointer, "parameters"))
        merged = {parameter.key: parameter for parameter in shared}
        merged.update({parameter.key: parameter for parameter in own})
        parameters = [p for p in merged.values() if p.location not in ("body", "formData")]
        if self.swagger:
            body = self.swagger_body(node, pointer, list(merged.values()))
        else:
            body = self.request_body(node.get("requestBody"), jp.join(pointer, "requestBody"))
        tags = node.get("tags")
        operation_id = node.get("operationId")
        return doc.Operation(
            method=method,
            path=path,
            pointer=pointer,
            operation_id=operation_id if isinstance(operation_id, str) else None,
            summary=_text(node, "summary"),
            description=_text(node, "description"),
            tags=tuple(tag for tag in tags if isinstance(tag, str)) if isinstance(tags, list) else (),
            deprecated=node.get("deprecated") is True,
            parameters=tuple(parameters),
            request_body=body,
            responses=self.responses(node, pointer),
            security=_requirements(node.get("security")),
            extensions={key: value for key, value in node.items() if key.startswith("x-")},
        )

    def parameters(self, nodes: Any, pointer: str) -> list[doc.Parameter]:
        result = []
        for index, node in enumerate(nodes if isinstance(nodes, list) else []):
            resolved = self.resolver.follow(node, jp.join(pointer, index))
            raw = _mapping(resolved.node)
            name, location = raw.get("name"), raw.get("in")
            if not isinstance(name, str) or not isinstance(location, str):
                continue
            schema = self.schema(raw.get("schema"), jp.join(resolved.pointer, "schema"))
            if self.swagger and location not in ("body",) and schema is None:
                schema = self.schemas.schema(raw, resolved.pointer)
            if schema is None and isinstance(raw.get("content"), Mapping):
                media = next(iter(self.content(raw["content"], jp.join(resolved.pointer, "content"))), None)
                schema = media.schema if media else None
            explode = raw.get("explode")
            result.append(
                doc.Parameter(
                    name=name,
                    location=location,
                    pointer=resolved.pointer,
                    required=raw.get("required") is True or location == "path",
                    deprecated=raw.get("deprecated") is True,
                    description=_text(raw, "description"),
                    schema=schema,
                    style=raw.get("style") if isinstance(raw.get("style"), str) else None,
                    explode=explode if isinstance(explode, bool) else None,
                    example=raw.get("example"),
                    has_example="example" in raw,
                )
            )
        return result

    def content(self, node: Any, pointer: str) -> tuple[doc.MediaType, ...]:
        return tuple(
            doc.MediaType(
                media_type=media_type,
                pointer=jp.join(pointer, media_type),
                schema=self.schema(_mapping(raw).get("schema"), jp.join(pointer, media_type, "schema")),
                example=_mapping(raw).get("example"),
                has_example="example" in _mapping(raw),
            )
            for media_type, raw in _mapping(node).items()
        )

    def request_body(self, node: Any, pointer: str) -> doc.RequestBody | None:
        if node is None:
            return None
        resolved = self.resolver.follow(node, pointer)
        raw = _mapping(resolved.node)
        return doc.RequestBody(
            pointer=resolved.pointer,
            required=raw.get("required") is True,
            description=_text(raw, "description"),
            content=self.content(raw.get("content"), jp.join(resolved.pointer, "content")),
        )

    def swagger_body(
        self, node: Mapping[str, Any], pointer: str, parameters: list[doc.Parameter]
    ) -> doc.RequestBody | None:
        consumes = node.get("consumes") or self.data.get("consumes") or ["application/json"]
        media_types = [value for value in consumes if isinstance(value, str)] or ["application/json"]
        for parameter in parameters:
            if parameter.location == "body":
                raw = _mapping(self.resolver.follow({"$ref": "#" + parameter.pointer}, pointer).node)
                schema = self.schema(raw.get("schema"), jp.join(parameter.pointer, "schema"))
                content = tuple(
                    doc.MediaType(media, jp.join(parameter.pointer, "schema"), schema)
                    for media in media_types
                )
                return doc.RequestBody(parameter.pointer, parameter.required, parameter.description, content)
        return None

    def responses(self, node: Mapping[str, Any], pointer: str) -> tuple[doc.Response, ...]:
        result = []
        base = jp.join(pointer, "responses")
        produces = node.get("produces") or self.data.get("produces") or ["application/json"]
        for status, response_node in _mapping(node.get("responses")).items():
            resolved = self.resolver.follow(response_node, jp.join(base, status))
            raw = _mapping(resolved.node)
            description = raw.get("description")
            if self.swagger:
                schema = self.schema(raw.get("schema"), jp.join(resolved.pointer, "schema"))
                content = tuple(
                    doc.MediaType(media, jp.join(resolved.pointer, "schema"), schema)
                    for media in produces
                    if isinstance(media, str) and schema is not None
                )
            else:
                content = self.content(raw.get("content"), jp.join(resolved.pointer, "content"))
            result.append(
                doc.Response(
                    status=str(status),
                    pointer=resolved.pointer,
                    description=description if isinstance(description, str) else None,
                    content=content,
                    headers=self.headers(raw.get("headers"), jp.join(resolved.pointer, "headers")),
                )
            )
        return tuple(result)

    def headers(self, node: Any, pointer: str) -> tuple[doc.Header, ...]:
        result = []
        for name, header_node in _mapping(node).items():
            resolved = self.resolver.follow(header_node, jp.join(pointer, name))
            raw = _mapping(resolved.node)
            schema = self.schema(raw.get("schema"), jp.join(resolved.pointer, "schema"))
            if self.swagger and schema is None:
                schema = self.schemas.schema(raw, resolved.pointer)
            result.append(
                doc.Header(
                    name, resolved.pointer, raw.get("required") is True, _text(raw, "description"), schema
                )
            )
        return tuple(result)


def _requirements(node: Any) -> tuple[tuple[str, ...], ...] | None:
    """Security requirements as tuples of scheme names; None when the field is absent."""
    if not isinstance(node, list):
        return None
    return tuple(tuple(sorted(_mapping(item))) for item in node)

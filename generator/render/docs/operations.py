"""The view of one operation: every cell already escaped Markdown, ready for the templates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from generator import pointer as jp
from generator.model import Document, MediaType, Operation, Response
from generator.model.traits import pagination, rate_limit
from generator.render.client_views import ClientView
from generator.render.docs.anchors import DocsIndex, Target
from generator.render.docs.links import LinkChecker, external_link
from generator.render.docs.python_sample import ClientCall, python_sample
from generator.render.docs.samples import (
    body_example,
    body_media,
    curl_sample,
    focus_text,
    parameter_example,
)
from generator.render.docs.schemas import Cells, SchemaRenderer, value_text
from generator.render.docs.tables import FieldRow, FieldTree, Table, describe, field_table, table
from generator.render.markdown import code, fenced, prose, text
from generator.render.python_types import EnumView, ModelView

PARAMETER_HEADERS = ("Name", "In", "Type", "Required", "Description")


class ContentView(NamedTuple):
    """One media type of a body: its schema label and fields, or where on the page they are shown."""

    media_type: str
    schema: str
    fields: FieldTree | None
    shown_at: str = ""


class BodySection(NamedTuple):
    title: str
    anchor: str
    description: str
    required: bool
    contents: tuple[ContentView, ...]
    headers: Table | None = None


class OperationSection(NamedTuple):
    anchor: str
    title: str
    method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    rate_limit: str
    paginated: bool
    security: str
    parameters: Table | None
    request_body: BodySection | None
    responses: tuple[BodySection, ...]
    curl: str
    python: str
    also_in: tuple[str, ...]
    history: tuple[str, ...] = ()
    external_docs: str = ""


class OperationViews:
    """Builds operation views for one page, sharing the index and the link checker."""

    def __init__(
        self,
        document: Document,
        index: DocsIndex,
        links: LinkChecker,
        client: ClientView,
        marks: Mapping[str, tuple[tuple[str, Target] | None, ...]] | None = None,
    ) -> None:
        self.marks = marks or {}
        self.document = document
        self.index = index
        self.links = links
        self.client = client
        self.package = client.package
        self._renderers: dict[str, SchemaRenderer] = {}
        self.cells = Cells()  # the cells of every page, the model pages' too
        # Where each body schema's fields were first shown on a page: (page, pointer) -> anchor.
        self._shown: dict[tuple[str, str], str] = {}
        self._calls: dict[str, ClientCall] | None = None
        self._models: dict[str, ModelView] = {}
        self._enums: dict[str, EnumView] = {}

    def client_call(self, operation: Operation) -> ClientCall | None:
        """Names from the client's own view model, so the sample matches the generated code."""
        if self._calls is None:
            view = self.client
            self._calls = {
                item.operation.key: ClientCall(
                    method=item.python_name,
                    arguments=tuple(
                        (param.name, param.location, param.wire, param.type.annotation)
                        for param in item.params
                    ),
                    body=(item.body.name, item.body.type.annotation) if item.body is not None else None,
                    returns=item.returns is not None,
                )
                for item in view.operations
            }
            self._models = {model.name: model for model in view.models}
            self._enums = {enum.name: enum for enum in view.enums}
        return self._calls.get(operation.key)

    def view(self, operation: Operation, page: str) -> OperationSection:
        schemas = self._renderers.get(page)
        if schemas is None:
            schemas = self._renderers[page] = SchemaRenderer(self.index, self.links, page, self.cells)
        anchor = self.index.operation(operation).anchor
        examples = {
            parameter.key: parameter_example(self.document, parameter) for parameter in operation.parameters
        }
        media = body_media(operation)
        body = body_example(media, focus_text(operation)) if media is not None else None
        limit = rate_limit(operation)
        other_tags = operation.tags[1:]
        return OperationSection(
            anchor=anchor,
            title=text(operation.summary or operation.operation_id or operation.key),
            method=operation.method.upper(),
            path=code(operation.path),
            summary=text(operation.summary),
            description=prose(
                operation.description, self.links.rewriter(page, jp.join(operation.pointer, "description"))
            ),
            deprecated=operation.deprecated,
            rate_limit=text(limit.text) if limit is not None else "",
            paginated=pagination(operation) is not None,
            security=self._security(operation),
            parameters=self._parameters(operation, schemas, examples, page),
            request_body=self._request_body(operation, schemas, anchor, page),
            responses=tuple(
                self._response(response, schemas, anchor, page) for response in operation.responses
            ),
            curl=fenced(curl_sample(self.document, operation, examples), "sh"),
            python=self._python(operation, examples, body),
            history=self._history(operation, page),
            external_docs=external_link(
                jp.resolve(self.document.data, jp.join(operation.pointer, "externalDocs"))
            ),
            also_in=tuple(
                f"[{text(tag)}]({self.index.tag_pages[tag].rpartition('/')[2]})"
                for tag in other_tags
                if tag in self.index.tag_pages
            ),
        )

    def _history(self, operation: Operation, page: str) -> tuple[str, ...]:
        """ "Added in v1.2" and "Changed in v1.3" from the changelog, linked to the release."""
        added, changed = self.marks.get(operation.key, (None, None))
        return tuple(
            f"{word} in [{text(version)}]({target.href_from(page)})"
            for word, mark in (("Added", added), ("Changed", changed))
            if mark is not None
            for version, target in (mark,)
        )

    def _python(self, operation: Operation, examples: dict[tuple[str, str], Any], body: Any) -> str:
        call = self.client_call(operation)
        if call is None:
            return ""
        return fenced(python_sample(self.package, call, examples, body, self._models, self._enums), "python")

    def _security(self, operation: Operation) -> str:
        requirements = self.document.effective_security(operation)
        if not requirements:
            return "none"
        options = [" and ".join(code(name) for name in requirement) or "none" for requirement in requirements]
        return " or ".join(options)

    def _parameters(
        self, operation: Operation, schemas: SchemaRenderer, examples: dict[tuple[str, str], Any], page: str
    ) -> Table | None:
        if not operation.parameters:
            return None
        rows = []
        details = []
        for parameter in operation.parameters:
            schema = parameter.schema
            notes = schemas.notes(schema) if schema is not None else []
            if parameter.deprecated and "**Deprecated.**" not in notes:
                notes.insert(0, "**Deprecated.**")
            example = examples.get(parameter.key)
            if example is not None and (schema is None or schema.example is None):
                notes.append("Example: " + value_text(example) + ".")
            described = describe(
                parameter.description,
                self.links.rewriter(page, jp.join(parameter.pointer, "description")),
                notes,
            )
            name = code(parameter.name)
            rows.append(
                (
                    name,
                    text(parameter.location),
                    schemas.type_label(schema, 1) if schema is not None else "any",
                    "yes" if parameter.required else "",
                    described.cell,
                )
            )
            if described.details:
                details.append((name, described.details))
        return table(PARAMETER_HEADERS, rows, details)

    def _contents(
        self, contents: tuple[MediaType, ...], schemas: SchemaRenderer, anchor: str, page: str
    ) -> tuple[ContentView, ...]:
        views = []
        for media in contents:
            schema = media.schema
            label = (schemas.link(schema) if schema is not None else None) or schemas.type_label(schema)
            fields = schemas.tree(schema) if schema is not None else None
            shown_at = ""
            if fields is not None and not fields.empty and schema is not None:
                first = self._shown.setdefault((page, schema.pointer), anchor)
                if first != anchor:
                    fields, shown_at = None, f"#{first}"
            views.append(ContentView(code(media.media_type or "(any)"), label, fields, shown_at))
        return tuple(views)

    def _request_body(
        self, operation: Operation, schemas: SchemaRenderer, anchor: str, page: str
    ) -> BodySection | None:
        body = operation.request_body
        if body is None:
            return None
        return BodySection(
            title="Request body",
            anchor=f"{anchor}--request",
            description=prose(
                body.description, self.links.rewriter(page, jp.join(body.pointer, "description"))
            ),
            required=body.required,
            contents=self._contents(body.content, schemas, f"{anchor}--request", page),
        )

    def _response(self, response: Response, schemas: SchemaRenderer, anchor: str, page: str) -> BodySection:
        rows = [
            FieldRow(
                code(header.name),
                schemas.type_label(header.schema, 1),
                "yes" if header.required else "",
                schemas.description(
                    header.schema, header.description, jp.join(header.pointer, "description")
                ),
            )
            for header in response.headers
        ]
        own_anchor = f"{anchor}--{_status_anchor(response.status)}"
        return BodySection(
            title=text(response.status),
            anchor=own_anchor,
            description=prose(
                response.description or "",
                self.links.rewriter(page, jp.join(response.pointer, "description")),
            ),
            required=False,
            contents=self._contents(response.content, schemas, own_anchor, page),
            headers=field_table(rows) if rows else None,
        )


def _status_anchor(status: str) -> str:
    return "".join(character for character in status.lower() if character.isalnum()) or "response"

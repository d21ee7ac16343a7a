"""Page contexts: what index, tag, models and changelog templates receive."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from generator import pointer as jp
from generator.model import Document, Operation, Schema
from generator.model.objects import is_failure_status, status_key
from generator.model.traits import pagination, rate_limit
from generator.render.docs.anchors import INDEX_PAGE, MODELS_PAGE, DocsIndex
from generator.render.docs.links import LinkChecker, external_link
from generator.render.docs.operations import OperationSection, OperationViews
from generator.render.docs.schemas import Cells, SchemaRenderer, constraint_text
from generator.render.docs.tables import FieldTree, summary
from generator.render.markdown import cell, code, is_plain, prose, text


class OperationLink(NamedTuple):
    """One row of an operations table."""

    method: str
    path: str
    link: str
    tag: str
    note: str


class SchemeView(NamedTuple):
    key: str
    kind: str
    where: str
    description: str


@dataclass  # not frozen: one per model page, and a frozen __init__ (a call per field) was a sixth of one
class ModelEntry:
    """A row of the models index; an alias's row leads to the page of the model it names."""

    path: str
    summary: str
    anchor: str
    title: str


@dataclass
class ModelPage(ModelEntry):
    type: str
    description: str
    notes: str
    fields: FieldTree
    used_by: tuple[str, ...]


class TagPage(NamedTuple):
    """A tag's page: its operations in full, and links to its operations that live on other pages."""

    name: str
    path: str
    title: str
    description: str
    operations: tuple[OperationSection, ...]
    elsewhere: tuple[OperationLink, ...]
    external_docs: str = ""


def operation_link(index: DocsIndex, operation: Operation, page: str, note: str = "") -> OperationLink:
    target = index.operation(operation)
    label = text(operation.summary or operation.operation_id or operation.key)
    home = operation.home_tag
    return OperationLink(
        method=operation.method.upper(),
        path=code(operation.path),
        link=f"[{label}]({target.href_from(page)})",
        tag=f"[{text(home)}]({index.tag_pages[home]})" if page == INDEX_PAGE else text(home),
        note=note,
    )


def about_lines(document: Document) -> list[tuple[str, str]]:
    """Contact, license and external documentation of the API, as (label, Markdown) pairs."""
    info = document.data.get("info")
    info = info if isinstance(info, dict) else {}
    lines = [
        ("Contact", external_link(info.get("contact"))),
        ("License", external_link(info.get("license"))),
        ("Terms of service", external_link({"url": info.get("termsOfService")})),
        ("More documentation", external_link(document.data.get("externalDocs"))),
    ]
    return [(label, value) for label, value in lines if value]


def index_context(document: Document, index: DocsIndex, links: LinkChecker) -> dict[str, object]:
    page = INDEX_PAGE
    rate_limited = []
    paginated = []
    for operation in document.operations:
        limit = rate_limit(operation)
        if limit is not None:
            rate_limited.append(operation_link(index, operation, page, text(limit.text)))
        if pagination(operation) is not None:
            paginated.append(operation_link(index, operation, page))
    schemes = [
        SchemeView(
            key=code(scheme.key),
            kind=text(scheme.type),
            where=(f"{text(scheme.location or '')} {code(scheme.param_name or '')}").strip(),
            description=cell(
                scheme.description, links.rewriter(page, jp.join(scheme.pointer, "description"))
            ),
        )
        for scheme in document.security_schemes.values()
    ]
    token = document.security_schemes.get("access-token")
    first_written: dict[str, str] = {}  # 4XX and 4xx are one status, listed as first written
    for operation in document.operations:
        for response in operation.responses:
            if is_failure_status(response.status):
                first_written.setdefault(status_key(response.status), response.status)
    error_statuses = sorted(first_written.values())
    error_schemas = sorted(
        {
            media.schema.name
            for operation in document.operations
            for response in operation.responses
            if is_failure_status(response.status)
            for media in response.content
            if media.schema is not None and media.schema.name is not None
        }
    )
    auth_tag = next((tag for tag in index.tag_pages if tag.lower() in ("auth", "authentication")), None)
    return {
        "about": about_lines(document),
        "title": text(document.title or "API reference"),
        "version": text(document.api_version),
        "description": prose(document.description, links.rewriter(page, "/info/description")),
        "servers": [(code(server.url), cell(server.description)) for server in document.servers],
        "schemes": schemes,
        "token_header": code(token.param_name) if token is not None and token.param_name else "",
        "auth_operations": [
            operation_link(index, op, page) for op in index.tag_operations.get(auth_tag or "", [])
        ],
        "rate_limited": rate_limited,
        "paginated": paginated,
        "error_statuses": [code(status) for status in error_statuses],
        "error_schemas": [
            f"[{code(name)}]({index.schemas[name].href_from(page)})"
            for name in error_schemas
            if name in index.schemas
        ],
        "operations": [operation_link(index, operation, page) for operation in document.operations],
        "tags": [
            (f"[{text(tag)}]({path})", len(index.tag_operations[tag]))
            for tag, path in index.tag_pages.items()
        ],
        "models_page": MODELS_PAGE,
        "schema_count": len(document.schemas),
    }


def tag_pages(document: Document, index: DocsIndex, views: OperationViews) -> list[TagPage]:
    descriptions = {tag.name: tag for tag in document.tags}
    pages = []
    for tag, path in index.tag_pages.items():
        home = [op for op in index.tag_operations[tag] if op.home_tag == tag]
        elsewhere = [op for op in index.tag_operations[tag] if op.home_tag != tag]
        declared = descriptions.get(tag)
        pages.append(
            TagPage(
                name=tag,
                path=path,
                title=text(tag),
                description=prose(
                    declared.description if declared is not None else "",
                    views.links.rewriter(path, f"/tags/{_tag_position(document, tag)}/description"),
                ),
                operations=tuple(views.view(operation, path) for operation in home),
                elsewhere=tuple(operation_link(index, operation, path) for operation in elsewhere),
                external_docs=external_link(
                    jp.resolve(document.data, f"/tags/{_tag_position(document, tag)}/externalDocs")
                    if declared
                    else None
                ),
            )
        )
    return pages


def _tag_position(document: Document, name: str) -> int:
    raw = document.data.get("tags")
    if isinstance(raw, list):
        for position, node in enumerate(raw):
            if isinstance(node, dict) and node.get("name") == name:
                return position
    return 0


def _alphabetical(names: Iterable[str]) -> list[str]:
    """By lower-case name, then by name: two sorts on C keys, a third of the time of one on a tuple."""
    return sorted(sorted(names), key=str.lower)


def model_index(index: DocsIndex, pages: dict[str, ModelPage]) -> list[ModelEntry]:
    """The models index: every model's page and every alias, in alphabetical order."""
    if not index.aliases:  # the pages alone, already in that order (model_views)
        return list(pages.values())
    entries: dict[str, ModelEntry] = dict(pages)
    for name, target in index.aliases.items():
        place = index.schemas[name]
        entries[name] = ModelEntry(place.page, f"Another name for {code(target)}.", place.anchor, text(name))
    return [entries[name] for name in _alphabetical(entries)]


def model_views(
    document: Document, index: DocsIndex, links: LinkChecker, cells: Cells | None = None
) -> dict[str, ModelPage]:
    """One page per model (stable address, short pages) by name, alphabetical; aliases have none.
    ``cells`` are those the operation pages made, when they were made first."""
    users = _schema_users(document)
    cells = Cells() if cells is None else cells
    views = {}
    for name in _alphabetical(set(document.schemas) - set(index.aliases)):
        schema = document.schemas[name]
        target = index.schemas[name]
        page = target.page
        renderer = SchemaRenderer(index, links, page, cells)
        using = users.get(name)
        used_by = tuple(operation_link(index, operation, page).link for operation in using) if using else ()
        short, description = _description_cells(schema, links, page)
        views[name] = ModelPage(
            path=page,
            summary=short,
            anchor=target.anchor,
            title=text(name),
            type=renderer.type_label(schema),
            description=description,
            notes=" ".join(constraint_text(schema)),
            fields=renderer.tree(schema),
            used_by=used_by,
        )
    return views


def _description_cells(schema: Schema, links: LinkChecker, page: str) -> tuple[str, str]:
    """A model's summary for the models index and its description for its page. A plain one-line
    text holds no link, so no rewriter (nor the pointer it would report) is made for it."""
    description = schema.description
    if not description or is_plain(description):
        return summary(description, None), prose(description)
    where = jp.join(schema.pointer, "description")
    return summary(description, links.rewriter(MODELS_PAGE, where)), prose(
        description, links.rewriter(page, where)
    )


def _schema_users(document: Document) -> dict[str, list[Operation]]:
    """Operations whose parameters or bodies name a component schema directly (top level)."""
    users: dict[str, list[Operation]] = {}
    for operation in document.operations:
        found: list[str] = []
        contents = list(operation.request_body.content) if operation.request_body is not None else []
        for response in operation.responses:
            contents.extend(response.content)
        for media in contents:
            schema = media.schema
            while schema is not None and schema.name is None and schema.items is not None:
                schema = schema.items
            if schema is not None and schema.name is not None and schema.name not in found:
                found.append(schema.name)
        for name in found:
            users.setdefault(name, []).append(operation)
    return users

"""The view of a Document that the client and stub templates render: one small record per
operation, tag, error and client, with names already decided (see ``client_model``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from generator.model import Operation
from generator.problems import Problem
from generator.render.client_auth import CredentialView, RefreshView
from generator.render.python_types import EnumView, ModelView, PyType


@dataclass(frozen=True, kw_only=True)
class ArgumentView:
    """An argument of an operation's method: a parameter or the request body."""

    name: str
    type: PyType
    required: bool
    description: str

    @property
    def help(self) -> str:
        return self.description or self.fallback_help

    @property
    def fallback_help(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class ParamView(ArgumentView):
    wire: str
    location: str
    explode: bool

    @property
    def fallback_help(self) -> str:
        return f"The {self.wire!r} {self.location} parameter."


@dataclass(frozen=True, kw_only=True)
class BodyView(ArgumentView):
    media_type: str
    kind: str  # "json", "form" or "raw"

    @property
    def fallback_help(self) -> str:
        return f"The request body ({self.media_type})."


class PageView(NamedTuple):
    name: str
    item: PyType
    items_wire: str
    next_wire: str


class OperationErrorView(NamedTuple):
    """An operation's own error class for one status whose body the spec describes: ``name``
    subclasses ``base`` (the status's class in errors.py) and types ``body`` as ``type``."""

    status: int
    type: PyType
    name: str
    base: str


@dataclass
class OperationView:
    name: str
    group: str
    constant: str
    operation: Operation
    params: list[ParamView]
    body: BodyView | None
    returns: PyType | None
    responses: list[tuple[int, str | None]]
    errors: list[OperationErrorView]
    security: tuple[str, ...]
    rate_limit: tuple[int, float] | None
    idempotency_header: str | None = None
    page: PageView | None = None

    @property
    def python_name(self) -> str:
        return f"{self.group}.{self.name}"

    @property
    def iterator(self) -> str | None:
        return f"{self.group}.{self.page.name}" if self.page else None

    @property
    def arguments(self) -> list[ArgumentView]:
        """Path parameters, then the body, then the rest: the order of the method signature."""
        path = [param for param in self.params if param.location == "path"]
        rest = [param for param in self.params if param.location != "path"]
        return [*path, *([self.body] if self.body else []), *rest]


@dataclass
class GroupView:
    attribute: str
    class_name: str
    async_class_name: str
    description: str
    operations: list[OperationView] = field(default_factory=list)

    @property
    def types(self) -> list[PyType]:
        """Every type this group's signatures, error bodies and codecs mention."""
        found: list[PyType] = []
        for view in self.operations:
            found.extend(argument.type for argument in view.arguments)
            found.extend(error.type for error in view.errors)
            if view.returns is not None:
                found.append(view.returns)
            if view.page is not None:
                found.append(view.page.item)
        return found

    @property
    def refs(self) -> list[str]:
        """Model and enum classes that this group's annotations and codecs name."""
        return sorted({name for item in self.types for name in item.refs})

    @property
    def error_bases(self) -> list[str]:
        """The classes of errors.py that this group's own error classes subclass."""
        return sorted({error.base for view in self.operations for error in view.errors})

    @property
    def has_pages(self) -> bool:
        return any(view.page is not None for view in self.operations)

    def uses(self, name: str) -> bool:
        """Whether an annotation in this group names ``name`` (``Any``, ``datetime``)."""
        return mentions((item.annotation for item in self.types), name)


class ErrorView(NamedTuple):
    status: int
    name: str
    base: str
    doc: str


@dataclass
class ClientView:
    package: str
    version: str
    title: str
    description: str
    api_version: str
    base_url: str
    credentials: list[CredentialView]
    refresh: RefreshView | None
    groups: list[GroupView]
    models: list[ModelView]
    enums: list[EnumView]
    errors: list[ErrorView]
    problems: list[Problem]

    @property
    def operations(self) -> list[OperationView]:
        return [view for group in self.groups for view in group.operations]

    @property
    def error_exports(self) -> list[str]:
        fixed = [
            "ApiError",
            "ApiConnectionError",
            "ApiStatusError",
            "ApiTimeoutError",
            "ClientError",
            "ServerError",
            "NaiveDatetimeError",
            "PaginationError",
            "RateLimitError",
        ]
        return fixed + [error.name for error in self.errors]

    @property
    def refresh_operation(self) -> OperationView | None:
        if self.refresh is None:
            return None
        return next(view for view in self.operations if view.operation is self.refresh.operation)

    @property
    def refresh_constant(self) -> tuple[str, str] | None:
        """(api module, operation constant) of the refresh operation."""
        found = self.refresh_operation
        return None if found is None else (found.group, found.constant)

    def group(self, attribute: str) -> GroupView:
        return next(group for group in self.groups if group.attribute == attribute)

    @cached_property
    def model_annotations(self) -> tuple[str, ...]:
        """Every distinct annotation of a model field or extras, once (models share most of them)."""
        field_sets = {id(model.field_set): model.field_set for model in self.models}  # often shared
        annotations = [item.type.annotation for fields in field_sets.values() for item in fields.fields]
        annotations += [model.extras.annotation for model in self.models if model.extras]
        return tuple(dict.fromkeys(annotations))

    def models_use(self, name: str) -> bool:
        return mentions(self.model_annotations, name)

    def model_typing_imports(self, stub: bool) -> list[str]:
        """``typing`` names models.py (or .pyi) needs: Any in annotations, ClassVar for wire names."""
        names = ["Any"] if self.models_use("Any") else []
        if not stub and any(model.fields for model in self.models):
            names.append("ClassVar")
        return names


def mentions(annotations: Iterable[str], name: str) -> bool:
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}\b")
    return any(pattern.search(annotation) for annotation in annotations)

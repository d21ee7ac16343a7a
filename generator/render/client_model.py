"""The view of a Document that the client and stub templates render: names decided, types mapped.

Every identifier here comes from ``generator.naming``; every other piece of spec text is kept as
text for the templates to pass through ``pystr`` or ``docstring``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Document, Operation
from generator.model.objects import failure_code, preferred_media, success_code
from generator.model.traits import pagination, rate_limit
from generator.naming import Scope, pascal_case, snake_case
from generator.problems import Problem
from generator.render.client_auth import credential_views, refresh_view
from generator.render.client_views import (
    BodyView,
    ClientView,
    ErrorView,
    GroupView,
    OperationErrorView,
    OperationView,
    PageView,
    ParamView,
)
from generator.render.python_types import ANY, PyType, TypeMapper, union
from generator.render.template_names import CLIENT_MEMBERS, CLIENT_OPTIONS, MODULE_GLOBALS, OPERATION_LOCALS
from generator.rules.problem_rules import GENERATE_NAMING, GENERATE_NAMING_SUMMARY
from generator.rules.rule import Rule

IDEMPOTENCY_HEADER = "idempotency-key"
_NUMBERED = re.compile(r".*[A-Za-z][_-][0-9]+$")
_SUMMARY_WORDS = 5
_WELL_KNOWN_ERRORS = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    409: "ConflictError",
    410: "GoneError",
    422: "UnprocessableEntityError",
    500: "InternalServerError",
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}
_FORM = "application/x-www-form-urlencoded"
NO_CONTENT = 204  # a success with no body, whatever content the spec lists for it


@dataclass(frozen=True)
class ViewOptions:
    """Generation settings that change names: ``refresh_operation`` (an operationId, or "none")
    and ``operation_names`` (operationId -> Python method name)."""

    refresh_operation: str | None = None
    operation_names: tuple[tuple[str, str], ...] = ()


def build_client_view(
    document: Document, package: str, version: str, options: ViewOptions | None = None
) -> ClientView:
    """The view of ``document``; a generation run builds it once and hands it to every target."""
    return _ViewBuilder(document, options or ViewOptions()).build(package, version)


class _ViewBuilder:
    def __init__(self, document: Document, options: ViewOptions) -> None:
        self.document = document
        self.options = options
        self.problems: list[Problem] = []
        self.groups: dict[str, GroupView] = {}
        client_scope = Scope.with_reserved(*CLIENT_MEMBERS)
        class_scope = Scope.with_reserved(*MODULE_GLOBALS)
        descriptions = {tag.name: tag.description for tag in document.tags}
        for operation in document.operations:
            tag = operation.home_tag
            if tag not in self.groups:
                attribute = client_scope.snake(tag, "default")
                class_name = class_scope.pascal(f"{tag} Api", "Api")
                async_name = class_scope.pascal(f"Async {tag} Api", "AsyncApi")
                self.groups[tag] = GroupView(attribute, class_name, async_name, descriptions.get(tag, ""))
        self._report_renames(client_scope, "", "tag")
        reserved = [
            f"{name}{suffix}"
            for group in self.groups.values()
            for name in (group.class_name, group.async_class_name)
            for suffix in ("", "WithRawResponse")
        ]
        self.types = TypeMapper(document.schemas, reserved)
        self.error_bodies: dict[str, list[tuple[int, PyType]]] = {}  # by operation constant

    def build(self, package: str, version: str) -> ClientView:
        method_scopes = {tag: Scope() for tag in self.groups}
        constants = Scope()
        chosen_names = dict(self.options.operation_names)
        pages: list[tuple[OperationView, Scope]] = []
        for operation in self.document.operations:
            tag = operation.home_tag
            group = self.groups[tag]
            scope = method_scopes[tag]
            name = scope.snake(self._method_name(operation, chosen_names), "call")
            view = self._operation(operation, group.attribute, name, constants)
            group.operations.append(view)
            pages.append((view, scope))
        for view, scope in pages:
            found = pagination(view.operation)
            if found is not None:
                item = self.types.type_of(found.item_schema, f"{pascal_case(view.name)}Item")
                iterator = scope.claim(f"iter_{view.name}")
                view.page = PageView(iterator, item, found.items_property, found.next_property)
        for tag, scope in method_scopes.items():
            self._report_renames(scope, "", f"operation in {tag!r}")
        self.types.finish()
        for pointer, what, old, new in self.types.renamed:
            self._warn(GENERATE_NAMING, pointer, what=what, old=old, new=new)
        errors = self._errors()
        self._operation_errors({error.status: error.name for error in errors})
        credential_scope = Scope.with_reserved(*CLIENT_OPTIONS)
        credentials = credential_views(self.document, credential_scope, self._warn)
        refresh = refresh_view(
            self.document, credentials, self.options.refresh_operation, credential_scope, self._warn
        )
        self._report_renames(credential_scope, "/components/securitySchemes", "client keyword")
        return ClientView(
            package=package,
            version=version,
            title=self.document.title,
            description=self.document.description,
            api_version=self.document.api_version,
            base_url=self.document.servers[0].url if self.document.servers else "",
            credentials=credentials,
            refresh=refresh,
            groups=list(self.groups.values()),
            models=self.types.models,
            enums=self.types.enums,
            errors=errors,
            problems=self.problems,
        )

    def _method_name(self, operation: Operation, chosen: dict[str, str]) -> str:
        """``operation_names`` first; an operationId with a generator's numbered suffix
        (``contacts-blacklist_2``) gives way to a short summary ("List blacklisted contacts")."""
        wanted = operation.operation_id or f"{operation.method} {operation.path}"
        if wanted in chosen:
            return chosen[wanted]
        summary = operation.summary.replace("(", " ").replace(")", " ")
        if _NUMBERED.match(wanted) and 0 < len(summary.split()) <= _SUMMARY_WORDS:
            named = snake_case(summary, "call")
            self._warn(GENERATE_NAMING_SUMMARY, operation.pointer, old=wanted, new=named)
            return named
        return wanted

    def _operation(self, operation: Operation, group: str, name: str, constants: Scope) -> OperationView:
        scope = Scope.with_reserved(*OPERATION_LOCALS)
        hint = pascal_case(name)
        params = []
        for param in operation.parameters:
            param_type = self.types.type_of(param.schema, f"{hint}{pascal_case(param.name)}")
            explode = param.explode if param.explode is not None else param.style in (None, "form")
            params.append(
                ParamView(
                    name=scope.snake(param.name, "param"),
                    type=param_type,
                    required=param.required or param.location == "path",
                    description=param.description,
                    wire=param.name,
                    location=param.location,
                    explode=explode,
                )
            )
        body = self._body(operation, scope, hint)
        self._report_renames(scope, operation.pointer, "parameter")
        returns, responses = self._responses(operation, hint)
        idempotency = next(
            (
                param.wire
                for param in params
                if param.location == "header" and param.wire.lower() == IDEMPOTENCY_HEADER
            ),
            None,
        )
        limit = rate_limit(operation)
        security = tuple(
            dict.fromkeys(
                key for alternative in self.document.effective_security(operation) for key in alternative
            )
        )
        constant = "_" + constants.claim(f"op_{group}_{name}".upper())
        self.error_bodies[constant] = self._error_bodies(operation, hint)
        return OperationView(
            name=name,
            group=group,
            constant=constant,
            operation=operation,
            params=params,
            body=body,
            returns=returns,
            responses=responses,
            errors=[],
            security=security,
            idempotency_header=idempotency,
            rate_limit=(limit.requests, limit.period_seconds) if limit else None,
        )

    def _body(self, operation: Operation, scope: Scope, hint: str) -> BodyView | None:
        request = operation.request_body
        if request is None or not request.content:
            return None
        media = preferred_media(request.content)
        if media is None:
            return None
        base = media.essence
        if media.is_json_like:
            kind, media_type = "json", media.sent_type
            body_type = self.types.type_of(media.schema, f"{hint}Request")
        elif base == _FORM:
            kind, media_type = "form", _FORM
            body_type = self.types.type_of(media.schema, f"{hint}Request")
        else:
            kind, media_type = "raw", media.sent_type
            body_type = PyType("bytes | str", "_rt.ANY")
        return BodyView(
            name=scope.claim("body"),
            type=body_type,
            required=request.required,
            description=request.description,
            media_type=media_type,
            kind=kind,
        )

    def _responses(
        self, operation: Operation, hint: str
    ) -> tuple[PyType | None, list[tuple[int, str | None]]]:
        types: list[PyType] = []
        codecs: list[tuple[int, str | None]] = []
        for response in operation.responses:
            code = success_code(response.status)
            if code is None:
                continue
            media = preferred_media(response.content)
            if media is None or code == NO_CONTENT:
                codecs.append((code, None))
                continue
            response_type = self.types.type_of(media.schema, f"{hint}Response") if media.schema else ANY
            types.append(response_type)
            codecs.append((code, response_type.codec))
        returns = union(types) if types else None
        if returns is not None and len(types) < len(codecs) and returns.annotation != "Any":
            returns = PyType(returns.optional, returns.codec, returns.refs)
        return returns, codecs

    def _error_bodies(self, operation: Operation, hint: str) -> list[tuple[int, PyType]]:
        """(status, codec) of each 4xx/5xx answer whose body the spec describes with a schema."""
        found = []
        for response in operation.responses:
            code = failure_code(response.status)
            if code is None:
                continue
            media = preferred_media(response.content)
            if media is not None and media.schema is not None and media.is_json_like:
                error_type = self.types.type_of(media.schema, f"{hint}{response.status}Error")
                if error_type is not ANY:
                    found.append((code, error_type))
        return found

    def _operation_errors(self, bases: dict[int, str]) -> None:
        """Name each operation's own error classes (``ListAgentsBadRequestError``) in its api
        module, where models, enums, the group's classes and the imported bases are already taken."""
        classes = [*(model.name for model in self.types.models), *(item.name for item in self.types.enums)]
        for group in self.groups.values():
            scope = Scope.with_reserved(
                *MODULE_GLOBALS,
                *classes,
                *bases.values(),
                *(
                    f"{name}{suffix}"
                    for name in (group.class_name, group.async_class_name)
                    for suffix in ("", "WithRawResponse")
                ),
            )
            for view in group.operations:
                for status, body in self.error_bodies[view.constant]:
                    base = bases.get(status, "RateLimitError")
                    name = scope.claim(pascal_case(view.name) + base)
                    view.errors.append(OperationErrorView(status, body, name, base))
            self._report_renames(scope, "", f"error class in {group.attribute!r}")

    def _errors(self) -> list[ErrorView]:
        statuses = set(_WELL_KNOWN_ERRORS)
        for operation in self.document.operations:
            for response in operation.responses:
                if (code := failure_code(response.status)) is not None:
                    statuses.add(code)
        statuses.discard(429)  # the runtime's RateLimitError
        views = []
        for status in sorted(statuses):
            name = _WELL_KNOWN_ERRORS.get(status, f"Status{status}Error")
            base = "ClientError" if status < 500 else "ServerError"
            views.append(ErrorView(status, name, base, f"The server answered {status}."))
        return views

    def _report_renames(self, scope: Scope, pointer: str, what: str) -> None:
        for old, new in scope.renamed:
            self._warn(GENERATE_NAMING, pointer, what=what, old=old, new=new)

    def _warn(self, rule: Rule, pointer: str, **args: str) -> None:
        self.problems.append(Problem.of(rule, pointer, args))

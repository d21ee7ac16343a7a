"""Runnable request samples: curl with example values, and the same call through the Python client."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from generator import pointer as jp
from generator.model import Document, MediaType, Operation, Parameter, Schema
from generator.render.docs.schemas import merged
from generator.render.markdown import INVISIBLE

TOKEN_VARIABLE = "BOTMAKER_ACCESS_TOKEN"
_FORMAT_EXAMPLES: dict[str, Any] = {
    "date-time": "2024-05-01T12:30:00Z",
    "date": "2024-05-01",
    "time": "12:30:00Z",
    "email": "user@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "aGVsbG8=",
}
_MAX_DEPTH = 4
_FOCUS_WORDS = re.compile(r"[a-z0-9]+")
_MAX_PROPERTIES = 25


def example_value(schema: Schema | None, depth: int = 0, trail: frozenset[str] = frozenset()) -> Any:
    """An example for a schema: its own example, default or first enum value, else one made up by type."""
    if schema is None or schema.unresolved is not None:
        return "string"
    for given in (schema.example, schema.default if schema.has_default else None):
        fitted = fit(given, schema)
        if fitted is not None:
            return fitted
    if schema.enum:
        return schema.enum[0]
    if schema.pointer in trail or depth > _MAX_DEPTH:
        return {} if schema.is_object else None
    trail = trail | {schema.pointer}
    for options in (schema.one_of, schema.any_of, schema.all_of[:1]):
        if options:
            return example_value(options[0], depth + 1, trail)
    kind = schema.type
    if kind == "array" or (kind is None and schema.items is not None):
        item = example_value(schema.items, depth + 1, trail)
        return [] if item is None else [item]
    if schema.is_object or schema.all_of:
        return _object_example(schema, depth, trail)
    if kind == "integer":
        return int(schema.constraints.get("minimum", 1) or 1)
    if kind == "number":
        return float(schema.constraints.get("minimum", 1.5) or 1.5)
    if kind == "boolean":
        return True
    if kind == "string" or kind is None:
        return _sized(_FORMAT_EXAMPLES.get(schema.format or "", "string"), schema)
    return None


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def fit(value: Any, schema: Schema | None) -> Any:
    """A spec-given example if it has the declared type (some do not), de-duplicated for uniqueItems."""
    if value is None or schema is None:
        return value
    kinds = [kind for kind in schema.types if kind in _JSON_TYPES]
    if kinds:
        allowed = tuple(python for kind in kinds for python in _JSON_TYPES[kind])
        is_bool_mismatch = isinstance(value, bool) and "boolean" not in kinds
        if not isinstance(value, allowed) or is_bool_mismatch:
            return None
    if isinstance(value, list) and schema.constraints.get("uniqueItems") is True:
        unique: list[Any] = []
        for item in value:
            if item not in unique:
                unique.append(item)
        return unique
    return value


def _sized(value: str, schema: Schema) -> str:
    """A made-up string stretched or cut to fit ``minLength``/``maxLength``."""
    shortest = schema.constraints.get("minLength")
    longest = schema.constraints.get("maxLength")
    if isinstance(shortest, int) and len(value) < shortest:
        value += "x" * (shortest - len(value))
    if isinstance(longest, int) and longest >= 0 and len(value) > longest:
        value = value[:longest]
    return value


def _object_example(schema: Schema, depth: int, trail: frozenset[str]) -> dict[str, Any]:
    properties, required = merged(schema)
    chosen = [name for name in properties if name in required] or list(properties)
    result: dict[str, Any] = {}
    for name in chosen[:_MAX_PROPERTIES]:
        value = example_value(properties[name], depth + 1, trail)
        if value is not None:
            result[name] = value
    extra = schema.additional_properties
    if not result and isinstance(extra, Schema):
        result["key"] = example_value(extra, depth + 1, trail)
    return result


def parameter_example(document: Document, parameter: Parameter) -> Any:
    for given in (
        parameter.example if parameter.has_example else None,
        _first_named_example(document, parameter),
    ):
        fitted = fit(given, parameter.schema)
        if fitted is not None:
            return fitted
    return example_value(parameter.schema)


def _first_named_example(document: Document, parameter: Parameter) -> Any:
    """The first of a parameter's named ``examples`` (the model keeps only the singular form)."""
    node: Any = document.data
    for token in jp.split(parameter.pointer):
        node = node.get(token) if isinstance(node, dict) else None
    examples = node.get("examples") if isinstance(node, dict) else None
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return None


def body_media(operation: Operation) -> MediaType | None:
    if operation.request_body is None or not operation.request_body.content:
        return None
    return next((media for media in operation.request_body.content if media.is_json_like), None) or (
        operation.request_body.content[0]
    )


def focus_text(operation: Operation) -> str:
    return f"{operation.summary} {operation.operation_id or ''}".replace("-", " ")


def body_example(media: MediaType, focus: str = "") -> Any:
    """The media type's example, else one made from its schema, with the optional top-level fields
    that ``focus`` (the operation's summary) names: "Send messages" sends ``messages``."""
    if media.has_example:
        return media.example
    value = example_value(media.schema)
    schema = media.schema
    if isinstance(value, dict) and schema is not None and focus:
        words = set(_FOCUS_WORDS.findall(focus.lower()))
        for name, child in merged(schema)[0].items():
            if name not in value and name.lower() in words:
                extra = example_value(child, 1, frozenset({schema.pointer}))
                if extra is not None:
                    value[name] = extra
    return value


def _scalar(value: Any) -> str:
    """A value as the client writes it into a path segment, query string or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "" if value is None else str(value)


def query_pairs(parameter: Parameter, value: Any) -> list[tuple[str, str]]:
    """A query parameter as the client sends it: arrays repeated (``a=1&a=2``) unless not exploded."""
    if not isinstance(value, list):
        return [(parameter.name, _scalar(value))]
    explode = parameter.explode if parameter.explode is not None else parameter.style in (None, "form")
    texts = [_scalar(item) for item in value]
    return [(parameter.name, text) for text in texts] if explode else [(parameter.name, ",".join(texts))]


def pretty_json(value: Any) -> str:
    """A JSON body indented for reading; invisible characters stay ``\\u`` escapes, meaning kept."""
    return visible_json(json.dumps(value, ensure_ascii=False, indent=2))


def visible_json(text: str) -> str:
    """JSON text whose invisible or reordering characters are written as ``\\uXXXX`` escapes."""
    return INVISIBLE.sub(lambda match: json.dumps(match.group(0))[1:-1], text)


def curl_sample(document: Document, operation: Operation, examples: dict[tuple[str, str], Any]) -> str:
    """A curl command line; the token comes from the environment, never from the page.

    Every word built from the spec (URL, header names and values, body) goes through ``shlex.quote``,
    so no spec text is ever interpreted by the shell.
    """
    server = document.servers[0].url.rstrip("/") if document.servers else "https://api.example.com"
    path = operation.path
    query: list[tuple[str, str]] = []
    headers: list[str] = []
    for parameter in operation.parameters:
        example = examples.get(parameter.key)
        value = _scalar(example)
        if parameter.location == "path":
            path = path.replace("{" + parameter.name + "}", quote(value, safe=""))
        elif parameter.location == "query" and (parameter.required or value):
            query.extend(query_pairs(parameter, example))
        elif parameter.location == "header" and parameter.required:
            headers.append(f"{parameter.name}: {value}")
    url = server + path + ("?" + urlencode(query) if query else "")
    words = [f"curl -X {shlex.quote(operation.method.upper())} {shlex.quote(url)}"]
    for scheme in _header_schemes(document, operation):
        # The name is quoted; only the variable reference is left for the shell to expand.
        words.append(f'-H {shlex.quote(scheme + ": ")}"${{{TOKEN_VARIABLE}}}"')
    words.extend(f"-H {shlex.quote(header)}" for header in headers)
    media = body_media(operation)
    if media is not None:
        words.append(f"-H {shlex.quote('Content-Type: ' + _content_type(media))}")
        body = body_example(media, focus_text(operation))
        text = pretty_json(body) if media.is_json_like else _scalar(body)
        words.append(f"--data-binary {shlex.quote(text)}")
    return " \\\n  ".join(words)


def _content_type(media: MediaType) -> str:
    """Wildcards that exports use for JSON are sent as the concrete JSON type."""
    base = media.media_type.split(";", 1)[0].strip().lower()
    if media.is_json_like and base in ("", "*/*", "application/*"):
        return "application/json"
    return media.media_type


def _header_schemes(document: Document, operation: Operation) -> list[str]:
    """Header names of the API keys the operation needs (first alternative only)."""
    requirements = document.effective_security(operation)
    if not requirements:
        return []
    names: list[str] = []
    for key in requirements[0]:
        scheme = document.security_schemes.get(key)
        if (
            scheme is not None
            and scheme.type == "apiKey"
            and scheme.location == "header"
            and scheme.param_name
        ):
            names.append(scheme.param_name)
    return names


@dataclass(frozen=True)
class ClientCall:
    """How the generated client spells an operation: ``client.<group>.<method>(name=value, ...)``."""

    method: str
    arguments: tuple[tuple[str, str, str], ...]  # (python name, location, wire name)
    body: str | None
    returns: bool = True


def python_sample(package: str, call: ClientCall, examples: dict[tuple[str, str], Any], body: Any) -> str:
    """The same call through the generated client, with the same example values."""
    arguments: list[str] = []
    for python_name, location, wire in call.arguments:
        value = examples.get((location, wire))
        if value is None or value == "":
            continue
        arguments.append(f"{python_name}={_python_literal(_plain(value))}")
    if call.body is not None:
        arguments.append(f"{call.body}={_python_literal(_plain(body))}")
    text = f"client.{call.method}("
    if arguments:
        text += "\n" + "".join("    " + argument.replace("\n", "\n    ") + ",\n" for argument in arguments)
    text += ")"
    call_lines = ["    result = " + text.replace("\n", "\n    "), "    print(result)"]
    if not call.returns:
        call_lines = ["    " + text.replace("\n", "\n    ")]
    return "\n".join(
        [
            "import os",
            "",
            f"from {package} import Client",
            "",
            f'with Client(access_token=os.environ["{TOKEN_VARIABLE}"]) as client:',
            *call_lines,
        ]
    )


def _plain(value: Any) -> Any:
    """Only JSON data (dict, list, str, numbers, bools, None) from whatever the spec held."""
    return json.loads(json.dumps(value))


def _python_literal(value: Any, indent: str = "") -> str:
    """JSON data as a Python literal, one entry a line when long: only literals, never code from spec text."""
    flat = repr(value)
    if len(flat) + len(indent) <= 72 or not isinstance(value, (dict, list)) or not value:
        return flat
    inner = indent + "    "
    if isinstance(value, dict):
        entries = [f"{inner}{key!r}: {_python_literal(item, inner)}," for key, item in value.items()]
        return "{\n" + "\n".join(entries) + f"\n{indent}}}"
    entries = [f"{inner}{_python_literal(item, inner)}," for item in value]
    return "[\n" + "\n".join(entries) + f"\n{indent}]"

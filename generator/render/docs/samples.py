"""Runnable request samples: curl with example values, and the same call through the Python client."""

from __future__ import annotations

import datetime
import json
import re
import shlex
from typing import Any
from urllib.parse import quote, urlencode

from generator import pointer as jp
from generator.model import Document, MediaType, Operation, Parameter, Schema
from generator.model.merge import merged
from generator.model.objects import preferred_media
from generator.render.docs.pattern_text import accepts, text_matching
from generator.render.escape import json_inert

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
_NAME_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_NAME_HINTS: tuple[tuple[str, str], ...] = (
    ("email", "user@example.com"),
    ("emails", "user@example.com"),
    ("url", "https://example.com/resource"),
    ("uri", "https://example.com/resource"),
    ("phone", "+5491100000000"),
    ("phones", "+5491100000000"),
    ("text", "Hello from the API"),
    ("message", "Hello from the API"),
    ("name", "Example name"),
    ("description", "An example description"),
)
_FOCUS_WORDS = re.compile(r"[a-z0-9]+")
_MAX_PROPERTIES = 25


def example_value(
    schema: Schema | None, depth: int = 0, trail: frozenset[str] = frozenset(), name: str = ""
) -> Any:
    """An example for a schema: its own example, default or first enum value, else one made up from
    its format, its pattern, its type and the name of the field or parameter that holds it."""
    if schema is None or schema.unresolved is not None:
        return named_text(name)
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
        item = example_value(schema.items, depth + 1, trail, name)
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
        return _patterned(
            _sized(_FORMAT_EXAMPLES.get(schema.format or "") or named_text(name), schema), schema
        )
    return None


def named_text(name: str) -> str:
    """A string that reads like what the field holds: ``chat-123`` for ``chatId``, an address for
    ``email``, ``zone-code-1`` for ``zoneCode``; ``example`` without a name."""
    words = [word.lower() for word in _NAME_WORDS.findall(name)]
    if words and words[-1] in ("id", "ids", "key", "ref", "reference"):
        return "-".join(words[:-1] or ["abc"]) + "-123"
    for hint, value in _NAME_HINTS:
        if hint in words:
            return value
    return "-".join(words) + "-1" if words else "example"


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def fit(value: Any, schema: Schema | None) -> Any:
    """A spec-given example if it has the declared type, enum and date format (some do not),
    de-duplicated for uniqueItems."""
    if value is None or schema is None:
        return value
    kinds = [kind for kind in schema.types if kind in _JSON_TYPES]
    if kinds:
        allowed = tuple(python for kind in kinds for python in _JSON_TYPES[kind])
        is_bool_mismatch = isinstance(value, bool) and "boolean" not in kinds
        if not isinstance(value, allowed) or is_bool_mismatch:
            return None
    if schema.enum is not None and value not in schema.enum:
        return None
    if isinstance(value, str) and not (_fits_format(value, schema.format) and _fits_pattern(value, schema)):
        return None
    if isinstance(value, list) and schema.constraints.get("uniqueItems") is True:
        unique: list[Any] = []
        for item in value:
            if item not in unique:
                unique.append(item)
        return unique
    return value


def _fits_format(value: str, name: str | None) -> bool:
    """Whether a date or date-time example parses as one (some exports give "2023-12")."""
    parser = {"date-time": datetime.datetime.fromisoformat, "date": datetime.date.fromisoformat}.get(
        name or ""
    )
    if parser is None:
        return True
    try:
        parser(value)
    except ValueError:
        return False
    return "T" in value if name == "date-time" else True


def _fits_pattern(value: str, schema: Schema) -> bool:
    pattern = schema.constraints.get("pattern")
    return not isinstance(pattern, str) or accepts(pattern, value)


def _patterned(value: str, schema: Schema) -> str:
    """``value`` when the schema's pattern accepts it, else a text made from the pattern (when it can
    be made within the length bounds)."""
    pattern = schema.constraints.get("pattern")
    if not isinstance(pattern, str) or accepts(pattern, value):
        return value
    shortest, longest = schema.constraints.get("minLength"), schema.constraints.get("maxLength")
    made = text_matching(
        pattern,
        shortest if isinstance(shortest, int) else 0,
        longest if isinstance(longest, int) and longest >= 0 else None,
    )
    return value if made is None else made


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
    # Nested objects without required fields show their first field only, so samples stay readable.
    chosen = [name for name in properties if name in required] or list(properties)[: 1 if depth else None]
    result: dict[str, Any] = {}
    for name in chosen[:_MAX_PROPERTIES]:
        value = example_value(properties[name], depth + 1, trail, name)
        if value is not None:
            result[name] = value
    extra = schema.additional_properties
    if not result and isinstance(extra, Schema):
        result["key"] = example_value(extra, depth + 1, trail, "value")
    return result


def parameter_example(document: Document, parameter: Parameter) -> Any:
    for given in (
        parameter.example if parameter.has_example else None,
        _first_named_example(document, parameter),
    ):
        fitted = fit(given, parameter.schema)
        if fitted is not None:
            return fitted
    return example_value(parameter.schema, name=parameter.name)


def _first_named_example(document: Document, parameter: Parameter) -> Any:
    """The first of a parameter's named ``examples`` (the model keeps only the singular form)."""
    node = jp.resolve(document.data, parameter.pointer)
    examples = node.get("examples") if isinstance(node, dict) else None
    if isinstance(examples, dict):
        for example in examples.values():
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return None


def body_media(operation: Operation) -> MediaType | None:
    return preferred_media(operation.request_body.content) if operation.request_body is not None else None


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
                extra = example_value(child, 1, frozenset({schema.pointer}), name)
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
    """A JSON body indented for reading; hidden characters stay ``\\u`` escapes, so its meaning is kept."""
    return json_inert(json.dumps(value, ensure_ascii=False, indent=2))


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
        words.append(f"-H {shlex.quote('Content-Type: ' + media.sent_type)}")
        body = body_example(media, focus_text(operation))
        text = pretty_json(body) if media.is_json_like else _scalar(body)
        words.append(f"--data-binary {shlex.quote(text)}")
    return " \\\n  ".join(words)


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

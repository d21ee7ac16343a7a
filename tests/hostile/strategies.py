"""Random valid OpenAPI 3.0 documents whose every name and text is hostile, and their neutral twins.

A document is drawn as a plan (its shape) plus strings; ``neutral_twin`` maps each distinct string
to a plain word (``zq0``, ``zq1`` ...) so the twin has exactly the same shape. Generated code for the
two must then differ only in names and string contents.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from hypothesis import strategies as st

NEUTRAL = re.compile(r"zq\d+", re.IGNORECASE)

HOSTILE = [
    '"""',
    "'''",
    '"""\nimport os\nos.system("x")\n"""',
    "'''; import os; os.system('x'); '''",
    "\\",
    "trailing backslash \\",
    "\\N{BULLET} \\x00 \\u2028",
    "line\nos.system('x')",
    "\r\n\tcarriage",
    "__import__('os').system('x')",
    'exec("print(1)")',
    "eval",
    "__class__",
    "__init__",
    "self",
    "None",
    "True",
    "../../etc",
    "../../../../tmp/escape",
    "/etc/passwd",
    "..",
    ".",
    "a/b\\c",
    "CON",
    "nul\x00byte",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</code></pre><iframe src=javascript:alert(1)>",
    "[link](javascript:alert(1))",
    "pipe | in | table",
    "`backtick` ``double``",
    "```\n# fence\n```",
    "{{ 7 * 7 }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{% raw %}{% endraw %}",
    "{% include '/etc/passwd' %}",
    "{# comment",
    "${HOME} $(id) %s %(x)s {0}",
    "# heading\n---\n* list",
    "ünïcödé Ω 名前 🐍",
    "\u202eevil\u202c",
    "zero\u200bwidth",
    "class",
    "def",
    "import",
    "lambda",
    "return",
    "from",
    "async",
    "await",
    "list",
    "dict",
    "str",
    "type",
    "object",
    "print",
    "open",
    "id",
    "123starts_with_digit",
    "with space",
    "dash-ed",
    "dotted.name",
    "Mixed_Case_Name",
    "_",
    "__",
    *sorted(keyword.kwlist),
]

# What reports and messages must show inert: workflow commands, terminal sequences (OSC title, CSI,
# the C1 CSI U+009B), bidi and zero-width characters, NUL, a lone surrogate, XML and Markdown syntax.
INJECTION = [
    "\n::error file=README.md,line=1::spoofed",
    "\r\n::warning::carriage %0A::notice::encoded",
    "\x1b]0;title\x07",
    "\x1b[31mred\x1b[0m",
    "\u202eevil\u202c \u2066isolate\u2069 \u200eltr\u200f \u061c",
    "zero\u200bwidth\u200c\u200d\u2060 \ufeffbom",
    "nul\x00 del\x7f c1\x85next\x9bcsi",
    "</failure>]]><![CDATA[",
    "pipe | cell `code` [link](javascript:x) <script>alert(1)</script> &amp;",
    "line\u2028separator\u2029paragraph",
]
SURROGATE = "lone\ud800surrogate"


@st.composite
def injected_text(draw: st.DrawFn) -> str:
    """Report text: an injection or a surrogate glued to arbitrary code points, controls included."""
    parts = draw(st.lists(st.sampled_from([*INJECTION, SURROGATE]), min_size=1, max_size=3))
    return "".join(parts) + draw(st.text(alphabet=st.characters(codec=None), max_size=8))


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """One hostile string, or several glued together; never blank."""
    parts = draw(st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=3))
    text = " ".join(parts) if draw(st.booleans()) else "".join(parts)
    if draw(st.booleans()):
        text += draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=5))
    return text if text.strip() else text + "x"


def _names(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(hostile_text(), min_size=min_size, max_size=max_size, unique=True)


@st.composite
def _schema(draw: st.DrawFn, schema_names: list[str], depth: int = 0) -> dict[str, Any]:
    kinds = ["string", "integer", "number", "boolean", "enum", "array"]
    if schema_names:
        kinds.append("ref")
    if depth < 1:
        kinds.append("object")
    kind = draw(st.sampled_from(kinds))
    schema: dict[str, Any]
    if kind == "ref":
        return {"$ref": f"#/components/schemas/{_escape(draw(st.sampled_from(schema_names)))}"}
    if kind == "enum":
        schema = {"type": "string", "enum": draw(_names(1, 3))}
    elif kind == "array":
        schema = {"type": "array", "items": draw(_schema(schema_names, depth + 1))}
    elif kind == "object":
        schema = draw(_object(schema_names, depth + 1))
    else:
        schema = {"type": kind}
    if kind == "string" and draw(st.booleans()):
        schema["default"] = draw(hostile_text())
    if kind == "string" and draw(st.booleans()):
        schema["example"] = draw(hostile_text())
    if draw(st.booleans()):
        schema["description"] = draw(hostile_text())
    return schema


@st.composite
def _object(draw: st.DrawFn, schema_names: list[str], depth: int = 0) -> dict[str, Any]:
    names = draw(_names(0, 4))
    properties = {name: draw(_schema(schema_names, depth)) for name in names}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [name for name in names if draw(st.booleans())]
    if required:
        schema["required"] = required
    if draw(st.booleans()):
        schema["description"] = draw(hostile_text())
    if draw(st.booleans()):
        schema["title"] = draw(hostile_text())
    return schema


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@st.composite
def _operation(
    draw: st.DrawFn, schema_names: list[str], tags: list[str], path_params: list[str]
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": draw(hostile_text()),
        "summary": draw(hostile_text()),
        "description": draw(hostile_text()),
        "responses": {},
    }
    if tags:
        operation["tags"] = draw(st.lists(st.sampled_from(tags), min_size=1, max_size=2, unique=True))
    parameters = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
            "description": draw(hostile_text()),
        }
        for name in path_params
    ]
    for name in draw(_names(0, 3)):
        if name in path_params:
            continue
        location = draw(st.sampled_from(["query", "header"]))
        parameters.append(
            {
                "name": name,
                "in": location,
                "required": draw(st.booleans()),
                "schema": draw(_schema(schema_names, 1)),
                "description": draw(hostile_text()),
            }
        )
    if parameters:
        operation["parameters"] = parameters
    if draw(st.booleans()):
        operation["requestBody"] = {
            "required": draw(st.booleans()),
            "description": draw(hostile_text()),
            "content": {"application/json": {"schema": draw(_schema(schema_names))}},
        }
    for status in draw(
        st.lists(st.sampled_from(["200", "201", "204", "400", "404"]), min_size=1, unique=True)
    ):
        response: dict[str, Any] = {"description": draw(hostile_text())}
        header_names = draw(_names(0, 2))
        if header_names:
            response["headers"] = {
                name: {"description": draw(hostile_text()), "schema": {"type": "string"}}
                for name in header_names
            }
        if status != "204":
            response["content"] = {"application/json": {"schema": draw(_schema(schema_names))}}
        operation["responses"][status] = response
    return operation


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """An OpenAPI 3.0 document with hostile names and texts wherever the format holds text.

    It is valid except that component names are not held to the pattern the format asks for:
    exports in the wild break that rule, so the generators must cope with any name.
    """
    schema_names = draw(_names(0, 4))
    schemas: dict[str, Any] = {}
    for index, name in enumerate(schema_names):
        schemas[name] = draw(_object(schema_names[:index]))
    tag_names = draw(_names(0, 3))
    tags = [{"name": name, "description": draw(hostile_text())} for name in tag_names]
    paths: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 4))):
        segments = draw(_names(1, 2))
        params = sorted({_segment(name) for name in draw(_names(0, 2))})
        path = "/" + "/".join(_segment(s) for s in segments) + "".join("/{" + p + "}" for p in params)
        if path in paths:
            continue
        methods = draw(
            st.lists(st.sampled_from(["get", "post", "put", "delete", "patch"]), min_size=1, unique=True)
        )
        paths[path] = {method: draw(_operation(schema_names, tag_names, params)) for method in methods}
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": draw(hostile_text()),
            "version": draw(hostile_text()),
            "description": draw(hostile_text()),
        },
        "servers": [{"url": "https://api.example.com/v2", "description": draw(hostile_text())}],
        "paths": paths,
    }
    if tags:
        document["tags"] = tags
    components: dict[str, Any] = {"schemas": schemas} if schemas else {}
    scheme_names = draw(_names(0, 2))
    if scheme_names:
        components["securitySchemes"] = {
            name: {
                "type": "apiKey",
                "in": "header",
                "name": draw(hostile_text()),
                "description": draw(hostile_text()),
            }
            for name in scheme_names
        }
        document["security"] = [{name: []} for name in scheme_names]
    if components:
        document["components"] = components
    return _unique_operation_ids(document)


def _segment(text: str) -> str:
    """Path segments keep their hostility except the characters a path template cannot hold."""
    return re.sub(r"[{}/?#\s]", "-", text) or "-"


def _unique_operation_ids(document: dict[str, Any]) -> dict[str, Any]:
    seen: set[str] = set()
    for item in document["paths"].values():
        for operation in item.values():
            while operation["operationId"] in seen:
                operation["operationId"] += "_"
            seen.add(operation["operationId"])
    return document


_STRUCTURAL_KEYS = {"type", "in", "openapi", "$ref", "url"}


def neutral_twin(document: dict[str, Any]) -> dict[str, Any]:
    """The same document with each distinct hostile string replaced by its own plain word."""
    words: dict[str, str] = {}

    def word(text: str) -> str:
        return words.setdefault(text, f"zq{len(words)}")

    def path(template: str) -> str:
        parts = re.split(r"(\{[^}]*\})", template)
        return "".join(
            (
                "{" + word(part[1:-1]) + "}"
                if part.startswith("{")
                else "/".join(map(_path_word, part.split("/")))
            )
            for part in parts
        )

    def _path_word(segment: str) -> str:
        return word(segment) if segment else ""

    def ref(target: str) -> str:
        prefix, _, name = target.rpartition("/")
        return f"{prefix}/{_escape(word(name.replace('~1', '/').replace('~0', '~')))}"

    def walk(node: Any, key: str | None) -> Any:
        if isinstance(node, dict):
            return {rename(key, child_key): walk(value, child_key) for child_key, value in node.items()}
        if isinstance(node, list):
            return [walk(value, key) for value in node]
        if isinstance(node, str):
            if key == "$ref":
                return ref(node)
            return node if key in _STRUCTURAL_KEYS else word(node)
        return node

    def rename(container: str | None, child_key: str) -> str:
        if container == "paths":
            return path(child_key)
        if container in ("properties", "schemas", "securitySchemes", "headers", "security"):
            return word(child_key)
        return child_key

    twin: dict[str, Any] = walk(document, None)
    return twin


def kitchen_sink() -> dict[str, Any]:
    """One fixed document that uses every hostile string as a name and as text."""
    words = HOSTILE
    schemas: dict[str, Any] = {
        name: {
            "type": "object",
            "title": name,
            "description": name,
            "properties": {
                prop: {"type": "string", "description": name, "enum": [prop, name]}
                for prop in words[index : index + 3]
            },
            "required": words[index : index + 1],
        }
        for index, name in enumerate(words[:20])
    }
    schema_names = list(schemas)
    paths: dict[str, Any] = {}
    for index, name in enumerate(words):
        param = _segment(words[(index + 7) % len(words)]) or "p"
        operation = {
            "operationId": name,
            "summary": name,
            "description": words[(index + 1) % len(words)],
            "tags": [words[(index + 2) % len(words)]],
            "parameters": [
                {
                    "name": param,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "description": name,
                },
                {"name": words[(index + 3) % len(words)] + "q", "in": "query", "schema": {"type": "integer"}},
                {
                    "name": name + "d",
                    "in": "query",
                    "schema": {"type": "string", "default": name, "example": name},
                },
            ],
            "responses": {
                "200": {
                    "description": name,
                    "headers": {name: {"description": name, "schema": {"type": "string"}}},
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/" + _escape(schema_names[index % 20])}
                        }
                    },
                }
            },
        }
        paths[f"/{_segment(name)}{index}/{{{param}}}"] = {"get": operation}
    return {
        "openapi": "3.0.3",
        "info": {
            "title": '"""<script>alert(1)</script>',
            "version": "1.0'''",
            "description": "\n".join(words),
        },
        "servers": [{"url": "https://api.example.com/v2"}],
        "tags": [{"name": name, "description": name} for name in words],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                name: {"type": "apiKey", "in": "header", "name": name, "description": name}
                for name in words[:5]
            },
        },
        "security": [{name: []} for name in words[:5]],
    }

"""What the test server needs to know about an OpenAPI document: its operations and their examples.

Read straight from the JSON, independently of the generator's own model, so the tests do not
share their oracle with the code under test.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from tests.support.examples import ExampleBuilder

JSON = Any
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA = re.compile(r"^(application/([\w.+-]*\+)?json|\*/\*)$")


@dataclass(frozen=True)
class Arguments:
    """Example inputs for one operation, keyed by wire name."""

    path: Mapping[str, JSON]
    query: Mapping[str, JSON]
    headers: Mapping[str, JSON]
    body: JSON

    def url_path(self, template: str) -> str:
        return re.sub(r"\{([^}]*)\}", lambda m: quote(str(self.path[m.group(1)]), safe=""), template)


@dataclass(frozen=True)
class Operation:
    key: str
    method: str
    template: str
    spec: Mapping[str, JSON]
    pattern: re.Pattern[str]
    parameters: tuple[Mapping[str, JSON], ...]

    def parameters_in(self, location: str) -> list[Mapping[str, JSON]]:
        return [p for p in self.parameters if p.get("in") == location]


def relaxed(document: Mapping[str, JSON]) -> dict[str, JSON]:
    """The document as the server validates it, read the way its authors meant it.

    - The Botmaker export writes unions as ``oneOf`` whose branches are objects with no required
      properties, so every object matches several branches and strict ``oneOf`` rejects all of
      them. ``oneOf`` is read as ``anyOf``: a value must still match one branch.
    - Servers named by a path or an operation are played by this server too.
    - Request bodies declared as ``*/*`` are JSON documents; they are read as
      ``application/json``, so a client must send that Content-Type and a JSON body.
    """

    def walk(node: JSON) -> JSON:
        if isinstance(node, dict):
            return {("anyOf" if key == "oneOf" else key): walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    result: dict[str, JSON] = walk(copy.deepcopy(dict(document)))
    for item in (result.get("paths") or {}).values():
        item.pop("servers", None)  # this server plays every server the document names
        for method, operation in item.items():
            if method in HTTP_METHODS:
                operation.pop("servers", None)
            content = (operation.get("requestBody") or {}).get("content") if method in HTTP_METHODS else None
            if content and "*/*" in content and "application/json" not in content:
                content["application/json"] = content.pop("*/*")
    return result


def operation_keys(document: Mapping[str, JSON]) -> list[str]:
    """Every operation of ``document`` as "METHOD /path", in document order."""
    return [
        f"{method.upper()} {template}"
        for template, item in (document.get("paths") or {}).items()
        for method in item
        if method in HTTP_METHODS
    ]


def operations(document: Mapping[str, JSON]) -> dict[str, Operation]:
    resolver = ExampleBuilder(document)
    found: list[Operation] = []
    for template, item in (document.get("paths") or {}).items():
        shared = [resolver.resolve(p) for p in item.get("parameters") or ()]
        for method, spec in item.items():
            if method not in HTTP_METHODS:
                continue
            own = [resolver.resolve(p) for p in spec.get("parameters") or ()]
            names = {(p.get("name"), p.get("in")) for p in own}
            parameters = (*(p for p in shared if (p.get("name"), p.get("in")) not in names), *own)
            pattern = re.compile(re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template)))
            key = f"{method.upper()} {template}"
            found.append(Operation(key, method, template, spec, pattern, parameters))
    # literal segments win over templated ones: "/chats/variables" before "/chats/{chatReference}"
    found.sort(key=lambda op: (op.template.count("{"), -len(op.template)))
    return {operation.key: operation for operation in found}


def base_path(document: Mapping[str, JSON]) -> str:
    servers = document.get("servers") or [{"url": "/"}]
    return str(urlsplit(servers[0].get("url", "/")).path).rstrip("/")


def success_code(responses: Mapping[str, JSON]) -> str:
    codes = sorted(code for code in responses if code.startswith("2"))
    return codes[0] if codes else ("default" if "default" in responses else "200")


def json_media(content: Mapping[str, JSON]) -> Mapping[str, JSON] | None:
    for media_type, media in content.items():
        if JSON_MEDIA.match(media_type.split(";")[0].strip()):
            return media  # type: ignore[no-any-return]
    return None

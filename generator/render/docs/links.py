"""Every link in spec text is checked: internal ones are rewritten to our anchors, the rest warned."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from generator.problems import Problem
from generator.render.docs.anchors import DocsIndex, Target
from generator.render.markdown import LinkRewriter, cell, is_safe_external, text
from generator.rules.problem_rules import DOCS_LINK_UNRESOLVED, DOCS_LINK_UNSAFE
from generator.rules.rule import Rule

_OPERATION_PREFIXES = ("/operations/", "operations/", "/operation/", "operation/", "/paths/")
_SCHEMA_PREFIXES = ("/components/schemas/", "/schemas/", "schemas/", "/schema/", "schema/", "/models/")
_TAG_PREFIXES = ("/tags/", "tag/", "/tag/", "tags/")
_UNSAFE_URL = re.compile(r"[\s()<>\[\]`\\]")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")


def external_link(node: Any) -> str:
    """An ``externalDocs``/``contact``/``license`` object as its name, link and description."""
    if not isinstance(node, dict):
        return ""
    parts = [text(node["name"])] if isinstance(node.get("name"), str) and node["name"] else []
    url = node.get("url")
    if isinstance(url, str) and is_safe_external(url) and not _UNSAFE_URL.search(url):
        parts.append(f"[{text(url)}]({url})")
    email = node.get("email")
    if isinstance(email, str) and _EMAIL.fullmatch(email):
        parts.append(f"[{text(email)}](mailto:{email})")
    if isinstance(node.get("description"), str) and node["description"]:
        parts.append(cell(node["description"]))
    return " — ".join(parts)


class LinkChecker:
    """Resolves links found in descriptions and records a Problem for each one it cannot place."""

    def __init__(self, index: DocsIndex) -> None:
        self.index = index
        self._problems: dict[tuple[str, str], Problem] = {}
        self._own_bases = {server.url.rstrip("/").lower() for server in index.document.servers}

    @property
    def problems(self) -> list[Problem]:
        return sorted(self._problems.values(), key=lambda problem: problem.sort_key)

    def rewriter(self, page: str, pointer: str) -> LinkRewriter:
        """The link rewriter for text found at ``pointer`` and shown on ``page``."""

        def rewrite(target: str) -> str | None:
            return self.resolve(target, page, pointer)

        return rewrite

    def resolve(self, target: str, page: str, pointer: str) -> str | None:
        base, hash_mark, fragment = target.partition("#")
        own = base == "" or base.rstrip("/").lower() in self._own_bases
        if hash_mark and own:
            found = self._internal(unquote(fragment))
            if found is not None:
                return found.href_from(page)
            self._report(DOCS_LINK_UNRESOLVED, pointer, target, "matches no operation, schema or tag")
            return None
        if is_safe_external(target):
            return target
        if not hash_mark and "/" not in target and ":" not in target:
            # A bare operationId or schema name used as a link target.
            named = self._internal("/operations/" + target) or self._internal("/schemas/" + target)
            if named is not None:
                return named.href_from(page)
        if base and ":" in base.split("/", 1)[0]:
            self._report(DOCS_LINK_UNSAFE, pointer, target)
        else:
            self._report(DOCS_LINK_UNRESOLVED, pointer, target, "is relative and points outside the docs")
        return None

    def _internal(self, fragment: str) -> Target | None:
        for prefix in _OPERATION_PREFIXES:
            if fragment.startswith(prefix):
                operation = self.index.find_operation(fragment[len(prefix) :].strip("/"))
                return self.index.operation(operation) if operation is not None else None
        for prefix in _SCHEMA_PREFIXES:
            if fragment.startswith(prefix):
                name = self.index.find_schema(fragment[len(prefix) :].strip("/"))
                return self.index.schema(name)
        for prefix in _TAG_PREFIXES:
            if fragment.startswith(prefix):
                tag = self.index.find_tag(fragment[len(prefix) :].strip("/"))
                return Target(self.index.tag_pages[tag], "top") if tag is not None else None
        return None

    def _report(self, rule: Rule, pointer: str, target: str, why: str = "") -> None:
        key = (pointer, target)
        if key in self._problems:
            return
        position = self.index.document.source.position(pointer)
        line, column = position if position is not None else (None, None)
        args = {"target": target, "pointer": pointer, "why": why}
        self._problems[key] = Problem.of(rule, pointer, args, line, column)

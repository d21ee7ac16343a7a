"""What a generated tree must satisfy whatever the spec says: code shaped only by the templates,
no raw HTML from the spec in the docs, and no file outside the output folder."""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import markdown  # type: ignore[import-untyped]
import yaml

from tests.hostile.strategies import NEUTRAL

_IDENTIFIER_FIELDS = ("id", "attr", "arg", "name", "module", "asname")
_BUILTINS = set(dir(builtins))


def _identifiers(node: ast.AST) -> Iterator[tuple[str, str]]:
    for field in _IDENTIFIER_FIELDS:
        value = getattr(node, field, None)
        if isinstance(value, str):
            yield field, value


def _constant_kind(node: ast.AST) -> str:
    return type(node.value).__name__ if isinstance(node, ast.Constant) else ""


def _bound_names(tree: ast.AST) -> set[str]:
    """Names the module itself binds: definitions, arguments, assignments and imports."""
    bound = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            bound.add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
    return bound


def shape_differences(hostile: str, neutral: str) -> list[str]:
    """Where the hostile module's syntax tree differs from its neutral twin's beyond names and strings.

    Both trees are walked in the same order. Node types and constant kinds must match one for one;
    an identifier the templates wrote (it holds no neutral word in the twin) must be identical;
    an identifier made from spec text must not be a dunder, nor a builtin the module does not bind.
    """
    hostile_tree, neutral_tree = ast.parse(hostile), ast.parse(neutral)
    hostile_nodes, neutral_nodes = list(ast.walk(hostile_tree)), list(ast.walk(neutral_tree))
    bound = _bound_names(hostile_tree)
    differences = []
    for index, (left, right) in enumerate(zip(hostile_nodes, neutral_nodes, strict=False)):
        where = f"node {index} (line {getattr(left, 'lineno', '?')})"
        if type(left) is not type(right):
            differences.append(
                f"{where}: {type(left).__name__} where the templates put {type(right).__name__}"
            )
            break
        if _constant_kind(left) != _constant_kind(right):
            differences.append(f"{where}: constant {_constant_kind(left)} instead of {_constant_kind(right)}")
        for (field, made), (_, expected) in zip(_identifiers(left), _identifiers(right), strict=False):
            if not NEUTRAL.search(expected):
                if made != expected:
                    differences.append(f"{where}: {field} {made!r} where the templates put {expected!r}")
            elif made.startswith("__") and made.endswith("__"):
                differences.append(f"{where}: spec text became the special name {made!r} ({field})")
            elif isinstance(left, ast.Name) and made in _BUILTINS and made not in bound:
                differences.append(f"{where}: spec text refers to the builtin {made!r}")
    if len(hostile_nodes) != len(neutral_nodes):
        differences.append(f"{len(hostile_nodes)} syntax nodes, the neutral twin has {len(neutral_nodes)}")
    return differences


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.add(f"{tag}[{name}]")
            if value and value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.found.add(f"{tag}[{name}={value.split(':')[0]}:]")


# What Markdown syntax in a description may legitimately become (descriptions are CommonMark).
MARKDOWN_ELEMENTS = {
    *("p", "em", "strong", "code", "pre", "hr", "br", "blockquote", "ul", "ol", "li", "a", "img"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"),
}


def raw_html(text: str) -> set[str]:
    """Elements, event handlers and script links in the HTML that MkDocs' Markdown makes of ``text``."""
    parser = _Elements()
    parser.feed(markdown.markdown(text, extensions=["tables", "fenced_code", "toc"]))
    parser.close()
    return parser.found


def markup_in_yaml(text: str) -> list[str]:
    """Strings in a YAML file (such as the MkDocs nav) that hold markup; themes print them unescaped."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(key)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and "<" in node:
            found.append(node)

    walk(yaml.safe_load(text))
    return found


def files_outside(out: Path) -> list[str]:
    """Everything under ``out`` that is a link or resolves outside it."""
    root = out.resolve()
    return [
        str(path)
        for path in out.rglob("*")
        if path.is_symlink() or (root not in path.resolve().parents and path.resolve() != root)
    ]

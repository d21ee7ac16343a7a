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

    Node types and constant kinds must match one for one; the statements of a module or class body
    may come in another order (definitions are sorted by names made from spec text). An identifier
    the templates wrote (it holds no neutral word in the twin) must be identical; one made from spec
    text must not be a dunder, nor a builtin that the module does not bind itself.
    """
    hostile_tree = ast.parse(hostile)
    return _Comparison(_bound_names(hostile_tree)).nodes(hostile_tree, ast.parse(neutral))


_TEXT_DATA = (ast.Dict, ast.Tuple, ast.List, ast.Set, ast.Load)
_ANNOTATION = (ast.Name, ast.Attribute, ast.Subscript, ast.Tuple, ast.Load, ast.BinOp, ast.BitOr)


def _is_text_data(node: ast.AST | None) -> bool:
    """A collection display of string literals only (or a single string literal)."""
    if node is None:
        return False
    return all(
        isinstance(part, _TEXT_DATA) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
        for part in ast.walk(node)
    )


def _is_data_binding(statement: ast.stmt) -> bool:
    """``name: Annotation = <string literals>`` or ``name = <string literals>``: nothing is called."""
    if isinstance(statement, ast.AnnAssign):
        annotation_ok = all(isinstance(part, _ANNOTATION) for part in ast.walk(statement.annotation))
        return isinstance(statement.target, ast.Name) and annotation_ok and _is_text_data(statement.value)
    if isinstance(statement, ast.Assign):
        names = all(isinstance(target, ast.Name) for target in statement.targets)
        return names and not isinstance(statement.value, ast.Constant) and _is_text_data(statement.value)
    return False


class _Comparison:
    def __init__(self, bound: set[str]) -> None:
        self.bound = bound
        self._sizes: dict[int, int] = {}  # by node id: both trees live as long as the comparison

    def size(self, node: ast.AST) -> int:
        """Nodes that count for the shape: literal string data counts as one, data bindings as none."""
        known = self._sizes.get(id(node))
        if known is None:
            if _is_text_data(node):
                known = 1
            else:
                known = 1 + sum(
                    self.size(child)
                    for child in ast.iter_child_nodes(node)
                    if not (isinstance(child, ast.stmt) and _is_data_binding(child))
                )
            self._sizes[id(node)] = known
        return known

    def nodes(self, left: ast.AST, right: ast.AST) -> list[str]:
        where = f"line {getattr(left, 'lineno', '?')}"
        if _is_text_data(left) and _is_text_data(right):
            return []  # literal strings in a literal collection: how many depends on the spec, not code
        if type(left) is not type(right):
            return [f"{where}: {type(left).__name__} where the templates put {type(right).__name__}"]
        differences = []
        if _constant_kind(left) != _constant_kind(right):
            differences.append(f"{where}: constant {_constant_kind(left)} instead of {_constant_kind(right)}")
        differences += self.identifiers(left, right, where)
        for (field, mine), (_, theirs) in zip(ast.iter_fields(left), ast.iter_fields(right), strict=True):
            if isinstance(mine, list) and field == "body" and isinstance(left, (ast.Module, ast.ClassDef)):
                differences += self.bodies(mine, theirs, where)
            elif isinstance(mine, list):
                if len(mine) != len(theirs):
                    differences.append(f"{where}: {len(mine)} {field} where the templates put {len(theirs)}")
                    continue
                for one, other in zip(mine, theirs, strict=True):
                    if isinstance(one, ast.AST):
                        differences += self.nodes(one, other)
            elif isinstance(mine, ast.AST) and isinstance(theirs, ast.AST):
                differences += self.nodes(mine, theirs)
            elif isinstance(mine, ast.AST) != isinstance(theirs, ast.AST):
                differences.append(f"{where}: {field} is {mine!r} where the templates put {theirs!r}")
        return differences

    def identifiers(self, left: ast.AST, right: ast.AST, where: str) -> list[str]:
        differences = []
        for (field, made), (_, expected) in zip(_identifiers(left), _identifiers(right), strict=False):
            if not NEUTRAL.search(expected):
                if made != expected:
                    differences.append(f"{where}: {field} {made!r} where the templates put {expected!r}")
            elif made.startswith("__") and made.endswith("__"):
                differences.append(f"{where}: spec text became the special name {made!r} ({field})")
            elif isinstance(left, ast.Name) and made in _BUILTINS and made not in self.bound:
                differences.append(f"{where}: spec text refers to the builtin {made!r}")
        return differences

    def bodies(self, mine: list[ast.stmt], theirs: list[ast.stmt], where: str) -> list[str]:
        """Pair each statement with a same-shaped one of the twin's, in any order.

        Statements that only bind literal strings (a table of renamed fields, say) may be present
        for one document and not for the other; they run no code, so they are set aside.
        """
        mine = [statement for statement in mine if not _is_data_binding(statement)]
        theirs = [statement for statement in theirs if not _is_data_binding(statement)]
        if len(mine) != len(theirs):
            return [f"{where}: {len(mine)} statements where the templates put {len(theirs)}"]
        unpaired = list(theirs)
        differences: list[str] = []
        for statement in mine:
            size = self.size(statement)
            candidates = [
                other for other in unpaired if type(other) is type(statement) and self.size(other) == size
            ]
            attempts = ((other, self.nodes(statement, other)) for other in candidates)
            match = next(((other, found) for other, found in attempts if not found), None)
            if match is not None:
                unpaired.remove(match[0])
                continue
            closest = self.nodes(statement, candidates[0]) if candidates else []
            line = getattr(statement, "lineno", "?")
            differences += closest or [
                f"line {line}: a {type(statement).__name__} the templates did not write"
            ]
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

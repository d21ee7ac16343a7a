"""YAML with the safe loader only, bounded against alias bombs and deep nesting, with positions."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.pointer import escape_token

MAX_EXPANDED_NODES = 2_000_000
_SCALAR_AS_TEXT = {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:binary"}
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_FLOW_OPEN = re.compile(r"[\[{]")


class YamlError(Exception):
    def __init__(
        self, message: str, line: int | None = None, column: int | None = None, too_deep: bool = False
    ):
        super().__init__(message)
        self.too_deep = too_deep
        self.message = message
        self.line = line
        self.column = column


def _loader_for(text: str, max_depth: int) -> type[Any]:
    """The fast C loader unless the text might nest deeper than the C composer can bear.

    Deep nesting in the pure-Python composer ends in a RecursionError we can report;
    the C composer would exhaust the native stack instead.
    """
    flow_openers = _count(_FLOW_OPEN, text, max_depth * 4)
    deep_indent = re.compile(rf"^ {{{max(max_depth - flow_openers + 1, 1)},}}", re.MULTILINE)
    if flow_openers > max_depth or deep_indent.search(text) or not hasattr(yaml, "CSafeLoader"):
        return yaml.SafeLoader
    return yaml.CSafeLoader


def _count(pattern: re.Pattern[str], text: str, limit: int) -> int:
    count = 0
    for _ in pattern.finditer(text):
        count += 1
        if count >= limit:
            break
    return count


def load_yaml(text: str, max_depth: int) -> tuple[Any, dict[str, tuple[int, int]]]:
    """Parse one YAML document into plain JSON-like values and a pointer -> (line, column) map."""
    loader = _loader_for(text, max_depth)(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise YamlError(f"malformed YAML: {error.problem or error.context}", line, column) from None
    except yaml.YAMLError as error:
        raise YamlError(f"malformed YAML: {error}") from None
    except RecursionError:
        # Flow nesting is located exactly by the caller; block nesting where the composer gave up.
        mark = loader.get_mark() if _count(_FLOW_OPEN, text, max_depth + 1) <= max_depth else None
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise YamlError(f"nesting deeper than {max_depth} levels", line, column, too_deep=True) from None
    finally:
        loader.dispose()
    if node is None:
        raise YamlError("empty document", 1, 1)
    _check_expansion(node)
    builder = _Builder(max_depth)
    return builder.build(node, "", 0), builder.positions


def _check_expansion(root: Node) -> None:
    """Refuse a graph whose aliases recurse or would expand past the node budget, before expanding.

    Aliases share node objects, so expanded sizes add up per distinct node in linear time.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        children = _children(node)
        if children_done or not children:
            size = 1 + sum(sizes[id(child)] for child in children)
            sizes[id(node)] = size
            open_nodes.discard(id(node))
            if size > MAX_EXPANDED_NODES:
                raise _at(node, f"aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (an alias bomb?)")
            continue
        if id(node) in sizes:
            continue
        open_nodes.add(id(node))
        stack.append((node, True))
        for child in children:
            if id(child) in open_nodes:
                raise _at(child, "malformed YAML: an alias refers to a node that contains it")
            if id(child) not in sizes:
                stack.append((child, False))


def _at(node: Node, message: str) -> YamlError:
    mark = node.start_mark
    return YamlError(message, mark.line + 1, mark.column + 1)


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


class _Builder:
    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.positions: dict[str, tuple[int, int]] = {}
        self.expanded = 0
        self.scalars = SafeConstructor()

    def build(self, node: Node, pointer: str, depth: int) -> Any:
        self.expanded += 1
        mark = node.start_mark
        if self.expanded > MAX_EXPANDED_NODES:
            raise YamlError(
                f"aliases expand to more than {MAX_EXPANDED_NODES:,} nodes (an alias bomb?)",
                mark.line + 1,
                mark.column + 1,
            )
        if depth > self.max_depth:
            raise YamlError(f"nesting deeper than {self.max_depth} levels", mark.line + 1, mark.column + 1)
        self.positions.setdefault(pointer, (mark.line + 1, mark.column + 1))
        if isinstance(node, (MappingNode, SequenceNode)) and node.tag not in _COLLECTION_TAGS:
            raise YamlError(f"malformed YAML: unsupported tag {node.tag!r}", mark.line + 1, mark.column + 1)
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(self.build_scalar(key_node)) if isinstance(key_node, ScalarNode) else "?"
                child = f"{pointer}/{escape_token(key)}"
                key_mark = key_node.start_mark
                self.positions.setdefault(child, (key_mark.line + 1, key_mark.column + 1))
                result[key] = self.build(value_node, child, depth + 1)
            return result
        if isinstance(node, SequenceNode):
            return [
                self.build(item, f"{pointer}/{index}", depth + 1) for index, item in enumerate(node.value)
            ]
        return self.build_scalar(node)

    def build_scalar(self, node: Node) -> Any:
        if node.tag in _SCALAR_AS_TEXT:
            return node.value
        try:
            return self.scalars.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            mark = node.start_mark
            raise YamlError(f"malformed YAML: {error.problem}", mark.line + 1, mark.column + 1) from None

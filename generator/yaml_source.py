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
    widest_indent = max((len(line) - len(line.lstrip(" ")) for line in text.splitlines()), default=0)
    flow_openers = len(_FLOW_OPEN.findall(text))
    if widest_indent + min(flow_openers, max_depth * 4) > max_depth or not hasattr(yaml, "CSafeLoader"):
        return yaml.SafeLoader
    return yaml.CSafeLoader


def load_yaml(text: str, max_depth: int) -> tuple[Any, dict[str, tuple[int, int]]]:
    """Parse one YAML document into plain JSON-like values and a pointer -> (line, column) map."""
    try:
        node = yaml.compose(text, Loader=_loader_for(text, max_depth))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise YamlError(f"malformed YAML: {error.problem or error.context}", line, column) from None
    except yaml.YAMLError as error:
        raise YamlError(f"malformed YAML: {error}") from None
    except RecursionError:
        raise YamlError(f"nesting deeper than {max_depth} levels", too_deep=True) from None
    if node is None:
        raise YamlError("empty document", 1, 1)
    builder = _Builder(max_depth)
    return builder.build(node, "", 0), builder.positions


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

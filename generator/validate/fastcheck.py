"""A yes/no JSON Schema (draft 4) check compiled to closures, for the fast path of validation.

It answers only "certainly valid" (True) or "maybe not" (False): whenever draft-4 semantics are
subtle (floats as integers, containers in ``enum`` or ``uniqueItems``) it says False, and the
caller asks the full validator, which gives the exact errors. Keywords it does not know make
:func:`compile_check` raise ``Unsupported`` so a caller can fall back entirely.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Mapping
from typing import Any

from generator import pointer as jp
from generator.resolver import Resolver
from generator.validate.combinators import NodeCheck, all_of, combine
from generator.validate.equality import certainly_unique, scalar_key
from generator.validate.patterns import Pattern, compile_pattern

_IGNORED = frozenset({"description", "default", "id", "$schema", "definitions", "title", "example"})


class Unsupported(Exception):
    """The schema uses a keyword (or a form of one) this checker does not implement."""


def always(_: Any) -> bool:
    return True


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# Draft 4's type tests (1.0 is a number, not an integer; True is neither).
TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
}


class SchemaCompiler:
    """Compiles a schema (and what its references reach in ``root``) to one check."""

    def __init__(self, root: Mapping[str, Any], formats: frozenset[str]) -> None:
        self.root = root
        self.formats = formats
        self.refs: dict[str, NodeCheck] = {}
        self.resolver = Resolver(root)

    def ref(self, ref: str) -> NodeCheck:
        if ref not in self.refs:
            if not ref.startswith("#"):
                raise Unsupported(f"remote $ref {ref}")
            node = jp.lookup(self.root, ref[1:])
            # A placeholder while compiling, for recursive definitions; the real check afterwards.
            holder: list[NodeCheck] = []
            self.refs[ref] = lambda value: holder[0](value)
            holder.append(self.schema(node))
            self.refs[ref] = holder[0]
        return self.refs[ref]

    def target(self, node: Any) -> Any:
        """The node a schema stands for: its ``$ref`` chain followed in ``root`` (``{}`` where it breaks)."""
        return self.resolver.follow(node, "").node

    def schema(self, node: Any) -> NodeCheck:
        if not isinstance(node, Mapping):
            raise Unsupported("schema is not an object")
        if "$ref" in node:
            return self.ref(node["$ref"])
        checks: list[NodeCheck] = []
        declared_type = node.get("type")
        object_check = self.object_keywords(node, declared_type == "object")
        if object_check is not None and declared_type == "object":
            declared_type = None  # the object check says False for anything but an object
        array_check = self.array_keywords(node, declared_type == "array")
        if array_check is not None and declared_type == "array":
            declared_type = None  # the same for arrays
        for key, value in node.items():
            if key in _IGNORED or key in _OBJECT_KEYS or key in _ARRAY_KEYS:
                continue
            check = self.keyword(key, value, node)
            if check is not always:
                checks.append(check)
        if object_check is not None:
            checks.append(object_check)
        if array_check is not None:
            checks.append(array_check)
        type_check = self.type_check(declared_type)
        if type_check is not None:
            checks.insert(0, type_check)
        if not checks:
            return always
        return all_of(checks)

    def type_check(self, declared: Any) -> NodeCheck | None:
        if declared is None:
            return None
        names = [declared] if isinstance(declared, str) else declared
        if not isinstance(names, list) or any(name not in TYPE_TESTS for name in names):
            raise Unsupported(f"type {declared!r}")
        tests = tuple(TYPE_TESTS[name] for name in names)
        if len(tests) == 1:
            return tests[0]
        return lambda value: any(test(value) for test in tests)

    def keyword(self, key: str, value: Any, node: Mapping[str, Any]) -> NodeCheck:
        if key == "type":
            return always  # handled by type_check
        if key in ("oneOf", "anyOf", "allOf"):
            branches = tuple(self.schema(branch) for branch in value)
            return combine(key, branches, value, self.target, _key_matcher)
        if key == "not":
            inner = self.schema(value)
            return lambda instance: not inner(instance)
        if key == "enum":
            return _enum_check(value)
        if key == "format":
            return self.format_check(value)
        if key == "pattern":
            regex = _compiled(value)
            return lambda instance: not isinstance(instance, str) or regex.search(instance) is True
        if key in ("minimum", "maximum"):
            return _bound_check(key, value, node)
        if key in ("exclusiveMinimum", "exclusiveMaximum"):
            return always  # folded into the bound check
        if key in ("minLength", "maxLength"):
            limit = value
            if key == "minLength":
                return lambda instance: not isinstance(instance, str) or len(instance) >= limit
            return lambda instance: not isinstance(instance, str) or len(instance) <= limit
        if key == "dependencies":
            return _dependencies_check(value)
        raise Unsupported(f"keyword {key}")

    def format_check(self, name: Any) -> NodeCheck:
        if name not in self.formats:
            return always
        if name == "regex":
            return _regex_format
        raise Unsupported(f"format {name}")

    def object_keywords(self, node: Mapping[str, Any], only_objects: bool) -> NodeCheck | None:
        """The object keywords' check; with ``only_objects`` it also stands for ``"type": "object"``."""
        if not any(key in node for key in _OBJECT_KEYS):
            return None
        required = tuple(node.get("required", ()))
        properties = {name: self.schema(sub) for name, sub in node.get("properties", {}).items()}
        patterns = tuple(
            (_key_matcher(pattern), self.schema(sub))
            for pattern, sub in node.get("patternProperties", {}).items()
        )
        additional_node = node.get("additionalProperties", True)
        closed = additional_node is False
        additional = None if isinstance(additional_node, bool) else self.schema(additional_node)
        min_props = node.get("minProperties")
        max_props = node.get("maxProperties")

        # Every check a declared name's value must pass (its own, the patterns it matches) is known now.
        declared: dict[str, NodeCheck] = {}
        for name, sub in properties.items():
            matching = (check for matches, check in patterns if matches(name) is not False)
            checks = [check for check in (sub, *matching) if check is not always]
            declared[name] = all_of(checks) if checks else always
        checked = {name: sub for name, sub in declared.items() if sub is not always}
        # Undeclared names are free: only the declared ones with a check need a look.
        open_ended = not patterns and not closed and additional is None

        def check(instance: Any) -> bool:
            if type(instance) is not dict:
                return not only_objects
            for name in required:
                if name not in instance:
                    return False
            if min_props is not None and len(instance) < min_props:
                return False
            if max_props is not None and len(instance) > max_props:
                return False
            if open_ended:
                for key, value in instance.items():
                    sub = checked.get(key)
                    if sub is not None and not sub(value):
                        return False
                return True
            for key, value in instance.items():
                known = declared.get(key)
                if known is not None:
                    if known is not always and not known(value):
                        return False
                    continue
                matched = False
                for matches, pattern_check in patterns:
                    hit = matches(key)
                    if hit is None:  # a key too long to search: not certain
                        return False
                    if hit:
                        matched = True
                        if pattern_check is not always and not pattern_check(value):
                            return False
                if not matched:
                    if closed:
                        return False
                    if additional is not None and not additional(value):
                        return False
            return True

        return check

    def array_keywords(self, node: Mapping[str, Any], only_arrays: bool) -> NodeCheck | None:
        """The array keywords' check; with ``only_arrays`` it also stands for ``"type": "array"``."""
        if not any(key in node for key in _ARRAY_KEYS):
            return None
        items_node = node.get("items")
        if items_node is not None and not isinstance(items_node, Mapping):
            raise Unsupported("items as a list")
        items = None if items_node is None else self.schema(items_node)
        min_items = node.get("minItems")
        max_items = node.get("maxItems")
        unique = node.get("uniqueItems") is True

        def check(instance: Any) -> bool:
            if not isinstance(instance, list):
                return not only_arrays
            if min_items is not None and len(instance) < min_items:
                return False
            if max_items is not None and len(instance) > max_items:
                return False
            if unique and not certainly_unique(instance):
                return False
            if items is not None:
                for item in instance:
                    if not items(item):
                        return False
            return True

        return check


_OBJECT_KEYS = frozenset(
    {"required", "properties", "patternProperties", "additionalProperties", "minProperties", "maxProperties"}
)
_ARRAY_KEYS = frozenset({"items", "minItems", "maxItems", "uniqueItems"})


_LITERAL_PREFIX = re.compile(r"\^((?:[A-Za-z0-9_-]|\\/)+)")
# ``^[...]+$`` with plain characters, ``\x`` escapes and ``a-z`` ranges (component names).
_WHOLE_CLASS = re.compile(r"\^\[((?:\\[^A-Za-z0-9]|[^\\\]\^])+)\]\+\$")
_CLASS_ITEM = re.compile(r"(\\.|[^\\])(?:-(\\.|[^\\]))?")


def _compiled(pattern: Any) -> Pattern:
    regex = compile_pattern(pattern) if isinstance(pattern, str) else None
    if regex is None:
        raise Unsupported(f"pattern {pattern!r}")
    return regex


def _allowed_characters(members: str) -> frozenset[str]:
    allowed: set[str] = set()
    for first, last in _CLASS_ITEM.findall(members):
        low, high = first[-1], (last or first)[-1]
        allowed.update(chr(code) for code in range(ord(low), ord(high) + 1))
    return frozenset(allowed)


def _key_matcher(pattern: str) -> Callable[[str], bool | None]:
    """Plain string tests for ``^x-`` and ``^[A-Za-z0-9._-]+$`` (most of them), RE2 for the rest."""
    literal = _LITERAL_PREFIX.fullmatch(pattern)
    if literal is not None:
        prefix = literal.group(1).replace("\\/", "/")
        return lambda key: key.startswith(prefix)
    whole = _WHOLE_CLASS.fullmatch(pattern)
    if whole is not None:
        allowed = _allowed_characters(whole.group(1))
        return lambda key: bool(key) and allowed.issuperset(key)
    search = _compiled(pattern).search
    known: dict[str, bool | None] = {}  # the same names come back (statuses, methods, components)

    def matches(key: str) -> bool | None:
        if key not in known:
            known[key] = search(key)
        return known[key]

    return matches


def _enum_check(options: list[Any]) -> NodeCheck:
    keys = {scalar_key(option) for option in options}
    if None in keys:
        raise Unsupported("enum with containers")
    strings = frozenset(option for option in options if isinstance(option, str))

    def check(instance: Any) -> bool:
        if isinstance(instance, str):
            return instance in strings
        key = scalar_key(instance)
        return key is not None and key in keys

    return check


def _bound_check(key: str, limit: Any, node: Mapping[str, Any]) -> NodeCheck:
    exclusive = node.get("exclusiveMinimum" if key == "minimum" else "exclusiveMaximum") is True
    if key == "minimum":
        if exclusive:
            return lambda instance: not _is_number(instance) or instance > limit
        return lambda instance: not _is_number(instance) or instance >= limit
    if exclusive:
        return lambda instance: not _is_number(instance) or instance < limit
    return lambda instance: not _is_number(instance) or instance <= limit


def _dependencies_check(dependencies: Mapping[str, Any]) -> NodeCheck:
    if not all(isinstance(needed, list) for needed in dependencies.values()):
        raise Unsupported("schema dependencies")
    pairs = tuple((key, tuple(needed)) for key, needed in dependencies.items())

    def check(instance: Any) -> bool:  # plain loops: checked for every schema of a document
        if not isinstance(instance, dict):
            return True
        for key, needed in pairs:
            if key in instance:
                for name in needed:
                    if name not in instance:
                        return False
        return True

    return check


def _regex_format(instance: Any) -> bool:
    if not isinstance(instance, str):
        return True
    try:
        with warnings.catch_warnings():  # Python's notes on its own future syntax are not findings
            warnings.simplefilter("ignore")
            re.compile(instance)
    except re.error:
        return False
    return True


def compile_check(schema: Mapping[str, Any], formats: frozenset[str] = frozenset()) -> NodeCheck:
    """A function telling whether a value is certainly valid against ``schema``.

    ``formats`` names the formats to check (only ``regex`` is known); others are ignored, as
    jsonschema ignores formats when no format checker is given.
    """
    return SchemaCompiler(schema, formats).schema(schema)

"""JSON Schema 2020-12 keywords at one node: values compared, sub-schemas added, removed or descended."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.diff.schemas.flatten import Flat
from generator.model import Schema

# Sub-schema families: the kinds reported when one appears or disappears (None: only descended into).
_FAMILIES: dict[str, tuple[str, str] | None] = {
    "not": ("not-added", "not-removed"),
    "if": ("conditional-added", "conditional-removed"),
    "then": ("conditional-added", "conditional-removed"),
    "else": ("conditional-added", "conditional-removed"),
    "contains": ("contains-added", "contains-removed"),
    "propertyNames": ("property-names-added", "property-names-removed"),
    "prefixItems": ("prefix-item-added", "prefix-item-removed"),
    "patternProperties": ("pattern-property-added", "pattern-property-removed"),
    "dependentSchemas": ("dependent-schema-added", "dependent-schema-removed"),
    "contentSchema": None,
    "unevaluatedProperties": None,
    "unevaluatedItems": None,
}
# How a sub-schema shows in a property path.
_LABELS = {"contains": "[contains]", "unevaluatedItems": "[]", "unevaluatedProperties": "*"}


def shown(value: Any) -> str:
    return "none" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _split(key: str) -> tuple[str, str]:
    """``patternProperties[^x-]`` is family ``patternProperties`` and name ``^x-``."""
    family, _, rest = key.partition("[")
    return family, rest[:-1]


class KeywordChecks:
    base: Flat
    revision: Flat

    def emit(self, kind: str, pointer: str | None = None, path: str = "", **args: Any) -> None:
        raise NotImplementedError

    def child(self, label_: str, base: tuple[Schema, ...], revision: tuple[Schema, ...]) -> None:
        raise NotImplementedError

    def keywords(self) -> None:
        self.values()
        old, new = self.base.subschemas, self.revision.subschemas
        for key in [*old, *(key for key in new if key not in old)]:
            family, name = _split(key)
            if key in old and key in new:
                label = _LABELS.get(family, f"({key})")
                self.child(label, old[key], new[key])
                continue
            kinds = _FAMILIES.get(family)
            if kinds is not None:
                added = key in new
                # One condition per schema, however many of if/then/else came or went.
                pointer = (
                    None if kinds[0] == "conditional-added" else (new[key] if added else old[key])[0].pointer
                )
                argument = {"name": name} if family == "dependentSchemas" else {"value": shown(name)}
                self.emit(kinds[0] if added else kinds[1], pointer, **(argument if name else {}))

    def values(self) -> None:
        old, new = self.base.keywords, self.revision.keywords
        if old == new:
            return
        self.const(old, new)
        for key, kind in (
            ("contentMediaType", "content-media-type-changed"),
            ("contentEncoding", "content-encoding-changed"),
        ):
            if old.get(key) != new.get(key):
                self.emit(kind, old=shown(old.get(key)), new=shown(new.get(key)))
        for key, tightened, loosened in (
            ("unevaluatedProperties", "unevaluated-properties-tightened", "unevaluated-properties-loosened"),
            ("unevaluatedItems", "unevaluated-items-tightened", "unevaluated-items-loosened"),
        ):
            if old.get(key) != new.get(key):
                self.emit(tightened if new.get(key) is False else loosened)
        self.dependent_required(old.get("dependentRequired"), new.get("dependentRequired"))
        self.extensible_enum(old.get("x-extensible-enum"), new.get("x-extensible-enum"))

    def const(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        if "const" in old and "const" in new:
            if old["const"] != new["const"]:
                self.emit("const-changed", old=shown(old["const"]), new=shown(new["const"]))
        elif "const" in new:
            self.emit("const-added", new=shown(new["const"]))
        elif "const" in old:
            self.emit("const-removed", old=shown(old["const"]))

    def dependent_required(self, old: Any, new: Any) -> None:
        old_map = old if isinstance(old, dict) else {}
        new_map = new if isinstance(new, dict) else {}
        for name in sorted(set(old_map) | set(new_map)):
            before, after = set(map(str, old_map.get(name) or ())), set(map(str, new_map.get(name) or ()))
            for value in sorted(after - before):
                self.emit("dependent-required-added", name=name, value=shown(value))
            for value in sorted(before - after):
                self.emit("dependent-required-removed", name=name, value=shown(value))

    def extensible_enum(self, old: Any, new: Any) -> None:
        before, after = (value if isinstance(value, list) else [] for value in (old, new))
        self.listed_values(("extensible-enum-value-added", "extensible-enum-value-removed"), before, after)

    def listed_values(self, kinds: tuple[str, str], old: Sequence[Any], new: Sequence[Any]) -> None:
        """The (added, removed) kinds: added for every value only in ``new``, removed for every one
        only in ``old``."""
        added, removed = kinds
        for value in new:
            if value not in old:
                self.emit(added, value=shown(value))
        for value in old:
            if value not in new:
                self.emit(removed, value=shown(value))

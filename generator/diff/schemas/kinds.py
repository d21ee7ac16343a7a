"""Every kind of schema change, with its level when the schema is read (request) or written (response).

A request schema describes what callers send: tightening it breaks them. A response schema describes
what callers receive: loosening it, or taking something away, breaks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.change import Kind, Level

BRK, WRN, INF = Level.BREAKING, Level.WARNING, Level.INFO
ADD, REMOVE, MODIFY, DOC = Kind.ADDITION, Kind.REMOVAL, Kind.MODIFICATION, Kind.DOCUMENTATION


@dataclass(frozen=True, slots=True)
class SchemaKind:
    name: str
    request: Level
    response: Level
    kind: Kind
    message: str


# Bounds: (kind name, label, word when tightened, word when loosened).
BOUNDS = (
    ("maximum", "maximum", "decreased", "increased"),
    ("minimum", "minimum", "increased", "decreased"),
    ("max-length", "maximum length", "decreased", "increased"),
    ("min-length", "minimum length", "increased", "decreased"),
    ("max-items", "maximum item count", "decreased", "increased"),
    ("min-items", "minimum item count", "increased", "decreased"),
    ("max-properties", "maximum property count", "decreased", "increased"),
    ("min-properties", "minimum property count", "increased", "decreased"),
)
# Loosening a bound in a response: a warning, breaking under the ``strict-responses`` policy.
LOOSENED_BOUNDS = frozenset(f"{name}-{looser}" for name, _, _, looser in BOUNDS)


def _bound(name: str, label: str, tighter: str, looser: str) -> tuple[SchemaKind, SchemaKind]:
    return (
        SchemaKind(
            f"{name}-{tighter}", BRK, INF, MODIFY, f"{label} of {{where}} {tighter} from {{old}} to {{new}}"
        ),
        SchemaKind(
            f"{name}-{looser}", INF, WRN, MODIFY, f"{label} of {{where}} {looser} from {{old}} to {{new}}"
        ),
    )


SCHEMA_KINDS: tuple[SchemaKind, ...] = (
    SchemaKind("type-changed", BRK, BRK, MODIFY, "type of {where} changed from {old} to {new}"),
    SchemaKind("type-widened", INF, BRK, MODIFY, "type of {where} widened from {old} to {new}"),
    SchemaKind("type-narrowed", BRK, INF, MODIFY, "type of {where} narrowed from {old} to {new}"),
    SchemaKind("format-changed", BRK, BRK, MODIFY, "format of {where} changed from {old} to {new}"),
    SchemaKind("format-added", WRN, INF, MODIFY, "{where} now has format {new}"),
    SchemaKind("format-removed", INF, WRN, MODIFY, "{where} no longer has format {old}"),
    SchemaKind("nullable-added", INF, BRK, MODIFY, "{where} became nullable"),
    SchemaKind("nullable-removed", BRK, INF, MODIFY, "{where} is no longer nullable"),
    SchemaKind("enum-value-added", INF, WRN, ADD, "enum value {value} added to {where}"),
    SchemaKind("enum-value-removed", BRK, INF, REMOVE, "enum value {value} removed from {where}"),
    SchemaKind("enum-added", BRK, INF, MODIFY, "{where} restricted to the values {new}"),
    SchemaKind("enum-removed", INF, WRN, MODIFY, "{where} no longer restricted to the values {old}"),
    *(kind for bound in BOUNDS for kind in _bound(*bound)),
    SchemaKind("pattern-added", BRK, INF, MODIFY, "{where} must now match the pattern {new}"),
    SchemaKind("pattern-removed", INF, WRN, MODIFY, "{where} no longer has the pattern {old}"),
    SchemaKind("pattern-changed", WRN, WRN, MODIFY, "pattern of {where} changed from {old} to {new}"),
    SchemaKind("multiple-of-changed", WRN, WRN, MODIFY, "multipleOf of {where} changed from {old} to {new}"),
    SchemaKind("unique-items-added", BRK, INF, MODIFY, "items of {where} must now be unique"),
    SchemaKind("unique-items-removed", INF, WRN, MODIFY, "items of {where} no longer need to be unique"),
    SchemaKind("default-changed", WRN, INF, MODIFY, "default of {where} changed from {old} to {new}"),
    SchemaKind("property-added", INF, INF, ADD, "optional {where} added"),
    SchemaKind("property-added-required", BRK, INF, ADD, "required {where} added"),
    SchemaKind("property-removed", WRN, BRK, REMOVE, "{where} removed"),
    SchemaKind("property-became-required", BRK, INF, MODIFY, "{where} became required"),
    SchemaKind("property-became-optional", INF, BRK, MODIFY, "{where} became optional"),
    SchemaKind("property-became-read-only", WRN, INF, MODIFY, "{where} became read-only"),
    SchemaKind("property-became-write-only", INF, BRK, MODIFY, "{where} became write-only"),
    SchemaKind("property-no-longer-read-only", INF, INF, MODIFY, "{where} is no longer read-only"),
    SchemaKind("property-no-longer-write-only", INF, INF, MODIFY, "{where} is no longer write-only"),
    SchemaKind("property-deprecated", INF, INF, MODIFY, "{where} deprecated"),
    SchemaKind(
        "additional-properties-tightened", BRK, INF, MODIFY, "{where} accepts fewer additional properties"
    ),
    SchemaKind(
        "additional-properties-loosened", INF, WRN, MODIFY, "{where} allows more additional properties"
    ),
    SchemaKind("one-of-branch-added", INF, WRN, ADD, "{where} gained a oneOf alternative {branch}"),
    SchemaKind("one-of-branch-removed", BRK, INF, REMOVE, "{where} lost the oneOf alternative {branch}"),
    SchemaKind("any-of-branch-added", INF, WRN, ADD, "{where} gained an anyOf alternative {branch}"),
    SchemaKind("any-of-branch-removed", BRK, INF, REMOVE, "{where} lost the anyOf alternative {branch}"),
    SchemaKind(
        "discriminator-changed", WRN, WRN, MODIFY, "discriminator of {where} changed from {old} to {new}"
    ),
    SchemaKind("schema-description-changed", INF, INF, DOC, "description of {where} changed"),
    SchemaKind("schema-title-changed", INF, INF, DOC, "title of {where} changed from {old} to {new}"),
    SchemaKind("schema-example-changed", INF, INF, DOC, "example of {where} changed"),
)

SCHEMA_KIND_NAMES = frozenset(kind.name for kind in SCHEMA_KINDS)

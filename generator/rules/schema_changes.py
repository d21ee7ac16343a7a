"""Every kind of schema change, with its level when the schema is read (request) or written (response).

Each kind is a rule once per place a schema is found (``request-body-type-changed``,
``response-header-type-changed`` ...): ``SCHEMA_RULES`` holds them by (place, kind name).

A request schema describes what callers send: tightening it breaks them. A response schema describes
what callers receive: loosening it, or taking something away, breaks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.rules.rule import ADD, BRK, DOC, INF, MODIFY, REMOVE, WRN, ChangeRule, Kind, Level, change_rule


@dataclass(frozen=True, slots=True)
class SchemaKind:
    name: str
    request: Level
    response: Level
    kind: Kind
    message: str
    note: str = ""  # why a verdict differs from other breaking-change checkers, when it does


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
    ("exclusive-maximum", "exclusive maximum", "decreased", "increased"),
    ("exclusive-minimum", "exclusive minimum", "increased", "decreased"),
    ("max-contains", "maximum count of matching items", "decreased", "increased"),
    ("min-contains", "minimum count of matching items", "increased", "decreased"),
)
# Loosening a bound in a response: a warning, breaking under the ``strict-responses`` policy.
LOOSENED_BOUNDS = frozenset(f"{name}-{looser}" for name, _, _, looser in BOUNDS)


_FIRST_LIMIT = (
    "A limit where there was none is a warning, not breaking: senders that kept to the documented "
    "values so far rarely exceed the new limit; it has its own rule so that it can be raised by policy."
)
_LOOSER_RESPONSE = (
    "A warning, not breaking: a client that only reads the value still works; the strict-responses "
    "policy makes it breaking for clients that validate responses."
)


def _bound(name: str, label: str, tighter: str, looser: str) -> tuple[SchemaKind, ...]:
    return (
        SchemaKind(
            f"{name}-{tighter}", BRK, INF, MODIFY, f"{label} of {{where}} {tighter} from {{old}} to {{new}}"
        ),
        SchemaKind(
            f"{name}-{looser}",
            INF,
            WRN,
            MODIFY,
            f"{label} of {{where}} {looser} from {{old}} to {{new}}",
            _LOOSER_RESPONSE,
        ),
        SchemaKind(
            f"{name}-added", WRN, INF, MODIFY, f"{{where}} now has a {label} of {{new}}", _FIRST_LIMIT
        ),
    )


_UNION_NOTE = (
    "Breaking in responses, where other checkers say warning: a strongly typed client generated from "
    "the old version reads one shape and fails on the others."
)


def _constraint(
    name: str, added: str, removed: str, words: tuple[str, str] = ("added", "removed")
) -> tuple[SchemaKind, SchemaKind]:
    """A constraint that comes (it tightens: breaks senders) or goes (it loosens: readers are warned)."""
    return (
        SchemaKind(f"{name}-{words[0]}", BRK, INF, MODIFY, added),
        SchemaKind(f"{name}-{words[1]}", INF, WRN, MODIFY, removed),
    )


def _open_end(name: str, noun: str) -> tuple[SchemaKind, SchemaKind]:
    """``additionalProperties`` and the ``unevaluated*`` keywords: closing them tightens."""
    words = ("tightened", "loosened")
    return _constraint(name, f"{{where}} accepts fewer {noun}", f"{{where}} allows more {noun}", words)


# JSON Schema 2020-12 / OpenAPI 3.1 keywords.
KEYWORD_KINDS = (
    *_constraint("const", "{where} must now be {new}", "{where} is no longer fixed to {old}"),
    SchemaKind("const-changed", BRK, BRK, MODIFY, "{where} changed from the constant {old} to {new}"),
    *_constraint(
        "contains",
        "{where} must now contain an item matching a schema",
        "{where} no longer needs an item matching a schema",
    ),
    *_constraint(
        "dependent-required",
        "{where}: {name} now requires {value}",
        "{where}: {name} no longer requires {value}",
    ),
    *_constraint(
        "dependent-schema", "{where}: {name} now brings a schema", "{where}: {name} no longer brings a schema"
    ),
    *_constraint(
        "conditional", "{where} gained an if/then/else condition", "{where} lost its if/then/else condition"
    ),
    *_constraint(
        "prefix-item", "{where} now constrains item {value}", "{where} no longer constrains item {value}"
    ),
    *_constraint(
        "property-names",
        "property names of {where} are now constrained",
        "property names of {where} are no longer constrained",
    ),
    *_constraint(
        "pattern-property",
        "{where} gained pattern properties {value}",
        "{where} lost pattern properties {value}",
    ),
    *_open_end("unevaluated-properties", "unevaluated properties"),
    *_open_end("unevaluated-items", "unevaluated items"),
    SchemaKind(
        "content-media-type-changed",
        BRK,
        BRK,
        MODIFY,
        "content media type of {where} changed from {old} to {new}",
    ),
    SchemaKind(
        "content-encoding-changed",
        BRK,
        BRK,
        MODIFY,
        "content encoding of {where} changed from {old} to {new}",
    ),
    *_constraint("not", "{where} must now not match a schema", "{where} no longer excludes a schema"),
    SchemaKind(
        "extensible-enum-value-removed",
        BRK,
        INF,
        REMOVE,
        "x-extensible-enum value {value} removed from {where}",
    ),
    SchemaKind(
        "extensible-enum-value-added",
        INF,
        INF,
        ADD,
        "x-extensible-enum value {value} added to {where}",
        "Info in responses: an extensible enum tells clients to expect values they do not know.",
    ),
)

_WIDENED = (
    "Breaking in responses (a type array that gains a type included), where other checkers say "
    "warning: a client typed on the old version fails to read a value of the new type."
)
_OPTIONAL_REMOVED = (
    "A warning in responses, where other checkers say breaking: a client built on the old version "
    "already handles the property being absent, since it was optional."
)

SCHEMA_KINDS: tuple[SchemaKind, ...] = (
    SchemaKind("type-changed", BRK, BRK, MODIFY, "type of {where} changed from {old} to {new}"),
    SchemaKind("type-widened", INF, BRK, MODIFY, "type of {where} widened from {old} to {new}", _WIDENED),
    SchemaKind("type-narrowed", BRK, INF, MODIFY, "type of {where} narrowed from {old} to {new}"),
    SchemaKind("format-changed", BRK, BRK, MODIFY, "format of {where} changed from {old} to {new}"),
    SchemaKind("format-added", WRN, INF, MODIFY, "{where} now has format {new}"),
    SchemaKind("format-removed", INF, WRN, MODIFY, "{where} no longer has format {old}"),
    SchemaKind("nullable-added", INF, BRK, MODIFY, "{where} became nullable"),
    SchemaKind("nullable-removed", BRK, INF, MODIFY, "{where} is no longer nullable"),
    SchemaKind("enum-value-added", INF, WRN, ADD, "enum value {value} added to {where}"),
    SchemaKind("enum-value-removed", BRK, INF, REMOVE, "enum value {value} removed from {where}"),
    *_constraint(
        "enum", "{where} restricted to the values {new}", "{where} no longer restricted to the values {old}"
    ),
    *(kind for bound in BOUNDS for kind in _bound(*bound)),
    *_constraint(
        "pattern", "{where} must now match the pattern {new}", "{where} no longer has the pattern {old}"
    ),
    SchemaKind("pattern-changed", WRN, WRN, MODIFY, "pattern of {where} changed from {old} to {new}"),
    SchemaKind("multiple-of-changed", WRN, WRN, MODIFY, "multipleOf of {where} changed from {old} to {new}"),
    *_constraint(
        "unique-items", "items of {where} must now be unique", "items of {where} no longer need to be unique"
    ),
    SchemaKind("default-changed", WRN, INF, MODIFY, "default of {where} changed from {old} to {new}"),
    SchemaKind("property-added", INF, INF, ADD, "optional {where} added"),
    SchemaKind("property-added-required", BRK, INF, ADD, "required {where} added"),
    SchemaKind("property-removed", WRN, WRN, REMOVE, "optional {where} removed", _OPTIONAL_REMOVED),
    SchemaKind("property-removed-required", WRN, BRK, REMOVE, "required {where} removed"),
    SchemaKind("property-became-required", BRK, INF, MODIFY, "{where} became required"),
    SchemaKind("property-became-optional", INF, BRK, MODIFY, "{where} became optional"),
    SchemaKind("property-became-read-only", WRN, INF, MODIFY, "{where} became read-only"),
    SchemaKind("property-became-write-only", INF, BRK, MODIFY, "{where} became write-only"),
    SchemaKind("property-no-longer-read-only", INF, INF, MODIFY, "{where} is no longer read-only"),
    SchemaKind("property-no-longer-write-only", INF, INF, MODIFY, "{where} is no longer write-only"),
    SchemaKind("property-deprecated", INF, INF, MODIFY, "{where} deprecated"),
    *_open_end("additional-properties", "additional properties"),
    SchemaKind("one-of-branch-added", INF, WRN, ADD, "{where} gained a oneOf alternative {branch}"),
    SchemaKind("one-of-branch-removed", BRK, INF, REMOVE, "{where} lost the oneOf alternative {branch}"),
    SchemaKind("any-of-branch-added", INF, WRN, ADD, "{where} gained an anyOf alternative {branch}"),
    SchemaKind("any-of-branch-removed", BRK, INF, REMOVE, "{where} lost the anyOf alternative {branch}"),
    *(
        SchemaKind(f"became-{name}", INF, BRK, MODIFY, f"{{where}} became {label} of {{new}}", _UNION_NOTE)
        for name, label in (("one-of", "a oneOf"), ("any-of", "an anyOf"))
    ),
    SchemaKind("no-longer-one-of", BRK, INF, MODIFY, "{where} is no longer a oneOf of {old}"),
    SchemaKind("no-longer-any-of", BRK, INF, MODIFY, "{where} is no longer an anyOf of {old}"),
    *KEYWORD_KINDS,
    SchemaKind(
        "discriminator-changed", WRN, WRN, MODIFY, "discriminator of {where} changed from {old} to {new}"
    ),
    SchemaKind("schema-description-changed", INF, INF, DOC, "description of {where} changed"),
    SchemaKind("schema-title-changed", INF, INF, DOC, "title of {where} changed from {old} to {new}"),
    SchemaKind("schema-example-changed", INF, INF, DOC, "example of {where} changed"),
)

SCHEMA_KIND_NAMES = frozenset(kind.name for kind in SCHEMA_KINDS)

REQUEST_PLACES = ("request-parameter", "request-body")
RESPONSE_PLACES = ("response-body", "response-header")
WEBHOOK_PREFIX = "webhook-"
# A webhook is a call the API makes: its request is read by the subscriber (like a response) and what
# the subscriber answers is read by the API (like a request). Places by who writes the schema: the
# caller or subscriber (tightening breaks them), or the API (loosening or taking away breaks them).
SENT_PLACES = (*REQUEST_PLACES, *(WEBHOOK_PREFIX + place for place in RESPONSE_PLACES))
RECEIVED_PLACES = (*RESPONSE_PLACES, *(WEBHOOK_PREFIX + place for place in REQUEST_PLACES))
SCHEMA_PLACES = (*SENT_PLACES, *RECEIVED_PLACES)


def _schema_rules() -> dict[tuple[str, str], ChangeRule]:
    rules = {}
    for place in SCHEMA_PLACES:
        for kind in SCHEMA_KINDS:
            level = kind.request if place in SENT_PLACES else kind.response
            rules[(place, kind.name)] = change_rule(
                f"{place}-{kind.name}", level, kind.kind, kind.message, kind.note
            )
    return rules


SCHEMA_RULES: Mapping[tuple[str, str], ChangeRule] = _schema_rules()

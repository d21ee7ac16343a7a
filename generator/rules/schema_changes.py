"""Every kind of schema change, with its level when the schema is read (request) or written (response).

The kinds are in ``schema_kinds.json``: bounds and constraints as families, the others row by row.
Its tables: ``notes``, why a verdict differs from other breaking-change checkers, by name (kinds name
theirs in "note"); ``bounds``, three kinds each: tightened (breaks senders), loosened (a warning in
responses, breaking under the strict-responses policy) and added where there was none ({label} of
{where} ...); ``constraints`` that come (the first word: they tighten, so senders break) or go (the
second: they loosen, so readers are warned), each word naming its kind ({name}-{word}) and giving its
message; ``kinds``, every other kind in full (level: breaking | warning | info; kind: addition |
removal | modification | documentation; message: a str.format template, {where} names the schema or
property).

Each kind is a rule once per place a schema is found (``request-body-type-changed``,
``response-header-type-changed`` ...): ``SCHEMA_RULES`` holds them by (place, kind name).

A request schema describes what callers send: tightening it breaks them. A response schema describes
what callers receive: loosening it, or taking something away, breaks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.rules.rows import read_data
from generator.rules.rule import ChangeRule, Kind, Level, change_rule

BRK, WRN, INF, MODIFY = Level.BREAKING, Level.WARNING, Level.INFO, Kind.MODIFICATION


@dataclass(frozen=True, slots=True)
class SchemaKind:
    name: str
    request: Level
    response: Level
    kind: Kind
    message: str
    note: str = ""  # why a verdict differs from other breaking-change checkers, when it does


_DATA = read_data("schema_kinds.json")
_NOTES: Mapping[str, str] = _DATA["notes"]


def _bound(name: str, row: Mapping[str, str]) -> tuple[SchemaKind, ...]:
    label, tighter, looser = row["label"], row["tightened"], row["loosened"]

    def moved(word: str) -> str:
        return f"{label} of {{where}} {word} from {{old}} to {{new}}"

    first = f"{{where}} now has a {label} of {{new}}"
    return (
        SchemaKind(f"{name}-{tighter}", BRK, INF, MODIFY, moved(tighter)),
        SchemaKind(f"{name}-{looser}", INF, WRN, MODIFY, moved(looser), _NOTES["looser-response"]),
        SchemaKind(f"{name}-added", WRN, INF, MODIFY, first, _NOTES["first-limit"]),
    )


def _constraint(name: str, row: Mapping[str, str]) -> tuple[SchemaKind, SchemaKind]:
    """A constraint that comes (it tightens: breaks senders) or goes (it loosens: readers are warned)."""
    (tighter, tightened), (looser, loosened) = row.items()
    return (
        SchemaKind(f"{name}-{tighter}", BRK, INF, MODIFY, tightened),
        SchemaKind(f"{name}-{looser}", INF, WRN, MODIFY, loosened),
    )


def _kind(name: str, row: Mapping[str, str]) -> SchemaKind:
    levels = Level(row["request"]), Level(row["response"])
    return SchemaKind(
        name, *levels, Kind(row["kind"]), row["message"], _NOTES[row["note"]] if "note" in row else ""
    )


SCHEMA_KINDS: tuple[SchemaKind, ...] = (
    *(kind for name, row in _DATA["bounds"].items() for kind in _bound(name, row)),
    *(kind for name, row in _DATA["constraints"].items() for kind in _constraint(name, row)),
    *(_kind(name, row) for name, row in _DATA["kinds"].items()),
)
# Loosening a bound in a response: a warning, breaking under the ``strict-responses`` policy.
LOOSENED_BOUNDS = frozenset(f"{name}-{row['loosened']}" for name, row in _DATA["bounds"].items())

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
# The kind a schema rule reports, by the rule's id (``response-body-type-changed``: ``type-changed``).
SCHEMA_KIND_OF_RULE: Mapping[str, str] = {rule.id: name for (_, name), rule in SCHEMA_RULES.items()}

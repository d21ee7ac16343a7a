"""What a client has to do about a breaking change: one line per diff rule, shown in the changelog.

Plain data keyed by the registry's rule ids, so it can move into the registry rows later. Schema
rules exist once per place a schema is found (``request-body-pattern-added``,
``request-parameter-pattern-added``): their lines are written once per kind of change and given
to every place of that direction. A rule without a line (a warning raised to breaking by policy)
gets :data:`DEFAULT_ADVICE`.
"""

from __future__ import annotations

from generator.rules.change_rules import (
    OPERATION_REMOVED,
    OPERATION_REMOVED_BEFORE_SUNSET,
    OPERATION_SECURITY_ADDED,
    OPERATION_SECURITY_ALTERNATIVE_REMOVED,
    PATH_REMOVED,
    PATH_REMOVED_BEFORE_SUNSET,
    REQUEST_BODY_ADDED_REQUIRED,
    REQUEST_BODY_BECAME_OPTIONAL,
    REQUEST_BODY_BECAME_REQUIRED,
    REQUEST_BODY_MEDIA_TYPE_REMOVED,
    REQUEST_BODY_REMOVED,
    REQUEST_PARAMETER_ADDED_REQUIRED,
    REQUEST_PARAMETER_BECAME_OPTIONAL,
    REQUEST_PARAMETER_BECAME_REQUIRED,
    REQUEST_PARAMETER_EXPLODE_CHANGED,
    REQUEST_PARAMETER_LOCATION_CHANGED,
    REQUEST_PARAMETER_STYLE_CHANGED,
    RESPONSE_HEADER_BECAME_OPTIONAL,
    RESPONSE_HEADER_BECAME_REQUIRED,
    RESPONSE_MEDIA_TYPE_REMOVED,
    RESPONSE_REQUIRED_HEADER_REMOVED,
    RESPONSE_SUCCESS_STATUS_REMOVED,
    SECURITY_SCHEME_HTTP_SCHEME_CHANGED,
    SECURITY_SCHEME_KEY_LOCATION_CHANGED,
    SECURITY_SCHEME_KEY_RENAMED,
    SECURITY_SCHEME_REMOVED,
    SECURITY_SCHEME_TYPE_CHANGED,
    WEBHOOK_REQUIRED_PARAMETER_REMOVED,
    WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED,
    WEBHOOK_TWIN_OF,
)
from generator.rules.schema_changes import RECEIVED_PLACES, SCHEMA_RULES, SENT_PLACES

DEFAULT_ADVICE = "Check your calls of this operation against the new description before upgrading."

_OPERATIONS = {
    PATH_REMOVED.id: "Stop calling this path; use the replacement the API description names.",
    PATH_REMOVED_BEFORE_SUNSET.id: "Stop calling this path now: it went before its announced sunset date.",
    OPERATION_REMOVED.id: "Stop calling this operation and remove its calls from your code.",
    OPERATION_REMOVED_BEFORE_SUNSET.id: "Stop calling this operation now: it went before its sunset date.",
    REQUEST_PARAMETER_ADDED_REQUIRED.id: "Send this new parameter in every call of the operation.",
    REQUEST_PARAMETER_BECAME_REQUIRED.id: "Send this parameter in every call: it can no longer be left out.",
    REQUEST_PARAMETER_LOCATION_CHANGED.id: "Send the parameter in its new place (path, query, header, cookie).",
    REQUEST_PARAMETER_STYLE_CHANGED.id: "Encode the parameter in its new style: regenerate the client.",
    REQUEST_PARAMETER_EXPLODE_CHANGED.id: "Send list and object values the new way (repeated or joined).",
    REQUEST_BODY_ADDED_REQUIRED.id: "Send a request body in every call of this operation.",
    REQUEST_BODY_BECAME_REQUIRED.id: "Always send a request body: calls without one are refused.",
    REQUEST_BODY_MEDIA_TYPE_REMOVED.id: "Send the body in one of the media types still listed.",
    RESPONSE_REQUIRED_HEADER_REMOVED.id: "Stop reading this response header; handle answers without it.",
    RESPONSE_HEADER_BECAME_OPTIONAL.id: "Handle answers in which this header is missing.",
    RESPONSE_SUCCESS_STATUS_REMOVED.id: "Stop expecting this status; handle the success statuses still listed.",
    RESPONSE_MEDIA_TYPE_REMOVED.id: "Read the answer in one of the media types still listed.",
    SECURITY_SCHEME_REMOVED.id: "Authenticate with one of the schemes that remain.",
    SECURITY_SCHEME_TYPE_CHANGED.id: "Get credentials of the new kind and send those instead.",
    SECURITY_SCHEME_KEY_RENAMED.id: "Send your key under its new name.",
    SECURITY_SCHEME_KEY_LOCATION_CHANGED.id: "Send your key in its new place (header, query or cookie).",
    SECURITY_SCHEME_HTTP_SCHEME_CHANGED.id: "Send the Authorization header with the new HTTP scheme.",
    OPERATION_SECURITY_ADDED.id: "Send credentials with every call of this operation.",
    OPERATION_SECURITY_ALTERNATIVE_REMOVED.id: "Authenticate with one of the schemes still accepted.",
    WEBHOOK_REQUIRED_PARAMETER_REMOVED.id: "Handle webhook calls without this parameter.",
    WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED.id: "Send this header in every answer to the webhook.",
    WEBHOOK_TWIN_OF[REQUEST_PARAMETER_BECAME_OPTIONAL.id].id: "Handle webhook calls without this parameter.",
    WEBHOOK_TWIN_OF[REQUEST_BODY_REMOVED.id].id: "Stop reading a body: webhook calls no longer carry one.",
    WEBHOOK_TWIN_OF[REQUEST_BODY_BECAME_OPTIONAL.id].id: "Handle webhook calls that carry no body.",
    WEBHOOK_TWIN_OF[
        RESPONSE_HEADER_BECAME_REQUIRED.id
    ].id: "Send this header in every answer to the webhook.",
}

# Changes to what callers (or webhook subscribers) send, by kind; given to every place they write.
_SENT = {
    "type-changed": "Send the value with its new type.",
    "type-narrowed": "Send only values of the types that remain.",
    "format-changed": "Send the value in its new format.",
    "nullable-removed": "Stop sending null: send a value or leave the field out.",
    "enum-value-removed": "Stop sending the removed value; use one still listed.",
    "extensible-enum-value-removed": "Stop sending the removed value; use one still listed.",
    "enum-added": "Send only the listed values.",
    "maximum-decreased": "Keep the value at or below the new maximum.",
    "minimum-increased": "Keep the value at or above the new minimum.",
    "exclusive-maximum-decreased": "Keep the value below the new exclusive maximum.",
    "exclusive-minimum-increased": "Keep the value above the new exclusive minimum.",
    "max-length-decreased": "Shorten the text to the new maximum length.",
    "min-length-increased": "Send texts at least as long as the new minimum length.",
    "max-items-decreased": "Send no more items than the new maximum.",
    "min-items-increased": "Send at least the new minimum number of items.",
    "max-properties-decreased": "Send no more properties than the new maximum.",
    "min-properties-increased": "Send at least the new minimum number of properties.",
    "max-contains-decreased": "Send no more matching items than the new maximum.",
    "min-contains-increased": "Send at least the new minimum number of matching items.",
    "pattern-added": "Check the value against the new pattern before sending it.",
    "unique-items-added": "Remove duplicate items before sending the list.",
    "property-added-required": "Send this new field in every call.",
    "property-became-required": "Send this field in every call: it can no longer be left out.",
    "additional-properties-tightened": "Send only the properties the schema lists.",
    "unevaluated-properties-tightened": "Send only the properties the schema describes.",
    "unevaluated-items-tightened": "Send only the items the schema describes.",
    "one-of-branch-removed": "Stop sending the removed alternative; send one of those that remain.",
    "any-of-branch-removed": "Stop sending the removed alternative; send one of those that remain.",
    "no-longer-one-of": "Send the value in the one shape the schema now describes.",
    "no-longer-any-of": "Send the value in the one shape the schema now describes.",
    "const-added": "Send exactly the constant the schema now names.",
    "const-changed": "Send the new constant instead of the old one.",
    "contains-added": "Include at least one item that matches the new item schema.",
    "dependent-required-added": "When you send the named field, send the fields it now requires too.",
    "dependent-schema-added": "When you send the named field, follow the schema it now brings.",
    "conditional-added": "Check the value against the new if/then/else condition before sending.",
    "prefix-item-added": "Make the item at that position match its new schema.",
    "property-names-added": "Use only property names the new rule allows.",
    "pattern-property-added": "Make properties whose names match the new patterns follow their schemas.",
    "content-media-type-changed": "Encode the content as the new media type.",
    "content-encoding-changed": "Encode the content with the new encoding.",
    "not-added": "Make sure the value no longer matches the excluded schema.",
}

# Changes to what callers (or webhook subscribers) receive, by kind; given to every place they read.
_RECEIVED = {
    "type-changed": "Read the value as its new type.",
    "type-widened": "Handle every type the value can now have.",
    "format-changed": "Parse the value in its new format.",
    "nullable-added": "Handle null where you read this value.",
    "property-removed-required": "Stop reading this field; handle answers without it.",
    "property-became-optional": "Handle answers in which this field is missing.",
    "property-became-write-only": "Stop reading this field: answers no longer carry it.",
    "became-one-of": "Handle each of the shapes the value can now take.",
    "became-any-of": "Handle each of the shapes the value can now take.",
    "const-changed": "Expect the new constant instead of the old one.",
    "content-media-type-changed": "Decode the content as the new media type.",
    "content-encoding-changed": "Decode the content with the new encoding.",
}

# A kind name missing from the registry fails here, at import, rather than giving no line.
ADVICE: dict[str, str] = {
    **_OPERATIONS,
    **{
        SCHEMA_RULES[place, kind].id: line
        for places, lines in ((SENT_PLACES, _SENT), (RECEIVED_PLACES, _RECEIVED))
        for place in places
        for kind, line in lines.items()
    },
}


def advice(rule_id: str) -> str:
    """The line for a breaking change of rule ``rule_id``."""
    return ADVICE.get(rule_id, DEFAULT_ADVICE)

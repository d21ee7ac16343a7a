"""What diff reports: one row per rule, grouped by the check module that emits it (diff/rules/*).

Schema changes are rules once per place a schema is found; they are in ``schema_changes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from generator.rules.rule import (
    ADD,
    BRK,
    DOC,
    INF,
    MODIFY,
    REMOVE,
    WRN,
    ChangeRule,
    Level,
    change_rule,
    rules_of,
)
from generator.rules.schema_changes import WEBHOOK_PREFIX

# documentation.py
INFO_TITLE_CHANGED = change_rule("info-title-changed", INF, DOC, "API title changed from {old} to {new}")
INFO_DESCRIPTION_CHANGED = change_rule("info-description-changed", INF, DOC, "API description changed")
INFO_VERSION_CHANGED = change_rule(
    "info-version-changed", INF, DOC, "API version changed from {old} to {new}"
)
INFO_CHANGED = change_rule("info-changed", INF, DOC, "info {field} changed {detail}")
TAG_ADDED = change_rule("tag-added", INF, DOC, "tag {name} added")
TAG_REMOVED = change_rule("tag-removed", INF, DOC, "tag {name} removed")
TAG_DESCRIPTION_CHANGED = change_rule(
    "tag-description-changed", INF, DOC, "description of tag {name} changed"
)
DOCUMENT_EXTENSION_CHANGED = change_rule(
    "document-extension-changed", INF, DOC, "document extension {name} {change} {detail}"
)
EXTERNAL_DOCS_CHANGED = change_rule("external-docs-changed", INF, DOC, "external documentation link changed")
SERVER_DESCRIPTION_CHANGED = change_rule(
    "server-description-changed", INF, DOC, "description of server {url} changed"
)
OPERATION_SUMMARY_CHANGED = change_rule(
    "operation-summary-changed", INF, DOC, "summary changed from {old} to {new}"
)
OPERATION_DESCRIPTION_CHANGED = change_rule("operation-description-changed", INF, DOC, "description changed")
OPERATION_EXTENSION_ADDED = change_rule("operation-extension-added", INF, DOC, "extension {name} added")
OPERATION_EXTENSION_REMOVED = change_rule("operation-extension-removed", INF, DOC, "extension {name} removed")
OPERATION_EXTENSION_CHANGED = change_rule(
    "operation-extension-changed", INF, DOC, "extension {name} changed {detail}"
)
PARAMETER_DESCRIPTION_CHANGED = change_rule(
    "parameter-description-changed", INF, DOC, "description of {name} changed"
)
PARAMETER_EXAMPLE_CHANGED = change_rule(
    "parameter-example-changed", INF, DOC, "example of {name} changed {detail}"
)
REQUEST_BODY_DESCRIPTION_CHANGED = change_rule(
    "request-body-description-changed", INF, DOC, "request body description changed"
)
REQUEST_BODY_EXAMPLE_CHANGED = change_rule(
    "request-body-example-changed", INF, DOC, "request body example ({media_type}) changed {detail}"
)
RESPONSE_DESCRIPTION_CHANGED = change_rule(
    "response-description-changed", INF, DOC, "description of response {status} changed"
)
RESPONSE_EXAMPLE_CHANGED = change_rule(
    "response-example-changed", INF, DOC, "example of response {status} ({media_type}) changed {detail}"
)

# operation.py
OPERATION_DEPRECATED = change_rule("operation-deprecated", INF, MODIFY, "operation deprecated")
OPERATION_NO_LONGER_DEPRECATED = change_rule(
    "operation-no-longer-deprecated", INF, MODIFY, "operation no longer deprecated"
)
OPERATION_SUNSET_CHANGED = change_rule(
    "operation-sunset-changed", INF, MODIFY, "sunset date changed from {old} to {new}"
)
OPERATION_SUNSET_REMOVED = change_rule("operation-sunset-removed", WRN, MODIFY, "sunset date {old} removed")
OPERATION_SUNSET_INVALID = change_rule(
    "operation-sunset-invalid", WRN, MODIFY, "sunset date {new} is not a date"
)
OPERATION_ID_CHANGED = change_rule(
    "operation-id-changed", WRN, MODIFY, "operationId changed from {old} to {new}"
)
OPERATION_TAG_ADDED = change_rule("operation-tag-added", INF, DOC, "tag {tag} added to the operation")
OPERATION_TAG_REMOVED = change_rule("operation-tag-removed", INF, DOC, "tag {tag} removed from the operation")

# parameters.py
REQUEST_PARAMETER_ADDED_REQUIRED = change_rule(
    "request-parameter-added-required", BRK, ADD, "required {location} parameter '{name}' added"
)
REQUEST_PARAMETER_ADDED_OPTIONAL = change_rule(
    "request-parameter-added-optional", INF, ADD, "optional {location} parameter '{name}' added"
)
REQUEST_PARAMETER_REMOVED = change_rule(
    "request-parameter-removed", WRN, REMOVE, "{location} parameter '{name}' removed"
)
REQUEST_PARAMETER_BECAME_REQUIRED = change_rule(
    "request-parameter-became-required", BRK, MODIFY, "{location} parameter '{name}' became required"
)
REQUEST_PARAMETER_BECAME_OPTIONAL = change_rule(
    "request-parameter-became-optional", INF, MODIFY, "{location} parameter '{name}' became optional"
)
REQUEST_PARAMETER_LOCATION_CHANGED = change_rule(
    "request-parameter-location-changed", BRK, MODIFY, "parameter '{name}' moved from {old} to {new}"
)
REQUEST_PARAMETER_STYLE_CHANGED = change_rule(
    "request-parameter-style-changed",
    BRK,
    MODIFY,
    "style of {location} parameter '{name}' changed from {old} to {new}",
)
REQUEST_PARAMETER_EXPLODE_CHANGED = change_rule(
    "request-parameter-explode-changed",
    BRK,
    MODIFY,
    "explode of {location} parameter '{name}' changed from {old} to {new}",
)
REQUEST_PARAMETER_DEPRECATED = change_rule(
    "request-parameter-deprecated", INF, MODIFY, "{location} parameter '{name}' deprecated"
)
REQUEST_PATH_PARAMETER_RENAMED = change_rule(
    "request-path-parameter-renamed", INF, MODIFY, "path parameter '{old}' renamed to '{new}'"
)

# paths.py
PATH_ADDED = change_rule("path-added", INF, ADD, "path {path} added (with {method})")
PATH_REMOVED = change_rule("path-removed", BRK, REMOVE, "path {path} removed (with {method})")
PATH_REMOVED_AFTER_SUNSET = change_rule(
    "path-removed-after-sunset", INF, REMOVE, "path {path} removed after its sunset date {sunset}"
)
PATH_REMOVED_BEFORE_SUNSET = change_rule(
    "path-removed-before-sunset", BRK, REMOVE, "path {path} removed before its sunset date {sunset}"
)
DEPRECATED_PATH_REMOVED = change_rule(
    "deprecated-path-removed", WRN, REMOVE, "deprecated path {path} removed without a sunset date"
)
OPERATION_ADDED = change_rule("operation-added", INF, ADD, "operation {method} {path} added")
OPERATION_REMOVED = change_rule("operation-removed", BRK, REMOVE, "operation {method} {path} removed")
OPERATION_REMOVED_AFTER_SUNSET = change_rule(
    "operation-removed-after-sunset", INF, REMOVE, "operation removed after its sunset date {sunset}"
)
OPERATION_REMOVED_BEFORE_SUNSET = change_rule(
    "operation-removed-before-sunset", BRK, REMOVE, "operation removed before its sunset date {sunset}"
)
DEPRECATED_OPERATION_REMOVED = change_rule(
    "deprecated-operation-removed", WRN, REMOVE, "deprecated operation removed without a sunset date"
)

# request_body.py
REQUEST_BODY_ADDED_REQUIRED = change_rule(
    "request-body-added-required", BRK, ADD, "required request body added"
)
REQUEST_BODY_ADDED_OPTIONAL = change_rule(
    "request-body-added-optional", INF, ADD, "optional request body added"
)
REQUEST_BODY_REMOVED = change_rule("request-body-removed", WRN, REMOVE, "request body removed")
REQUEST_BODY_BECAME_REQUIRED = change_rule(
    "request-body-became-required", BRK, MODIFY, "request body became required"
)
REQUEST_BODY_BECAME_OPTIONAL = change_rule(
    "request-body-became-optional", INF, MODIFY, "request body became optional"
)
REQUEST_BODY_MEDIA_TYPE_ADDED = change_rule(
    "request-body-media-type-added", INF, ADD, "request body media type {media_type} added"
)
REQUEST_BODY_MEDIA_TYPE_REMOVED = change_rule(
    "request-body-media-type-removed", BRK, REMOVE, "request body media type {media_type} removed"
)

# response_headers.py
RESPONSE_REQUIRED_HEADER_REMOVED = change_rule(
    "response-required-header-removed", BRK, REMOVE, "response {status} header '{name}' removed"
)
RESPONSE_OPTIONAL_HEADER_REMOVED = change_rule(
    "response-optional-header-removed", WRN, REMOVE, "optional response {status} header '{name}' removed"
)
RESPONSE_HEADER_ADDED = change_rule(
    "response-header-added", INF, ADD, "response {status} header '{name}' added"
)
RESPONSE_HEADER_BECAME_OPTIONAL = change_rule(
    "response-header-became-optional", BRK, MODIFY, "response {status} header '{name}' became optional"
)
RESPONSE_HEADER_BECAME_REQUIRED = change_rule(
    "response-header-became-required", INF, MODIFY, "response {status} header '{name}' became required"
)

# responses.py
RESPONSE_SUCCESS_STATUS_REMOVED = change_rule(
    "response-success-status-removed", BRK, REMOVE, "success response {status} removed"
)
RESPONSE_ERROR_STATUS_REMOVED = change_rule(
    "response-error-status-removed", WRN, REMOVE, "response {status} removed"
)
RESPONSE_SUCCESS_STATUS_ADDED = change_rule(
    "response-success-status-added", INF, ADD, "success response {status} added"
)
RESPONSE_ERROR_STATUS_ADDED = change_rule("response-error-status-added", INF, ADD, "response {status} added")
RESPONSE_MEDIA_TYPE_REMOVED = change_rule(
    "response-media-type-removed", BRK, REMOVE, "response {status} media type {media_type} removed"
)
RESPONSE_MEDIA_TYPE_ADDED = change_rule(
    "response-media-type-added", INF, ADD, "response {status} media type {media_type} added"
)

# security.py
SECURITY_SCHEME_REMOVED = change_rule(
    "security-scheme-removed", BRK, REMOVE, "security scheme {name} removed"
)
SECURITY_SCHEME_ADDED = change_rule("security-scheme-added", INF, ADD, "security scheme {name} added")
SECURITY_SCHEME_TYPE_CHANGED = change_rule(
    "security-scheme-type-changed", BRK, MODIFY, "type of security scheme {name} changed from {old} to {new}"
)
SECURITY_SCHEME_KEY_RENAMED = change_rule(
    "security-scheme-key-renamed",
    BRK,
    MODIFY,
    "security scheme {name} now reads its key from {new} instead of {old}",
)
SECURITY_SCHEME_KEY_LOCATION_CHANGED = change_rule(
    "security-scheme-key-location-changed",
    BRK,
    MODIFY,
    "security scheme {name} moved its key from the {old} to the {new}",
)
SECURITY_SCHEME_HTTP_SCHEME_CHANGED = change_rule(
    "security-scheme-http-scheme-changed", BRK, MODIFY, "HTTP scheme of {name} changed from {old} to {new}"
)
OPERATION_SECURITY_ADDED = change_rule(
    "operation-security-added", BRK, MODIFY, "operation now requires authentication ({schemes})"
)
OPERATION_SECURITY_ALTERNATIVE_REMOVED = change_rule(
    "operation-security-alternative-removed", BRK, REMOVE, "authentication with {schemes} no longer accepted"
)
OPERATION_SECURITY_ALTERNATIVE_ADDED = change_rule(
    "operation-security-alternative-added", INF, ADD, "authentication with {schemes} now accepted"
)

# servers.py
SERVER_ADDED = change_rule("server-added", INF, ADD, "server {url} added")
SERVER_REMOVED = change_rule("server-removed", WRN, REMOVE, "server {url} removed")

# webhooks.py
WEBHOOK_ADDED = change_rule("webhook-added", INF, ADD, "webhook {name} ({method}) added")
WEBHOOK_REMOVED = change_rule(
    "webhook-removed", WRN, REMOVE, "webhook {name} ({method}) removed: subscribers stop receiving it"
)

CHANGE_RULES = rules_of(globals())


# A webhook is compared as an operation with the direction turned round: its request is read by the
# subscriber, its responses are written by the subscriber. A rule whose verdict turns with the
# direction has a webhook twin, ``webhook-`` + its id; the others serve webhooks as they are.
def _twin(rule: ChangeRule, level: Level, why: str) -> ChangeRule:
    return change_rule(WEBHOOK_PREFIX + rule.id, level, rule.kind, rule.message, why)


_READS = "A webhook's subscriber reads what the webhook sends"
_WRITES = "A webhook's subscriber writes the answer the API reads"
WEBHOOK_TWINS: tuple[ChangeRule, ...] = (
    _twin(REQUEST_PARAMETER_ADDED_REQUIRED, INF, f"{_READS}: one more value arrives."),
    _twin(REQUEST_PARAMETER_BECAME_REQUIRED, INF, f"{_READS}: the value now always arrives."),
    _twin(REQUEST_PARAMETER_BECAME_OPTIONAL, BRK, f"{_READS}: a handler that needs it finds it missing."),
    _twin(REQUEST_BODY_ADDED_REQUIRED, INF, f"{_READS}: a body now arrives."),
    _twin(REQUEST_BODY_REMOVED, BRK, f"{_READS}: a handler that reads the body gets none."),
    _twin(REQUEST_BODY_BECAME_REQUIRED, INF, f"{_READS}: the body now always arrives."),
    _twin(REQUEST_BODY_BECAME_OPTIONAL, BRK, f"{_READS}: a handler that reads the body may get none."),
    _twin(REQUEST_BODY_MEDIA_TYPE_ADDED, WRN, f"{_READS}: it may now arrive in a type it does not parse."),
    _twin(REQUEST_BODY_MEDIA_TYPE_REMOVED, INF, f"{_READS}: one type fewer can arrive."),
    _twin(RESPONSE_REQUIRED_HEADER_REMOVED, WRN, f"{_WRITES}: the API no longer reads this header."),
    _twin(RESPONSE_HEADER_BECAME_OPTIONAL, INF, f"{_WRITES}: the header may now be left out."),
    _twin(RESPONSE_HEADER_BECAME_REQUIRED, BRK, f"{_WRITES}: answers without the header are refused."),
)
# Removals and additions whose webhook verdict depends on whether the value was required.
WEBHOOK_REQUIRED_PARAMETER_REMOVED = change_rule(
    "webhook-request-required-parameter-removed",
    BRK,
    REMOVE,
    "required {location} parameter '{name}' removed",
    f"{_READS}: a handler that needs the value finds it missing.",
)
WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED = change_rule(
    "webhook-response-required-header-added",
    BRK,
    ADD,
    "required response {status} header '{name}' added",
    f"{_WRITES}: answers without the new header are refused.",
)
WEBHOOK_RULES = (*WEBHOOK_TWINS, WEBHOOK_REQUIRED_PARAMETER_REMOVED, WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED)
# The rule a webhook's finding is reported under, by the id of the rule its check emitted.
WEBHOOK_TWIN_OF: Mapping[str, ChangeRule] = MappingProxyType(
    {twin.id.removeprefix(WEBHOOK_PREFIX): twin for twin in WEBHOOK_TWINS}
)

"""What diff reports: the rows are in ``changes.json``, in a table per check module (diff/rules/*)
that emits them; here each gets the constant its check imports.

Schema changes are rules once per place a schema is found; they are in ``schema_changes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from generator.rules.rows import CHANGE_RULES, WEBHOOK_TWIN_ROWS
from generator.rules.rule import ChangeRule, Level, change_rule
from generator.rules.schema_changes import SCHEMA_PLACES, SCHEMA_RULES, WEBHOOK_PREFIX

# documentation.py
INFO_TITLE_CHANGED = CHANGE_RULES["info-title-changed"]
INFO_DESCRIPTION_CHANGED = CHANGE_RULES["info-description-changed"]
INFO_VERSION_CHANGED = CHANGE_RULES["info-version-changed"]
INFO_CHANGED = CHANGE_RULES["info-changed"]
TAG_ADDED = CHANGE_RULES["tag-added"]
TAG_REMOVED = CHANGE_RULES["tag-removed"]
TAG_DESCRIPTION_CHANGED = CHANGE_RULES["tag-description-changed"]
DOCUMENT_EXTENSION_CHANGED = CHANGE_RULES["document-extension-changed"]
EXTERNAL_DOCS_CHANGED = CHANGE_RULES["external-docs-changed"]
SERVER_DESCRIPTION_CHANGED = CHANGE_RULES["server-description-changed"]
OPERATION_SUMMARY_CHANGED = CHANGE_RULES["operation-summary-changed"]
OPERATION_DESCRIPTION_CHANGED = CHANGE_RULES["operation-description-changed"]
OPERATION_EXTENSION_ADDED = CHANGE_RULES["operation-extension-added"]
OPERATION_EXTENSION_REMOVED = CHANGE_RULES["operation-extension-removed"]
OPERATION_EXTENSION_CHANGED = CHANGE_RULES["operation-extension-changed"]
PARAMETER_DESCRIPTION_CHANGED = CHANGE_RULES["parameter-description-changed"]
PARAMETER_EXAMPLE_CHANGED = CHANGE_RULES["parameter-example-changed"]
REQUEST_BODY_DESCRIPTION_CHANGED = CHANGE_RULES["request-body-description-changed"]
REQUEST_BODY_EXAMPLE_CHANGED = CHANGE_RULES["request-body-example-changed"]
RESPONSE_DESCRIPTION_CHANGED = CHANGE_RULES["response-description-changed"]
RESPONSE_EXAMPLE_CHANGED = CHANGE_RULES["response-example-changed"]

# operation.py
OPERATION_DEPRECATED = CHANGE_RULES["operation-deprecated"]
OPERATION_NO_LONGER_DEPRECATED = CHANGE_RULES["operation-no-longer-deprecated"]
OPERATION_SUNSET_CHANGED = CHANGE_RULES["operation-sunset-changed"]
OPERATION_SUNSET_REMOVED = CHANGE_RULES["operation-sunset-removed"]
OPERATION_SUNSET_INVALID = CHANGE_RULES["operation-sunset-invalid"]
OPERATION_ID_CHANGED = CHANGE_RULES["operation-id-changed"]
OPERATION_TAG_ADDED = CHANGE_RULES["operation-tag-added"]
OPERATION_TAG_REMOVED = CHANGE_RULES["operation-tag-removed"]

# parameters.py
REQUEST_PARAMETER_ADDED_REQUIRED = CHANGE_RULES["request-parameter-added-required"]
REQUEST_PARAMETER_ADDED_OPTIONAL = CHANGE_RULES["request-parameter-added-optional"]
REQUEST_PARAMETER_REMOVED = CHANGE_RULES["request-parameter-removed"]
REQUEST_PARAMETER_BECAME_REQUIRED = CHANGE_RULES["request-parameter-became-required"]
REQUEST_PARAMETER_BECAME_OPTIONAL = CHANGE_RULES["request-parameter-became-optional"]
REQUEST_PARAMETER_LOCATION_CHANGED = CHANGE_RULES["request-parameter-location-changed"]
REQUEST_PARAMETER_STYLE_CHANGED = CHANGE_RULES["request-parameter-style-changed"]
REQUEST_PARAMETER_EXPLODE_CHANGED = CHANGE_RULES["request-parameter-explode-changed"]
REQUEST_PARAMETER_DEPRECATED = CHANGE_RULES["request-parameter-deprecated"]
REQUEST_PATH_PARAMETER_RENAMED = CHANGE_RULES["request-path-parameter-renamed"]
WEBHOOK_REQUIRED_PARAMETER_REMOVED = CHANGE_RULES["webhook-request-required-parameter-removed"]

# paths.py
PATH_ADDED = CHANGE_RULES["path-added"]
PATH_REMOVED = CHANGE_RULES["path-removed"]
PATH_REMOVED_AFTER_SUNSET = CHANGE_RULES["path-removed-after-sunset"]
PATH_REMOVED_BEFORE_SUNSET = CHANGE_RULES["path-removed-before-sunset"]
DEPRECATED_PATH_REMOVED = CHANGE_RULES["deprecated-path-removed"]
OPERATION_ADDED = CHANGE_RULES["operation-added"]
OPERATION_REMOVED = CHANGE_RULES["operation-removed"]
OPERATION_REMOVED_AFTER_SUNSET = CHANGE_RULES["operation-removed-after-sunset"]
OPERATION_REMOVED_BEFORE_SUNSET = CHANGE_RULES["operation-removed-before-sunset"]
DEPRECATED_OPERATION_REMOVED = CHANGE_RULES["deprecated-operation-removed"]

# request_body.py
REQUEST_BODY_ADDED_REQUIRED = CHANGE_RULES["request-body-added-required"]
REQUEST_BODY_ADDED_OPTIONAL = CHANGE_RULES["request-body-added-optional"]
REQUEST_BODY_REMOVED = CHANGE_RULES["request-body-removed"]
REQUEST_BODY_BECAME_REQUIRED = CHANGE_RULES["request-body-became-required"]
REQUEST_BODY_BECAME_OPTIONAL = CHANGE_RULES["request-body-became-optional"]
REQUEST_BODY_MEDIA_TYPE_ADDED = CHANGE_RULES["request-body-media-type-added"]
REQUEST_BODY_MEDIA_TYPE_REMOVED = CHANGE_RULES["request-body-media-type-removed"]

# response_headers.py
RESPONSE_REQUIRED_HEADER_REMOVED = CHANGE_RULES["response-required-header-removed"]
RESPONSE_OPTIONAL_HEADER_REMOVED = CHANGE_RULES["response-optional-header-removed"]
RESPONSE_HEADER_ADDED = CHANGE_RULES["response-header-added"]
RESPONSE_HEADER_BECAME_OPTIONAL = CHANGE_RULES["response-header-became-optional"]
RESPONSE_HEADER_BECAME_REQUIRED = CHANGE_RULES["response-header-became-required"]
WEBHOOK_RESPONSE_REQUIRED_HEADER_ADDED = CHANGE_RULES["webhook-response-required-header-added"]

# responses.py
RESPONSE_SUCCESS_STATUS_REMOVED = CHANGE_RULES["response-success-status-removed"]
RESPONSE_ERROR_STATUS_REMOVED = CHANGE_RULES["response-error-status-removed"]
RESPONSE_SUCCESS_STATUS_ADDED = CHANGE_RULES["response-success-status-added"]
RESPONSE_ERROR_STATUS_ADDED = CHANGE_RULES["response-error-status-added"]
RESPONSE_MEDIA_TYPE_REMOVED = CHANGE_RULES["response-media-type-removed"]
RESPONSE_MEDIA_TYPE_ADDED = CHANGE_RULES["response-media-type-added"]

# security.py
SECURITY_SCHEME_REMOVED = CHANGE_RULES["security-scheme-removed"]
SECURITY_SCHEME_ADDED = CHANGE_RULES["security-scheme-added"]
SECURITY_SCHEME_TYPE_CHANGED = CHANGE_RULES["security-scheme-type-changed"]
SECURITY_SCHEME_KEY_RENAMED = CHANGE_RULES["security-scheme-key-renamed"]
SECURITY_SCHEME_KEY_LOCATION_CHANGED = CHANGE_RULES["security-scheme-key-location-changed"]
SECURITY_SCHEME_HTTP_SCHEME_CHANGED = CHANGE_RULES["security-scheme-http-scheme-changed"]
OPERATION_SECURITY_ADDED = CHANGE_RULES["operation-security-added"]
OPERATION_SECURITY_ALTERNATIVE_REMOVED = CHANGE_RULES["operation-security-alternative-removed"]
OPERATION_SECURITY_ALTERNATIVE_ADDED = CHANGE_RULES["operation-security-alternative-added"]

# servers.py
SERVER_ADDED = CHANGE_RULES["server-added"]
SERVER_REMOVED = CHANGE_RULES["server-removed"]

# webhooks.py
WEBHOOK_ADDED = CHANGE_RULES["webhook-added"]
WEBHOOK_REMOVED = CHANGE_RULES["webhook-removed"]


# A webhook's twin of a rule: ``webhook-`` + its id, with the level and note of its row.
def _twin(rule: ChangeRule, row: Mapping[str, str]) -> ChangeRule:
    return change_rule(WEBHOOK_PREFIX + rule.id, Level(row["level"]), rule.kind, rule.message, row["note"])


WEBHOOK_TWINS: tuple[ChangeRule, ...] = tuple(
    _twin(CHANGE_RULES[rule_id], row) for rule_id, row in WEBHOOK_TWIN_ROWS.items()
)
# The rule a webhook's finding is reported under, by the id of the rule its check emitted.
WEBHOOK_TWIN_OF: Mapping[str, ChangeRule] = MappingProxyType(
    {twin.id.removeprefix(WEBHOOK_PREFIX): twin for twin in WEBHOOK_TWINS}
)


def _with_twins(*rules: ChangeRule) -> frozenset[str]:
    ids = {rule.id for rule in rules}
    return frozenset(ids | {WEBHOOK_TWIN_OF[rule_id].id for rule_id in ids if rule_id in WEBHOOK_TWIN_OF})


# Groups the changelog sorts changes by, besides what a rule's level and kind say.
DEPRECATIONS = _with_twins(
    OPERATION_DEPRECATED,
    OPERATION_NO_LONGER_DEPRECATED,
    REQUEST_PARAMETER_DEPRECATED,
    DEPRECATED_PATH_REMOVED,
    DEPRECATED_OPERATION_REMOVED,
    *(SCHEMA_RULES[place, "property-deprecated"] for place in SCHEMA_PLACES),
)
DESCRIPTION_CHANGES = _with_twins(  # changes whose before and after texts the changelog shows
    INFO_DESCRIPTION_CHANGED,
    TAG_DESCRIPTION_CHANGED,
    SERVER_DESCRIPTION_CHANGED,
    OPERATION_DESCRIPTION_CHANGED,
    PARAMETER_DESCRIPTION_CHANGED,
    REQUEST_BODY_DESCRIPTION_CHANGED,
    RESPONSE_DESCRIPTION_CHANGED,
    *(SCHEMA_RULES[place, "schema-description-changed"] for place in SCHEMA_PLACES),
)

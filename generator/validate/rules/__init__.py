"""specgen's own rules, beyond the OpenAPI schema: one registry row per rule id."""

from __future__ import annotations

from generator.load import CONTROL_CHARACTER, KEY_DUPLICATE
from generator.problems import Severity
from generator.validate.rules import (
    document,
    examples,
    loading,
    naming,
    operations,
    paths,
    patterns,
    refs,
    responses,
    schemas,
)
from generator.validate.rules.base import Context, Finding, Rule

WARNING, INFO, ERROR = Severity.WARNING, Severity.INFO, Severity.ERROR

RULES: tuple[Rule, ...] = (
    Rule(
        "ref-unresolved",
        ERROR,
        "a $ref that leads nowhere (missing target, cycle, other file)",
        refs.unresolved_refs,
    ),
    Rule(
        KEY_DUPLICATE,
        WARNING,
        "a key written twice in one object (the last one counts)",
        loading.repeated_keys,
    ),
    Rule(
        CONTROL_CHARACTER,
        WARNING,
        "a control character in YAML text, dropped on reading",
        loading.dropped_characters,
    ),
    Rule(
        "security-scheme-undefined",
        ERROR,
        "a security requirement names a scheme that is not defined",
        document.undefined_security_schemes,
    ),
    Rule(
        "tag-undeclared",
        WARNING,
        "an operation uses a tag missing from the top-level 'tags'",
        operations.undeclared_tags,
    ),
    Rule(
        "operation-id-duplicate",
        WARNING,
        "two operations share an operationId",
        operations.duplicate_operation_ids,
    ),
    Rule(
        "operation-id-missing",
        INFO,
        "an operation has no operationId (the client invents a name)",
        operations.missing_operation_ids,
    ),
    Rule(
        "path-templates-equivalent",
        WARNING,
        "two paths differ only in parameter names (/a/{id} and /a/{name})",
        paths.equivalent_templates,
    ),
    Rule(
        "path-parameter-mismatch",
        WARNING,
        "a template variable without a path parameter, or the reverse",
        paths.path_parameter_mismatches,
    ),
    Rule("array-without-items", WARNING, "an array schema without 'items'", schemas.arrays_without_items),
    Rule(
        "keyword-type-mismatch",
        WARNING,
        "a keyword that does not apply to the schema's type (object with 'items', string with 'minimum')",
        schemas.keyword_type_mismatches,
    ),
    Rule(
        "required-undefined",
        WARNING,
        "a required name that is not among the schema's properties",
        schemas.undefined_required,
    ),
    Rule(
        "enum-duplicate", WARNING, "an enum that lists a value more than once", schemas.duplicate_enum_values
    ),
    Rule(
        "example-invalid",
        WARNING,
        "an example or examples value that does not validate against its schema",
        examples.invalid_examples,
    ),
    Rule(
        "pattern-unsupported",
        INFO,
        "a pattern RE2 cannot run (lookaround, backreference), so no value is checked against it",
        patterns.unsupported_patterns,
    ),
    Rule(
        "identifier-collision",
        WARNING,
        "property or parameter names that become the same Python name (BUSINESS_ID, businessID)",
        naming.colliding_identifiers,
    ),
    Rule(
        "response-description-missing",
        WARNING,
        "a response without a description",
        responses.missing_descriptions,
    ),
    Rule("media-type-catch-all", WARNING, "a '*/*' or empty media type", responses.catch_all_media_types),
    Rule("component-unused", INFO, "a component that no $ref uses", refs.unused_components),
    Rule("server-missing", INFO, "no servers (or no host in Swagger 2.0)", document.missing_servers),
)

STRUCTURE = "structure"
RULE_IDS = frozenset({STRUCTURE, *(rule.id for rule in RULES)})

__all__ = ["RULES", "RULE_IDS", "STRUCTURE", "Context", "Finding", "Rule"]

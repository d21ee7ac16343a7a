"""specgen's own rules, beyond the OpenAPI schema: each registered rule and the check that emits it.

The rows (id, level, message template, docs line) are in ``generator.rules.problem_rules``.
"""

from __future__ import annotations

from collections.abc import Collection

from generator.problems import Problem
from generator.rules import problem_rules as rules
from generator.rules.rule import Rule
from generator.validate.rules import (
    examples,
    name_collisions,
    path_templates,
    reference_targets,
    response_media,
    schema_shapes,
    servers_security,
    slow_patterns,
    tags_and_ids,
)
from generator.validate.rules.base import Check, Context, Occurrence
from generator.validate.rules.loading import LOADING_RULES, loading_notes

CHECKS: tuple[tuple[Rule, Check], ...] = (
    (rules.REF_UNRESOLVED, reference_targets.unresolved_refs),
    (rules.SECURITY_SCHEME_UNDEFINED, servers_security.undefined_security_schemes),
    (rules.TAG_UNDECLARED, tags_and_ids.undeclared_tags),
    (rules.OPERATION_ID_DUPLICATE, tags_and_ids.duplicate_operation_ids),
    (rules.OPERATION_ID_MISSING, tags_and_ids.missing_operation_ids),
    (rules.PATH_TEMPLATES_EQUIVALENT, path_templates.equivalent_templates),
    (rules.PATH_PARAMETER_MISMATCH, path_templates.path_parameter_mismatches),
    (rules.ARRAY_WITHOUT_ITEMS, schema_shapes.arrays_without_items),
    (rules.KEYWORD_TYPE_MISMATCH, schema_shapes.keyword_type_mismatches),
    (rules.REQUIRED_UNDEFINED, schema_shapes.undefined_required),
    (rules.ENUM_DUPLICATE, schema_shapes.duplicate_enum_values),
    (rules.EXAMPLE_INVALID, examples.invalid_examples),
    (rules.PATTERN_UNSUPPORTED, slow_patterns.unsupported_patterns),
    (rules.IDENTIFIER_COLLISION, name_collisions.colliding_identifiers),
    (rules.RESPONSE_DESCRIPTION_MISSING, response_media.missing_descriptions),
    (rules.MEDIA_TYPE_CATCH_ALL, response_media.catch_all_media_types),
    (rules.COMPONENT_UNUSED, reference_targets.unused_components),
    (rules.SERVER_MISSING, servers_security.missing_servers),
)

STRUCTURE = rules.STRUCTURE
# Every rule validate reports: the structural check, what loading noticed, and the checks here.
VALIDATE_RULES: tuple[Rule, ...] = (STRUCTURE, *LOADING_RULES, *(rule for rule, _ in CHECKS))
RULE_IDS = frozenset(rule.id for rule in VALIDATE_RULES)


def check_all(context: Context, disabled: Collection[str] = ()) -> list[Problem]:
    """What every enabled rule but the structural check finds, at each rule's default level."""
    found = [
        note for rule in LOADING_RULES if rule.id not in disabled for note in loading_notes(context, rule)
    ]
    found += [
        Problem.of(rule, pointer, args)
        for rule, check in CHECKS
        if rule.id not in disabled
        for pointer, args in check(context)
    ]
    return found


__all__ = ["CHECKS", "RULE_IDS", "STRUCTURE", "VALIDATE_RULES", "Context", "Occurrence", "check_all"]

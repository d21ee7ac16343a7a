"""The problems a document can have: what loading, validate, generate and docs report.

The rows are in ``problems.json``, in the order of every rule list (SARIF, the README table); here
each gets the constant its check imports.
"""

from __future__ import annotations

from generator.rules.rows import PROBLEM_RULES

STRUCTURE = PROBLEM_RULES["structure"]
REF_UNRESOLVED = PROBLEM_RULES["ref-unresolved"]
KEY_DUPLICATE = PROBLEM_RULES["key-duplicate"]
CONTROL_CHARACTER = PROBLEM_RULES["control-character"]
SECURITY_SCHEME_UNDEFINED = PROBLEM_RULES["security-scheme-undefined"]
TAG_UNDECLARED = PROBLEM_RULES["tag-undeclared"]
OPERATION_ID_DUPLICATE = PROBLEM_RULES["operation-id-duplicate"]
OPERATION_ID_MISSING = PROBLEM_RULES["operation-id-missing"]
PATH_TEMPLATES_EQUIVALENT = PROBLEM_RULES["path-templates-equivalent"]
PATH_PARAMETER_MISMATCH = PROBLEM_RULES["path-parameter-mismatch"]
ARRAY_WITHOUT_ITEMS = PROBLEM_RULES["array-without-items"]
KEYWORD_TYPE_MISMATCH = PROBLEM_RULES["keyword-type-mismatch"]
REQUIRED_UNDEFINED = PROBLEM_RULES["required-undefined"]
ENUM_DUPLICATE = PROBLEM_RULES["enum-duplicate"]
EXAMPLE_INVALID = PROBLEM_RULES["example-invalid"]
PATTERN_UNSUPPORTED = PROBLEM_RULES["pattern-unsupported"]
IDENTIFIER_COLLISION = PROBLEM_RULES["identifier-collision"]
RESPONSE_DESCRIPTION_MISSING = PROBLEM_RULES["response-description-missing"]
MEDIA_TYPE_CATCH_ALL = PROBLEM_RULES["media-type-catch-all"]
COMPONENT_UNUSED = PROBLEM_RULES["component-unused"]
SERVER_MISSING = PROBLEM_RULES["server-missing"]
GENERATE_NAMING = PROBLEM_RULES["generate-naming"]
GENERATE_NAMING_SUMMARY = PROBLEM_RULES["generate-naming-summary"]
GENERATE_SCHEME_UNSUPPORTED = PROBLEM_RULES["generate-scheme-unsupported"]
GENERATE_REFRESH_MISSING = PROBLEM_RULES["generate-refresh-missing"]
GENERATE_REFRESH_UNUSABLE = PROBLEM_RULES["generate-refresh-unusable"]
DOCS_LINK_UNRESOLVED = PROBLEM_RULES["docs-link-unresolved"]
DOCS_LINK_UNSAFE = PROBLEM_RULES["docs-link-unsafe"]
LOCK_FILE_EDITED = PROBLEM_RULES["lock-file-edited"]
LOCK_FILE_MISSING = PROBLEM_RULES["lock-file-missing"]
LOCK_SPEC_CHANGED = PROBLEM_RULES["lock-spec-changed"]
LOCK_SPEC_MISSING = PROBLEM_RULES["lock-spec-missing"]
LOCK_NEWER_EXPORT = PROBLEM_RULES["lock-newer-export"]
LOCK_TEMPLATES_CHANGED = PROBLEM_RULES["lock-templates-changed"]
LOCK_TOOL_CHANGED = PROBLEM_RULES["lock-tool-changed"]

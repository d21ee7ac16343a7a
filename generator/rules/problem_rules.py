"""The problems a document can have: what loading, validate, generate and docs report.

The order here is the order of every rule list (SARIF, the README table).
"""

from __future__ import annotations

from generator.rules.rule import ERR, INF, WRN, Area, Rule, rules_of

LOAD, VALIDATE, GENERATE, DOCS = Area.LOAD, Area.VALIDATE, Area.GENERATE, Area.DOCS

STRUCTURE = Rule(
    "structure",
    ERR,
    VALIDATE,
    "{detail}",
    "what openapi-spec-validator reports: the OpenAPI JSON Schema, plus its own checks (duplicate "
    "operationIds, tags and parameters, unresolved path parameters, schemas against the JSON Schema "
    "meta-schema, `required` names no property declares, defaults that do not fit)",
)
REF_UNRESOLVED = Rule("ref-unresolved", ERR, VALIDATE, "{reason}", "a `$ref` that leads nowhere")
KEY_DUPLICATE = Rule(
    "key-duplicate",
    WRN,
    LOAD,
    "key {key!r} is written twice in one object, at {earlier} and {later}; the last one counts",
    "a key written twice in one object, with both places (the last one counts; `diff` prints it on stderr)",
)
CONTROL_CHARACTER = Rule(
    "control-character",
    WRN,
    LOAD,
    "{what} dropped{after}",
    "a control character in YAML text, dropped on reading",
)
SECURITY_SCHEME_UNDEFINED = Rule(
    "security-scheme-undefined",
    ERR,
    VALIDATE,
    "security scheme '{name}' is not defined",
    "a security requirement names a scheme that is not defined",
)
TAG_UNDECLARED = Rule(
    "tag-undeclared",
    WRN,
    VALIDATE,
    "tag '{name}' is used by {operation} but not declared in the top-level 'tags'",
    "an operation uses a tag missing from the top-level `tags`",
)
OPERATION_ID_DUPLICATE = Rule(
    "operation-id-duplicate",
    WRN,
    VALIDATE,
    "operationId '{operation_id}' of {operation} is already used by {first}",
    "two operations share an operationId (Swagger 2.0; for 3.x `structure` says it)",
)
OPERATION_ID_MISSING = Rule(
    "operation-id-missing",
    INF,
    VALIDATE,
    "{operation} has no operationId",
    "an operation has no operationId (the client has to invent a name)",
)
PATH_TEMPLATES_EQUIVALENT = Rule(
    "path-templates-equivalent",
    WRN,
    VALIDATE,
    "'{path}' is the same template as '{first}' (only parameter names differ)",
    "two paths that differ only in parameter names (`/agents/{id}`, `/agents/{idOrEmail}`)",
)
PATH_PARAMETER_MISMATCH = Rule(
    "path-parameter-mismatch",
    WRN,
    VALIDATE,
    "{operation}: {mismatch}",
    "a template variable without a path parameter, or a path parameter not in the template",
)
ARRAY_WITHOUT_ITEMS = Rule(
    "array-without-items",
    WRN,
    VALIDATE,
    "array schema has no 'items', so its elements have no type",
    "an array schema without `items`",
)
KEYWORD_TYPE_MISMATCH = Rule(
    "keyword-type-mismatch",
    WRN,
    VALIDATE,
    "'{keyword}' applies to {wanted} schemas, but this schema is of type {types}",
    "a keyword that does not apply to the schema's type (an object with `items`, a string with `minimum`)",
)
REQUIRED_UNDEFINED = Rule(
    "required-undefined",
    WRN,
    VALIDATE,
    "'{name}' is required but not among the properties",
    "a `required` name that is not among the schema's `properties` (without allOf/anyOf/oneOf)",
)
ENUM_DUPLICATE = Rule(
    "enum-duplicate",
    WRN,
    VALIDATE,
    "enum lists {values} more than once",
    "an enum that lists a value more than once (and which values)",
)
EXAMPLE_INVALID = Rule(
    "example-invalid",
    WRN,
    VALIDATE,
    "example does not match its schema: {error}{more}",
    "an `example` or `examples` value that does not validate against its schema (OpenAPI 3.0 rules, "
    "`nullable` included)",
)
PATTERN_UNSUPPORTED = Rule(
    "pattern-unsupported",
    INF,
    VALIDATE,
    "pattern {pattern!r} is not checked: RE2 cannot run it ({reason})",
    "a `pattern` or `patternProperties` key RE2 cannot run (lookaround, backreference): values are not "
    "checked against it",
)
IDENTIFIER_COLLISION = Rule(
    "identifier-collision",
    WRN,
    VALIDATE,
    "{subject} '{first}' and '{name}' both become '{identifier}' in Python",
    "property or parameter names that become the same Python name (`BUSINESS_ID`, `businessID`)",
)
RESPONSE_DESCRIPTION_MISSING = Rule(
    "response-description-missing",
    WRN,
    VALIDATE,
    "response {status} of {operation} has no description",
    "a response without a description (when `structure` has not already said so)",
)
MEDIA_TYPE_CATCH_ALL = Rule(
    "media-type-catch-all",
    WRN,
    VALIDATE,
    "{operation} uses {shown}; name the real type (application/json?)",
    "a `*/*` or empty media type",
)
COMPONENT_UNUSED = Rule(
    "component-unused",
    INF,
    VALIDATE,
    "{kind} '{name}' is never referenced",
    "a component that no `$ref` uses",
)
SERVER_MISSING = Rule(
    "server-missing",
    INF,
    VALIDATE,
    "no '{field}': clients cannot know where the API lives",
    "no `servers` (no `host` in Swagger 2.0)",
)
GENERATE_NAMING = Rule(
    "generate-naming",
    WRN,
    GENERATE,
    "{detail}",
    "a workaround generation made: a name changed to keep two apart, a security scheme or refresh "
    "operation the client cannot use (listed by `generate --report`)",
)
DOCS_LINK_UNRESOLVED = Rule(
    "docs-link-unresolved",
    WRN,
    DOCS,
    "link {target!r} in {pointer} {why}; it is shown as plain text",
    "a link in spec text that points to no operation, schema or tag, or outside the docs: shown as plain text",
)
DOCS_LINK_UNSAFE = Rule(
    "docs-link-unsafe",
    WRN,
    DOCS,
    "link {target!r} in {pointer} uses a scheme that is not http, https or mailto; it is shown as plain text",
    "a link in spec text with a scheme other than http, https or mailto: shown as plain text",
)

PROBLEM_RULES = rules_of(globals())

"""Where OpenAPI 2.0, 3.0, 3.1 and JSON Schema put what: the one table of the grammar.

An OpenAPI object's members are keywords; some hold maps keyed by names (``paths``, ``responses``),
some hold schemas (``schema``) or maps of schemas (``components/schemas``, Swagger's
``definitions``). A schema's subschemas sit under their own keywords. Values (``example``,
``default``, ``enum``, ``const``, ``value``) and extensions (``x-*``) are data, never structure.
The reference finder (``refs``) and validate's schema walk both read these tables.
"""

from __future__ import annotations

# Members whose value is data: a ``$ref`` or a ``schema`` key inside them is text.
VALUE_KEYS = frozenset({"example", "default", "enum", "const", "value"})
# Members of an OpenAPI object that map names to OpenAPI objects.
NAME_MAPS = frozenset(
    {"paths", "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links"}
    | {"callbacks", "content", "examples", "securityDefinitions", "variables", "encoding", "webhooks"}
    | {"pathItems", "scopes", "mapping"}
)
# Members of an OpenAPI object that map names to schemas (components, Swagger 2.0's root).
SCHEMA_CONTAINERS = frozenset({"schemas", "definitions"})
# Keywords of a schema that map names to subschemas (``dependencies``: to a subschema or a list of names).
SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"}
)
# Keywords of a schema that hold one subschema, or a list of them.
SUBSCHEMAS = frozenset(
    {"allOf", "anyOf", "oneOf", "not", "items", "additionalProperties", "prefixItems", "contains"}
    | {"if", "then", "else", "propertyNames", "additionalItems", "unevaluatedItems"}
    | {"unevaluatedProperties", "contentSchema"}
)

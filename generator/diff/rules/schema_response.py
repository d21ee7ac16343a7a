"""Schema changes in what callers receive (bodies and headers): loosening or removal breaks them."""

from generator.diff.rules._schema_rules import RESPONSE_PLACES, rules_for

RULES = rules_for(RESPONSE_PLACES, "response")

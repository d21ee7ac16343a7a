"""Schema changes in what callers send (parameters and request bodies): tightening breaks them."""

from generator.diff.rules._schema_rules import REQUEST_PLACES, rules_for

RULES = rules_for(REQUEST_PLACES, "request")

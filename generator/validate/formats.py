"""The formats jsonschema's ``FormatChecker()`` checks, known without importing jsonschema.

jsonschema registers some formats always and others only when an optional library imports; the
same conditions are read here from the installed packages. specgen adds ``int32``, ``int64`` and
``byte``. A few checks are repeated here word for word, so common values need no jsonschema.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from functools import cache
from typing import Any

from generator.lazy import lazy_module

# Loaded only for a date-time value to check: it is what jsonschema checks date-times with.
rfc3339_validator: Any = lazy_module("rfc3339_validator")

_ALWAYS = frozenset({"email", "idn-email", "ipv4", "ipv6", "regex", "date", "time", "uuid"})
_OWN = frozenset({"int32", "int64", "byte"})
# Formats jsonschema checks when a library imports (rfc3987 wins over rfc3986-validator for URIs).
_OPTIONAL = (
    ("fqdn", {"hostname"}),
    ("idna", {"idn-hostname"}),
    ("rfc3339_validator", {"date-time"}),
    ("webcolors", {"color"}),
    ("jsonpointer", {"json-pointer", "relative-json-pointer"}),
    ("uri_template", {"uri-template"}),
    ("isoduration", {"duration"}),
)
_URI_FORMATS = (
    ("rfc3986_validator", {"uri", "uri-reference"}),
    ("rfc3987_syntax", {"iri", "iri-reference"}),
)


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@cache
def checked_formats() -> frozenset[str]:
    """Every format specgen's value validator checks in this environment."""
    found = set(_ALWAYS | _OWN)
    for module, names in _OPTIONAL:
        if _installed(module):
            found |= names
    if _installed("rfc3987"):
        found |= {"uri", "uri-reference", "iri", "iri-reference"}
    else:
        for module, names in _URI_FORMATS:
            if _installed(module):
                found |= names
    return frozenset(found)


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_int32(value: Any) -> bool:
    return not is_int(value) or -(2**31) <= value < 2**31


def is_int64(value: Any) -> bool:
    return not is_int(value) or -(2**63) <= value < 2**63


def _is_email(value: Any) -> bool:
    return not isinstance(value, str) or "@" in value


def _is_datetime(value: Any) -> bool:
    if not isinstance(value, str):
        return True
    # jsonschema's own check, with the library it uses (checked only when that library is installed)
    return bool(rfc3339_validator.validate_rfc3339(value.upper()))


# The checks that raise nothing, as jsonschema makes them; others are left to jsonschema.
_PLAIN_CHECKS: dict[str, Callable[[Any], bool]] = {
    "email": _is_email,
    "idn-email": _is_email,
    "date-time": _is_datetime,
    "int32": is_int32,
    "int64": is_int64,
}


def plain_check(name: str) -> Callable[[Any], bool] | None:
    """The check of a checked format that can be made here, or None (not checked, or left to jsonschema)."""
    return _PLAIN_CHECKS.get(name) if name in checked_formats() else None

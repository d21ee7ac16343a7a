"""The one name-maker: every Python identifier and package name in generated code comes from here.

Names in a spec are untrusted text. These functions only ever return ASCII identifiers that are
valid, are not keywords, do not start with an underscore (generated code keeps leading underscores
for its own private names) and, within a :class:`Scope`, never collide.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from dataclasses import dataclass, field

# Python's keywords: no name ever equals one (a keyword gets a trailing underscore). Names the
# generated code itself defines are reserved per scope (see ``generator.render.template_names``).
RESERVED = frozenset(keyword.kwlist)
# A package must not shadow what the generated code imports.
_PACKAGE_RESERVED = RESERVED | {"httpx", "typing", "enum", "dataclasses", "datetime", "json", "logging"}

_WORD_BREAK = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")
_PACKAGE = re.compile(r"^[a-z][a-z0-9_]*$")
# already Pascal case: each capital but the first followed by lower-case letters or digits
_PASCAL = re.compile(r"[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]+)*")
MAX_LENGTH = 80


def ascii_fold(text: str) -> str:
    """Letters with accents lose them (``ação`` -> ``acao``); anything else non-ASCII is dropped."""
    if text.isascii():  # NFKD leaves ASCII as it is
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """Split on case changes, digits and anything that is not a letter or digit."""
    folded = ascii_fold(text)
    found: list[str] = []
    for chunk in _NOT_WORD.split(folded):
        found.extend(_WORD_BREAK.findall(chunk))
    return found


def _finish(candidate: str, fallback: str, digit_prefix: str) -> str:
    candidate = candidate[:MAX_LENGTH].rstrip("_") or fallback
    if not candidate:
        return candidate
    if candidate[0].isdigit():
        candidate = f"{digit_prefix}{candidate}"
    if candidate in RESERVED:
        candidate = f"{candidate}_"
    return candidate


def snake_case(text: str, fallback: str = "value") -> str:
    """``businessID`` -> ``business_id``, ``from`` -> ``from_``, ``2fa`` -> ``n_2fa``."""
    return _finish("_".join(word.lower() for word in words(text)), fallback, "n_")


def upper_case(text: str, fallback: str = "VALUE") -> str:
    """Enum member names: ``voice-text`` -> ``VOICE_TEXT``."""
    return _finish("_".join(word.upper() for word in words(text)), fallback, "N_")


def pascal_case(text: str, fallback: str = "Model") -> str:
    """``ecommerce/price-schemas`` -> ``EcommercePriceSchemas``; keeps inner capitals (``APIKey``)."""
    if _PASCAL.fullmatch(text) is not None:  # split into its words and joined back unchanged
        return _finish(text, fallback, "N")
    parts = words(text)
    letters = "".join(parts)
    shouting = letters == letters.upper()  # no lower-case letter (words are ASCII)
    joined = "".join(word.capitalize() if shouting else word[:1].upper() + word[1:] for word in parts)
    return _finish(joined, fallback, "N")


def package_name(text: str) -> str:
    """A valid, lower-case ASCII package name, or ValueError if nothing usable is left."""
    name = snake_case(text, fallback="")
    if not name or not _PACKAGE.match(name) or name in _PACKAGE_RESERVED:
        raise ValueError(f"cannot make a Python package name from {text!r}")
    return name


def is_package_name(text: str) -> bool:
    return bool(_PACKAGE.match(text)) and text not in _PACKAGE_RESERVED


@dataclass
class Scope:
    """Names taken in one namespace (a module, a class, a signature); claims are first come, first served.

    ``reserved`` holds the names the generated code itself defines in that namespace: one of them
    gets a trailing underscore (``credentials`` -> ``credentials_``). A name already claimed gets
    ``_2``, ``_3`` ... so ``BUSINESS_ID`` then ``businessID`` become ``business_id`` and
    ``business_id_2``. ``renamed`` records every such change for the report.
    """

    taken: set[str] = field(default_factory=set)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    reserved: frozenset[str] = frozenset()

    @classmethod
    def with_reserved(cls, *names: str) -> Scope:
        return cls(reserved=frozenset(names))

    def claim(self, wanted: str, original: str | None = None) -> str:
        name = f"{wanted}_" if wanted in self.reserved else wanted
        counter = 2
        while name in self.taken or name in self.reserved:
            name = f"{wanted}_{counter}"
            counter += 1
        self.taken.add(name)
        if name != wanted:
            self.renamed.append((original if original is not None else wanted, name))
        return name

    def snake(self, text: str, fallback: str = "value") -> str:
        return self.claim(snake_case(text, fallback), text)

    def pascal(self, text: str, fallback: str = "Model") -> str:
        return self.claim(pascal_case(text, fallback), text)

    def upper(self, text: str, fallback: str = "VALUE") -> str:
        return self.claim(upper_case(text, fallback), text)

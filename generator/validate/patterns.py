"""Regular expressions written in a spec, run by RE2 in time linear in the text.

A spec's ``pattern`` (and ``patternProperties`` keys) is untrusted: Python's backtracking ``re``
can spend exponential time on one (``^(a+)+$`` against forty ``a`` and a ``!``). RE2 never
backtracks. Patterns it cannot compile (lookarounds, backreferences, ``\\Z``) are never run on
another engine: :func:`compile_pattern` gives None and the ``pattern-unsupported`` rule reports
them, while value checks treat them as satisfied.

RE2 falls back from its DFA to a slower simulation when the DFA's memory runs out, at a cost of
about (text length x program size); a text beyond :data:`MAX_COST` for its pattern is not
searched (the answer is "unknown", taken as satisfied), so no single search takes more than a few
tens of milliseconds.
"""

from __future__ import annotations

from functools import lru_cache

import re2

# Characters times program instructions one search may cost (about 30 ms in the worst case).
MAX_COST = 1_000_000
_MAX_MEMORY = 8 << 20


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # RE2 would print every rejected pattern on stderr
    options.never_capture = True  # a yes/no answer needs no groups, and stays on the DFA
    options.max_mem = _MAX_MEMORY
    return options


_OPTIONS = _options()


class Pattern:
    """A compiled spec pattern, searched with a bound on the cost of one search."""

    __slots__ = ("_limit", "_regex")

    def __init__(self, regex: re2._Regexp[str]) -> None:
        self._regex = regex
        self._limit = MAX_COST // max(regex.programsize, 1)

    def search(self, text: str) -> bool | None:
        """Whether the pattern matches somewhere in ``text``; None when the text is too long to tell."""
        if len(text) > self._limit:
            return None
        return self._regex.search(text) is not None

    def allows(self, text: str) -> bool:
        """False only when the pattern certainly does not match (an unknown answer allows)."""
        return self.search(text) is not False


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> Pattern | None:
    """The pattern compiled by RE2, or None when RE2 cannot run it (see :func:`unsupported_reason`)."""
    try:
        return Pattern(re2.compile(pattern, _OPTIONS))
    except (re2.error, TypeError, UnicodeEncodeError):
        return None


def unsupported_reason(pattern: str) -> str | None:
    """Why RE2 cannot run ``pattern`` (its own words), or None when it can."""
    try:
        re2.compile(pattern, _OPTIONS)
    except re2.error as error:
        detail = error.args[0] if error.args else ""
        return detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
    except (TypeError, UnicodeEncodeError) as error:
        return str(error)
    return None

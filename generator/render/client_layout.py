"""Long client and stub lines written in black's final layout, so ``ruff format`` leaves them as black would.

ruff and black agree on the generated code except where a long annotation has a value after it:
for a parameter with a default, ruff continues the union on lines starting with ``|`` where black
wraps the annotation in parentheses; for an annotated assignment, ruff wraps the annotation where
black wraps the value. Both formatters keep parentheses that are already there and split inside
them, so writing those parentheses when the line is too long gives black's bytes from one ruff run
(``generate.ruff_pass`` still checks ruff's output and has black redo any spot that differs).
"""

from __future__ import annotations

from generator.render.environment import template_filter

LINE_LENGTH = 100


def _fits(indent: int, text: str) -> bool:
    return indent + len(text) <= LINE_LENGTH


@template_filter("parameter")
def parameter(name: str, annotation: str, default: str | None = None, indent: int = 8) -> str:
    """``name: annotation = default`` as a parameter line's text (its comma after it), the annotation
    in parentheses when the line would be longer than black's line length."""
    tail = "" if default is None else f" = {default}"
    if not _fits(indent, f"{name}: {annotation}{tail},"):
        annotation = f"({annotation})"
    return f"{name}: {annotation}{tail}"


@template_filter("fits_line")
def fits_line(text: str, indent: int = 8) -> bool:
    """Whether ``text`` fits on one line at this indentation (else the template adds parentheses)."""
    return _fits(indent, text)

"""The one Jinja environment: built-in templates, user overrides by name, and the filter registry."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any, TypeVar

import jinja2
from jinja2.bccache import Bucket
from jinja2.filters import sync_do_join

_FILTERS: dict[str, Callable[..., Any]] = {}
FilterFunction = TypeVar("FilterFunction", bound=Callable[..., Any])


def template_filter(name: str) -> Callable[[FilterFunction], FilterFunction]:
    """Register a function as a Jinja filter available to every template; its type is kept."""

    def register(function: FilterFunction) -> FilterFunction:
        _FILTERS[name] = function
        return function

    return register


def builtin_templates() -> Path:
    """``templates/`` beside the package in a checkout, or the copy shipped inside the wheel."""
    shipped = Path(__file__).resolve().parent.parent / "templates"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parent.parent.parent / "templates"


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs, keyed by Jinja on name and source (a changed template
    is compiled again); one that cannot be stored is simply compiled again next time."""

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # the cache path is a file, say: compile
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class _SettledEnvironment(jinja2.Environment):
    """An environment that gets no global after it is made, so each template's globals are one plain
    dict rather than Jinja's ChainMap over the environment's: every render copies them and every
    macro import compares them key by key, a third of the cost of a short page such as a model's."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def make_environment(overrides: Path | None = None, compiled: Path | None = None) -> jinja2.Environment:
    """Templates in ``overrides`` win over the built-in ones with the same name; ``compiled`` is the
    folder that keeps compiled templates (None: every template is compiled by every run)."""
    loaders: list[jinja2.BaseLoader] = []
    if overrides is not None:
        loaders.append(jinja2.FileSystemLoader(str(overrides)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates())))
    environment = _SettledEnvironment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters.update(_FILTERS)
    # Jinja's own ``join`` asks on every call whether the template runs async; these never do.
    environment.filters["join"] = sync_do_join
    if compiled is not None:
        with contextlib.suppress(OSError):
            compiled.mkdir(parents=True, exist_ok=True)
        environment.bytecode_cache = _CompiledTemplates(str(compiled))
    return environment

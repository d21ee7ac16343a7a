"""A module imported on first use, declared at the top of the module that uses it.

Every import in specgen sits at the top of its module, so readers and tests/unit/test_architecture.py
see the whole import graph. The few stages that pull in a heavy library only some runs need are
declared with ``lazy_module`` instead: the test counts each declaration as an edge of the graph.

The declared edges, most worth a tenth to half a second of start-up when not needed:

- ``validate.values``, ``validate.keywords`` and ``validate.oas_schema`` -> ``validate.jsonschema_checks``
  (jsonschema, referencing): only when a schema fails the quick checks, or a value's schema uses what
  ``validate.draft4_errors`` leaves to jsonschema;
- ``validate.formats`` -> ``rfc3339_validator``: only when a date-time value is checked;
- ``validate.jsonschema_checks`` -> ``openapi_schema_validator`` (it loads pydantic-settings): only to
  confirm that a default breaks its schema;
- ``validate.structure_errors`` -> ``validate.spec_validator`` (openapi-spec-validator): only for Swagger 2.0
  and OpenAPI 3.1, which have no quick path;
- ``generate.formatting`` -> ``generate.black_pass`` (black): only where ruff's layout differs
  from black's, or when ruff is not installed;
- ``generate.targets`` -> ``render.docs`` (the docs stage): only when a run renders docs;
- ``render.docs`` -> ``render.docs.changelog``: only when the docs have changelog entries;
- ``diff.view_differences`` -> ``diff.nested`` (deepdiff): only when a nested documentation value changed;
- ``load.document`` -> ``load.yaml_text`` and ``load.yaml_prep`` (PyYAML): only for a document that is
  not JSON;
- ``load.json_text`` -> ``load.json_locate`` (msgspec, about 10 ms): only for a JSON text large enough to be checked
  before it is parsed;
- ``load.git`` -> ``subprocess`` and ``shutil``: only for a ``git:`` location;
- ``cli.validate`` -> ``report.sarif`` (it brings the rule registry): only for a SARIF report;
- ``report.diff_formats`` -> each diff report format (``report.diff_junit`` brings xml.etree): only the
  format a run asks for.

The command modules of the CLI are loaded the same way by its lazy group (``generator.cli.main``).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule(ModuleType):
    """Stands for the named module; the first attribute read imports it."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._target = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._target), attribute)


def lazy_module(name: str) -> Any:
    """The module ``name``, imported when one of its attributes is first read."""
    return _LazyModule(name)

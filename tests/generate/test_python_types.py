"""Classes that share one merge (``allOf`` wrappers adding nothing) get the same fields, and each
reports its own renamed properties."""

from __future__ import annotations

import json
from typing import Any

from generator.load import parse
from generator.model import build
from generator.render.python_types import PyType, TypeMapper


def _components(schemas: dict[str, Any]) -> TypeMapper:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return TypeMapper(build(parse("t.json", json.dumps(document))).schemas)


def test_wrappers_share_fields_and_report_their_own_renames() -> None:
    base = {
        "type": "object",
        "properties": {
            "businessID": {"type": "string", "description": "who"},
            "business_id": {"type": "integer"},
            "detail": {"type": "object", "properties": {"x": {"type": "string"}}},
        },
        "required": ["business_id"],
    }
    mapper = _components(
        {
            "Outer": {"allOf": [{"$ref": "#/components/schemas/Inner"}], "description": "outer"},
            "Inner": {"allOf": [{"$ref": "#/components/schemas/Base"}]},
            "Base": base,
            "Other": {
                "allOf": [{"$ref": "#/components/schemas/Base"}],
                "additionalProperties": {"type": "integer"},
            },
        }
    )
    models = {model.name: model for model in mapper.models}
    assert list(models) == ["Outer", "Inner", "Base", "Other", "OuterDetail"]
    for name in ("Outer", "Inner", "Base", "Other"):
        fields = [(item.name, item.wire, item.type.annotation, item.required) for item in models[name].fields]
        assert fields == [
            ("business_id", "businessID", "str", False),
            ("business_id_2", "business_id", "int", True),
            ("detail", "detail", "OuterDetail", False),
        ]
        assert models[name].described_fields[0].description == "who"
    assert [models[name].extras for name in ("Inner", "Other")] == [None, PyType("int", "_rt.INT")]
    renamed = [(pointer, what, old, new) for pointer, what, old, new in mapper.renamed if what == "property"]
    assert renamed == [
        (f"/components/schemas/{name}", "property", f"{name}.business_id", "business_id_2")
        for name in ("Outer", "Inner", "Base", "Other")
    ]

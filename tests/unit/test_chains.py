"""Long ``$ref`` chains and ``allOf`` chains cost time linear in their length, and cycles of any length
are found. Costs are counted (lookups, folds), not timed; bench/ times the same shapes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.generate import targets
from generator.generate.pipeline import client_view
from generator.generate.settings import GenerateSettings
from generator.load import parse
from generator.load.policy import apply_policy
from generator.model import build, merge
from generator.resolver import RefError, RefFailure, Resolver
from generator.validate import validate


def ref_chain(length: int, cycle: bool = False) -> dict[str, Any]:
    schemas: dict[str, Any] = {f"R{i}": {"$ref": f"#/components/schemas/R{i + 1}"} for i in range(length)}
    schemas[f"R{length}"] = {"$ref": "#/components/schemas/R0"} if cycle else {"type": "string"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def allof_chain(length: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        f"S{i}": {"allOf": [{"$ref": f"#/components/schemas/S{i + 1}"}], "description": f"level {i}"}
        for i in range(length)
    }
    schemas[f"S{length}"] = {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def test_every_link_of_a_long_ref_chain_resolves_with_linear_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    length = 20_000
    document = ref_chain(length)
    resolver = Resolver(document)
    lookups = 0
    lookup = resolver.lookup

    def counted(pointer: str) -> Any:
        nonlocal lookups
        lookups += 1
        return lookup(pointer)

    monkeypatch.setattr(resolver, "lookup", counted)
    for index in range(length + 1):
        pointer = f"/components/schemas/R{index}"
        resolved = resolver.follow(document["components"]["schemas"][f"R{index}"], pointer)
        assert resolved.error is None and resolved.node == {"type": "string"}
        assert resolved.pointer == f"/components/schemas/R{length}"
    assert lookups == length


def test_a_ref_cycle_of_any_length_is_a_cycle() -> None:
    document = ref_chain(300, cycle=True)
    resolver = Resolver(document)
    for index in (0, 150, 300):
        ref = f"#/components/schemas/R{index}"
        resolved = resolver.follow({"$ref": ref}, "/x")
        assert resolved.error is not None and resolved.error.failure is RefFailure.CYCLE
        assert str(resolved.error).startswith("reference cycle through '#/components")


def test_a_chain_leading_into_a_cycle_names_where_it_enters() -> None:
    schemas = {
        "A": {"$ref": "#/components/schemas/B"},
        "B": {"$ref": "#/components/schemas/C"},
        "C": {"$ref": "#/components/schemas/B"},
        "D": {"$ref": "#/components/schemas/Missing"},
        "E": {"$ref": "#/components/schemas/D"},
    }
    resolver = Resolver({"components": {"schemas": schemas}})
    entered = resolver.follow(schemas["A"], "/components/schemas/A")
    assert entered.error == RefError(RefFailure.CYCLE, "#/components/schemas/B")
    assert str(entered.error) == "reference cycle through '#/components/schemas/B'"
    # a dead end is reported where the failing $ref sits, whichever link asked first
    assert resolver.follow(schemas["E"], "/components/schemas/E").pointer == "/components/schemas/D"
    assert resolver.follow(schemas["D"], "/components/schemas/D").pointer == "/components/schemas/D"
    missing = resolver.follow({"$ref": "#/components/schemas/Missing"}, "/here")
    assert (missing.pointer, str(missing.error)) == (
        "/here",
        "cannot resolve reference '#/components/schemas/Missing'",
    )
    assert missing.error is not None and missing.error.failure is RefFailure.MISSING


def test_validate_reports_a_long_cycle_on_each_link() -> None:
    found = validate(build(parse("cycle.json", json.dumps(ref_chain(99, cycle=True)))))
    cycles = [problem for problem in found if problem.rule == "ref-unresolved"]
    assert len(cycles) == 100 and all("reference cycle" in problem.message for problem in cycles)


def test_a_long_allof_chain_is_merged_once(monkeypatch: pytest.MonkeyPatch) -> None:
    length = 10_000
    document = build(parse("chain.json", json.dumps(allof_chain(length))))
    merges = 0
    merge_once = merge._merge

    def counted(root: merge.Schema) -> merge.Merged:
        nonlocal merges
        merges += 1
        return merge_once(root)

    monkeypatch.setattr(merge, "_merge", counted)
    for index in range(length + 1):
        merged = merge.merged(document.schemas[f"S{index}"])
        assert list(merged.properties) == ["id"] and merged.required == {"id"}
    assert merges == 1


def test_a_wrapper_that_adds_nothing_shares_the_merge_of_the_schema_it_wraps() -> None:
    chain = allof_chain(5)
    chain["components"]["schemas"]["S2"]["required"] = ["id"]  # adds a name (one already required)
    chain["components"]["schemas"]["S1"]["properties"] = {}  # adds nothing
    document = build(parse("chain.json", json.dumps(chain)))
    merges = [merge.merged(document.schemas[f"S{index}"]) for index in range(6)]
    assert merges[0] is merges[1] is merges[2] and merges[3] is merges[4] is merges[5]
    assert merges[2] is not merges[3] and merges[2] == merges[3]
    assert list(merges[0].properties) == ["id"] and merges[0].required == {"id"}


def test_the_merge_keeps_own_properties_first_and_survives_cycles() -> None:
    schemas = {
        "Child": {
            "properties": {"own": {"type": "string"}, "shared": {"type": "integer"}},
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"properties": {"inline": {}}, "required": ["inline"]},
            ],
        },
        "Base": {
            "properties": {"shared": {"type": "string"}, "base": {}},
            "allOf": [{"$ref": "#/components/schemas/Child"}],
        },
    }
    document = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}
    model = build(parse("fold.json", json.dumps({**document, "components": {"schemas": schemas}})))
    child = merge.merged(model.schemas["Child"])
    assert list(child.properties) == ["own", "shared", "base", "inline"]
    assert child.properties["shared"].type == "integer" and child.required == {"inline"}
    assert list(merge.merged(model.schemas["Base"]).properties) == ["shared", "base", "own", "inline"]
    # the merge takes the parts in the order the diff compares them
    parts = merge.all_of_parts(model.schemas["Child"])
    first = {}
    for part in parts:
        for name, value in part.properties.items():
            first.setdefault(name, value)
    assert first == child.properties


def with_operation(document: dict[str, Any]) -> dict[str, Any]:
    answer = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}},
    }
    return {
        **document,
        "paths": {"/things": {"get": {"operationId": "getThing", "responses": {"200": answer}}}},
    }


@pytest.mark.slow
def test_validate_generate_and_docs_finish_a_10_000_link_allof_chain_with_every_link_merged() -> None:
    length = 10_000
    document = build(parse("chain.json", json.dumps(with_operation(allof_chain(length)))))
    assert [problem for problem in validate(document) if problem.level.label == "error"] == []
    settings = GenerateSettings(package_name="chain")
    view = client_view(document, settings)
    models = {model.name: model for model in view.models}
    assert len(models) == length + 1
    assert all(
        [(field.wire, field.required) for field in model.fields] == [("id", True)]
        for model in models.values()
    )
    assert view.operations[0].returns is not None and view.operations[0].returns.annotation == "S0"
    files = targets.docs(document, view, settings).files
    pages = [text for name, text in files.items() if "models/" in name]
    assert len(pages) == length + 1 and all("`id`" in page for page in pages)


def test_docs_of_a_10_000_link_ref_chain_have_one_model_page_and_every_name_in_the_index() -> None:
    length = 10_000
    document = build(parse("chain.json", json.dumps(ref_chain(length))))
    settings = GenerateSettings(package_name="chain")
    files = targets.docs(document, client_view(document, settings), settings).files
    last = f"R{length}"
    assert [name for name in files if "models/" in name] == [f"docs/models/{last}.md"]
    index = files["docs/models.md"]
    assert index.count(f"](models/{last}.md#{last}) |") == length + 1
    assert f"| [R0](models/{last}.md#{last}) | Another name for `{last}`. |" in index


def test_resolvers_of_one_document_share_where_references_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    document = ref_chain(50)
    settled: dict[str, tuple[str, Any]] = {}
    first = Resolver(document, settled)
    assert first.follow({"$ref": "#/components/schemas/R0"}, "/x").pointer == "/components/schemas/R50"
    second = Resolver(document, settled)

    def no_lookup(pointer: str) -> Any:
        raise AssertionError(f"looked up {pointer} again")

    monkeypatch.setattr(second, "lookup", no_lookup)
    for index in range(51):
        resolved = second.follow({"$ref": f"#/components/schemas/R{index}"}, "/x")
        assert (resolved.pointer, resolved.error) == ("/components/schemas/R50", None)


def test_a_cycle_is_reported_by_every_resolver_that_meets_it() -> None:
    document = ref_chain(3, cycle=True)
    settled: dict[str, tuple[str, Any]] = {}
    for _ in range(2):
        resolver = Resolver(document, settled)
        assert resolver.leads_to_cycle("#/components/schemas/R1")
        assert (
            str(resolver.error("#/components/schemas/R0"))
            == "reference cycle through '#/components/schemas/R1'"
        )
    assert settled == {}


def test_loading_settles_every_reference_it_checks_for_cycles() -> None:
    source = apply_policy(parse("chain.json", json.dumps(ref_chain(20))), None, False)
    end = ("/components/schemas/R20", {"type": "string"})
    assert source.settled_refs == {f"#/components/schemas/R{index}": end for index in range(1, 21)}

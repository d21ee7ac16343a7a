"""The real Botmaker export: every validator error and every finding the issue lists, in place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.load import load
from generator.model import build
from generator.pointer import from_tokens
from generator.problems import Problem
from generator.rules.rule import Level
from generator.validate import validate


@pytest.fixture(scope="module")
def found(real_export: Path) -> list[Problem]:
    return validate(build(load(str(real_export))))


def _of(problems: list[Problem], rule: str) -> Iterator[tuple[str, int | None]]:
    return ((p.pointer, p.line) for p in problems if p.rule == rule)


def test_all_seven_validator_errors_with_absolute_pointers_and_lines(found: list[Problem]) -> None:
    errors = [(p.pointer, p.line, p.column) for p in found if p.level is Level.ERROR]
    assert errors == [
        ("/paths/~1chats-actions~1start-call/post/responses/201", 2522, 11),
        ("/paths/~1chats-actions~1trigger-intent/post/responses/202", 2565, 11),
        ("/paths/~1knowledge-bases/get/responses/200", 3470, 11),
        ("/paths/~1knowledge-bases/put/responses/202", 3517, 11),
        ("/paths/~1knowledge-bases/post/responses/202", 3551, 11),
        ("/paths/~1notifications~1contacts-blacklist/get/responses/404", 3755, 11),
        ("/components/schemas/AuditResponse/properties/action/enum", 7016, 13),
    ]
    assert all(p.rule == "structure" for p in found if p.level is Level.ERROR)
    assert sum("'description' is a required property" in p.message for p in found) == 6
    assert any("has non-unique elements" in p.message for p in found)


def test_arrays_without_items_and_the_object_with_items(found: list[Problem]) -> None:
    assert sorted(_of(found, "array-without-items")) == [
        ("/components/schemas/CustomFields/properties/fieldValues", 6729),
        ("/components/schemas/MainAccount/properties/contacts", 6582),
        ("/components/schemas/ZonesUpsertRequest/items/properties/zones", 6546),
    ]
    assert ("/components/schemas/ZonesUpsertRequest/items", 6491) in set(_of(found, "keyword-type-mismatch"))


def test_equivalent_templates(found: list[Problem]) -> None:
    assert list(_of(found, "path-templates-equivalent")) == [("/paths/~1agents~1{idOrEmail}", 298)]


def test_seven_undeclared_tags(found: list[Problem]) -> None:
    names = sorted(p.message.split("'")[1] for p in found if p.rule == "tag-undeclared")
    assert names == ["auth", "dashboards", "entities", "knowledge bases", "media", "notifications", "tickets"]


def test_examples_that_do_not_match(found: list[Problem]) -> None:
    pointers = {p.pointer for p in found if p.rule == "example-invalid"}
    assert "/components/schemas/Coord/example" in pointers
    assert "/paths/~1tickets~1{ticketCode}/get/parameters/0/example" in pointers
    assert len(pointers) >= 10


def test_business_id_collision(found: list[Problem]) -> None:
    collisions = [p for p in found if p.rule == "identifier-collision"]
    assert [(p.pointer, p.line) for p in collisions] == [
        ("/components/schemas/Pricing/properties/businessID", 8470)
    ]
    assert "'BUSINESS_ID' and 'businessID'" in collisions[0].message


def test_same_structural_errors_as_openapi_spec_validator(real_export: Path, found: list[Problem]) -> None:
    from openapi_spec_validator import OpenAPIV30SpecValidator

    data = load(str(real_export)).data
    theirs = list(OpenAPIV30SpecValidator(data).iter_errors())
    ours = [p for p in found if p.rule == "structure"]
    assert len(ours) == len(theirs) == 7
    for error in theirs:
        relative = from_tokens(list(error.path))
        assert any(p.pointer.endswith(relative) for p in ours), relative

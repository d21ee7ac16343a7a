"""The one name-maker: valid, non-keyword, ASCII, collision-free identifiers from any text."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.naming import RESERVED, Scope, package_name, pascal_case, snake_case, upper_case


def _safe(name: str) -> bool:
    return name.isidentifier() and name.isascii() and not keyword.iskeyword(name) and not name.startswith("_")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("businessID", "business_id"),
        ("BUSINESS_ID", "business_id"),
        ("from", "from_"),
        ("class", "class_"),
        ("2fa", "n_2fa"),
        ("ecommerce/catalogs", "ecommerce_catalogs"),
        ("idOrEmail", "id_or_email"),
        ("ação", "acao"),
        ("chat-id", "chat_id"),
        ("", "value"),
        ("日本", "value"),
        ("list", "list"),
    ],
)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ecommerce/price-schemas", "EcommercePriceSchemas"),
        ("BUSINESS_ID", "BusinessId"),
        ("APIKey", "APIKey"),
        ("S10000", "S10000"),
        ("None", "None_"),
        ("ABC", "Abc"),
        ("A1B2", "A1B2"),
        ("SFoo", "SFoo"),
    ],
)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[A-Za-z0-9]{0,3}(?:[A-Z][a-z0-9]{0,3}){0,4}", fullmatch=True))
def test_a_name_already_in_pascal_case_reads_as_its_words(text: str) -> None:
    """Names that need no change skip the word split: a leading separator, which always takes it,
    gives the same name."""
    assert pascal_case(text) == pascal_case(f"-{text}")


def test_collisions_are_numbered_in_claim_order_and_recorded() -> None:
    scope = Scope()
    assert [scope.snake("BUSINESS_ID"), scope.snake("businessID"), scope.snake("business-id")] == [
        "business_id",
        "business_id_2",
        "business_id_3",
    ]
    assert scope.renamed == [("businessID", "business_id_2"), ("business-id", "business_id_3")]


def test_reserved_names_are_never_handed_out() -> None:
    scope = Scope.with_reserved("additional_properties", "additional_properties_2")
    assert scope.snake("additionalProperties") == "additional_properties_"
    assert scope.snake("additional_properties") == "additional_properties_3"
    assert scope.renamed == [
        ("additionalProperties", "additional_properties_"),
        ("additional_properties", "additional_properties_3"),
    ]


def test_only_a_reserved_name_is_changed() -> None:
    scope = Scope.with_reserved("credentials")
    assert [scope.snake("errors"), scope.snake("typing"), scope.snake("credentials")] == [
        "errors",
        "typing",
        "credentials_",
    ]


@pytest.mark.parametrize(
    "hostile",
    [
        "__import__('os').system('id')",
        '"""; import os',
        "../../etc",
        "a\nb",
        "\u202eevil",
        "None",
        "__init__",
    ],
)
def test_hostile_text_becomes_a_plain_identifier(hostile: str) -> None:
    for maker in (snake_case, pascal_case, upper_case):
        name = maker(hostile)
        assert _safe(name) and name not in RESERVED, (maker.__name__, name)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=12))
def test_any_texts_give_distinct_safe_identifiers(texts: list[str]) -> None:
    scope = Scope()
    names = [scope.snake(text) for text in texts] + [scope.pascal(text) for text in texts]
    assert all(_safe(name) and name not in RESERVED for name in names)
    assert len(set(names)) == len(names)


def test_package_name() -> None:
    assert package_name("Botmaker Client") == "botmaker_client"
    with pytest.raises(ValueError):
        package_name("日本")

"""Test servers and generated clients, made once for the functional tests.

Two APIs are exercised: the real Botmaker export (../shared) and the project's own default
export (the newest file in specs/). Each gets its own server and its own generated package.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REAL_EXPORT
from tests.support.generated import GeneratedPackage, generate_package, newest_spec
from tests.support.spec_document import operation_keys
from tests.support.spec_server import SpecServer

TOKEN = "token-123"

SPECS_DEFAULT = newest_spec()
API_SPECS: dict[str, Path] = {"real-export": REAL_EXPORT}
if SPECS_DEFAULT is not None:
    API_SPECS["specs-default"] = SPECS_DEFAULT
PACKAGE_NAMES = {"real-export": "functional_botmaker_client", "specs-default": "functional_specs_client"}


def all_operations() -> list[tuple[str, str]]:
    """(api, "GET /agents") for every operation of every exercised API, for parametrize."""
    cases: list[tuple[str, str]] = []
    for api, spec in API_SPECS.items():
        document = json.loads(spec.read_text(encoding="utf-8"))
        cases.extend((api, key) for key in operation_keys(document))
    return cases


@dataclass(frozen=True)
class Api:
    server: SpecServer
    package: GeneratedPackage


# package scope: the servers (and their threads) stop when the functional tests are done
@pytest.fixture(scope="package")
def apis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Api]]:
    """``apis("real-export")``: its running server and its generated, imported client package."""
    made: dict[str, Api] = {}

    def get(name: str) -> Api:
        if name not in made:
            out = tmp_path_factory.mktemp(f"generated-{name}")
            package = generate_package(API_SPECS[name], out, PACKAGE_NAMES[name])
            made[name] = Api(SpecServer(API_SPECS[name]).start(), package)
        made[name].server.reset()
        return made[name]

    yield get
    for api in made.values():
        api.server.stop()


@pytest.fixture
def botmaker(apis: Callable[[str], Api]) -> Api:
    return apis("real-export")


@pytest.fixture(scope="package")
def real_export_server(real_export: Path) -> Iterator[SpecServer]:
    with SpecServer(real_export) as server:
        yield server


@pytest.fixture
def spec_server(real_export_server: SpecServer) -> Iterator[SpecServer]:
    real_export_server.reset()
    yield real_export_server
    real_export_server.reset()

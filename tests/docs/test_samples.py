"""The samples on the docs pages really run: curl and the generated client against a local server.

The server (tests/support/spec_server.py) validates every request against the real export. Each
operation's two samples are taken from the rendered page, pointed at the server instead of the
production host, and run as a user would run them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.model import Document
from tests.docs.helpers import code_blocks, docs_for, document_from, run_curl
from tests.support.generated import GeneratedPackage, generate_package
from tests.support.spec_server import SpecServer

pytestmark = pytest.mark.slow

PACKAGE = "docs_sample_client"
TOKEN = "sample-token-1"
SECTION = re.compile(r"^## .*\{#([A-Za-z0-9_-]+)\}$", re.MULTILINE)


@pytest.fixture(scope="module")
def document(real_export: Path) -> Document:
    return document_from(real_export)


@pytest.fixture(scope="module")
def samples(document: Document) -> dict[str, dict[str, str]]:
    """{operationId: {"sh": curl sample, "python": client sample}} read from the rendered pages."""
    found: dict[str, dict[str, str]] = {}
    for path, text in docs_for(document, package_name=PACKAGE).files.items():
        if not path.startswith("docs/tags/"):
            continue
        headings = list(SECTION.finditer(text))
        for number, heading in enumerate(headings):
            end = headings[number + 1].start() if number + 1 < len(headings) else len(text)
            blocks = dict(code_blocks(text, heading.end(), end))
            if blocks:
                found[heading.group(1)] = blocks
    return found


@pytest.fixture(scope="module")
def server(real_export: Path) -> Iterator[SpecServer]:
    with SpecServer(real_export) as running:
        yield running


@pytest.fixture(scope="module")
def client_package(real_export: Path, tmp_path_factory: pytest.TempPathFactory) -> GeneratedPackage:
    return generate_package(real_export, tmp_path_factory.mktemp("docs-client"), PACKAGE)


def test_every_operation_has_both_samples(document: Document, samples: dict[str, dict[str, str]]) -> None:
    assert len(samples) == len(document.operations) == 103
    assert all(set(blocks) == {"sh", "python"} for blocks in samples.values())


def test_curl_samples_send_valid_requests(
    document: Document, samples: dict[str, dict[str, str]], server: SpecServer
) -> None:
    production = document.servers[0].url.rstrip("/")
    failures = []
    for operation in document.operations:
        server.reset()
        command = samples[operation.operation_id or ""]["sh"].replace(production, server.base_url)
        result = run_curl(command, TOKEN)
        calls = server.calls
        if result.returncode != 0 or len(calls) != 1:
            failures.append(f"{operation.key}: curl exit {result.returncode} {result.stderr.strip()}")
            continue
        call = calls[0]
        if call.operation != operation.key or call.errors or call.headers.get("access-token") != TOKEN:
            failures.append(f"{operation.key}: {call.operation} {list(call.errors)}")
    assert failures == [], "\n".join(failures)


def test_python_samples_call_the_generated_client(
    document: Document,
    samples: dict[str, dict[str, str]],
    server: SpecServer,
    client_package: GeneratedPackage,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BOTMAKER_ACCESS_TOKEN", TOKEN)
    failures = []
    for operation in document.operations:
        server.reset()
        code = samples[operation.operation_id or ""]["python"]
        assert f"from {PACKAGE} import Client" in code
        pointed = code.replace(
            "Client(access_token=", f"Client(base_url={server.base_url!r}, access_token=", 1
        )
        try:
            exec(compile(pointed, f"<sample {operation.key}>", "exec"), {"print": lambda *_: None})
        except Exception as error:  # the sample must run; report which one did not
            failures.append(f"{operation.key}: {type(error).__name__}: {error}")
            continue
        calls = server.calls
        if not calls or calls[0].operation != operation.key or calls[0].errors:
            failures.append(f"{operation.key}: {[(c.operation, c.errors) for c in calls]}")
    assert failures == [], "\n".join(failures)


def test_python_samples_pass_mypy_strict_against_the_generated_client(
    samples: dict[str, dict[str, str]], client_package: GeneratedPackage, tmp_path: Path
) -> None:
    folder = tmp_path / "samples"
    folder.mkdir()
    for number, (operation_id, blocks) in enumerate(sorted(samples.items())):
        (folder / f"sample_{number:03d}.py").write_text(
            f"# {operation_id}\n" + blocks["python"] + "\n", encoding="utf-8"
        )
        assert ("result = " in blocks["python"]) == ("print(result)" in blocks["python"])
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(folder),
        ],
        env={**os.environ, "MYPYPATH": str(client_package.folder)},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:]
    assert len(list(folder.glob("*.py"))) == 103

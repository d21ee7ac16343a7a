"""Every curl sample on the docs pages runs in bash as one curl command and nothing else.

curl is replaced by a script on PATH that records its arguments, so the test sees exactly the words the
shell handed over; spec text full of command substitutions must arrive as literal text.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from tests.docs.helpers import code_blocks, docs_for, document_from, document_from_data

ATTACKS = ["$(touch sub)", "`touch tick`", "';touch quote;'", '"$(touch dq)"', "${IFS}x;touch semi", "a\nb"]
FAKE_CURL = """#!/usr/bin/env python3
import json, os, sys
with open(os.environ["CURL_RECORD"], "a", encoding="utf-8") as record:
    record.write(json.dumps(sys.argv[1:]) + "\\n")
"""


def shell_spec() -> dict[str, Any]:
    """Every value that reaches a curl sample is an attempt to run a command."""
    attack = " ".join(ATTACKS)
    return {
        "openapi": "3.0.1",
        "info": {"title": "Shell", "version": "1"},
        "servers": [{"url": "https://api.example.com/$(touch server)"}],
        "security": [{"key": []}],
        "paths": {
            "/things/{id}": {
                "post": {
                    "operationId": "makeThing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "example": "$(touch path)",
                        },
                        {
                            "name": "q`touch qn`",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "array", "items": {"type": "string"}},
                            "example": ATTACKS,
                        },
                        {
                            "name": "X-$(touch hn)",
                            "in": "header",
                            "required": True,
                            "schema": {"type": "string"},
                            "example": attack,
                        },
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object"}, "example": {"a": attack}}
                        }
                    },
                    "responses": {"204": {"description": "done"}},
                }
            },
            "/raw": {
                "put": {
                    "operationId": "putRaw",
                    "requestBody": {
                        "content": {"text/plain": {"schema": {"type": "string"}, "example": attack}}
                    },
                    "responses": {"204": {"description": "done"}},
                }
            },
        },
        "components": {
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "$(touch scheme)"}}
        },
    }


def shell_samples(files: dict[str, str]) -> list[str]:
    return [
        code
        for path, text in sorted(files.items())
        if path.endswith(".md")
        for language, code in code_blocks(text)
        if language == "sh"
    ]


def run_with_fake_curl(samples: list[str], folder: Path) -> list[list[str]]:
    bin_dir = folder / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "curl"
    fake.write_text(FAKE_CURL, encoding="utf-8")
    fake.chmod(0o755)
    work = folder / "work"
    work.mkdir()
    record = folder / "record.jsonl"
    for sample in samples:
        result = subprocess.run(
            ["bash", "-c", sample],
            cwd=work,
            env={
                "PATH": f"{bin_dir}:/usr/bin:/bin",
                "CURL_RECORD": str(record),
                "BOTMAKER_ACCESS_TOKEN": "token-1",
            },
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 0, (sample, result.stderr)
    assert sorted(path.name for path in work.iterdir()) == [], "a sample ran a command"
    return [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]


def test_spec_text_in_curl_samples_reaches_curl_as_literal_words(tmp_path: Path) -> None:
    files = docs_for(document_from_data(shell_spec(), tmp_path / "spec")).files
    samples = shell_samples(files)
    assert len(samples) == 2
    calls = run_with_fake_curl(samples, tmp_path)
    assert len(calls) == 2
    make, raw = calls
    assert make[:2] == ["-X", "POST"]
    assert make[2].startswith("https://api.example.com/$(touch server)/things/%24%28touch%20path%29?")
    assert make[2].count("q%60touch+qn%60=") == len(ATTACKS)
    assert "$(touch scheme): token-1" in make
    assert "X-$(touch hn): " + " ".join(ATTACKS) in make
    assert json.loads(make[make.index("--data-binary") + 1]) == {"a": " ".join(ATTACKS)}
    assert raw[raw.index("--data-binary") + 1] == " ".join(ATTACKS)


def test_every_curl_sample_of_the_real_export_is_one_curl_call(real_export: Path, tmp_path: Path) -> None:
    samples = shell_samples(docs_for(document_from(real_export)).files)
    assert len(samples) == 103
    calls = run_with_fake_curl(samples, tmp_path)
    assert len(calls) == len(samples)
    assert all(call[0] == "-X" and call[2].startswith("https://") for call in calls)
    assert all(any(word.startswith("access-token: token-1") for word in call) for call in calls[:1])

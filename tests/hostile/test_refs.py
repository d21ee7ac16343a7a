"""The $ref policy: local refs as they are, files inside the folder only when allowed, URLs never."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from generator.load import LoadError, load, parse
from generator.load.policy import apply_policy
from generator.load.refs import BUNDLE_KEY, is_url
from generator.model import build
from generator.validate import validate
from generator.validate.spec_validator import structural_problems
from tests.hostile.bad_inputs import minimal, with_schema_ref
from tests.hostile.run import command_lines, specgen


def _write(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def split_spec(tmp_path: Path) -> Path:
    """A spec whose schemas live in other files, one of them recursive across two files."""
    _write(
        tmp_path / "schemas" / "pet.json", {"type": "object", "properties": {"owner": {"$ref": "owner.json"}}}
    )
    _write(
        tmp_path / "schemas" / "owner.json",
        {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "pet.json"}}}},
    )
    components = {"schemas": {"Pet": {"$ref": "schemas/pet.json"}}}
    return _write(tmp_path / "spec.json", with_schema_ref("#/components/schemas/Pet", components=components))


def test_other_files_are_refused_by_default_with_the_place_of_the_ref(split_spec: Path) -> None:
    with pytest.raises(LoadError) as caught:
        load(str(split_spec))
    assert "external $ref 'schemas/pet.json' refused" in str(caught.value)
    assert caught.value.line == 1 and caught.value.column is not None


def test_allowed_files_are_bundled_and_every_ref_becomes_local(split_spec: Path) -> None:
    source = load(str(split_spec), allow_external_refs=True)
    assert sorted(source.data[BUNDLE_KEY]) == ["schemas/owner.json", "schemas/pet.json"]
    refs = json.dumps(source.data).count('"$ref": "#')
    assert refs == json.dumps(source.data).count('"$ref"') == 4
    pet = build(source).schemas["Pet"]
    owner = pet.properties["owner"]
    assert owner.items is None and owner.properties["pets"].items is pet
    assert not [problem for problem in validate(build(source)) if problem.level.name == "ERROR"]


def test_a_symlink_that_leaves_the_folder_is_refused(tmp_path: Path) -> None:
    outside = _write(tmp_path / "outside.json", {"type": "string"})
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "link.json").symlink_to(outside)
    spec = _write(tmp_path / "api" / "spec.json", with_schema_ref("link.json"))
    with pytest.raises(LoadError, match="outside the spec's folder"):
        load(str(spec), allow_external_refs=True)


def test_a_url_inside_an_allowed_file_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "a.json", {"A": {"$ref": "https://example.invalid/x.json"}})
    spec = _write(tmp_path / "spec.json", with_schema_ref("a.json#/A"))
    with pytest.raises(LoadError, match="URLs are never fetched"):
        load(str(spec), allow_external_refs=True)


def test_refs_in_a_spec_from_stdin_stay_local(tmp_path: Path) -> None:
    _write(tmp_path / "a.json", {"type": "string"})
    spec = _write(tmp_path / "spec.json", with_schema_ref("a.json"))
    with pytest.raises(LoadError, match="stdin"):
        apply_policy(parse("<stdin>", spec.read_text()), None, allow_files=True)


_URLS = ["http://h/x", "HTTPS://h/x", "//h/x", "file:///etc/passwd", "urn:x"]
_FILES = ["a.json", "../a.yaml#/b", "/etc/passwd", "C:/a.json"]


@pytest.mark.parametrize(("ref", "url"), [(ref, True) for ref in _URLS] + [(ref, False) for ref in _FILES])
def test_url_detection(ref: str, url: bool) -> None:
    assert is_url(ref) is url


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = json.dumps({"Thing": {"type": "string"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listening() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.hits = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_no_command_and_no_validator_call_fetches_a_url(listening: str, tmp_path: Path) -> None:
    document = with_schema_ref(f"{listening}/schema.json#/Thing")
    spec = _write(tmp_path / "spec.json", document)
    for name, line in command_lines(spec, tmp_path / "out").items():
        for flags in ([], ["--allow-external-refs"]):
            run = specgen(*flags, *line, timeout=60)
            assert "Traceback" not in run.stderr
            if name != "specs":
                assert run.code == 2 and "URLs are never fetched" in run.stderr
    problems = list(structural_problems(parse("spec.json", json.dumps(document))))
    assert any("cannot resolve $ref" in problem.message for problem in problems)
    assert _Recorder.hits == []


def test_a_missing_local_target_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    spec = _write(tmp_path / "spec.json", with_schema_ref("#/components/schemas/Missing"))
    run = specgen("validate", str(spec), timeout=30)
    assert run.code == 1 and "Traceback" not in run.stderr
    assert "cannot resolve $ref" in run.stdout and "/components/schemas/Missing" in run.stdout


def test_deep_schemas_are_reported_not_crashed_on(tmp_path: Path) -> None:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(200):
        schema = {"type": "object", "properties": {"a": schema}}
    spec = _write(tmp_path / "spec.json", minimal(components={"schemas": {"Deep": schema}}))
    run = specgen("validate", str(spec), timeout=30)
    assert run.code in (0, 1) and "Traceback" not in run.stderr, run.stderr


def test_every_command_follows_allowed_files_and_refuses_them_otherwise(
    split_spec: Path, tmp_path: Path
) -> None:
    for name, line in command_lines(split_spec, tmp_path / "out").items():
        if name == "specs":
            continue
        refused = specgen(*line, timeout=60)
        assert refused.code == 2 and "--allow-external-refs" in refused.stderr, (name, refused.stderr)
        allowed = specgen("--allow-external-refs", *line, timeout=60)
        assert allowed.code in (0, 1) and "Traceback" not in allowed.stderr, (name, allowed.stderr)
    models = (tmp_path / "out" / "botmaker_client" / "models.py").read_text()
    assert "class Pet(" in models

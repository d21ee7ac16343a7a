"""Generation on the real export and on hostile documents, through the CLI."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from generator.load import load
from generator.model import build
from generator.model.traits import pagination
from tests.conftest import REAL_EXPORT
from tests.generate.conftest import hostile_spec, run

PACKAGE = "botmaker_client"


def _python_files(out: Path) -> list[Path]:
    return sorted(path for path in out.rglob("*") if path.suffix in (".py", ".pyi"))


def test_every_operation_of_the_real_export_is_generated(real_client: tuple[Path, dict[str, object]]) -> None:
    _, report = real_client
    operations = report["operations"]
    assert isinstance(operations, list) and len(operations) == 103
    assert all(record["status"] == "generated" for record in operations)
    assert report["skipped"] == []
    names = [record["python_name"] for record in operations]
    assert len(set(names)) == 103
    assert "agents.list_agents" in names
    document = build(load(str(REAL_EXPORT)))
    paged = {f"{op.method.upper()} {op.path}" for op in document.operations if pagination(op)}
    iterators = {f"{r['method']} {r['path']}" for r in operations if r["iterator"]}
    assert paged and iterators == paged


def test_the_colliding_properties_both_survive_and_are_reported(
    real_client: tuple[Path, dict[str, object]],
) -> None:
    out, report = real_client
    program = (
        "from botmaker_client.models import Pricing\n"
        "value = Pricing.from_dict({'BUSINESS_ID': {'propertyName': 'a'}, 'businessID': {'propertyName': 'b'}, 'x': 1})\n"
        "print(value.business_id.property_name, value.business_id_2.property_name, value.additional_properties)\n"
        "print(sorted(value.to_dict()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=out, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["a b {'x': 1}", "['BUSINESS_ID', 'businessID', 'x']"]
    assert any("businessID" in problem["message"] for problem in report["problems"])  # type: ignore[index]


def test_every_generated_file_compiles(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    files = _python_files(out)
    assert len(files) > 40
    for path in files:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    assert (out / PACKAGE / "py.typed").exists()
    assert 'version = "0.1.0"' in (out / "pyproject.toml").read_text(encoding="utf-8")


def test_generation_is_deterministic(real_client: tuple[Path, dict[str, object]], tmp_path: Path) -> None:
    out, _ = real_client
    again = tmp_path / "again"
    assert run("generate", "client", str(REAL_EXPORT), "-o", str(again)).exit_code == 0
    assert run("generate", "stubs", str(REAL_EXPORT), "-o", str(again)).exit_code == 0
    first = {
        p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and "lock" not in p.name
    }
    second = {
        p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file() and "lock" not in p.name
    }
    assert first == second


def test_check_reports_a_hand_edit_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", "client", str(REAL_EXPORT), "-o", str(out)).exit_code == 0
    assert run("generate", "client", str(REAL_EXPORT), "-o", str(out), "--check").exit_code == 0
    edited = out / PACKAGE / "errors.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# local change\n", encoding="utf-8")
    mine = out / "NOTES.txt"
    mine.write_text("kept", encoding="utf-8")
    result = run("generate", "client", str(REAL_EXPORT), "-o", str(out), "--check")
    assert result.exit_code == 1
    assert f"{PACKAGE}/errors.py" in result.output
    assert edited.read_text(encoding="utf-8").endswith("# local change\n")
    assert run("generate", "client", str(REAL_EXPORT), "-o", str(out)).exit_code == 0
    assert not edited.read_text(encoding="utf-8").endswith("# local change\n")
    assert mine.read_text(encoding="utf-8") == "kept"


def test_templates_override_by_name(tmp_path: Path) -> None:
    overrides = tmp_path / "templates" / "client" / "api"
    overrides.mkdir(parents=True)
    (overrides / "__init__.py.j2").write_text('"""Operations of {{ view.package }}."""\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "generate", "client", str(REAL_EXPORT), "-o", str(out), "--templates", str(tmp_path / "templates")
    )
    assert result.exit_code == 0, result.output
    assert (out / PACKAGE / "api" / "__init__.py").read_text(
        encoding="utf-8"
    ) == f'"""Operations of {PACKAGE}."""\n'
    assert "class AgentsApi" in (out / PACKAGE / "api" / "agents.py").read_text(encoding="utf-8")


def test_package_name_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(
        "generate",
        "client",
        str(REAL_EXPORT),
        "-o",
        str(out),
        "--package-name",
        "bm",
        "--package-version",
        "2.1.0",
    )
    assert result.exit_code == 0
    assert (out / "bm" / "client.py").is_file()
    assert '__version__ = "2.1.0"' in (out / "bm" / "__init__.py").read_text(encoding="utf-8")


def test_unreadable_input_and_bad_options_exit_2_writing_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.1", "paths": {', encoding="utf-8")
    out = tmp_path / "out"
    for arguments in (
        ["generate", "client", str(tmp_path / "missing.json"), "-o", str(out)],
        ["generate", "client", str(broken), "-o", str(out)],
        ["generate", "client", str(REAL_EXPORT), "-o", str(out), "--package-name", "not-valid!"],
    ):
        result = run(*arguments)
        assert result.exit_code == 2, arguments
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def _code_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update(alias.name for alias in node.names)
    return names


def test_hostile_document_stays_text(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    out = tmp_path / "out"
    for target in ("client", "stubs"):
        result = run("generate", target, str(spec), "-o", str(out))
        assert result.exit_code == 0, result.output
    root = out.resolve()
    for path in out.rglob("*"):
        assert root in path.resolve().parents
    files = _python_files(out)
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = _code_names(tree)
        assert not names & {"system", "getcwd", "__import__", "os"}, path
    client = (out / PACKAGE / "api").iterdir()
    assert {path.name for path in client} >= {"etc.py", "etc.pyi"}


def test_credentials_come_from_the_security_schemes(tmp_path: Path) -> None:
    spec = tmp_path / "auth.json"
    operation = {"operationId": "getA", "responses": {"204": {"description": "done"}}}
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.0.1",
                "info": {"title": "t", "version": "1"},
                "servers": [{"url": "https://api.example.test/v1"}],
                "components": {
                    "securitySchemes": {
                        "basicAuth": {"type": "http", "scheme": "basic"},
                        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
                    }
                },
                "security": [{"basicAuth": [], "key": []}],
                "paths": {"/a": {"get": operation}},
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("generate", "client", str(spec), "-o", str(out)).exit_code == 0
    program = (
        "import httpx\n"
        "from botmaker_client import Client\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request)\n"
        "    return httpx.Response(204)\n"
        "http = httpx.Client(base_url='https://api.example.test/v1', transport=httpx.MockTransport(answer))\n"
        "print(Client(basic_auth='u:p', key='k', http_client=http).default.get_a())\n"
        "print(seen[0].url, seen[0].headers['authorization'], seen[0].headers['x-key'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=out, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["None", "https://api.example.test/v1/a Basic dTpw k"]


def test_spec_problems_are_warnings_unless_strict(
    real_client: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    _, report = real_client
    problems = report["problems"]
    assert isinstance(problems, list)
    rules = {problem["rule"] for problem in problems}
    assert "generate-naming" in rules and len(rules) > 1
    assert all(problem["severity"] in ("error", "warning", "info") for problem in problems)
    relaxed = run("generate", "client", str(REAL_EXPORT), "-o", str(tmp_path / "a"))
    assert relaxed.exit_code == 0
    assert "spec problems" in relaxed.output
    strict = run("generate", "client", str(REAL_EXPORT), "-o", str(tmp_path / "b"), "--strict")
    assert strict.exit_code == 1

"""Every spec the project carries, and the real export: validate, diff against itself and generate
end in a result or a clear problem (exit 0, 1 or 2), never in a traceback. Every real spec in
../shared/specs and in specs/ also goes through the whole program: validated, diffed against itself
(no change), generated (the package passes mypy --strict and pyright strict, chosen ones stubtest,
the docs mkdocs build --strict), never refused."""

from __future__ import annotations

import json
import re
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import COMMANDS, main
from tests.conftest import PROJECT, REAL_EXPORT
from tests.corpus.shared_specs import (
    SpecRun,
    Stage,
    label,
    pyright_specs,
    run_corpus,
    shared_specs,
    stubtest_specs,
)

SUFFIXES = (".json", ".yaml", ".yml")


def corpus() -> list[Path]:
    carried = [
        path
        for folder in (PROJECT / "specs", PROJECT / "tests" / "fixtures")
        for path in folder.rglob("*")
        if path.suffix in SUFFIXES and path.is_file()
    ]
    return [*sorted(carried), REAL_EXPORT]


def _label(path: Path) -> str:
    return str(path.relative_to(PROJECT.parent))


@pytest.mark.slow
@pytest.mark.parametrize("spec", corpus(), ids=_label)
def test_every_command_ends_cleanly(spec: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    lines = {
        "validate": ["validate", str(spec)],
        "diff": ["diff", str(spec), str(spec)],
        "generate": ["generate", "all", str(spec), "-o", str(tmp_path / "out")],
    }
    for name, line in lines.items():
        if name not in COMMANDS:
            continue
        result = runner.invoke(main, line, catch_exceptions=True)
        crash = result.exception if not isinstance(result.exception, SystemExit) else None
        detail = "".join(traceback.format_exception(crash)) if crash else result.output[-2000:]
        assert crash is None, f"specgen {name} crashed:\n{detail}"
        assert result.exit_code in (0, 1, 2), f"specgen {name} exited {result.exit_code}:\n{detail}"
        assert "Traceback" not in result.output
        if result.exit_code == 2:
            message = result.stderr.strip() if hasattr(result, "stderr") else result.output.strip()
            assert message.startswith("specgen: error: ") and len(message.splitlines()) == 1, message
    if "diff" in COMMANDS:
        same = runner.invoke(main, lines["diff"])
        assert same.exit_code in (0, 2), f"a spec differs from itself:\n{same.output[-2000:]}"


# --- every real spec in ../shared/specs, through the whole program (see tests/corpus/shared_specs.py)

SHARED = [label(spec) for spec in shared_specs()]
_PYTHON_WARNING = re.compile(r"\b[A-Z]\w*Warning: ")
Runs = tuple[dict[str, SpecRun], dict[str, Stage]]


@pytest.fixture(scope="session")
def shared_runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    return run_corpus(tmp_path_factory.mktemp("corpus"))


def _stage(shared_runs: Runs, spec: str, name: str) -> Stage:
    stage = shared_runs[0][spec].stages.get(name)
    assert stage is not None, f"{name} did not run for {spec}"
    assert stage.returncode is not None, f"timed out: {stage.describe()}"
    assert "Traceback" not in stage.stderr, stage.describe()
    assert not _PYTHON_WARNING.search(stage.stderr), f"Python's own warning: {stage.describe()}"
    assert stage.returncode != 3, stage.describe()
    assert stage.returncode != 2, f"refused a document other tools read: {stage.describe()}"
    return stage


@pytest.mark.slow
@pytest.mark.parametrize("spec", SHARED)
def test_shared_spec_validates(shared_runs: Runs, spec: str) -> None:
    stage = _stage(shared_runs, spec, "validate")
    assert stage.returncode in (0, 1) and re.search(r"\d+ errors?, \d+ warnings?, \d+ infos?", stage.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("spec", SHARED)
def test_shared_spec_differs_from_itself_in_nothing(shared_runs: Runs, spec: str) -> None:
    stage = _stage(shared_runs, spec, "diff")
    report = json.loads(stage.stdout)
    assert report["changes"] == [], report["changes"][:5]
    assert stage.returncode == 0


@pytest.mark.slow
@pytest.mark.parametrize("spec", SHARED)
def test_shared_spec_generates_everything(shared_runs: Runs, spec: str) -> None:
    stage = _stage(shared_runs, spec, "generate")
    assert stage.returncode == 0, stage.describe()
    run = shared_runs[0][spec]
    assert (run.out / run.package / "client.py").is_file() and (
        run.out / run.package / "client.pyi"
    ).is_file()
    assert (run.out / "docs" / "index.md").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("spec", SHARED)
def test_shared_spec_package_passes_mypy_strict(shared_runs: Runs, spec: str) -> None:
    runs, checks = shared_runs
    mypy = checks["mypy"]
    assert mypy.returncode is not None, f"mypy timed out: {mypy.describe()}"
    assert (runs[spec].out / runs[spec].package).is_dir(), "no package was generated"
    assert runs[spec].mypy_errors == []


@pytest.mark.slow
def test_mypy_ran_over_the_packages(shared_runs: Runs) -> None:
    runs, checks = shared_runs
    mypy = checks["mypy"]
    assert mypy.returncode is not None and "Traceback" not in mypy.stderr, mypy.describe()
    unattributed = [
        line for line in mypy.stdout.splitlines() if ": error:" in line and not line.startswith("corpus_")
    ]
    assert unattributed == []
    assert mypy.returncode == 0 or any(run.mypy_errors for run in runs.values())


@pytest.mark.slow
@pytest.mark.parametrize("spec", [label(spec) for spec in pyright_specs()])
def test_shared_spec_package_passes_pyright_strict(shared_runs: Runs, spec: str) -> None:
    runs, checks = shared_runs
    pyright = checks["pyright"]
    assert pyright.returncode is not None, f"pyright timed out: {pyright.describe()}"
    assert pyright.stdout.lstrip().startswith("{"), pyright.describe()
    assert runs[spec].pyright_errors == []


@pytest.mark.slow
def test_pyright_ran_over_the_packages(shared_runs: Runs) -> None:
    runs, checks = shared_runs
    pyright = checks["pyright"]
    assert pyright.returncode in (0, 1), pyright.describe()
    summary = json.loads(pyright.stdout)["summary"]
    assert summary["filesAnalyzed"] > len(runs)
    assert pyright.returncode == 0 or any(run.pyright_errors for run in runs.values())


@pytest.mark.slow
def test_stubtest_finds_the_stubs_of_varied_packages_consistent(shared_runs: Runs) -> None:
    runs, checks = shared_runs
    stubtest = checks["stubtest"]
    checked = [label(spec) for spec in stubtest_specs()]
    assert all((runs[spec].out / runs[spec].package).is_dir() for spec in checked)
    assert stubtest.returncode == 0, stubtest.stdout[-5000:] + stubtest.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize("spec", SHARED)
def test_shared_spec_docs_build_with_mkdocs_strict(shared_runs: Runs, spec: str) -> None:
    stage = shared_runs[0][spec].stages.get("mkdocs")
    assert stage is not None, "no mkdocs.yml was generated"
    assert stage.returncode == 0, stage.describe()

"""Generate a client package with the real CLI and import it, so tests can run what users get."""

from __future__ import annotations

import importlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from click.testing import CliRunner

from generator.cli import main as specgen
from generator.history.store import History

PROJECT = Path(__file__).resolve().parent.parent.parent
SPECS = PROJECT / "specs"


def newest_spec(specs: Path = SPECS) -> Path | None:
    """The project's default export: the newest of ``specs/<api>/<date>.json`` by the history's order."""
    newest = History(specs).newest()
    return newest.path if newest is not None else None


def run_specgen(*arguments: str) -> str:
    """Run the CLI in-process; fail the test with its output unless it exits 0."""
    result = CliRunner().invoke(specgen, list(arguments), catch_exceptions=False)
    assert result.exit_code == 0, f"specgen {' '.join(arguments)} exited {result.exit_code}:\n{result.output}"
    return result.output


@dataclass(frozen=True)
class GeneratedPackage:
    """An imported generated package and the ``--report`` the generator wrote for it."""

    module: ModuleType
    folder: Path  # the folder on sys.path that holds the package
    report: dict[str, Any]

    def entry(self, operation: str) -> dict[str, Any]:
        """The report row of ``operation`` ("GET /agents")."""
        method, path = operation.split(" ", 1)
        for row in self.report["operations"]:
            if row["method"].upper() == method and row["path"] == path:
                return row  # type: ignore[no-any-return]
        raise KeyError(f"{operation} is not in the generation report")


def generate_package(spec: Path, out: Path, package_name: str) -> GeneratedPackage:
    """``specgen generate all``'s client half: the client and its stubs, imported under ``package_name``."""
    report = out / "report.json"
    run_specgen(
        "generate",
        "client",
        str(spec),
        "-o",
        str(out),
        "--package-name",
        package_name,
        "--report",
        str(report),
    )
    run_specgen("generate", "stubs", str(spec), "-o", str(out), "--package-name", package_name)
    init = next(out.rglob(f"{package_name}/__init__.py"), None)
    assert init is not None, f"no package {package_name} under {out}"
    folder = init.parent.parent
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    module = importlib.import_module(package_name)
    assert Path(module.__file__ or "").resolve() == init.resolve(), f"{package_name} was already imported"
    return GeneratedPackage(module, folder, json.loads(report.read_text(encoding="utf-8")))

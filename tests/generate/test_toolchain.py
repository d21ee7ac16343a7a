"""The generated package passes black, ruff, mypy --strict and stubtest (run as the user would)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = "botmaker_client"
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd), "MYPY_CACHE_DIR": str(cwd / ".mypy_cache")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_black_and_ruff_are_clean(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    black = _run([str(BIN / "black"), "--check", "--quiet", "."], out)
    assert black.returncode == 0, black.stderr
    ruff = _run([str(BIN / "ruff"), "check", "--no-cache", "."], out)
    assert ruff.returncode == 0, ruff.stdout


def test_mypy_strict_on_the_runtime_package_alone(
    real_client: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    out, _ = real_client
    runtime_only = tmp_path / "runtime"
    shutil.copytree(out, runtime_only, ignore=shutil.ignore_patterns("*.pyi", ".mypy_cache"))
    result = _run([str(BIN / "mypy"), "--strict", PACKAGE], runtime_only)
    assert result.returncode == 0, result.stdout


def test_mypy_strict_on_stubs_and_a_program_using_them(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    program = out / "use_client.py"
    program.write_text(
        "import datetime\n\n"
        f"from {PACKAGE} import Client, NotFoundError, RATE_LIMITS\n"
        f"from {PACKAGE}.models import AgentResponse, AgentsPage\n\n\n"
        "def names(client: Client) -> list[str]:\n"
        "    page: AgentsPage = client.agents.list_agents(online=True, emails=['a@example.test'])\n"
        "    first: list[AgentResponse] = page.items or []\n"
        "    everyone = [agent.name or '' for agent in client.agents.iter_list_agents()]\n"
        "    client.calls.list_calls(from_=datetime.datetime.now(datetime.UTC))\n"
        "    limit: tuple[int, float] = RATE_LIMITS['agents.list_agents']\n"
        "    try:\n"
        "        client.intents.get_intent('x')\n"
        "    except NotFoundError as error:\n"
        "        print(error.status, limit)\n"
        "    return [agent.name or '' for agent in first] + everyone\n",
        encoding="utf-8",
    )
    try:
        result = _run([str(BIN / "mypy"), "--strict", PACKAGE, "use_client.py"], out)
    finally:
        program.unlink()
    assert result.returncode == 0, result.stdout


ENUM_PROGRAM = (
    "from botmaker_client.models import AgentRequestPriority, AgentResponse\n\n\n"
    "def priority(agent: AgentResponse) -> AgentRequestPriority | None:\n"
    "    reveal_type(agent.priority)\n"
    "    return agent.priority\n"
)


def test_mypy_and_pyright_keep_enum_types(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    program = out / "use_enum.py"
    program.write_text(ENUM_PROGRAM, encoding="utf-8")
    try:
        mypy = _run([str(BIN / "mypy"), "--strict", "use_enum.py"], out)
        pyright = _run([str(BIN / "pyright"), "--pythonpath", sys.executable, "use_enum.py"], out)
    finally:
        program.unlink()
    assert 'Revealed type is "botmaker_client.models.AgentRequestPriority | None"' in mypy.stdout, mypy.stdout
    assert 'Type of "agent.priority" is "AgentRequestPriority | None"' in pyright.stdout, pyright.stdout


def test_pyright_strict_on_the_package(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    config = out / "pyrightconfig.json"
    config.write_text('{"typeCheckingMode": "strict", "pythonVersion": "3.11"}', encoding="utf-8")
    try:
        result = _run([str(BIN / "pyright"), "--pythonpath", sys.executable, PACKAGE], out)
    finally:
        config.unlink()
    assert result.returncode == 0, result.stdout


def test_stubtest_finds_the_stubs_consistent(real_client: tuple[Path, dict[str, object]]) -> None:
    out, _ = real_client
    result = _run([sys.executable, "-m", "mypy.stubtest", PACKAGE], out)
    assert result.returncode == 0, result.stdout + result.stderr

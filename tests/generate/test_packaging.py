"""The generated OUT/pyproject.toml builds a wheel that installs into a fresh venv and imports."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900, env=dict(os.environ))


def test_the_wheel_installs_into_a_fresh_venv_and_imports(
    real_client: tuple[Path, dict[str, object]], tmp_path: Path
) -> None:
    out, _ = real_client
    dist = tmp_path / "dist"
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(out)], tmp_path
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("*.whl")
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    installed = _run([str(python), "-m", "pip", "install", "-q", str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stderr
    program = (
        "import botmaker_client, botmaker_client.models, pathlib\n"
        "package = pathlib.Path(botmaker_client.__file__).parent\n"
        "assert (package / 'py.typed').exists() and (package / 'client.pyi').exists()\n"
        "assert issubclass(botmaker_client.RateLimitError, botmaker_client.ApiError)\n"
        "print(botmaker_client.Client.__name__, botmaker_client.__version__)\n"
    )
    imported = _run([str(python), "-c", program], tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == ["Client", "0.1.0"]

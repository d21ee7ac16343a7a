"""What ``make demo`` leaves in build/: a client that imports, and docs that real MkDocs builds."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.history import History
from generator.history.timeline import walk_exports

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.history.conftest import EMBEDDED

    out = tmp_path_factory.mktemp("demo") / "build"
    result = CliRunner().invoke(main, ["build", "--specs-dir", str(EMBEDDED.parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def run(command: list[str], cwd: Path) -> str:
    result = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    return result.stdout


def test_the_client_imports_with_the_version_from_the_history(demo: Path) -> None:
    from tests.history.conftest import EMBEDDED

    version = walk_exports(History(EMBEDDED.parent).exports()).version
    code = "import botmaker_client, sys; sys.stdout.write(botmaker_client.__version__)"
    assert run([sys.executable, "-c", code], demo / "client") == version
    assert (demo / "stubs" / "botmaker_client" / "client.pyi").is_file()


def test_the_docs_build_strictly_with_the_changelog_page(demo: Path) -> None:
    run([sys.executable, "-m", "mkdocs", "build", "--strict"], demo / "docs")
    page = (demo / "docs" / "site" / "changelog" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="(v[\d-]+)">([^<]+)', page)
    assert headings == [("v2-0-0", "2.0.0"), ("v1-1-1", "1.1.1"), ("v1-1-0", "1.1.0")]
    # a description change shows both texts, folded
    assert "Earliest message time; one day before" in page and "Windows longer than 30 days" in page
    agents = (demo / "docs" / "site" / "tags" / "agents" / "index.html").read_text(encoding="utf-8")
    assert 'Added in <a href="../../changelog/#v2-0-0">v2.0.0</a>' in agents
    assert "lastLoginIp" in page

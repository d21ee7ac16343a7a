"""Settings that shape the client: operation_names, refresh_operation; names of oneOf variants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import REAL_EXPORT
from tests.generate.conftest import run


def _generate(tmp_path: Path, config: str) -> tuple[Path, Any]:
    settings = tmp_path / "specgen.toml"
    settings.write_text(config, encoding="utf-8")
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = run(
        "generate",
        "client",
        str(REAL_EXPORT),
        "-o",
        str(out),
        "--config",
        str(settings),
        "--report",
        str(report),
    )
    assert result.exit_code == 0, result.output
    return out / "botmaker_client", json.loads(report.read_text(encoding="utf-8"))


def test_operation_names_and_no_refresh(tmp_path: Path) -> None:
    package, report = _generate(
        tmp_path,
        '[generate]\nrefresh_operation = "none"\n'
        '[generate.operation_names]\n"get-api-credentials" = "whoami"\n"contacts-blacklist_2" = "blacklist"\n',
    )
    names = {row["id"]: row["python_name"] for row in report["operations"]}
    assert names["get-api-credentials"] == "auth.whoami"
    assert names["contacts-blacklist_2"] == "notifications.blacklist"
    client = (package / "client.py").read_text(encoding="utf-8")
    assert "refresh_token" not in client and "REFRESH" not in client


def test_the_refresh_operation_is_found_and_numbered_operation_ids_give_way_to_summaries(
    real_client: tuple[Path, dict[str, object]],
) -> None:
    out, report_data = real_client
    report: Any = report_data
    client = (out / "botmaker_client" / "client.py").read_text(encoding="utf-8")
    assert "from .api.auth import (" in client and "REFRESH," in client
    for keyword in ("client_id: str | None = None", "secret_id: str | None", "refresh_token: str | None"):
        assert keyword in client
    assert "on_credentials_refreshed: Callable[[AuthResponse], object] | None = None" in client
    names = {row["id"]: row["python_name"] for row in report["operations"]}
    assert names["contacts-blacklist_2"] == "notifications.list_blacklisted_contacts"
    assert names["send-products_1"] == "chats_actions.send_products_deprecated"
    messages = {problem["message"]: problem["rule"] for problem in report["problems"]}
    summary_named = (
        "operation 'contacts-blacklist_2' is named 'list_blacklisted_contacts' in Python after its summary"
    )
    assert messages[summary_named] == "generate-naming-summary"


def test_a_refresh_operation_that_is_not_there_is_its_own_registered_problem(tmp_path: Path) -> None:
    _, report = _generate(tmp_path, '[generate]\nrefresh_operation = "no-such-operation"\n')
    (problem,) = [row for row in report["problems"] if row["rule"] == "generate-refresh-missing"]
    assert problem["message"] == "refresh_operation 'no-such-operation' is not an operationId of the document"
    assert problem["severity"] == "warning" and problem["pointer"] == "/"


def test_one_of_variants_are_named_by_what_tells_them_apart(
    real_client: tuple[Path, dict[str, object]],
) -> None:
    out, _ = real_client
    models = (out / "botmaker_client" / "models.py").read_text(encoding="utf-8")
    assert "class ChatReferenceReqWithChatId(" in models
    assert "class ChatReferenceReqWithChannelIdAndContactId(" in models
    assert "Option1" not in models
    assert "errors_:" not in models and "typing_:" not in models

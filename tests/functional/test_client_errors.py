"""Documented error bodies: read into their models on the operation's own error class, typed for a
type checker, and the server's message in ``str(error)``; sync and async against the spec server."""

from __future__ import annotations

import asyncio
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.functional.conftest import TOKEN, Api
from tests.support.spec_server import Reply

LIST_CHANNELS = "GET /channels"
ERROR_BODY = {"errors": [{"type": "validation", "source": "platform", "message": "platform is\nnot valid"}]}
BIN = Path(sys.executable).parent


def channels_module(api: Api) -> Any:
    return importlib.import_module(f"{api.package.module.__name__}.api.channels")


def errors_module(api: Api) -> Any:
    return importlib.import_module(f"{api.package.module.__name__}.errors")


def raised_by_list_channels(api: Api, is_async: bool) -> Any:
    """The error ``channels.list_channels()`` raises for the reply queued on the server."""
    module = api.package.module
    options: dict[str, Any] = {"access_token": TOKEN, "base_url": api.server.base_url, "max_retries": 0}
    if is_async:

        async def call() -> None:
            async with module.AsyncClient(**options) as client:
                await client.channels.list_channels()

        with pytest.raises(errors_module(api).ApiStatusError) as raised:
            asyncio.run(call())
    else:
        with module.Client(**options) as client, pytest.raises(errors_module(api).ApiStatusError) as raised:
            client.channels.list_channels()
    return raised.value


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_a_documented_error_body_is_read_into_its_model_on_the_operations_own_class(
    botmaker: Api, is_async: bool
) -> None:
    botmaker.server.enqueue(LIST_CHANNELS, Reply(400, ERROR_BODY))
    error = raised_by_list_channels(botmaker, is_async)
    assert type(error) is channels_module(botmaker).ListChannelsBadRequestError
    assert isinstance(error, errors_module(botmaker).BadRequestError)
    assert isinstance(error.body, botmaker.package.module.models.ErrorResponse)
    (item,) = error.body.errors
    assert (item.type, item.source, item.message) == ("validation", "platform", "platform is\nnot valid")
    assert str(error).startswith("GET /") and str(error).endswith(
        "/channels answered 400: platform is not valid"
    )
    (call,) = botmaker.server.calls
    assert call.response_errors == ()


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_an_error_body_of_another_shape_stays_as_sent_on_the_statuss_class(
    botmaker: Api, is_async: bool
) -> None:
    botmaker.server.enqueue(LIST_CHANNELS, Reply(400, ["not", "an", "object"]))
    error = raised_by_list_channels(botmaker, is_async)
    assert type(error) is errors_module(botmaker).BadRequestError
    assert error.body == ["not", "an", "object"]
    assert str(error).endswith("/channels answered 400")


def test_an_undocumented_error_body_gives_its_message_to_str(botmaker: Api) -> None:
    botmaker.server.enqueue(LIST_CHANNELS, Reply(503, {"error": {"message": "down for maintenance"}}))
    error = raised_by_list_channels(botmaker, is_async=False)
    assert type(error) is errors_module(botmaker).ServiceUnavailableError
    assert error.body == {"error": {"message": "down for maintenance"}}
    assert str(error).endswith("/channels answered 503: down for maintenance")


def test_mypy_sees_the_documented_body_type(botmaker: Api, tmp_path: Path) -> None:
    package = botmaker.package.module.__name__
    program = tmp_path / "use_errors.py"
    program.write_text(
        f"from {package} import Client, BadRequestError\n"
        f"from {package}.api.channels import ListChannelsBadRequestError, UpdateChannelNotFoundError\n\n\n"
        "def explain(client: Client) -> str:\n"
        "    try:\n"
        "        client.channels.list_channels()\n"
        "    except ListChannelsBadRequestError as error:\n"
        "        reveal_type(error.body)\n"
        "        return error.body.errors[0].message or '' if error.body.errors else ''\n"
        "    except UpdateChannelNotFoundError as error:\n"
        "        reveal_type(error.body)\n"
        "    except BadRequestError as error:\n"
        "        reveal_type(error.body)\n"
        "    return ''\n",
        encoding="utf-8",
    )
    env = {**os.environ, "MYPYPATH": str(botmaker.package.folder), "MYPY_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-error-summary", str(program)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    revealed = [
        line.split("Revealed type is ", 1)[1] for line in result.stdout.splitlines() if "Revealed" in line
    ]
    models = f"{package}.models"
    assert revealed == [
        f'"{models}.ErrorResponse"',
        f'"{models}.ChannelResponse | {models}.WhatsAppChannelResponse | {models}.FacebookMessengerChannelResponse'
        f' | {models}.TelegramChannelResponse | {models}.InstagramChannelResponse"',
        '"Any"',
    ], result.stdout
    assert [line for line in result.stdout.splitlines() if ": error:" in line] == [], result.stdout

"""Unit tests of the middleware that responds to errors no route handled."""

import logging
from urllib.parse import urlencode

import anyio
import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from starlette.requests import ClientDisconnect, Request

from reference_app import messages
from reference_app.unexpected_errors import UnexpectedErrorMiddleware


def http_scope(method: str, path: str, headers: dict[str, str] | None = None) -> dict:
    encoded = [(name.encode(), value.encode()) for name, value in (headers or {}).items()]
    return {"type": "http", "method": method, "path": path, "query_string": b"", "headers": encoded}


async def call(app, scope: dict, body: bytes = b"") -> list[dict]:
    """Run the middleware around `app` and return the messages it sent."""
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict) -> None:
        sent.append(message)

    await UnexpectedErrorMiddleware(app)(scope, receive, send)
    return sent


def raising(error: Exception, *, read_body: bool = False, start_first: bool = False):
    async def app(scope, receive, send) -> None:
        if read_body:
            await Request(scope, receive).body()
        if start_first:
            await send({"type": "http.response.start", "status": 200, "headers": []})
        raise error

    return app


def status_and_body(sent: list[dict]) -> tuple[int, str]:
    body = b"".join(
        message.get("body", b"") for message in sent if message["type"] == "http.response.body"
    )
    return sent[0]["status"], body.decode()


def test_client_disconnect_sends_nothing(caplog) -> None:
    with caplog.at_level(logging.INFO, logger="reference_app.unexpected_errors"):
        sent = anyio.run(call, raising(ClientDisconnect()), http_scope("POST", "/emp/admin-save"))

    assert sent == []
    assert [record.levelname for record in caplog.records] == ["INFO"]


def test_crash_returns_json_500() -> None:
    scope = http_scope("GET", "/api/me")

    status, body = status_and_body(anyio.run(call, raising(RuntimeError("boom")), scope))

    assert status == 500
    assert messages.SERVER_ERROR in body
    assert '"code":500' in body


def test_crash_returns_error_page() -> None:
    scope = http_scope("GET", "/auth/home")

    status, body = status_and_body(anyio.run(call, raising(RuntimeError("boom")), scope))

    assert status == 500
    assert "<h2" in body
    assert messages.SERVER_ERROR in body


def test_crash_after_response_start_is_raised() -> None:
    app = raising(RuntimeError("boom"), start_first=True)

    with pytest.raises(RuntimeError):
        anyio.run(call, app, http_scope("GET", "/api/me"))


@pytest.mark.parametrize("read_body", [False, True], ids=["body unread", "body read"])
def test_login_form_format_survives_outage(read_body: bool) -> None:
    scope = http_scope("POST", "/auth/token", {"content-type": "application/x-www-form-urlencoded"})
    fields = {"username": "a@b.io", "password": "password", "x-expected-format": "text/html"}
    form = urlencode(fields)
    app = raising(RedisConnectionError("refused"), read_body=read_body)

    status, body = status_and_body(anyio.run(call, app, scope, form.encode()))

    assert status == 503
    assert "<title>Learn FastAPI Login</title>" in body
    assert messages.LOGIN_FAILED in body


def test_login_without_format_returns_json_503() -> None:
    scope = http_scope("POST", "/api/login", {"content-type": "application/x-www-form-urlencoded"})
    app = raising(RedisConnectionError("refused"))

    status, body = status_and_body(anyio.run(call, app, scope, b"username=a%40b.io"))

    assert status == 503
    assert messages.LOGIN_FAILED in body
    assert '"code":503' in body

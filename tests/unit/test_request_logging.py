"""Unit tests of the request start and finish log lines."""

import logging

import anyio
import httpx

from reference_app.config import Settings
from reference_app.main import create_app


async def fetch_login_page(app) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.get("/auth/login", headers={"cookie": "session=abc123"})


def test_request_lines_carry_session_id(caplog) -> None:
    app = create_app(Settings(SECRET_KEY="unit-test-secret-with-enough-distinct-chars", _env_file=None))

    with caplog.at_level(logging.INFO, logger="reference_app.logs"):
        response = anyio.run(fetch_login_page, app)

    assert response.status_code == 200
    lines = [record.getMessage() for record in caplog.records if record.name == "reference_app.logs"]
    assert lines[0] == "request started: GET /auth/login session=abc123"
    assert lines[-1].startswith("request finished: GET /auth/login status=200 session=abc123")

"""Unit test: a login on an old anonymous session gets the full session lifetime."""

import time
from http.cookies import SimpleCookie

import anyio
import httpx
import starsessions.session

from reference_app.config import Settings
from reference_app.main import create_app

LIFETIME = 100


async def login_on_aged_session(app, monkeypatch) -> str:
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            await client.get("/api/me")  # leaves a pending-message session behind

            started = time.time()
            monkeypatch.setattr(starsessions.session.time, "time", lambda: started + 60)
            response = await client.post(
                "/api/login",
                data={"username": "mary.sluis.10011@gmail.com", "password": "password"},
            )
    cookies = [h for h in response.headers.get_list("set-cookie") if h.startswith("session=")]
    return SimpleCookie(cookies[0])["session"]["max-age"]


def test_login_resets_session_lifetime(monkeypatch) -> None:
    settings = Settings(
        SECRET_KEY="unit-test-secret-with-enough-distinct-chars",
        SESSION_LIFETIME_SECONDS=LIFETIME,
        _env_file=None,
    )
    max_age = anyio.run(login_on_aged_session, create_app(settings), monkeypatch)

    assert int(max_age) >= LIFETIME - 2

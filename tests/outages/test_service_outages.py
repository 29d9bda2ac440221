"""A session store or database that stops mid-run gives clear 503 responses, not hangs.

These tests judge the reference app itself. Each starts it under uvicorn and cuts the path
to one of its services, mostly while a user is logged in. It checks the responses over HTTP
and that the app serves again once the service is back.
"""

import http.client
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup
from sqlalchemy.engine import make_url

from reference_app import messages
from tests.spec.servers import AppServer, app_server
from tests.spec.users import FIXTURE_PASSWORD, fixture_user

from .redis_server import NEEDS_REDIS_SERVER, RedisServer
from .tcp_proxy import TcpProxy

# Upper bound on one request while a service is down: a request that takes longer has hung.
REQUEST_TIMEOUT_SECONDS = 30
JSON_HEADERS = {"x-expected-format": "application/json"}
NEEDS_SERVER_DATABASE = (
    "a SQLite file cannot become unreachable: set DATABASE_URL to a PostgreSQL or MySQL "
    "URL, as `tox -e postgres` and `tox -e mariadb` do"
)


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        pytest.skip(NEEDS_REDIS_SERVER)
    server = RedisServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database_proxy() -> Iterator[tuple[TcpProxy, str]]:
    """A relay to the server of DATABASE_URL, and that URL rewritten to go through it."""
    configured = os.environ.get("DATABASE_URL")
    if not configured or make_url(configured).get_backend_name() == "sqlite":
        pytest.skip(NEEDS_SERVER_DATABASE)
    url = make_url(configured)
    default_port = 5432 if url.get_backend_name() == "postgresql" else 3306
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or default_port)
    proxy.start()
    yield proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    proxy.cut()


def server_settings(tmp_path: Path, **settings: str) -> dict[str, str]:
    """Settings for one app server: a random key and, unless given, a SQLite file of its own."""
    defaults = {
        "SECRET_KEY": secrets.token_urlsafe(32),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
    }
    return defaults | settings


@contextmanager
def app_on_redis(redis_server: RedisServer, tmp_path: Path, name: str) -> Iterator[AppServer]:
    """Serve the app with its sessions in the test's own redis-server."""
    settings = server_settings(tmp_path, REDIS_URL=redis_server.url)
    with app_server(settings, tmp_path, name) as server:
        yield server


@contextmanager
def log_in(server: AppServer) -> Iterator[httpx.Client]:
    """Log Mary in as an API client that keeps cookies and follows redirects."""
    client = httpx.Client(
        base_url=server.base_url, headers=JSON_HEADERS, follow_redirects=True,
        timeout=REQUEST_TIMEOUT_SECONDS,
    )
    with client:
        user = fixture_user("Mary")
        form = {"username": user.email, "password": FIXTURE_PASSWORD}
        answer = client.post("/api/login", data=form)
        assert answer.json()["status"] == {"code": 200, "text": ""}
        yield client


def assert_unavailable_json(answer: httpx.Response, text: str) -> None:
    assert answer.status_code == 503
    assert answer.json()["status"] == {"code": 503, "text": text}


def assert_unavailable_page(answer: httpx.Response) -> None:
    assert answer.status_code == 503
    page = BeautifulSoup(answer.text, "html.parser")
    assert page.select_one("h2.text-danger").get_text(strip=True) == messages.SERVICE_UNAVAILABLE


def statuses_on_one_connection(server: AppServer, path: str, count: int) -> list[int]:
    """Send `count` requests over one kept-alive connection and list their HTTP statuses.

    A server that closes the connection without `Connection: close` makes a later request
    fail with RemoteDisconnected or a reset, as it would for any client that reuses it.
    """
    host, port = server.base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=REQUEST_TIMEOUT_SECONDS)
    statuses = []
    try:
        for _ in range(count):
            connection.request("GET", path, headers=JSON_HEADERS)
            response = connection.getresponse()
            response.read()
            statuses.append(response.status)
            time.sleep(0.2)  # lets a close by the server arrive before the next request
    finally:
        connection.close()
    return statuses


def browser_login_answer(server: AppServer) -> httpx.Response:
    user = fixture_user("Mary")
    form = {"username": user.email, "password": FIXTURE_PASSWORD, "x-expected-format": "text/html"}
    return httpx.post(f"{server.base_url}/auth/token", data=form, timeout=REQUEST_TIMEOUT_SECONDS)


def assert_me_is_mary(client: httpx.Client) -> None:
    answer = client.get("/api/me")
    assert answer.json()["status"] == {"code": 200, "text": ""}
    assert answer.json()["data"]["email"] == fixture_user("Mary").email


def test_stopped_redis_gives_503(redis_server: RedisServer, tmp_path: Path) -> None:
    with app_on_redis(redis_server, tmp_path, "redis-outage") as server, log_in(server) as client:
        redis_server.stop()

        assert_unavailable_json(client.get("/api/me"), messages.SERVICE_UNAVAILABLE)
        assert_unavailable_json(login_answer(server), messages.LOGIN_FAILED)
        home = httpx.get(f"{server.base_url}/auth/home", timeout=REQUEST_TIMEOUT_SECONDS)
        assert_unavailable_page(home)


def test_frozen_redis_gives_503(redis_server: RedisServer, tmp_path: Path) -> None:
    with app_on_redis(redis_server, tmp_path, "redis-frozen") as server, log_in(server) as client:
        redis_server.pause()

        assert_unavailable_json(client.get("/api/me"), messages.SERVICE_UNAVAILABLE)

        redis_server.resume()
        assert_me_is_mary(client)


def test_stopped_redis_keeps_connections_usable(redis_server: RedisServer, tmp_path: Path) -> None:
    with app_on_redis(redis_server, tmp_path, "redis-keep-alive") as server:
        redis_server.stop()

        assert statuses_on_one_connection(server, "/api/me", 3) == [503, 503, 503]


def test_stopped_redis_shows_login_page(redis_server: RedisServer, tmp_path: Path) -> None:
    with app_on_redis(redis_server, tmp_path, "redis-login-page") as server:
        redis_server.stop()

        answer = browser_login_answer(server)

        assert answer.status_code == 503
        page = BeautifulSoup(answer.text, "html.parser")
        assert page.title.get_text(strip=True) == "Learn FastAPI Login"
        assert page.h4.get_text(strip=True) == messages.LOGIN_FAILED


def test_restarted_redis_serves_new_logins(redis_server: RedisServer, tmp_path: Path) -> None:
    with app_on_redis(redis_server, tmp_path, "redis-restart") as server, log_in(server) as client:
        redis_server.stop()
        assert_unavailable_json(client.get("/api/me"), messages.SERVICE_UNAVAILABLE)
        redis_server.start()

        # The restarted Redis kept nothing, so the old session is gone and a new login works.
        answer = client.get("/api/me")
        assert answer.json()["status"] == {"code": 401, "text": messages.NOT_AUTHENTICATED}
        with log_in(server) as again:
            assert_me_is_mary(again)


def test_unreachable_database_gives_503_and_recovers(
    database_proxy: tuple[TcpProxy, str], tmp_path: Path
) -> None:
    proxy, database_url = database_proxy
    settings = server_settings(tmp_path, DATABASE_URL=database_url)
    with app_server(settings, tmp_path, "database-outage") as server, log_in(server) as client:
        proxy.cut()

        assert_unavailable_json(client.get("/api/me"), messages.SERVICE_UNAVAILABLE)
        assert_unavailable_json(login_answer(server), messages.LOGIN_FAILED)

        proxy.start()
        assert_me_is_mary(client)


def login_answer(server: AppServer) -> httpx.Response:
    user = fixture_user("Mary")
    return httpx.post(
        f"{server.base_url}/api/login",
        data={"username": user.email, "password": FIXTURE_PASSWORD},
        timeout=REQUEST_TIMEOUT_SECONDS,
    )

"""Steps of the shared sessions feature: servers A and B and a two-worker server on one Redis."""

import os
import secrets
from contextlib import ExitStack

import httpx
import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from tests.conftest import Clients
from tests.spec.client import ClientKind, SpecClient
from tests.spec.pages import Page
from tests.spec.servers import app_server
from tests.spec.store import RedisSessionStoreProbe
from tests.spec.target import Target
from tests.steps.common import default_login_path, json_body, login_request
from tests.steps.logout import NOT_AUTHENTICATED, logout_path
from tests.spec.users import FIXTURE_PASSWORD, fixture_user

scenarios("sessions/shared_sessions.feature")

REAL_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
NEEDS_REAL_REDIS = (
    "needs a real Redis shared by several server processes: "
    "set REDIS_URL=redis://127.0.0.1:6379/15 or run `tox -e redis`"
)
NEEDS_OWN_SERVERS = "starts its own reference app servers, so it does not run against --base-url"


@pytest.fixture(scope="module")
def servers(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory):
    """Servers A and B (one process each) and a two-worker server, by their step names.

    All three share REDIS_URL, one SECRET_KEY and DATABASE_URL, or without DATABASE_URL a
    SQLite file. Server A starts first and seeds that file, because SQLite has no
    seeding lock, and the others find it seeded.
    """
    if pytestconfig.getoption("--base-url"):
        pytest.skip(NEEDS_OWN_SERVERS)
    redis_url = os.environ.get("REDIS_URL", "")
    if not redis_url.startswith(REAL_REDIS_SCHEMES):
        pytest.skip(NEEDS_REAL_REDIS)

    secret_key = secrets.token_urlsafe(32)
    log_dir = tmp_path_factory.mktemp("servers")
    settings = {
        "SECRET_KEY": secret_key,
        "REDIS_URL": redis_url,
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite+aiosqlite:///{log_dir / 'shared.db'}",
    }
    with ExitStack() as stack:
        store = RedisSessionStoreProbe(redis_url)
        stack.callback(store.close)
        started = {
            "server A": stack.enter_context(app_server(settings, log_dir, "server-a")),
            "server B": stack.enter_context(app_server(settings, log_dir, "server-b")),
            "the two-worker server": stack.enter_context(
                app_server(settings, log_dir, "two-workers", workers=2)
            ),
        }
        yield {
            name: Target(base_url=server.base_url, store=store, secret_key=secret_key)
            for name, server in started.items()
        }


@pytest.fixture
def default_target(servers: dict[str, Target]) -> Target:
    """Server A: the target of the store steps and of the conftest's skips."""
    return servers["server A"]


@pytest.fixture
def clients(default_target: Target):
    registry = Clients(default_target)
    yield registry
    registry.close()


def server_name_checked(servers: dict[str, Target], server: str) -> str:
    assert server in servers, f"unknown server {server!r}; use one of {', '.join(servers)}"
    return server


def server_url(servers: dict[str, Target], server: str, path: str) -> str:
    return servers[server_name_checked(servers, server)].base_url + path


@given(parsers.parse("{user} has logged in on {server}"))
def logged_in_on(clients, servers, user: str, server: str) -> None:
    client = clients.of(user)
    url = server_url(servers, server, default_login_path(client))
    response = login_request(client, url, fixture_user(user).email, FIXTURE_PASSWORD)
    assert response.status_code == 200, f"login of {user} returned HTTP {response.status_code}"
    if client.kind is ClientKind.BROWSER:
        assert Page(response.text).title == "Learn FastAPI Home", f"login of {user} on {server} failed"
    else:
        assert client.token, f"login of {user} on {server} returned no token: {response.text[:200]}"


@when(parsers.re(r'(?P<user>[^"]+) opens "(?P<path>[^"]+)" on (?P<server>server \w|the two-worker server)'),
      target_fixture="answer")
def open_on(clients, servers, user: str, path: str, server: str) -> httpx.Response:
    return clients.of(user).get(server_url(servers, server, path))


@when(parsers.parse("{user} logs out on {server}"), target_fixture="answer")
@given(parsers.parse("{user} has logged out on {server}"))
def log_out_on(clients, servers, user: str, server: str) -> httpx.Response:
    client = clients.of(user)
    response = client.post(server_url(servers, server, logout_path(client)))
    assert response.status_code == 200, f"logout of {user} returned HTTP {response.status_code}"
    return response


def replayed_credentials(context: dict, user: str) -> dict[str, dict[str, str]]:
    """List the request headers that carry each credential the user remembered."""
    credentials = {}
    cookie = context["former_cookies"][user]
    if cookie:
        credentials["session cookie"] = {"cookie": f"session={cookie}"}
    token = context["former_tokens"][user]
    if token:
        credentials["access token"] = {"authorization": f"Bearer {token}"}
    assert credentials, f"{user} remembered neither a session cookie nor an access token"
    return credentials


def fresh_client(target: Target) -> SpecClient:
    """Open an API client with an empty cookie jar and its own new connection."""
    return target.client(ClientKind.API)


def me_status(target: Target, headers: dict[str, str]) -> dict:
    client = fresh_client(target)
    try:
        return json_body(client.get("/api/me", headers=headers))["status"]
    finally:
        client.close()


@then(parsers.parse("{server} rejects {user}'s remembered credentials"))
def server_rejects_credentials(context, servers, server: str, user: str) -> None:
    target = servers[server_name_checked(servers, server)]
    for name, headers in replayed_credentials(context, user).items():
        status = me_status(target, headers)
        assert status == {"code": 401, "text": NOT_AUTHENTICATED}, (
            f"{server} accepted the remembered {name} after logout: {status}"
        )


@when(
    parsers.re(
        r'(?P<user>[^"]+) opens "(?P<path>[^"]+)" (?P<count>\d+) times on (?P<server>.+?)'
        r"(?P<with_cookie> with the remembered session cookie)?, each on a new connection"
    ),
    target_fixture="answers",
    converters={"count": int},
)
def open_on_new_connections(
    clients, context, servers, user: str, path: str, count: int, server: str, with_cookie: str | None
) -> list[httpx.Response]:
    if with_cookie:
        cookie = context["former_cookies"][user]
        assert cookie, f"{user} remembered no session cookie"
        headers = {"cookie": f"session={cookie}"}
    else:
        client = clients.of(user)
        headers = {"cookie": f"session={client.session_id}"} if client.session_id else {}
        if client.token:
            headers["authorization"] = f"Bearer {client.token}"

    answers = []
    for _ in range(count):
        client = fresh_client(servers[server_name_checked(servers, server)])
        try:
            answers.append(client.get(path, headers=headers))
        finally:
            client.close()
    return answers


@then(
    parsers.re(r'every answer has status code (?P<code>\d+) and text "(?P<text>.*)"'),
    converters={"code": int},
)
def every_answer_status(answers: list[httpx.Response], code: int, text: str) -> None:
    statuses = [json_body(answer)["status"] for answer in answers]
    unexpected = [status for status in statuses if status != {"code": code, "text": text}]
    assert not unexpected, f"{len(unexpected)} of {len(statuses)} answers differ: {unexpected[:3]}"

"""Target selection, per-scenario clients and skips for what a target cannot offer."""

import argparse
import os
import time
from urllib.parse import urlsplit

import httpx
import pytest
import redis

from tests.spec.client import ClientKind, SpecClient
from tests.spec.store import DEFAULT_PREFIX, RedisSessionStoreProbe, connect
from tests.spec.target import Target, in_process_target

pytest_plugins = [
    "tests.spec.report",
    "tests.spec.inserted_rows",
    "tests.steps.common",
    "tests.steps.sessions",
    "tests.steps.tokens",
    "tests.steps.logout",
    "tests.steps.employees",
]

NEEDS = {
    "session_store": (
        "needs the target's session store: pass --redis-url (env SPEC_REDIS_URL) "
        "and, unless its keys start with starsessions., --redis-prefix"
    ),
    "token_forgery": (
        "needs the target's signing key: pass --secret-key (env SPEC_SECRET_KEY) "
        "and, unless it signs with HS256, --algorithm"
    ),
    "no_scopes_ui": (
        "needs a second server started with ENABLE_NO_SCOPES_UI=true: "
        "pass its URL as --no-scopes-ui-base-url (env SPEC_NO_SCOPES_UI_BASE_URL)"
    ),
}
# Seconds a live target may take to respond at the start of a run, so that a server started
# in the background just before the run has time to start listening.
REACHABILITY_TIMEOUT_SECONDS = 10
REACHABILITY_POLL_SECONDS = 0.5
# Seconds the target's session Redis may take to reply to PING at the start of a run.
STORE_PING_TIMEOUT_SECONDS = 3


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("spec", "specification target")
    option = group.addoption
    option("--base-url", default=os.environ.get("SPEC_BASE_URL"), type=target_url,
           help="run every scenario against the live server at this http(s) URL instead of "
           "the in-process app (env SPEC_BASE_URL)")
    option("--redis-url", default=os.environ.get("SPEC_REDIS_URL"),
           help="Redis URL of the live target's session store, for @session_store scenarios "
           "(env SPEC_REDIS_URL)")
    option("--redis-prefix", default=os.environ.get("SPEC_REDIS_PREFIX", DEFAULT_PREFIX),
           help=f"key prefix of the session entries in that Redis (env SPEC_REDIS_PREFIX, "
           f"default: {DEFAULT_PREFIX})")
    option("--secret-key", default=os.environ.get("SPEC_SECRET_KEY"),
           help="the live target's SECRET_KEY, for @token_forgery scenarios (env SPEC_SECRET_KEY)")
    option("--algorithm", default=os.environ.get("SPEC_ALGORITHM", "HS256"),
           help="the live target's JWT algorithm (env SPEC_ALGORITHM, default: HS256)")
    option("--no-scopes-ui-base-url", type=target_url,
           default=os.environ.get("SPEC_NO_SCOPES_UI_BASE_URL"),
           help="a second live server started with ENABLE_NO_SCOPES_UI=true, for @no_scopes_ui "
           "scenarios (env SPEC_NO_SCOPES_UI_BASE_URL)")
    option("--app-factory",
           default=os.environ.get("SPEC_APP_FACTORY", "reference_app.main:create_app"),
           help="module:callable that builds the in-process ASGI app when no --base-url is "
           "given (env SPEC_APP_FACTORY, default: reference_app.main:create_app)")


def target_url(value: str) -> str:
    """Check that a target URL is an absolute http(s) URL and drop its trailing slash."""
    parsed = urlsplit(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise argparse.ArgumentTypeError(
            f"invalid target URL {value!r}: expected http://HOST:PORT or https://HOST:PORT"
        )
    return value.rstrip("/")


def check_reachable(name: str, url: str) -> None:
    """Wait until a live target responds, and exit the run if it does not within the timeout.

    Retrying lets a run start right after the server was started in the background. Exiting
    at once otherwise spares a failure per scenario.
    """
    deadline = time.monotonic() + REACHABILITY_TIMEOUT_SECONDS
    while True:
        remaining = deadline - time.monotonic()
        try:
            httpx.get(f"{url}/auth/login", timeout=max(remaining, REACHABILITY_POLL_SECONDS))
            return
        except httpx.TransportError as error:
            if time.monotonic() + REACHABILITY_POLL_SECONDS >= deadline:
                pytest.exit(f"{name} {url} is not reachable after {REACHABILITY_TIMEOUT_SECONDS} s "
                            f"({error!r}): start the server or fix {name}",
                            returncode=pytest.ExitCode.USAGE_ERROR)
        time.sleep(REACHABILITY_POLL_SECONDS)


def without_password(url: str) -> str:
    """Replace the password in a URL with ***, so that messages can show the URL."""
    parsed = urlsplit(url)
    if parsed.password is None:
        return url
    user_info, _, host = parsed.netloc.rpartition("@")
    user = user_info.partition(":")[0]
    return parsed._replace(netloc=f"{user}:***@{host}").geturl()


def check_store_reachable(url: str) -> None:
    """Exit the run at once when the target's session Redis does not reply to PING.

    Without this check every @session_store scenario would fail on its own with a
    connection error.
    """
    try:
        connection = connect(url, timeout=STORE_PING_TIMEOUT_SECONDS)
        try:
            connection.ping()
        finally:
            connection.close()
    except (redis.RedisError, ValueError) as error:
        pytest.exit(f"--redis-url {without_password(url)} is not reachable "
                    f"({type(error).__name__}: {error}): start the target's Redis, pass the URL "
                    f"of its session store, or leave --redis-url out to skip the @session_store "
                    f"scenarios", returncode=pytest.ExitCode.USAGE_ERROR)


def pytest_sessionstart(session: pytest.Session) -> None:
    config = session.config
    if hasattr(config, "workerinput") or config.option.collectonly:
        return  # the xdist controller has checked already, and collecting needs no server
    for name in ("--base-url", "--no-scopes-ui-base-url"):
        if config.getoption(name):
            check_reachable(name, config.getoption(name))
    # Only a live target reads --redis-url. The in-process app's store is its own.
    if config.getoption("--base-url") and config.getoption("--redis-url"):
        check_store_reachable(config.getoption("--redis-url"))


def live_target(config: pytest.Config, base_url: str) -> Target:
    redis_url = config.getoption("--redis-url")
    store = RedisSessionStoreProbe(redis_url, config.getoption("--redis-prefix")) if redis_url else None
    return Target(
        base_url=base_url,
        store=store,
        secret_key=config.getoption("--secret-key"),
        algorithm=config.getoption("--algorithm"),
    )


def in_process_settings(**extra: str) -> dict[str, str]:
    """Build settings for an in-process app, passing REDIS_URL and DATABASE_URL through from the env."""
    passed = {name: os.environ[name] for name in ("REDIS_URL", "DATABASE_URL") if name in os.environ}
    return passed | extra


@pytest.fixture(scope="session")
def default_target(pytestconfig: pytest.Config):
    base_url = pytestconfig.getoption("--base-url")
    if base_url:
        yield live_target(pytestconfig, base_url)
        return
    with in_process_target(pytestconfig.getoption("--app-factory"), in_process_settings()) as target:
        yield target


@pytest.fixture(scope="session")
def no_scopes_ui_target(pytestconfig: pytest.Config, default_target: Target):
    base_url = pytestconfig.getoption("--no-scopes-ui-base-url")
    if base_url:
        yield live_target(pytestconfig, base_url)
        return
    if pytestconfig.getoption("--base-url"):
        pytest.skip(NEEDS["no_scopes_ui"])
    settings = in_process_settings(ENABLE_NO_SCOPES_UI="true")
    with in_process_target(pytestconfig.getoption("--app-factory"), settings) as target:
        yield target


class Clients:
    """The clients of one scenario by user name, all sent to the scenario's target."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.by_user: dict[str, SpecClient] = {}
        # Session ids seen by clients that open() replaced, kept for session_ids_seen().
        self.replaced_session_ids: set[str] = set()

    def open(self, user: str, kind: ClientKind) -> SpecClient:
        if user in self.by_user:
            self.replaced_session_ids.update(self.by_user[user].session_ids_seen)
            self.by_user[user].close()
        self.by_user[user] = self.target.client(kind)
        return self.by_user[user]

    def of(self, user: str) -> SpecClient:
        try:
            return self.by_user[user]
        except KeyError:
            raise AssertionError(f"{user} has no client yet: add 'Given {user} uses a browser'") from None

    def session_ids_seen(self) -> set[str]:
        """Every session id that a Set-Cookie header gave any client of the scenario."""
        current = {sid for client in self.by_user.values() for sid in client.session_ids_seen}
        return current | self.replaced_session_ids

    def close(self) -> None:
        for client in self.by_user.values():
            client.end_session()
            client.close()


@pytest.fixture
def clients(request: pytest.FixtureRequest, default_target: Target):
    """The scenario's clients, served by the no-scopes-UI server when the scenario is tagged so."""
    if request.node.get_closest_marker("no_scopes_ui"):
        target = request.getfixturevalue("no_scopes_ui_target")
    else:
        target = default_target
    registry = Clients(target)
    yield registry
    registry.close()


@pytest.fixture(autouse=True)
def skip_unmet_needs(request: pytest.FixtureRequest, default_target: Target) -> None:
    """Skip a scenario whose tags need something that this target does not provide."""
    if request.node.get_closest_marker("session_store") and default_target.store is None:
        pytest.skip(NEEDS["session_store"])
    if request.node.get_closest_marker("token_forgery") and not default_target.secret_key:
        pytest.skip(NEEDS["token_forgery"])

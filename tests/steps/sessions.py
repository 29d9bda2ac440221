"""Checks on the session store, through the probe only, and replays of old credentials."""

import httpx
import pytest
from pytest_bdd import given, parsers, then, when

from tests.spec.client import ClientKind, SpecClient
from tests.spec.store import SessionStoreProbe
from tests.spec.tokens import read_claims


def current_session_id(client: SpecClient) -> str | None:
    """The client's session: its cookie, else the session named by its token."""
    if client.session_id:
        return client.session_id
    if client.token:
        return read_claims(client.token).get("session_id")
    return None


def stored_ids(store, session_ids) -> set[str]:
    return {session_id for session_id in session_ids if store.read(session_id) is not None}


def is_private(store: SessionStoreProbe) -> bool:
    """Tell whether only this pytest process writes to the store.

    Each in-process app keeps its sessions in a fakeredis server that lives in this process,
    where scenarios run one at a time. A real Redis may be shared by pytest-xdist workers
    and other servers that write sessions at the same time.
    """
    return getattr(store, "url", "").startswith("fakeredis://")


@pytest.fixture(autouse=True)
def store_ids_at_start(request: pytest.FixtureRequest) -> set[str] | None:
    """The session ids stored when a @session_store scenario starts, if the store is private.

    None for other scenarios and for shared stores, where other processes add entries
    during the scenario.
    """
    if not request.node.get_closest_marker("session_store"):
        return None
    request.getfixturevalue("skip_unmet_needs")
    store = request.getfixturevalue("default_target").store
    return store.session_ids() if is_private(store) else None


def assert_no_entries_without_cookie(
    stored_now: set[str], store_ids_at_start: set[str] | None, known: set[str]
) -> None:
    """Fail when entries appeared during the scenario that no client got as a session cookie.

    Only a private store is checked, because in a shared one such entries may belong to
    scenarios of other processes.
    """
    if store_ids_at_start is None:
        return
    unknown = stored_now - store_ids_at_start - known
    assert not unknown, (
        f"session entries appeared during the scenario without a session cookie to any of "
        f"its clients: {sorted(unknown)}"
    )


@given(parsers.parse('{user}\'s browser carries the session cookie "{value}"'))
def plant_session_cookie(clients, user: str, value: str) -> None:
    clients.of(user).plant_session_cookie(value)


@then(parsers.parse("the store holds {user}'s session and no other session of this scenario"))
def store_holds_only_user_session(clients, default_target, store_ids_at_start, user: str) -> None:
    store = default_target.store
    stored_now = store.session_ids()
    session_id = current_session_id(clients.of(user))
    assert session_id, f"{user} has no session id"
    assert store.read(session_id) is not None, "the session has no store entry"

    seen = clients.session_ids_seen()
    leftovers = stored_ids(store, seen - {session_id})
    assert not leftovers, f"stray session entries remain: {sorted(leftovers)}"
    assert_no_entries_without_cookie(stored_now, store_ids_at_start, seen | {session_id})


@then("the store holds no session of this scenario")
def store_holds_no_scenario_session(clients, default_target, store_ids_at_start) -> None:
    """Check every session id that a Set-Cookie header gave the scenario's clients.

    Listing the store first makes a store that the probe cannot read fail this step,
    also when no client was given a session cookie.
    """
    store = default_target.store
    stored_now = store.session_ids()
    seen = clients.session_ids_seen()
    leftovers = stored_ids(store, seen)
    assert not leftovers, f"stray session entries remain: {sorted(leftovers)} of {sorted(seen)}"
    assert_no_entries_without_cookie(stored_now, store_ids_at_start, seen)


@then(parsers.parse("the store holds no entry for {user}'s former session"))
def store_lost_former_session(clients, context, user: str, default_target) -> None:
    former = context["former_sessions"][user]
    assert default_target.store.read(former) is None, f"session {former} is still stored"


@then(parsers.parse("{user} has a new session id"))
def session_id_changed(clients, context, user: str) -> None:
    before = context.get("session_before_login")
    after = current_session_id(clients.of(user))
    assert after, f"{user} has no session after logging in"
    assert after != before, f"the session id stayed {before} across the login"


@then(parsers.parse('the store holds no entry for session "{session_id}"'))
def store_lacks_session(default_target, session_id: str) -> None:
    assert default_target.store.read(session_id) is None


@given(parsers.parse("{user} remembers the session cookie and the access token"))
def remember_credentials(clients, context, user: str) -> None:
    client = clients.of(user)
    context.setdefault("former_sessions", {})[user] = current_session_id(client)
    context.setdefault("former_cookies", {})[user] = client.session_id
    context.setdefault("former_tokens", {})[user] = client.token


def replay(clients, user: str, headers: dict[str, str], path: str) -> httpx.Response:
    """Send a request from a fresh client of the same user carrying only the given credential."""
    replayer = clients.open(f"{user} (replay)", ClientKind.API)
    return replayer.get(path, headers=headers)


@when(parsers.parse('{user} calls "{path}" with the remembered session cookie'), target_fixture="answer")
def replay_cookie(clients, context, user: str, path: str) -> httpx.Response:
    cookie = context["former_cookies"][user]
    assert cookie, f"{user} had no session cookie to remember"
    return replay(clients, user, {"cookie": f"session={cookie}"}, path)


@when(parsers.parse('{user} calls "{path}" with the remembered access token'), target_fixture="answer")
def replay_token(clients, context, user: str, path: str) -> httpx.Response:
    token = context["former_tokens"][user]
    assert token, f"{user} had no access token to remember"
    return replay(clients, user, {"authorization": f"Bearer {token}"}, path)

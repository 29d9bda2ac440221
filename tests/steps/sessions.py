"""Checks on the session store, through the probe only, and replays of old credentials."""

import httpx
from pytest_bdd import given, parsers, then, when

from tests.spec.client import ClientKind, SpecClient
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


@given(parsers.parse('{user}\'s browser carries the session cookie "{value}"'))
def plant_session_cookie(clients, user: str, value: str) -> None:
    clients.of(user).plant_session_cookie(value)


@then(parsers.parse("the store holds {user}'s session and no other session of this scenario"))
def store_holds_only_user_session(clients, default_target, user: str) -> None:
    session_id = current_session_id(clients.of(user))
    assert session_id, f"{user} has no session id"
    assert default_target.store.read(session_id) is not None, "the session has no store entry"

    leftovers = stored_ids(default_target.store, clients.session_ids_seen() - {session_id})
    assert not leftovers, f"stray session entries remain: {sorted(leftovers)}"


@then("the store holds no session of this scenario")
def store_holds_no_scenario_session(clients, default_target) -> None:
    seen = clients.session_ids_seen()
    leftovers = stored_ids(default_target.store, seen)
    assert not leftovers, f"stray session entries remain: {sorted(leftovers)} of {sorted(seen)}"


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

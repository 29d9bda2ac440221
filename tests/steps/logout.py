"""Logging out, the way each kind of client does it."""

import json

import httpx
from pytest_bdd import given, parsers, then, when

from tests.spec.client import ClientKind, SpecClient
from tests.spec.tokens import expired_copy, forge_token, read_claims

NOT_AUTHENTICATED = "Not authenticated or authentication has expired"


def logout_path(client: SpecClient) -> str:
    return "/auth/logout" if client.kind is ClientKind.BROWSER else "/api/logout"


@when(parsers.parse("{user} logs out"), target_fixture="answer")
def log_out(clients, user: str) -> httpx.Response:
    client = clients.of(user)
    return client.post(logout_path(client))


@given(parsers.parse("{user} has logged out"))
def logged_out(clients, user: str) -> None:
    client = clients.of(user)
    response = client.post(logout_path(client))
    assert response.status_code == 200, f"logout of {user} returned HTTP {response.status_code}"


@when(parsers.parse("{user} logs out with an expired copy of the token"), target_fixture="answer")
def log_out_with_expired_token(clients, user: str) -> httpx.Response:
    client = clients.of(user)
    target = clients.target
    token = expired_copy(client.token, target.secret_key, target.algorithm)
    return client.post(logout_path(client), headers={"authorization": f"Bearer {token}"})


@when(
    parsers.parse('{user} logs out with a copy of the token whose "{claim}" claim is {value}'),
    target_fixture="answer",
)
def log_out_with_altered_claim(clients, user: str, claim: str, value: str) -> httpx.Response:
    """Re-sign the login token with one claim set to a JSON value, NaN and Infinity included."""
    client = clients.of(user)
    target = clients.target
    claims = read_claims(client.token) | {claim: json.loads(value)}
    token = forge_token(claims, target.secret_key, target.algorithm)
    return client.post(logout_path(client), headers={"authorization": f"Bearer {token}"})


@given(parsers.parse("{user} has a pending message from a logout redirect he did not follow"))
def pending_logout_message(clients, user: str) -> None:
    response = clients.of(user).post("/auth/logout", follow_redirects=False)
    assert response.status_code == 303
    assert clients.of(user).session_id, "the logout redirect set no session cookie"


@then(parsers.parse("the remembered access token no longer authenticates {user}"))
def remembered_token_rejected(clients, context, user: str) -> None:
    token = context["former_tokens"][user]
    replayer = clients.open(f"{user} (replay)", ClientKind.API)
    body = replayer.get("/api/me", headers={"authorization": f"Bearer {token}"}).json()
    assert body["status"] == {"code": 401, "text": NOT_AUTHENTICATED}

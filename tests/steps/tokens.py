"""Requests that carry a token altered or forged by the scenario."""

import secrets
import time

import httpx
from pytest_bdd import parsers, when

from tests.spec.client import SpecClient
from tests.spec.tokens import expired_copy, forge_token, read_claims, unsigned_copy

POSSESSIVE = r"(?:her|his|their|the)"


def login_token(client: SpecClient, user: str) -> str:
    assert client.token, f"{user} has no access token: log in with an API or command-line client"
    return client.token


def forge(target, claims: dict) -> str:
    return forge_token(claims, target.secret_key, target.algorithm)


def send_token(client: SpecClient, path: str, token: str) -> httpx.Response:
    return client.get(path, headers={"authorization": f"Bearer {token}"})


def send_altered_claims(clients, user: str, path: str, changes: dict) -> httpx.Response:
    """Re-sign the user's login token with some claims replaced, and send it."""
    client = clients.of(user)
    claims = read_claims(login_token(client, user)) | changes
    return send_token(client, path, forge(clients.target, claims))


@when(parsers.parse('{user} opens "{path}" with the bearer token "{token}"'), target_fixture="answer")
def open_with_literal_token(clients, user: str, path: str, token: str) -> httpx.Response:
    return send_token(clients.of(user), path, token)


@when(
    parsers.re(rf'(?P<user>.+) opens "(?P<path>.+)" with {POSSESSIVE} token signed by another key'),
    target_fixture="answer",
)
def open_with_foreign_signature(clients, user: str, path: str) -> httpx.Response:
    client = clients.of(user)
    token = forge_token(read_claims(login_token(client, user)), secrets.token_urlsafe(32))
    return send_token(client, path, token)


@when(
    parsers.re(rf'(?P<user>.+) opens "(?P<path>.+)" with {POSSESSIVE} token unsigned under alg none'),
    target_fixture="answer",
)
def open_with_unsigned_token(clients, user: str, path: str) -> httpx.Response:
    client = clients.of(user)
    return send_token(client, path, unsigned_copy(login_token(client, user)))


@when(
    parsers.re(rf'(?P<user>.+) opens "(?P<path>.+)" with an expired copy of {POSSESSIVE} token'),
    target_fixture="answer",
)
def open_with_expired_token(clients, user: str, path: str) -> httpx.Response:
    client = clients.of(user)
    target = clients.target
    token = expired_copy(login_token(client, user), target.secret_key, target.algorithm)
    return send_token(client, path, token)


@when(
    parsers.re(
        rf'(?P<user>.+) opens "(?P<path>.+)" with {POSSESSIVE} token lacking the "(?P<claim>.+)" claim'
    ),
    target_fixture="answer",
)
def open_with_missing_claim(clients, user: str, path: str, claim: str) -> httpx.Response:
    client = clients.of(user)
    claims = read_claims(login_token(client, user))
    assert claim in claims, f"the login token has no {claim!r} claim to remove"
    del claims[claim]
    return send_token(client, path, forge(clients.target, claims))


@when(
    parsers.re(
        rf'(?P<user>.+) opens "(?P<path>.+)" with {POSSESSIVE} token for the subject "(?P<email>.+)"'
    ),
    target_fixture="answer",
)
def open_with_other_subject(clients, user: str, path: str, email: str) -> httpx.Response:
    return send_altered_claims(clients, user, path, {"sub": email})


@when(
    parsers.re(
        rf'(?P<user>.+) opens "(?P<path>.+)" with {POSSESSIVE} token carrying the scopes "(?P<scopes>.*)"'
    ),
    target_fixture="answer",
)
def open_with_scopes(clients, user: str, path: str, scopes: str) -> httpx.Response:
    changes = {"scopes": scopes.split(), "exp": int(time.time()) + 60}
    return send_altered_claims(clients, user, path, changes)

"""Steps of the login feature."""

import time
from http.cookies import SimpleCookie

import httpx
from pytest_bdd import parsers, scenarios, then, when

from tests.spec.tokens import read_claims
from tests.steps.common import json_body

scenarios("auth/login.feature")


def answer_token(answer: httpx.Response) -> str:
    return json_body(answer)["data"]["access_token"]


@then(parsers.re(r'the answer carries a bearer access token with detail "(?P<detail>.*)"'))
def carries_token(answer: httpx.Response, detail: str) -> None:
    data = json_body(answer)["data"]
    assert data["token_type"] == "bearer"
    assert data["detail"] == detail
    assert read_claims(data["access_token"]), "the access token is not a JWT"


@then(parsers.parse('the answer has "access_token" and "token_type" "bearer" at the top level'))
def token_at_top_level(answer: httpx.Response) -> None:
    body = json_body(answer)
    assert body.get("access_token") == body["data"]["access_token"]
    assert body.get("token_type") == "bearer"


@then(
    parsers.parse(
        'the answer sets an HttpOnly, SameSite=Lax session cookie for path "{path}"'
    )
)
def session_cookie_attributes(answer: httpx.Response, path: str) -> None:
    headers = [h for h in answer.headers.get_list("set-cookie") if h.startswith("session=")]
    assert len(headers) == 1, f"expected one session cookie, got {headers}"
    morsel = SimpleCookie(headers[0])["session"]
    assert morsel["httponly"], "the session cookie lacks HttpOnly"
    assert morsel["samesite"].lower() == "lax"
    assert morsel["path"] == path


@then(parsers.parse('the access token has subject "{email}" and emp_no {emp_no:d}'))
def token_subject(answer: httpx.Response, email: str, emp_no: int) -> None:
    claims = read_claims(answer_token(answer))
    assert claims["sub"] == email
    assert claims["emp_no"] == emp_no


@then(parsers.parse('the access token has the scopes "{scopes}"'))
def token_scopes(answer: httpx.Response, scopes: str) -> None:
    assert sorted(read_claims(answer_token(answer))["scopes"]) == sorted(scopes.split())


@then(parsers.parse("the access token names its session and expires in at most {seconds:d} seconds"))
def token_session_and_expiry(answer: httpx.Response, seconds: int) -> None:
    claims = read_claims(answer_token(answer))
    assert isinstance(claims.get("session_id"), str) and claims["session_id"]
    remaining = claims["exp"] - time.time()
    assert 0 < remaining <= seconds + 1, f"the token expires in {remaining:.0f} s"


@then(parsers.parse("the answer's token is the one {user} logged in with"))
def same_token(answer: httpx.Response, context: dict, user: str) -> None:
    assert answer_token(answer) == context["login_tokens"][user]


@when(
    parsers.re(r'(?P<user>.+) posts the body "(?P<body>.*)" as "(?P<content_type>.+)" to "(?P<path>.+)"'),
    target_fixture="answer",
)
def post_raw_body(clients, user: str, body: str, content_type: str, path: str) -> httpx.Response:
    return clients.of(user).post(path, content=body.encode(), headers={"content-type": content_type})

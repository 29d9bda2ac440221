"""Clients, logging in, requests and the response checks that every feature uses."""

import httpx
import pytest
from pytest_bdd import given, parsers, then, when

from tests.spec.client import ClientKind, SpecClient
from tests.spec.pages import Page
from tests.spec.text import expand
from tests.spec.users import FIXTURE_PASSWORD, fixture_user

KINDS = {
    "a browser": ClientKind.BROWSER,
    "an API client": ClientKind.API,
    "a command-line client": ClientKind.BEARER,
}

ERROR_INTRO = "It's on me... Please contact support, quoting the below message:"


@pytest.fixture
def context() -> dict:
    """Values that one step of a scenario leaves for a later step."""
    return {}


def login_request(client: SpecClient, path: str, username: str, password: str) -> httpx.Response:
    """Post the OAuth2 password form the way this kind of client does."""
    form = {"username": username, "password": password}
    if client.kind is ClientKind.BROWSER:
        form["x-expected-format"] = "text/html"
    response = client.post(path, data=form)

    if response.headers.get("content-type", "").startswith("application/json"):
        token = response.json().get("data", {}).get("access_token")
        if response.json()["status"]["code"] == 200 and token:
            client.adopt_login(token)
    return response


def default_login_path(client: SpecClient) -> str:
    return "/auth/token" if client.kind is ClientKind.BROWSER else "/api/login"


def json_body(response: httpx.Response) -> dict:
    content_type = response.headers.get("content-type", "")
    assert content_type.startswith("application/json"), (
        f"expected a JSON answer, got {content_type!r} from {response.url}: {response.text[:200]}"
    )
    return response.json()


def html_page(response: httpx.Response) -> Page:
    content_type = response.headers.get("content-type", "")
    assert content_type.startswith("text/html"), (
        f"expected an HTML page, got {content_type!r} from {response.url}: {response.text[:200]}"
    )
    return Page(response.text)


@given(parsers.parse("{user} uses {kind}"))
def open_client(clients, user: str, kind: str) -> SpecClient:
    assert kind in KINDS, f"unknown client kind {kind!r}; use one of {', '.join(KINDS)}"
    return clients.open(user, KINDS[kind])


@given(parsers.parse("{user} has logged in"))
def logged_in(clients, context, user: str) -> None:
    client = clients.of(user)
    response = login_request(
        client, default_login_path(client), fixture_user(user).email, FIXTURE_PASSWORD
    )
    assert response.status_code == 200, f"login of {user} returned HTTP {response.status_code}"
    if client.kind is ClientKind.BROWSER:
        assert Page(response.text).title == "Learn FastAPI Home", f"login of {user} failed"
    else:
        assert client.token, f"login of {user} returned no token: {response.text[:200]}"
    context.setdefault("login_tokens", {})[user] = client.token


@when(parsers.parse('{user} logs in with password "{password}"'), target_fixture="answer")
def log_in(clients, context, user: str, password: str) -> httpx.Response:
    client = clients.of(user)
    context["session_before_login"] = client.session_id
    return login_request(client, default_login_path(client), fixture_user(user).email, password)


@when(
    parsers.parse('{user} logs in at "{path}" with password "{password}"'),
    target_fixture="answer",
)
def log_in_at(clients, context, user: str, path: str, password: str) -> httpx.Response:
    client = clients.of(user)
    context["session_before_login"] = client.session_id
    return login_request(client, path, fixture_user(user).email, password)


@when(
    parsers.re(
        r'(?P<user>.+) submits username "(?P<username>.*)" and password "(?P<password>.*)"'
        r' to "(?P<path>.+)"'
    ),
    target_fixture="answer",
)
def log_in_as(clients, user: str, path: str, username: str, password: str) -> httpx.Response:
    return login_request(clients.of(user), path, expand(username), expand(password))


@when(parsers.re(r'(?P<user>[^"]+) opens "(?P<path>[^"]+)"'), target_fixture="answer")
def open_path(clients, user: str, path: str) -> httpx.Response:
    return clients.of(user).get(path)


@when(
    parsers.re(r'(?P<user>[^"]+) opens "(?P<path>[^"]+)" without following redirects'),
    target_fixture="answer",
)
def open_path_no_redirect(clients, user: str, path: str) -> httpx.Response:
    return clients.of(user).get(path, follow_redirects=False)


@when(parsers.re(r'(?P<user>[^"]+) posts to "(?P<path>[^"]+)"'), target_fixture="answer")
def post_path(clients, user: str, path: str) -> httpx.Response:
    return clients.of(user).post(path)


@when(
    parsers.re(r'(?P<user>[^"]+) posts to "(?P<path>[^"]+)" without following redirects'),
    target_fixture="answer",
)
def post_path_no_redirect(clients, user: str, path: str) -> httpx.Response:
    return clients.of(user).post(path, follow_redirects=False)


@then(
    parsers.re(r'the answer has status code (?P<code>\d+) and text "(?P<text>.*)"'),
    converters={"code": int},
)
def answer_status(answer: httpx.Response, code: int, text: str) -> None:
    assert answer.status_code == 200, f"HTTP status {answer.status_code}, expected 200"
    status = json_body(answer)["status"]
    assert status["code"] == code, f"status.code {status['code']}, expected {code}: {status}"
    assert status["text"] == text, f"status.text {status['text']!r}, expected {text!r}"


@then(parsers.parse('the page title is "{title}"'))
def page_title(answer: httpx.Response, title: str) -> None:
    assert answer.status_code == 200, f"HTTP status {answer.status_code}, expected 200"
    assert html_page(answer).title == title


@then(parsers.parse('the page message is "{text}"'))
def page_message(answer: httpx.Response, text: str) -> None:
    assert html_page(answer).message == text


@then("the page shows no message")
def page_without_message(answer: httpx.Response) -> None:
    assert html_page(answer).message == ""


@then(parsers.parse('the error page shows "{text}"'))
def error_page(answer: httpx.Response, text: str) -> None:
    assert answer.status_code == 200, f"HTTP status {answer.status_code}, expected 200"
    page = html_page(answer)
    assert ERROR_INTRO in page.text(), "the error page lacks the request to contact support"
    assert page.error_text == text
    assert "/auth/home" in page.links(), "the error page has no link to /auth/home"


@then(parsers.parse('the answer redirects with 303 to "{location}"'))
def redirects_to(answer: httpx.Response, location: str) -> None:
    assert answer.status_code == 303, f"HTTP status {answer.status_code}, expected 303"
    assert answer.headers.get("location") == location


@then(parsers.parse('the answer went through a redirect to "{location}"'))
def redirected_through(answer: httpx.Response, location: str) -> None:
    locations = [step.headers.get("location") for step in answer.history]
    assert location in locations, f"redirects were {locations}, expected one to {location}"


@then("no part of the answer contains a password or a password hash")
def no_password_in_answer(answer: httpx.Response) -> None:
    assert "$argon2" not in answer.text, "the answer contains an Argon2 hash"
    if answer.headers.get("content-type", "").startswith("application/json"):
        assert "password" not in answer.text.lower(), "the JSON answer has a password field"

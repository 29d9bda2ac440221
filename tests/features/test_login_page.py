"""Steps of the login page feature."""

import httpx
from pytest_bdd import given, parsers, scenarios, then

from tests.steps.common import html_page

scenarios("auth/login_page.feature")


@then(
    parsers.parse(
        'the page has a login form posting "{username}", "{password}" '
        'and a hidden "{field}" of "{value}"'
    )
)
def login_form(answer: httpx.Response, username: str, password: str, field: str, value: str) -> None:
    page = html_page(answer)
    form = page.soup.find("form", action="/auth/token")
    assert form is not None, f"no form posts to /auth/token; actions: {page.form_actions()}"
    assert form.get("method", "").lower() == "post"
    assert form.find("input", attrs={"name": username, "type": "email"}) is not None
    assert form.find("input", attrs={"name": password, "type": "password"}) is not None
    hidden = form.find("input", attrs={"name": field, "type": "hidden"})
    assert hidden is not None, f"the form has no hidden {field!r} input"
    assert hidden.get("value") == value


@given(parsers.parse('{user} has opened "{path}" and was sent to the login page'))
def sent_to_login(clients, user: str, path: str) -> None:
    response = clients.of(user).get(path)
    assert [step.headers.get("location") for step in response.history] == ["/auth/login?state=20"]

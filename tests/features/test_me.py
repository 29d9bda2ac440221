"""Steps of the my-info feature."""

import httpx
from pytest_bdd import given, parsers, scenarios, then

from tests.steps.common import html_page, json_body

scenarios("auth/me.feature")


@then(
    parsers.parse(
        'the record is emp_no {emp_no:d}, "{email}", born "{birth_date}", '
        '"{first_name}" "{last_name}", "{gender}", hired "{hire_date}"'
    )
)
def record_fields(answer: httpx.Response, **expected) -> None:
    data = json_body(answer)["data"]
    for field, value in expected.items():
        assert data.get(field) == value, f"{field} is {data.get(field)!r}, expected {value!r}"


@then(parsers.parse('the record lists the scopes "{scopes}"'))
def record_scopes(answer: httpx.Response, scopes: str) -> None:
    assert sorted(json_body(answer)["data"]["scopes"]) == sorted(scopes.split())


@then(parsers.parse('the page shows "{email}", "{first_name}", "{last_name}" and "{emp_no}"'))
def page_shows_record(answer: httpx.Response, **expected: str) -> None:
    page = html_page(answer)
    for field, value in expected.items():
        assert page.element(field).get_text(strip=True) == value


@given(parsers.parse('{user} has posted to "{path}" without following the redirect'))
def posted_without_following(clients, user: str, path: str) -> None:
    response = clients.of(user).post(path, follow_redirects=False)
    assert response.status_code == 303, f"HTTP status {response.status_code}, expected 303"

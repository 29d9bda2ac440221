"""Steps of the employee search feature."""

import httpx
from pytest_bdd import parsers, scenarios, then, when

from tests.spec.employee_pages import ADMIN_UPDATE_PATH, input_value, result_rows
from tests.steps.common import html_page
from tests.steps.employees import numbers

scenarios("employees/search.feature")


@when(parsers.parse("{user} opens the employee search form"), target_fixture="answer")
def open_search_form(clients, user: str) -> httpx.Response:
    return clients.of(user).get("/emp/search")


@then(parsers.parse('the search form has last name "{last_name}" and first name "{first_name}"'))
def search_form_prefilled(answer: httpx.Response, last_name: str, first_name: str) -> None:
    page = html_page(answer)
    assert input_value(page, "last_name") == last_name
    assert input_value(page, "first_name") == first_name


@then(parsers.parse("the page lists employees {emp_nos} in that order"))
def page_lists(answer: httpx.Response, emp_nos: str) -> None:
    assert list(result_rows(html_page(answer))) == numbers(emp_nos)


@then(parsers.parse('each listed employee links to its page at "{prefix}"'))
def rows_link_to_update(answer: httpx.Response, prefix: str) -> None:
    assert prefix == ADMIN_UPDATE_PATH, f"the steps read links under {ADMIN_UPDATE_PATH}"
    rows = result_rows(html_page(answer))
    assert rows, "the page lists no employee with a link"
    for emp_no, cells in rows.items():
        assert str(emp_no) in cells, f"the row linking to {prefix}{emp_no} shows {cells}"


@then(
    parsers.re(
        r"the page's row of employee (?P<emp_no>\d+) shows (?P<texts>.+)"
    ),
    converters={"emp_no": int},
)
def page_row_shows(answer: httpx.Response, emp_no: int, texts: str) -> None:
    rows = result_rows(html_page(answer))
    assert emp_no in rows, f"employee {emp_no} is not listed; listed: {list(rows)}"
    expected = [text.strip().strip('"') for text in texts.replace(" and ", ", ").split(", ")]
    for text in expected:
        assert text in rows[emp_no], f"the row of {emp_no} lacks {text!r}: {rows[emp_no]}"

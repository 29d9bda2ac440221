"""Steps shared by the employee features: searches, record lookups and field errors."""

import re
from urllib.parse import quote

import httpx
import pytest
from pytest_bdd import parsers, then, when

from tests.spec.employee_pages import field_errors
from tests.spec.employee_records import RecordKeeper, record_form
from tests.spec.text import expand
from tests.spec.users import fixture_user
from tests.steps.common import html_page, json_body

# The maintenance page steps, loaded with these so that conftest.py lists one module.
pytest_plugins = ["tests.steps.maintenance_page"]

SEARCH_METHODS = {"searches": "GET", "submits a search": "POST"}

# Maintenance form field names, by the words that feature files use for them.
FIELD_WORDS = {
    "employee number": "empNo",
    "email": "email",
    "password": "password",
    "birth date": "birthDate",
    "first name": "firstName",
    "last name": "lastName",
    "gender": "gender",
    "hire date": "hireDate",
}
CHANGE = re.compile(r'([a-z ]+?) "([^"]*)"(?:, | and |$)')


def search_path(last_name: str, first_name: str) -> str:
    """Build the search route, percent-encoding both patterns as path segments."""
    return f"/emp/search/{quote(expand(last_name), safe='')}/{quote(expand(first_name), safe='')}"


def numbers(text: str) -> list[int]:
    """Read a list written as "1, 2 and 3" into integers."""
    return [int(item) for item in text.replace(" and ", ", ").split(", ")]


def answer_rows(answer: httpx.Response) -> list[dict]:
    data = json_body(answer).get("data")
    assert isinstance(data, list), f"data is {data!r}, expected a list of employees"
    return data


def rejected_fields(answer: httpx.Response) -> dict[str, dict]:
    """Map each rejected field id of a validation answer to its {id, label, errors} entry."""
    errors = json_body(answer).get("data", {}).get("errors")
    assert isinstance(errors, list), f"the answer has no data.errors list: {answer.text[:300]}"
    return {entry["id"]: entry for entry in errors}


@when(
    parsers.re(
        r'(?P<user>.+) (?P<sends>searches|submits a search) for last name "(?P<last_name>.*)"'
        r' and first name "(?P<first_name>.*)"'
    ),
    target_fixture="answer",
)
def search(clients, user: str, sends: str, last_name: str, first_name: str) -> httpx.Response:
    """Search by GET, or by POST as the search form does."""
    path = search_path(last_name, first_name)
    return clients.of(user).request(SEARCH_METHODS[sends], path)


@then(parsers.parse("the answer lists employees {emp_nos} in that order"))
def answer_lists(answer: httpx.Response, emp_nos: str) -> None:
    listed = [row["emp_no"] for row in answer_rows(answer)]
    assert listed == numbers(emp_nos)


@then("the answer lists no employees")
def answer_lists_none(answer: httpx.Response) -> None:
    assert answer_rows(answer) == []


@then(
    parsers.re(
        r"the answer's employee (?P<emp_no>\d+) has birth date \"(?P<birth_date>.*)\","
        r' first name "(?P<first_name>.*)", last name "(?P<last_name>.*)",'
        r' gender "(?P<gender>.*)" and hire date "(?P<hire_date>.*)"'
    ),
    converters={"emp_no": int},
)
def answer_employee(answer: httpx.Response, emp_no: int, **fields: str) -> None:
    rows = [row for row in answer_rows(answer) if row["emp_no"] == emp_no]
    assert len(rows) == 1, f"the answer lists employee {emp_no} {len(rows)} times"
    for name, value in fields.items():
        assert rows[0][name] == value, f"{name} is {rows[0][name]!r}, expected {value!r}"


@then(parsers.parse('the answer rejects the field "{field_id}" labelled "{label}"'))
def answer_rejects(answer: httpx.Response, field_id: str, label: str) -> None:
    fields = rejected_fields(answer)
    assert field_id in fields, f"{field_id} is not rejected; rejected: {sorted(fields)}"
    assert fields[field_id]["label"] == label
    assert fields[field_id]["errors"], f"{field_id} is rejected with no message"


@then(parsers.parse('the answer rejects only the field "{field_id}" labelled "{label}"'))
def answer_rejects_only(answer: httpx.Response, field_id: str, label: str) -> None:
    answer_rejects(answer, field_id, label)
    assert sorted(rejected_fields(answer)) == [field_id]


@then(parsers.re(r'the answer rejects the field "(?P<field_id>.+)" with "(?P<message>.+)"'))
def answer_rejects_with(answer: httpx.Response, field_id: str, message: str) -> None:
    fields = rejected_fields(answer)
    assert field_id in fields, f"{field_id} is not rejected; rejected: {sorted(fields)}"
    assert message in fields[field_id]["errors"], f"{field_id} errors: {fields[field_id]['errors']}"


@then(parsers.parse('the page rejects the field "{field_id}" labelled "{label}"'))
def page_rejects(answer: httpx.Response, field_id: str, label: str) -> None:
    errors = field_errors(html_page(answer), field_id)
    assert errors is not None, f"the page shows no errors for {field_id}"
    assert label in errors.get_text(" ", strip=True)


@when(
    parsers.parse('{user} opens employee "{emp_no}" for update as an administrator'),
    target_fixture="answer",
)
def open_for_admin_update(clients, user: str, emp_no: str) -> httpx.Response:
    return clients.of(user).get(f"/emp/admin-get-update/{quote(expand(emp_no), safe='')}")


@when(
    parsers.parse('{user} opens employee "{emp_no}" for update as their own record'),
    target_fixture="answer",
)
def open_for_own_update(clients, user: str, emp_no: str) -> httpx.Response:
    return clients.of(user).get(f"/emp/own-get-update/{quote(expand(emp_no), safe='')}")


@when(parsers.parse("{user} opens their own record for update"), target_fixture="answer")
def open_own_record(clients, user: str) -> httpx.Response:
    return clients.of(user).get(f"/emp/own-get-update/{fixture_user(user).emp_no}")


@pytest.fixture
def records(default_target):
    """The scenario's record keeper; it saves changed records back at teardown."""
    keeper = RecordKeeper(default_target)
    yield keeper
    try:
        keeper.restore()
    finally:
        keeper.close()


def field_changes(text: str) -> dict[str, str]:
    """Read `first name "A" and gender "F"` into form fields, expanding [N letters]."""
    changes = {}
    for words, value in CHANGE.findall(text):
        assert words in FIELD_WORDS, f"unknown field {words!r}; use one of {', '.join(FIELD_WORDS)}"
        changes[FIELD_WORDS[words]] = expand(value)
    assert changes, f'no field changes in {text!r}; write them as first name "value"'
    return changes


@when(
    parsers.parse('{user} saves employee {emp_no:d} unchanged at "{path}"'),
    target_fixture="answer",
)
def save_unchanged(clients, records, user: str, emp_no: int, path: str) -> httpx.Response:
    form = record_form(records.remember(emp_no))
    return clients.of(user).post(path, data=form)

"""Steps that read the employee maintenance page: its save target and its fields."""

import re

import httpx
from pytest_bdd import parsers, then

from tests.spec.employee_pages import input_value, save_form
from tests.steps.common import html_page

FIELD_VALUE = re.compile(r'(\w+) "([^"]*)"')


@then(parsers.parse('the maintenance form saves to "{path}"'))
def form_saves_to(answer: httpx.Response, path: str) -> None:
    form = save_form(html_page(answer))
    assert form.get("action") == path
    assert form.get("method", "get").lower() == "post"


@then(parsers.re(r"the maintenance form has (?P<fields>\w+ \".*)"))
def form_has_values(answer: httpx.Response, fields: str) -> None:
    page = html_page(answer)
    expected = FIELD_VALUE.findall(fields)
    assert expected, f"no field values in {fields!r}; write them as name \"value\""
    for name, value in expected:
        actual = input_value(page, name)
        assert actual is not None, f"the maintenance form has no field {name!r}"
        assert actual == value, f"{name} is {actual!r}, expected {value!r}"


@then(parsers.parse('the maintenance form has no "{first}" or "{second}" input'))
def form_lacks_inputs(answer: httpx.Response, first: str, second: str) -> None:
    names = html_page(answer).input_names()
    assert first not in names, f"the form has a {first!r} input"
    assert second not in names, f"the form has a {second!r} input"


@then(parsers.parse('the maintenance form has "{first}" and "{second}" inputs'))
def form_has_inputs(answer: httpx.Response, first: str, second: str) -> None:
    names = html_page(answer).input_names()
    assert first in names, f"the form has no {first!r} input"
    assert second in names, f"the form has no {second!r} input"

"""Steps of the home page feature."""

import re

import httpx
from pytest_bdd import parsers, scenarios, then

from tests.steps.common import html_page

scenarios("auth/home.feature")


@then(parsers.parse('the "{button_id}" button is {state}'))
def button_state(answer: httpx.Response, button_id: str, state: str) -> None:
    assert state in ("enabled", "disabled"), f"unknown button state {state!r}"
    disabled = html_page(answer).is_disabled(button_id)
    assert disabled == (state == "disabled"), f"{button_id} is {'dis' if disabled else 'en'}abled"


def button_target(button) -> str:
    """The URL a button opens: its form's action, or the location its onclick sets."""
    if button.get("type") == "submit" and button.find_parent("form"):
        return button.find_parent("form").get("action", "")
    match = re.search(r"location\.href\s*=\s*'([^']+)'", button.get("onclick", ""))
    return match.group(1) if match else button.get("formaction", "")


@then(parsers.parse('the "{button_id}" button leads to "{path}"'))
def button_leads_to(answer: httpx.Response, button_id: str, path: str) -> None:
    assert button_target(html_page(answer).element(button_id)) == path


@then(parsers.parse('a form posts to "{path}"'))
def form_posts_to(answer: httpx.Response, path: str) -> None:
    page = html_page(answer)
    forms = [form for form in page.soup.find_all("form") if form.get("action") == path]
    assert forms, f"no form posts to {path}; actions: {page.form_actions()}"
    assert forms[0].get("method", "").lower() == "post"

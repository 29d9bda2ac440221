"""Steps of the access matrix feature."""

import httpx
from pytest_bdd import parsers, scenarios, then

from tests.steps.common import error_page, page_title

scenarios("access/access_matrix.feature")


@then(parsers.parse('the browser shows the page "{title}"'))
def shows_page(answer: httpx.Response, title: str) -> None:
    page_title(answer, title)


@then(parsers.parse('the browser shows the error page "{text}"'))
def shows_error_page(answer: httpx.Response, text: str) -> None:
    error_page(answer, text)

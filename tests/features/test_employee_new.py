"""Steps of the new employee page feature."""

import httpx
from pytest_bdd import parsers, scenarios, when

scenarios("employees/new.feature")


@when(parsers.parse("{user} opens the new employee page"), target_fixture="answer")
def open_new_page(clients, user: str) -> httpx.Response:
    return clients.of(user).get("/emp/new")

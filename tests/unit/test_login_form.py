"""Unit tests of the login form validation."""

import pytest
from starlette.datastructures import FormData

from reference_app.login import parse_login_form


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("not-an-email", "password"),
        ("", "password"),
        ("a" * 250 + "@gmail.com", "password"),
        ("mary.sluis.10011@gmail.com", ""),
        ("mary.sluis.10011@gmail.com", "p" * 33),
    ],
)
def test_parse_login_form_rejects_invalid_input(username: str, password: str) -> None:
    assert parse_login_form(FormData({"username": username, "password": password})) is None


def test_parse_login_form_rejects_missing_fields() -> None:
    assert parse_login_form(FormData({"username": "mary.sluis.10011@gmail.com"})) is None


def test_parse_login_form_accepts_valid_input() -> None:
    form = parse_login_form(FormData({"username": "behai_nguyen@hotmail.com", "password": "p" * 32}))
    assert form is not None
    assert str(form.username) == "behai_nguyen@hotmail.com"

"""Property tests: no generated request makes the reference app answer with an HTTP 5xx.

Schemathesis builds requests for every operation of the app's OpenAPI schema and sends
them to a reference app of its own on a loopback port, once logged in as a user holding
every scope and once without a login. The fuzzed writes land in that server's in-memory
database, which is gone when the test ends.
"""

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.spec.servers import reference_server
from tests.spec.users import FIXTURE_PASSWORD, fixture_user

# NOTE: schemathesis.pytest.from_fixture fails on pytest 9.2 ('Function' object has no
# attribute '_nodeid', schemathesis 4.32.5), so each test drives the strategies itself.
EXAMPLES_PER_OPERATION = 30


@pytest.fixture(scope="module")
def fuzzed_server():
    with reference_server({"DATABASE_URL": "sqlite+aiosqlite:///:memory:"}) as (base_url, _):
        yield base_url


@pytest.fixture(scope="module")
def operations(fuzzed_server: str) -> list:
    schema = schemathesis.openapi.from_url(f"{fuzzed_server}/openapi.json")
    return [result.ok() for result in schema.get_all_operations()]


@pytest.fixture(scope="module")
def every_scope_headers(fuzzed_server: str) -> dict[str, str]:
    form = {"username": fixture_user("Mary").email, "password": FIXTURE_PASSWORD}
    token = httpx.post(f"{fuzzed_server}/api/login", data=form).json()["access_token"]
    return {"authorization": f"Bearer {token}", "x-expected-format": "application/json"}


def assert_no_server_error(operation, headers: dict[str, str]) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def check(case) -> None:
        response = case.call(headers=headers, allow_redirects=False)
        case.validate_response(response, checks=[not_a_server_error])

    check()


def test_operations_cover_every_route_family(operations: list) -> None:
    paths = {operation.path for operation in operations}
    assert {"/auth/token", "/api/me", "/auth/logout"} <= paths, sorted(paths)


def test_no_server_error_when_logged_in(operations: list, every_scope_headers: dict) -> None:
    for operation in operations:
        assert_no_server_error(operation, every_scope_headers)


def test_no_server_error_without_login(operations: list) -> None:
    for operation in operations:
        assert_no_server_error(operation, {})

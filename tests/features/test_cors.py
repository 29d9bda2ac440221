"""Steps of the cross-origin feature."""

import httpx
from pytest_bdd import parsers, scenarios, then, when

scenarios("cors/cors.feature")


@when(
    parsers.parse('{user}\'s browser sends a preflight for "{method} {path}" from "{origin}"'),
    target_fixture="answer",
)
def send_preflight(clients, user: str, method: str, path: str, origin: str) -> httpx.Response:
    headers = {
        "origin": origin,
        "access-control-request-method": method,
        "access-control-request-headers": "content-type",
    }
    return clients.of(user).request("OPTIONS", path, headers=headers)


@then(parsers.parse('the preflight allows origin "{origin}" with credentials'))
def preflight_allows_origin(answer: httpx.Response, origin: str) -> None:
    assert answer.status_code == 200, f"HTTP status {answer.status_code}: {answer.text[:200]}"
    assert answer.headers.get("access-control-allow-origin") == origin
    assert answer.headers.get("access-control-allow-credentials") == "true"


@then(parsers.parse('the preflight allows the methods "{methods}" for {seconds:d} seconds'))
def preflight_allows_methods(answer: httpx.Response, methods: str, seconds: int) -> None:
    allowed = {method.strip() for method in answer.headers["access-control-allow-methods"].split(",")}
    assert allowed == {method.strip() for method in methods.split(",")}
    assert answer.headers.get("access-control-max-age") == str(seconds)


@then("the preflight is rejected")
def preflight_rejected(answer: httpx.Response) -> None:
    # Browsers fail a preflight whose status is not 2xx, whatever its headers say.
    assert answer.status_code == 400, f"HTTP status {answer.status_code}, expected 400"

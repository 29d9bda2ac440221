"""Steps of the session cleanup feature."""

from pytest_bdd import parsers, scenarios, then

from tests.steps.sessions import current_session_id

scenarios("sessions/session_cleanup.feature")


@then(parsers.parse("the stored session holds {user}'s access token"))
def stored_session_holds_token(clients, default_target, user: str) -> None:
    client = clients.of(user)
    stored = default_target.store.read(current_session_id(client))
    assert stored is not None, "the session has no store entry"
    assert client.token in str(stored), "the stored session does not hold the access token"

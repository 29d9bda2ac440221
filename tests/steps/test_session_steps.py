"""Tests of the session-store steps against stores that break the contract."""

import socket
import uuid
from types import SimpleNamespace

import fakeredis
import pytest
import redis

from tests.conftest import Clients
from tests.spec.store import RedisSessionStoreProbe
from tests.spec.target import Target
from tests.steps.sessions import store_holds_no_scenario_session


def scenario_with(store, seen: list[str]) -> tuple[Clients, Target]:
    """Build a scenario's target and clients, one client having been given these session ids."""
    target = Target(base_url="http://127.0.0.1", store=store)
    clients = Clients(target)
    clients.by_user["Mary"] = SimpleNamespace(session_ids_seen=seen)
    return clients, target


def fake_store() -> tuple[RedisSessionStoreProbe, fakeredis.FakeRedis]:
    name = f"steps-{uuid.uuid4().hex}"
    return RedisSessionStoreProbe(f"fakeredis://{name}:6379"), fakeredis.FakeRedis(host=name)


def test_no_session_step_reads_store_without_cookies() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    clients, target = scenario_with(RedisSessionStoreProbe(f"redis://127.0.0.1:{port}/6"), seen=[])

    with pytest.raises(redis.ConnectionError):
        store_holds_no_scenario_session(clients, target, store_ids_at_start=None)


def test_no_session_step_fails_on_entry_of_cookie() -> None:
    store, redis_server = fake_store()
    redis_server.set("starsessions.s1", b"{}")
    clients, target = scenario_with(store, seen=["s1"])

    with pytest.raises(AssertionError, match="stray session entries remain"):
        store_holds_no_scenario_session(clients, target, store_ids_at_start=set())


def test_no_session_step_fails_on_entry_without_cookie() -> None:
    store, redis_server = fake_store()
    redis_server.set("starsessions.before", b"{}")
    redis_server.set("starsessions.new", b"{}")
    clients, target = scenario_with(store, seen=[])

    with pytest.raises(AssertionError, match=r"without a session cookie .*\['new'\]"):
        store_holds_no_scenario_session(clients, target, store_ids_at_start={"before"})


def test_no_session_step_ignores_others_in_shared_store() -> None:
    store, redis_server = fake_store()
    redis_server.set("starsessions.other-worker", b"{}")
    clients, target = scenario_with(store, seen=["gone"])

    store_holds_no_scenario_session(clients, target, store_ids_at_start=None)


def test_replaced_client_ids_are_kept() -> None:
    clients, _ = scenario_with(None, seen=["first"])
    clients.by_user["Mary"].close = lambda: None
    clients.target = SimpleNamespace(client=lambda kind: SimpleNamespace(session_ids_seen=["second"]))

    clients.open("Mary", kind=None)

    assert clients.session_ids_seen() == {"first", "second"}

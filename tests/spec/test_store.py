"""Tests of the session-store probe on in-process fake Redis servers."""

import uuid

import fakeredis

from tests.spec.store import RedisSessionStoreProbe


def fake_store(prefix: str = "starsessions.") -> tuple[RedisSessionStoreProbe, fakeredis.FakeRedis]:
    """Open a probe and a client of one new fake Redis server."""
    name = f"probe-{uuid.uuid4().hex}"
    return RedisSessionStoreProbe(f"fakeredis://{name}:6379", prefix), fakeredis.FakeRedis(host=name)


def test_probe_counts_only_prefixed_keys() -> None:
    probe, redis = fake_store()
    redis.set("starsessions.s1", b'{"access_token": "t"}')
    redis.set("revoked-sessions.s2", b"1")
    redis.set("other", b"x")

    assert probe.session_ids() == {"s1"}
    assert probe.count() == 1
    assert probe.read("s2") is None


def test_probe_prefix_is_no_pattern() -> None:
    probe, redis = fake_store(prefix="app[1]*.")
    redis.set("app[1]*.s1", b"{}")
    redis.set("app1x.s2", b"{}")

    assert probe.session_ids() == {"s1"}

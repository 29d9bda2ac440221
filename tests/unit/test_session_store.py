"""Unit tests of the revocable session store."""

import json
import uuid

import anyio
from fakeredis import FakeAsyncRedis

from reference_app.session_store import ANONYMOUS_SESSION_TTL_SECONDS, RevocableRedisStore

LOGGED_IN = json.dumps({"access_token": "t"}).encode()
ANONYMOUS = json.dumps({"redirect_status": {"code": 401, "text": "x"}}).encode()


def new_store() -> tuple[RevocableRedisStore, FakeAsyncRedis]:
    redis = FakeAsyncRedis(host=f"unit-{uuid.uuid4().hex}", port=6379)
    return RevocableRedisStore(connection=redis, prefix="starsessions.", revoked_ttl=60), redis


def test_write_after_revoke_leaves_no_entry() -> None:
    async def scenario() -> None:
        store, redis = new_store()
        await store.write("s1", LOGGED_IN, lifetime=3600, ttl=3600)

        await store.revoke("s1")
        await store.write("s1", LOGGED_IN, lifetime=3600, ttl=3600)

        assert await redis.exists("starsessions.s1") == 0
        assert await store.read("s1", lifetime=3600) == b""

    anyio.run(scenario)


def test_revoke_keeps_other_sessions() -> None:
    async def scenario() -> None:
        store, _ = new_store()
        await store.write("s1", LOGGED_IN, lifetime=3600, ttl=3600)
        await store.write("s2", LOGGED_IN, lifetime=3600, ttl=3600)

        await store.revoke("s1")

        assert await store.read("s2", lifetime=3600) == LOGGED_IN

    anyio.run(scenario)


def test_anonymous_session_ttl_is_capped() -> None:
    async def scenario() -> None:
        store, redis = new_store()
        await store.write("anon", ANONYMOUS, lifetime=3600, ttl=3600)
        await store.write("user", LOGGED_IN, lifetime=3600, ttl=3600)

        assert 0 < await redis.ttl("starsessions.anon") <= ANONYMOUS_SESSION_TTL_SECONDS
        assert await redis.ttl("starsessions.user") > ANONYMOUS_SESSION_TTL_SECONDS

    anyio.run(scenario)

"""The Redis session store and the values the app keeps in a session."""

import time
from urllib.parse import urlsplit

from fakeredis import FakeAsyncRedis
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from starlette.requests import Request
from starsessions import get_session_handler, get_session_id, regenerate_session_id
from starsessions.serializers import JsonSerializer

from .session_store import RevocableRedisStore

KEY_PREFIX = "starsessions."
DEFAULT_FAKE_REDIS_URL = "fakeredis://reference-app:6379"
# Seconds to wait for Redis to accept a connection or respond to a command. Session commands
# typically take well under a millisecond, so a Redis that needs longer counts as unreachable.
REDIS_TIMEOUT_SECONDS = 3

ACCESS_TOKEN = "access_token"
REDIRECT_STATUS = "redirect_status"

_serializer = JsonSerializer()


def create_redis_client(url: str | None) -> Redis:
    """Connect to Redis, or to an in-process fakeredis server for fakeredis:// URLs."""
    parsed = urlsplit(url or DEFAULT_FAKE_REDIS_URL)
    if parsed.scheme == "fakeredis":
        return FakeAsyncRedis(host=parsed.hostname, port=parsed.port or 6379)

    # A restarted Redis leaves dead connections in the pool: retry once on a fresh one.
    # A timeout is not retried, so a Redis that stopped responding costs one timeout.
    return Redis.from_url(
        url,
        socket_connect_timeout=REDIS_TIMEOUT_SECONDS,
        socket_timeout=REDIS_TIMEOUT_SECONDS,
        health_check_interval=30,
        retry=Retry(NoBackoff(), retries=1),
        retry_on_error=[RedisConnectionError],
        retry_on_timeout=False,
    )


def session_store(request: Request) -> RevocableRedisStore:
    """Return the store that the session middleware writes to."""
    return request.app.state.session_store


async def read_stored_session(request: Request, session_id: str) -> dict:
    """Read a session's data from the store, or an empty dict when none is stored."""
    if session_id == get_session_id(request):
        return dict(request.session)

    data = await session_store(request).read(session_id, lifetime=0)
    return _serializer.deserialize(data) if data else {}


async def revoke_session(request: Request, session_id: str) -> None:
    """Delete a session's entry for good, so that no request in flight can store it again."""
    await session_store(request).revoke(session_id)


async def start_fresh_session(request: Request) -> str:
    """Drop the current session's entry and data and give the request a new session id."""
    old_session_id = get_session_id(request)
    if old_session_id:
        await revoke_session(request, old_session_id)

    request.session.clear()
    # NOTE: starsessions 2.2 keeps the old session's creation time, which would shorten the
    # new session's lifetime. Its handler metadata is the only place to reset it.
    handler = get_session_handler(request)
    if handler.metadata is not None:
        handler.metadata["created"] = time.time()
    return regenerate_session_id(request)


def set_redirect_status(request: Request, code: int, text: str) -> None:
    """Keep a status for the login page to show once after a redirect.

    A session that was empty gets a new id first, so that a client cannot choose the key
    under which its entry is stored.
    """
    if not request.session:
        regenerate_session_id(request)
    request.session[REDIRECT_STATUS] = {"code": code, "text": text}


def pop_redirect_status(request: Request) -> dict:
    """Take the pending redirect status out of the session, if any."""
    return request.session.pop(REDIRECT_STATUS, None) or {"code": 200, "text": ""}

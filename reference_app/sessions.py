"""The Redis session store and the values the app keeps in a session."""

from urllib.parse import urlsplit

from fakeredis import FakeAsyncRedis
from redis.asyncio import Redis
from starlette.requests import Request
from starsessions import get_session_id, regenerate_session_id
from starsessions.serializers import JsonSerializer
from starsessions.stores.redis import RedisStore

KEY_PREFIX = "starsessions."
DEFAULT_FAKE_REDIS_URL = "fakeredis://reference-app:6379"

ACCESS_TOKEN = "access_token"
REDIRECT_STATUS = "redirect_status"

_serializer = JsonSerializer()


def create_redis_client(url: str | None) -> Redis:
    """Connect to Redis, or to an in-process fakeredis server for fakeredis:// URLs."""
    parsed = urlsplit(url or DEFAULT_FAKE_REDIS_URL)
    if parsed.scheme == "fakeredis":
        return FakeAsyncRedis(host=parsed.hostname, port=parsed.port or 6379)

    return Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)


def session_store(request: Request) -> RedisStore:
    """Return the store that the session middleware writes to."""
    return request.app.state.session_store


async def read_stored_session(request: Request, session_id: str) -> dict:
    """Read a session's data from the store, or an empty dict when none is stored."""
    if session_id == get_session_id(request):
        return dict(request.session)

    data = await session_store(request).read(session_id, lifetime=0)
    return _serializer.deserialize(data) if data else {}


async def remove_stored_session(request: Request, session_id: str) -> None:
    """Delete a session's entry from the store."""
    await session_store(request).remove(session_id)


async def start_fresh_session(request: Request) -> str:
    """Drop the current session's entry and data and give the request a new session id."""
    old_session_id = get_session_id(request)
    if old_session_id:
        await remove_stored_session(request, old_session_id)

    request.session.clear()
    return regenerate_session_id(request)


def set_redirect_status(request: Request, code: int, text: str) -> None:
    """Keep a status for the login page to show once after a redirect."""
    request.session[REDIRECT_STATUS] = {"code": code, "text": text}


def pop_redirect_status(request: Request) -> dict:
    """Take the pending redirect status out of the session, if any."""
    return request.session.pop(REDIRECT_STATUS, None) or {"code": 200, "text": ""}

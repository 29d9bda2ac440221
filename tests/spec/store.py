"""The session-store probe: a read-only view of the session entries a target keeps."""

import json
from typing import Protocol
from urllib.parse import urlsplit

import redis

DEFAULT_PREFIX = "starsessions."


class SessionStoreProbe(Protocol):
    """What scenarios may observe of a target's session store."""

    def session_ids(self) -> set[str]:
        """List the ids of every stored session."""

    def count(self) -> int:
        """Count the stored sessions."""

    def read(self, session_id: str) -> dict | None:
        """Return one session's data, or None when no entry exists."""


class RedisSessionStoreProbe:
    """Probe for sessions kept in Redis as `<prefix><session id>` keys holding JSON.

    Only keys with the prefix count as sessions. Other keys of the app, such as the
    reference app's `revoked-sessions.<session id>` markers, are not sessions.
    """

    def __init__(self, url: str, prefix: str = DEFAULT_PREFIX) -> None:
        self.url = url
        self.prefix = prefix
        self._redis = connect(url)

    def session_ids(self) -> set[str]:
        keys = self._redis.scan_iter(match=escape_glob(self.prefix) + "*", count=500)
        return {key.decode()[len(self.prefix) :] for key in keys}

    def count(self) -> int:
        return len(self.session_ids())

    def read(self, session_id: str) -> dict | None:
        value = self._redis.get(self.prefix + session_id)
        if value is None:
            return None
        try:
            data = json.loads(value)
        except (UnicodeDecodeError, json.JSONDecodeError):
            return {"raw": value}
        return data if isinstance(data, dict) else {"value": data}

    def close(self) -> None:
        self._redis.close()


def escape_glob(text: str) -> str:
    """Escape the characters that a Redis SCAN MATCH pattern treats as wildcards."""
    return "".join("\\" + character if character in "*?[]\\" else character for character in text)


def connect(url: str, timeout: float = 5) -> redis.Redis:
    """Open a synchronous client. A fakeredis://host:port URL opens that in-process fake server.

    `timeout` is in seconds and bounds both connecting and each command.
    """
    parsed = urlsplit(url)
    if parsed.scheme == "fakeredis":
        import fakeredis

        return fakeredis.FakeRedis(host=parsed.hostname, port=parsed.port or 6379)

    return redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)

"""A Redis session store whose logout cannot be undone by requests still in flight."""

import json

from starsessions.stores.redis import RedisStore

REVOKED_PREFIX = "revoked-sessions."

# Sessions without a login only carry a pending redirect message. A client that never
# follows the redirect would otherwise leave such an entry for the whole session lifetime.
ANONYMOUS_SESSION_TTL_SECONDS = 300


class RevocableRedisStore(RedisStore):
    """Store sessions in Redis and remember revoked ids until their sessions would expire.

    starsessions writes a loaded session back at the end of every request, so a request
    that read the session before a logout would store it again after the logout.
    A revoked id reads as empty and is deleted again right after any write.
    """

    def __init__(self, *, revoked_ttl: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self.revoked_ttl = revoked_ttl

    def _revoked_key(self, session_id: str) -> str:
        return REVOKED_PREFIX + session_id

    async def is_revoked(self, session_id: str) -> bool:
        return bool(await self._connection.exists(self._revoked_key(session_id)))

    async def read(self, session_id: str, lifetime: int) -> bytes:
        if await self.is_revoked(session_id):
            return b""
        return await super().read(session_id, lifetime)

    async def write(self, session_id: str, data: bytes, lifetime: int, ttl: int) -> str:
        if not _has_login(data):
            ttl = min(ttl, ANONYMOUS_SESSION_TTL_SECONDS) if ttl > 0 else ANONYMOUS_SESSION_TTL_SECONDS
        session_id = await super().write(session_id, data, lifetime, ttl)

        # Checked after the write: a logout that marked the id before this point deletes
        # the entry here, and one that marks it later deletes the entry itself.
        if await self.is_revoked(session_id):
            await super().remove(session_id)
        return session_id

    async def revoke(self, session_id: str) -> None:
        """Mark the id as revoked, then delete its entry, in that order."""
        await self._connection.set(self._revoked_key(session_id), b"1", ex=self.revoked_ttl)
        await super().remove(session_id)


def _has_login(data: bytes) -> bool:
    try:
        return "access_token" in json.loads(data)
    except (ValueError, TypeError):
        return False

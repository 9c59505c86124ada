"""Credentials verified in the last few seconds.

A script or a browser sends many requests in a row with the same token or cookie; each
would otherwise read it again, which costs a read request about a third of its time on
PostgreSQL. An entry lives `ttl` seconds at most, expiry is still checked on every
request, and a write by the user forgets their entries once it has committed: revoking
a token, signing out or changing the time zone takes effect on the next request in
this process, and within `ttl` seconds in any other process.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from cachetools import TTLCache

DEFAULT_TTL_SECONDS = 2.0
MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Credential:
    """A token or session as stored, with what a request needs of its user."""

    id: uuid.UUID
    user_id: uuid.UUID
    timezone: str
    expires_at: datetime
    revoked_at: datetime | None = None
    scopes: tuple[str, ...] = ()


class CredentialCache:
    def __init__(self, ttl_seconds: float = DEFAULT_TTL_SECONDS) -> None:
        self._enabled = ttl_seconds > 0
        self._entries: TTLCache[str, Credential] = TTLCache(MAX_ENTRIES, ttl_seconds or 1)

    def get(self, key: str) -> Credential | None:
        return self._entries.get(key)

    def put(self, key: str, credential: Credential) -> None:
        if self._enabled:
            self._entries[key] = credential

    def __len__(self) -> int:
        return len(self._entries)

    def forget_user(self, user_id: uuid.UUID) -> None:
        stale = [key for key, entry in self._entries.items() if entry.user_id == user_id]
        for key in stale:
            self._entries.pop(key, None)

"""Argon2id password hashing, off the event loop."""

from __future__ import annotations

from functools import lru_cache

from anyio import to_thread
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher


@lru_cache(maxsize=1)
def _hasher() -> PasswordHash:
    return PasswordHash((Argon2Hasher(),))


@lru_cache(maxsize=1)
def _decoy_hash() -> str:
    # Verified against when the email is unknown, so both failures cost the same time.
    return _hasher().hash("decoy password that never matches")


async def hash_password(password: str) -> str:
    return await to_thread.run_sync(_hasher().hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    target = password_hash if password_hash is not None else _decoy_hash()
    matches = await to_thread.run_sync(_hasher().verify, password, target)
    return matches and password_hash is not None

"""The calendar feed's address holds a secret: not a token, read-only, rotatable."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.db import utcnow
from api.errors import NotFound
from api.security import digest, new_secret

PREFIX = "awcal_"


async def rotate(session: AsyncSession, user: User) -> str:
    """A new address; the old one answers 404 from now on."""
    secret = new_secret(PREFIX, 24)
    user.calendar_secret_hash = digest(secret)
    user.calendar_secret_created_at = utcnow()
    user.updated_at = utcnow()
    await session.flush()
    return secret


async def disable(session: AsyncSession, user: User) -> None:
    user.calendar_secret_hash = None
    user.calendar_secret_created_at = None
    user.updated_at = utcnow()
    await session.flush()


async def owner_of(session: AsyncSession, secret: str) -> uuid.UUID:
    if not secret.startswith(PREFIX):
        raise NotFound("No calendar at this address.")
    user_id = await session.scalar(
        select(User.id).where(User.calendar_secret_hash == digest(secret))
    )
    if user_id is None:
        raise NotFound("No calendar at this address.")
    return user_id

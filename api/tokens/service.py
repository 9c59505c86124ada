"""Personal access tokens: random, prefixed, stored hashed, scoped, expiring."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.dependencies import PAT_PREFIX
from api.db import utcnow
from api.errors import MissingScope, NotFound
from api.security import digest, new_secret
from api.tokens.models import PersonalAccessToken

VISIBLE_PREFIX_LENGTH = len(PAT_PREFIX) + 6


async def mint_token(
    session: AsyncSession,
    *,
    user_id: uuid.UUID,
    name: str,
    scopes: Sequence[str],
    expires_in_days: int,
    grantable: frozenset[str],
) -> tuple[PersonalAccessToken, str]:
    # A token may mint tokens, but never one that can do more than itself.
    for scope in sorted(set(scopes) - grantable):
        raise MissingScope(scope)
    secret = new_secret(PAT_PREFIX)
    token = PersonalAccessToken(
        user_id=user_id,
        name=name,
        prefix=secret[:VISIBLE_PREFIX_LENGTH],
        token_hash=digest(secret),
        scopes=sorted(set(scopes)),
        expires_at=utcnow() + timedelta(days=expires_in_days),
    )
    session.add(token)
    await session.flush()
    return token, secret


async def list_tokens(session: AsyncSession, user_id: uuid.UUID) -> Sequence[PersonalAccessToken]:
    result = await session.execute(
        select(PersonalAccessToken)
        .where(PersonalAccessToken.user_id == user_id, PersonalAccessToken.revoked_at.is_(None))
        .order_by(PersonalAccessToken.created_at.desc(), PersonalAccessToken.id)
    )
    return result.scalars().all()


async def revoke_token(session: AsyncSession, user_id: uuid.UUID, token_id: uuid.UUID) -> None:
    token = await session.get(PersonalAccessToken, token_id)
    if token is None or token.user_id != user_id or token.revoked_at is not None:
        raise NotFound("No such token.")
    token.revoked_at = utcnow()
    await session.flush()

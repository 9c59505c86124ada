"""Accounts and browser sessions. Services flush; the request commits."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User, UserSession
from api.auth.passwords import hash_password, verify_password
from api.auth.schemas import LoginBody, RegisterBody, UserUpdate
from api.db import utcnow
from api.errors import Conflict, InvalidCredentials
from api.playbook import reconcile
from api.security import digest, new_secret


async def find_user_by_email(session: AsyncSession, email: str) -> User | None:
    result = await session.execute(select(User).where(User.email == email.lower()))
    return result.scalar_one_or_none()


async def create_user(
    session: AsyncSession,
    *,
    email: str,
    password: str,
    name: str | None = None,
    timezone: str = "UTC",
) -> User:
    if await find_user_by_email(session, email) is not None:
        raise Conflict("An account with this email already exists; sign in instead.")
    user = User(
        email=email.lower(),
        password_hash=await hash_password(password),
        name=name,
        timezone=timezone,
    )
    session.add(user)
    await session.flush()
    return user


async def register(session: AsyncSession, body: RegisterBody) -> User:
    return await create_user(
        session, email=body.email, password=body.password, name=body.name, timezone=body.timezone
    )


async def authenticate_password(session: AsyncSession, body: LoginBody) -> User:
    user = await find_user_by_email(session, body.email)
    # Unknown email and wrong password take the same path and give the same answer.
    if not await verify_password(body.password, user.password_hash if user else None):
        raise InvalidCredentials("The email or the password is wrong.")
    assert user is not None
    return user


async def start_session(session: AsyncSession, user: User, *, days: int) -> str:
    """Create a browser session and return the cookie value (kept only as a hash)."""
    token = new_secret()
    session.add(
        UserSession(
            user_id=user.id, token_hash=digest(token), expires_at=utcnow() + timedelta(days=days)
        )
    )
    await session.flush()
    return token


async def end_session(session: AsyncSession, cookie_value: str) -> None:
    await session.execute(delete(UserSession).where(UserSession.token_hash == digest(cookie_value)))


async def update_profile(session: AsyncSession, user: User, body: UserUpdate) -> User:
    changes = body.model_dump(exclude_unset=True)
    # Due times are counted on working days: open planned tasks move with them.
    replan = any(
        field in changes and changes[field] != getattr(user, field)
        for field in ("working_days", "holiday_country")
    )
    for field, value in changes.items():
        setattr(user, field, value)
    await session.flush()
    if replan:
        await reconcile.replan_user(session, user)
    return user

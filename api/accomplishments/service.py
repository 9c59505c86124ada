"""Accomplishments. Services flush; the request commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.accomplishments.models import Accomplishment
from api.accomplishments.schemas import (
    AccomplishmentCreate,
    AccomplishmentListParams,
    AccomplishmentUpdate,
)
from api.db import utcnow
from api.errors import BadCursor, NotFound
from api.pagination import CursorCodec, binding_for

_SORT = "-listed_on"


async def get_accomplishment(
    session: AsyncSession, user_id: uuid.UUID, accomplishment_id: uuid.UUID
) -> Accomplishment:
    """The caller's accomplishment; another user's id is simply missing."""
    found = await find_accomplishment(session, user_id, accomplishment_id)
    if found is None:
        raise NotFound("No accomplishment with this id.")
    return found


async def find_accomplishment(
    session: AsyncSession, user_id: uuid.UUID, accomplishment_id: uuid.UUID
) -> Accomplishment | None:
    return (
        await session.execute(
            select(Accomplishment).where(
                Accomplishment.id == accomplishment_id, Accomplishment.user_id == user_id
            )
        )
    ).scalar_one_or_none()


def _listed_on(happened_on: date | None, recorded_at: datetime, timezone: str) -> date:
    """When it happened, else the day it was recorded, in the user's time zone."""
    return happened_on or recorded_at.astimezone(ZoneInfo(timezone)).date()


async def create_accomplishment(
    session: AsyncSession, user_id: uuid.UUID, timezone: str, body: AccomplishmentCreate
) -> Accomplishment:
    now = utcnow()
    accomplishment = Accomplishment(
        id=uuid.uuid4(),
        user_id=user_id,
        **body.model_dump(),
        listed_on=_listed_on(body.happened_on, now, timezone),
        created_at=now,
        updated_at=now,
    )
    session.add(accomplishment)
    await session.flush()
    return accomplishment


async def update_accomplishment(
    session: AsyncSession,
    accomplishment: Accomplishment,
    timezone: str,
    patch: AccomplishmentUpdate,
) -> Accomplishment:
    changes = patch.model_dump(exclude_unset=True)
    changes = {name: value for name, value in changes.items()
               if value != getattr(accomplishment, name)}  # fmt: skip
    if not changes:
        return accomplishment
    for field, value in changes.items():
        setattr(accomplishment, field, value)
    if "happened_on" in changes:
        accomplishment.listed_on = _listed_on(
            accomplishment.happened_on, accomplishment.created_at, timezone
        )
    await session.flush()
    return accomplishment


async def delete_accomplishment(session: AsyncSession, accomplishment: Accomplishment) -> None:
    """Drafts that cited it keep their text and forget the link (ON DELETE SET NULL)."""
    await session.delete(accomplishment)
    await session.flush()


@dataclass(frozen=True)
class AccomplishmentPage:
    items: list[Accomplishment]
    next_cursor: str | None


def _position(position: Sequence[Any]) -> tuple[date, datetime, uuid.UUID]:
    try:
        day, moment, identifier = position
        return date.fromisoformat(day), datetime.fromisoformat(moment), uuid.UUID(identifier)
    except (TypeError, ValueError, AttributeError):
        raise BadCursor("The cursor is malformed; start again without it.") from None


async def list_accomplishments(
    session: AsyncSession,
    codec: CursorCodec,
    user_id: uuid.UUID,
    params: AccomplishmentListParams,
) -> AccomplishmentPage:
    """Newest first (when it happened, else when it was recorded), one keyset page."""
    binding = binding_for(user_id, _SORT, {})
    key = (Accomplishment.listed_on, Accomplishment.created_at, Accomplishment.id)
    query = select(Accomplishment).where(Accomplishment.user_id == user_id)
    if params.cursor is not None:
        query = query.where(tuple_(*key) < _position(codec.decode(params.cursor, binding)))
    result = await session.execute(
        query.order_by(*(column.desc() for column in key)).limit(params.limit + 1)
    )
    items = list(result.scalars())
    next_cursor = None
    if len(items) > params.limit:
        items = items[: params.limit]
        last = items[-1]
        next_cursor = codec.encode([last.listed_on, last.created_at, last.id], binding)
    return AccomplishmentPage(items=items, next_cursor=next_cursor)

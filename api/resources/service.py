"""Resources. Services flush; the request commits."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import utcnow
from api.errors import NotFound
from api.pagination import CursorCodec, binding_for, time_and_id
from api.resources.models import Resource
from api.resources.schemas import ResourceCreate, ResourceListParams, ResourceUpdate

_SORT = "-created_at"


async def get_resource(
    session: AsyncSession, user_id: uuid.UUID, resource_id: uuid.UUID
) -> Resource:
    """The caller's resource; another user's id is simply missing."""
    found = await find_resource(session, user_id, resource_id)
    if found is None:
        raise NotFound("No resource with this id.")
    return found


async def find_resource(
    session: AsyncSession, user_id: uuid.UUID, resource_id: uuid.UUID
) -> Resource | None:
    return (
        await session.execute(
            select(Resource).where(Resource.id == resource_id, Resource.user_id == user_id)
        )
    ).scalar_one_or_none()


async def create_resource(
    session: AsyncSession, user_id: uuid.UUID, body: ResourceCreate
) -> Resource:
    now = utcnow()
    resource = Resource(
        id=uuid.uuid4(), user_id=user_id, **body.model_dump(), created_at=now, updated_at=now
    )
    session.add(resource)
    await session.flush()
    return resource


async def update_resource(
    session: AsyncSession, resource: Resource, patch: ResourceUpdate
) -> Resource:
    changes = patch.model_dump(exclude_unset=True)
    changes = {name: value for name, value in changes.items()
               if value != getattr(resource, name)}  # fmt: skip
    if not changes:
        return resource
    for field, value in changes.items():
        setattr(resource, field, value)
    await session.flush()
    return resource


async def delete_resource(session: AsyncSession, resource: Resource) -> None:
    """Drafts that shared it keep their text and forget the link (ON DELETE SET NULL)."""
    await session.delete(resource)
    await session.flush()


@dataclass(frozen=True)
class ResourcePage:
    items: list[Resource]
    next_cursor: str | None


async def list_resources(
    session: AsyncSession, codec: CursorCodec, user_id: uuid.UUID, params: ResourceListParams
) -> ResourcePage:
    """Newest first, one keyset page."""
    binding = binding_for(user_id, _SORT, {})
    key = (Resource.created_at, Resource.id)
    query = select(Resource).where(Resource.user_id == user_id)
    if params.cursor is not None:
        query = query.where(
            tuple_(*key) < tuple_(*time_and_id(codec.decode(params.cursor, binding)))
        )
    result = await session.execute(
        query.order_by(*(column.desc() for column in key)).limit(params.limit + 1)
    )
    items = list(result.scalars())
    next_cursor = None
    if len(items) > params.limit:
        items = items[: params.limit]
        next_cursor = codec.encode([items[-1].created_at, items[-1].id], binding)
    return ResourcePage(items=items, next_cursor=next_cursor)

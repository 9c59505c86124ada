"""Reflections. Services flush; the request commits."""

from __future__ import annotations

import uuid

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.errors import NotFound, PreconditionFailed
from api.etags import check_if_match
from api.interviews.models import Interview
from api.playbook.guidance import TaskKind
from api.reflections.models import Reflection
from api.reflections.schemas import ReflectionWrite
from api.tasks import service as tasks


async def find_reflection(session: AsyncSession, interview: Interview) -> Reflection | None:
    result = await session.execute(
        select(Reflection).where(
            Reflection.interview_id == interview.id, Reflection.user_id == interview.user_id
        )
    )
    return result.scalar_one_or_none()


async def get_reflection(session: AsyncSession, interview: Interview) -> Reflection:
    reflection = await find_reflection(session, interview)
    if reflection is None:
        raise NotFound("This interview has no reflection yet; PUT one.")
    return reflection


async def put_reflection(
    session: AsyncSession, request: Request, interview: Interview, body: ReflectionWrite
) -> tuple[Reflection, bool]:
    """Create or replace the interview's reflection; say whether it was created.

    Saving a reflection is doing the reflection task: the interview's open ones are done.
    """
    reflection = await find_reflection(session, interview)
    created = reflection is None
    if reflection is not None:
        check_if_match(request, reflection)
    elif request.headers.get("if-match") is not None:
        raise PreconditionFailed("This interview has no reflection yet; send no If-Match.")
    if reflection is None:
        reflection = Reflection(
            id=uuid.uuid4(), user_id=interview.user_id, interview_id=interview.id
        )
        session.add(reflection)
    for field, value in body.model_dump().items():
        setattr(reflection, field, value)
    await session.flush()
    user = await session.get(User, interview.user_id)
    assert user is not None
    await tasks.complete_open_tasks(session, user, interview, TaskKind.REFLECTION)
    return reflection, created

"""The partner's idempotent upsert: PUT an interview by (source, external_id).

Job boards resend what they have whenever they like. The same body twice changes
nothing (no write, no version bump, no playbook run); a changed body replaces the
interview, keeping the ids of interviewers it still names so their tasks stay theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.auth.models import User
from api.etags import check_if_match
from api.interviews import service
from api.interviews.models import Interview, Interviewer
from api.interviews.schemas import (
    InterviewCreate,
    InterviewerCreate,
    InterviewReplace,
    InterviewUpdate,
)


@dataclass(frozen=True)
class Upserted:
    interview: Interview
    created: bool


async def find_by_external_id(
    session: AsyncSession, user_id: Any, source: str, external_id: str
) -> Interview | None:
    result = await session.execute(
        select(Interview)
        .where(
            Interview.user_id == user_id,
            Interview.source == source,
            Interview.external_id == external_id,
        )
        .options(selectinload(Interview.interviewers))
    )
    return result.scalar_one_or_none()


async def upsert(
    session: AsyncSession,
    request: Request,
    user: User,
    source: str,
    external_id: str,
    body: InterviewReplace,
) -> Upserted:
    existing = await find_by_external_id(session, user.id, source, external_id)
    if existing is None:
        create = InterviewCreate(
            **body.model_dump(exclude_unset=True), source=source, external_id=external_id
        )
        try:
            # A savepoint: a concurrent PUT with the same key may insert first.
            async with session.begin_nested():
                created = await service.create_interview(session, user, create)
            return Upserted(created, created=True)
        except service.DuplicateExternalId:
            existing = await find_by_external_id(session, user.id, source, external_id)
            if existing is None:
                raise
    check_if_match(request, existing)
    patch = _replacement(existing, body, user_timezone=user.timezone)
    if _changes_anything(existing, patch):
        await service.update_interview(session, existing, patch)
    return Upserted(existing, created=False)


def _replacement(
    interview: Interview, body: InterviewReplace, *, user_timezone: str
) -> InterviewUpdate:
    """Every field set: a PUT replaces, so what the partner leaves out is cleared."""
    fields = body.model_dump(exclude={"interviewers", "next_steps", "timezone"})
    people = _match_interviewers(interview.interviewers, body.interviewers)
    next_steps = body.next_steps.model_dump() if body.next_steps else None
    return InterviewUpdate.model_validate(
        {
            **fields,
            "timezone": body.timezone or interview.timezone or user_timezone,
            "next_steps": next_steps,
            "interviewers": people,
        }
    )


def _match_interviewers(
    current: list[Interviewer], sent: list[InterviewerCreate]
) -> list[dict[str, Any]]:
    """Keep an interviewer's id when the partner still names them (by email, else name)."""
    unclaimed = list(current)
    matched: list[dict[str, Any]] = []
    for person in sent:
        fields = person.model_dump()
        twin = next((c for c in unclaimed if _same_person(c, person)), None)
        if twin is not None:
            unclaimed.remove(twin)
            fields["id"] = twin.id
        matched.append(fields)
    return matched


def _same_person(current: Interviewer, sent: InterviewerCreate) -> bool:
    if current.email and sent.email:
        return current.email.lower() == sent.email.lower()
    return current.name.strip().lower() == sent.name.strip().lower()


def _changes_anything(interview: Interview, patch: InterviewUpdate) -> bool:
    for field, value in patch.model_dump(
        exclude_unset=True, exclude={"interviewers", "next_steps"}
    ).items():
        if getattr(interview, field) != value:
            return True
    steps = patch.next_steps
    if (steps.description if steps else None) != interview.next_steps_description:
        return True
    if (steps.expected_by if steps else None) != interview.next_steps_expected_by:
        return True
    wanted = patch.interviewers or []
    if len(wanted) != len(interview.interviewers):
        return True
    for person, item in zip(interview.interviewers, wanted, strict=True):
        if item.id != person.id:
            return True
        for field, value in item.model_dump(exclude={"id"}).items():
            if getattr(person, field) != value:
                return True
    return False

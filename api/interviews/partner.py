"""The partner's idempotent upsert: PUT an interview by (source, external_id).

Job boards resend what they have whenever they like. Every field has one owner (see
`InterviewReplace.board_owned`): an upsert that creates takes the whole body; later
upserts replace only what the board owns (time, role, place, who interviews) and never
what the user recorded (status, outcome, notes, points, next steps, who the hiring
manager was). Interviewers the board still names keep their ids, so their tasks and
what the user noted about them stay theirs. Nothing the board owns changed: no write,
no version bump, no playbook run.
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
    InterviewerReplace,
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
    patch = _board_changes(existing, body)
    if _changes_anything(existing, patch):
        await service.update_interview(session, existing, patch)
    return Upserted(existing, created=False)


def _board_changes(interview: Interview, body: InterviewReplace) -> InterviewUpdate:
    """What the board owns, as a merge patch: the user's fields are left out, so they stay."""
    fields = body.model_dump(
        include=set(InterviewReplace.board_owned - {"interviewers", "timezone"})
    )
    return InterviewUpdate.model_validate(
        {
            **fields,
            # A board that does not name a time zone keeps the interview's.
            "timezone": body.timezone or interview.timezone,
            "interviewers": _match_interviewers(interview.interviewers, body.interviewers),
        }
    )


def _match_interviewers(
    current: list[Interviewer], sent: list[InterviewerReplace]
) -> list[dict[str, Any]]:
    """The board's list, where each person it still names (by email, else by name) keeps
    their id and what the user recorded about them; a new person comes as sent."""
    unclaimed = list(current)
    matched: list[dict[str, Any]] = []
    for person in sent:
        twin = next((c for c in unclaimed if _same_person(c, person)), None)
        if twin is None:
            matched.append(person.model_dump())
            continue
        unclaimed.remove(twin)
        fields: dict[str, Any] = {
            "id": twin.id,
            **person.model_dump(include=set(InterviewerReplace.board_owned)),
        }
        if twin.linkedin_url is None and person.linkedin_url is not None:
            fields["linkedin_url"] = person.linkedin_url
        matched.append(fields)
    return matched


def _same_person(current: Interviewer, sent: InterviewerReplace) -> bool:
    if current.email and sent.email:
        return current.email.lower() == sent.email.lower()
    return current.name.strip().lower() == sent.name.strip().lower()


def _changes_anything(interview: Interview, patch: InterviewUpdate) -> bool:
    for field, value in patch.model_dump(exclude_unset=True, exclude={"interviewers"}).items():
        if getattr(interview, field) != value:
            return True
    wanted = patch.interviewers or []
    if [item.id for item in wanted] != [person.id for person in interview.interviewers]:
        return True
    return any(
        getattr(person, field) != value
        for person, item in zip(interview.interviewers, wanted, strict=True)
        for field, value in item.model_dump(exclude_unset=True, exclude={"id"}).items()
    )

"""CSV for spreadsheet users: one row per interview, one row per task."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.interviews.models import Interview, Interviewer
from api.portability.document import encode
from api.tasks.models import FollowUpTask

INTERVIEW_COLUMNS = (
    "id", "company", "position", "stage", "scheduled_at", "timezone", "duration_minutes",
    "format", "location", "status", "outcome", "interviewers", "next_steps", "expected_by",
    "source", "external_id", "created_at",
)  # fmt: skip
TASK_COLUMNS = (
    "id", "kind", "title", "status", "due_at", "deadline_at", "snoozed_until", "completed_at",
    "company", "position", "interviewer", "origin", "created_at",
)  # fmt: skip


def _csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        # A leading =, +, - or @ would run as a formula in a spreadsheet: quote it away.
        writer.writerow([_cell(encode(value)) for value in row])
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@"}:
        return "'" + value
    return "" if value is None else value


async def interviews_csv(session: AsyncSession, user_id: uuid.UUID) -> str:
    people = await session.execute(
        select(Interviewer.interview_id, Interviewer.name)
        .where(Interviewer.user_id == user_id)
        .order_by(Interviewer.interview_id, Interviewer.position)
    )
    by_interview: dict[uuid.UUID, list[str]] = {}
    for interview_id, name in people:
        by_interview.setdefault(interview_id, []).append(name)
    interviews = await session.scalars(
        select(Interview)
        .where(Interview.user_id == user_id)
        .order_by(Interview.scheduled_at, Interview.id)
    )
    return _csv(
        INTERVIEW_COLUMNS,
        (
            (
                i.id,
                i.company,
                i.position,
                i.stage,
                i.scheduled_at,
                i.timezone,
                i.duration_minutes,
                i.format,
                i.location,
                i.status,
                i.outcome,
                "; ".join(by_interview.get(i.id, [])),
                i.next_steps_description,
                i.next_steps_expected_by,
                i.source,
                i.external_id,
                i.created_at,
            )
            for i in interviews
        ),
    )


async def tasks_csv(session: AsyncSession, user_id: uuid.UUID) -> str:
    rows = await session.execute(
        select(FollowUpTask, Interview.company, Interview.position, Interviewer.name)
        .outerjoin(Interview, Interview.id == FollowUpTask.interview_id)
        .outerjoin(Interviewer, Interviewer.id == FollowUpTask.interviewer_id)
        .where(FollowUpTask.user_id == user_id)
        .order_by(FollowUpTask.due_at, FollowUpTask.id)
    )
    return _csv(
        TASK_COLUMNS,
        (
            (
                t.id,
                t.kind,
                t.title,
                t.status,
                t.due_at,
                t.deadline_at,
                t.snoozed_until,
                t.completed_at,
                company,
                position,
                interviewer,
                t.origin,
                t.created_at,
            )
            for t, company, position, interviewer in rows
        ),
    )

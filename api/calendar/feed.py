"""The subscribable calendar (RFC 5545): open follow-up tasks and upcoming interviews.

Every event has a stable UID and a SEQUENCE that grows with each change (the row's
version), times are UTC, and the icalendar library writes CRLF lines folded at 75 octets.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import utcnow
from api.interviews.models import Interview
from api.tasks.models import OPEN, FollowUpTask

PRODID = "-//Afterword//Follow-ups//EN"
TASK_MINUTES = 30
PAST_WINDOW = timedelta(days=30)
FUTURE_WINDOW = timedelta(days=365)
MAX_TASKS = 2000
MAX_INTERVIEWS = 500


@dataclass(frozen=True)
class Feed:
    body: bytes
    etag: str


async def build_feed(session: AsyncSession, user_id: uuid.UUID, *, base_url: str) -> Feed:
    now = utcnow()
    tasks = (
        await session.scalars(
            select(FollowUpTask)
            .where(
                FollowUpTask.user_id == user_id,
                FollowUpTask.status == OPEN,
                FollowUpTask.due_at >= now - PAST_WINDOW,
                FollowUpTask.due_at < now + FUTURE_WINDOW,
            )
            .order_by(FollowUpTask.due_at, FollowUpTask.id)
            .limit(MAX_TASKS)
        )
    ).all()
    interviews = (
        await session.scalars(
            select(Interview)
            .where(
                Interview.user_id == user_id,
                Interview.status != "cancelled",
                Interview.scheduled_at >= now - timedelta(days=1),
            )
            .order_by(Interview.scheduled_at, Interview.id)
            .limit(MAX_INTERVIEWS)
        )
    ).all()
    calendar = _calendar(tasks, interviews, stamp=now, base_url=base_url)
    body = calendar.to_ical()
    # The ETag ignores DTSTAMP (the moment of generation), so an unchanged feed matches.
    fingerprint = hashlib.sha256(
        _calendar(
            tasks, interviews, stamp=datetime(2000, 1, 1, tzinfo=now.tzinfo), base_url=base_url
        ).to_ical()
    ).hexdigest()[:32]
    return Feed(body=body, etag=f'"{fingerprint}"')


def _calendar(
    tasks: Sequence[FollowUpTask],
    interviews: Sequence[Interview],
    *,
    stamp: datetime,
    base_url: str,
) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Afterword follow-ups")
    calendar.add("x-published-ttl", "PT1H")
    for task in tasks:
        calendar.add_component(_task_event(task, stamp, base_url))
    for interview in interviews:
        calendar.add_component(_interview_event(interview, stamp, base_url))
    return calendar


def _task_event(task: FollowUpTask, stamp: datetime, base_url: str) -> Event:
    event = Event()
    event.add("uid", f"task-{task.id}@afterword")
    event.add("dtstamp", stamp)
    event.add("dtstart", task.due_at)
    event.add("dtend", task.due_at + timedelta(minutes=TASK_MINUTES))
    event.add("summary", task.title)
    deadline = (
        f"\n\nDeadline: {task.deadline_at.strftime('%Y-%m-%d %H:%M UTC')}"
        if task.deadline_at
        else ""
    )
    event.add("description", f"{task.guidance}{deadline}")
    event.add("url", f"{base_url}/tasks/{task.id}")
    event.add("sequence", task.version)
    event.add("last-modified", task.updated_at)
    event.add("categories", ["Afterword", task.kind])
    event.add("transp", "TRANSPARENT")
    event.add_component(_alarm(task.title))
    return event


def _interview_event(interview: Interview, stamp: datetime, base_url: str) -> Event:
    event = Event()
    event.add("uid", f"interview-{interview.id}@afterword")
    event.add("dtstamp", stamp)
    event.add("dtstart", interview.scheduled_at)
    event.add("dtend", interview.scheduled_at + timedelta(minutes=interview.duration_minutes or 60))
    event.add("summary", f"Interview: {interview.position} at {interview.company}")
    if interview.location:
        event.add("location", interview.location)
    event.add("url", f"{base_url}/interviews/{interview.id}")
    event.add("sequence", interview.version)
    event.add("last-modified", interview.updated_at)
    event.add("categories", ["Afterword", "interview"])
    event.add_component(_alarm(f"Interview at {interview.company}", before=timedelta(minutes=30)))
    return event


def _alarm(text: str, *, before: timedelta = timedelta(0)) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", -before)
    return alarm

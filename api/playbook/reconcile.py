"""The playbook applied to the database: bring an interview's generated tasks in line.

`plan` (pure) says which tasks an interview's facts call for. Reconciling compares that
with the tasks already generated for the interview, matched by rule key (unique per
interview, so re-running never duplicates anything):

- a planned task that does not exist yet is created;
- an open task the user has not touched moves to the planned times and title, and one
  the playbook itself skipped earlier opens again when the rule applies again;
- an open untouched task the plan no longer lists is skipped, with the reason why;
- a task the user completed, skipped, reopened, re-dated or retitled
  (`user_modified_at`) is never changed again.

It runs in the transaction of every change to its inputs: an interview written or
deleted, a generated task closed or reopened (recurring rules plan their next
occurrence), a contact reached, the user's playbook settings, working days or holiday
country changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Container, Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.auth.models import DEFAULT_WORKING_DAYS, User
from api.contacts.models import Contact
from api.db import utcnow
from api.interviews.models import Interview, Interviewer
from api.playbook.rules import (
    InterviewerFacts,
    InterviewFacts,
    PlannedTask,
    RuleHistory,
    drop_reason,
    plan,
    thank_you_window,
)
from api.playbook.settings import PlaybookSettings
from api.playbook.worktime import public_holidays
from api.tasks.models import DONE, OPEN, SKIPPED, FollowUpTask

# Keeps IN lists well below every driver's limit on bound parameters.
_CHUNK = 500


def settings_of(user: User) -> PlaybookSettings:
    """The user's playbook settings: stored overrides on top of the defaults."""
    return PlaybookSettings.model_validate(user.playbook_settings or {})


def working_days_of(user: User) -> frozenset[int]:
    return frozenset(user.working_days or DEFAULT_WORKING_DAYS)


def holidays_of(user: User) -> Container[date]:
    """The public holidays of the user's `holiday_country`: not working days."""
    return public_holidays(user.holiday_country)


def thank_you_deadline(user: User, interview_end: datetime, timezone: str) -> datetime:
    """When a thank-you for an interview ending at `interview_end` (in the IANA zone
    `timezone`) is overdue for `user`: the instant its planned task's `deadline_at` has,
    for notes that have no such task to read it from."""
    _, deadline = thank_you_window(
        interview_end,
        ZoneInfo(timezone),
        settings_of(user),
        working_days_of(user),
        holidays_of(user),
    )
    return deadline


def facts_of(interview: Interview) -> InterviewFacts:
    """What the rules read from an interview (its interviewers must be loaded)."""
    return InterviewFacts(
        id=interview.id,
        company=interview.company,
        position=interview.position,
        scheduled_at=interview.scheduled_at,
        duration_minutes=interview.duration_minutes,
        timezone=interview.timezone,
        status=interview.status,
        outcome=interview.outcome,
        outcome_decided_at=interview.outcome_decided_at,
        next_steps_expected_by=interview.next_steps_expected_by,
        next_steps_description=interview.next_steps_description,
        interviewers=tuple(
            InterviewerFacts(
                id=person.id,
                name=person.name,
                email=person.email,
                linkedin_url=person.linkedin_url,
                is_hiring_manager=person.is_hiring_manager,
                contact_id=person.contact_id,
            )
            for person in interview.interviewers
        ),
    )


async def reconcile_interview(session: AsyncSession, interview: Interview) -> None:
    """Re-plan one interview (flushed, with its interviewers loaded)."""
    user = await session.get(User, interview.user_id)
    assert user is not None
    await reconcile_interviews(session, user, [interview])


async def reconcile_interviews(
    session: AsyncSession, user: User, interviews: Sequence[Interview]
) -> None:
    """Re-plan the user's `interviews` (flushed, with their interviewers loaded)."""
    if not interviews:
        return
    settings = settings_of(user)
    working_days = working_days_of(user)
    holidays = holidays_of(user)
    existing = await _generated_tasks(session, [interview.id for interview in interviews])
    contacts = await _recipient_contacts(session, interviews)
    now = utcnow()
    for interview in interviews:
        for task in _reconcile(
            interview,
            settings,
            working_days,
            holidays,
            existing.get(interview.id, []),
            contacts,
            now,
        ):
            session.add(task)
    await session.flush()


async def replan_interviews(
    session: AsyncSession, user: User, interview_ids: Collection[uuid.UUID]
) -> None:
    """Re-plan the user's interviews with these ids."""
    interviews: list[Interview] = []
    for chunk in _chunks(sorted(set(interview_ids))):
        result = await session.execute(
            select(Interview)
            .where(Interview.user_id == user.id, Interview.id.in_(chunk))
            .options(selectinload(Interview.interviewers))
        )
        interviews.extend(result.scalars())
    await reconcile_interviews(session, user, interviews)


async def replan_user(session: AsyncSession, user: User) -> None:
    """Re-plan every interview of the user: their settings, working days or holidays changed.

    Every interview, not only those with open tasks: a rule switched back on must plan
    its tasks wherever it applies, exactly as an edit of each interview would.
    """
    result = await session.execute(
        select(Interview)
        .where(Interview.user_id == user.id)
        .options(selectinload(Interview.interviewers))
    )
    await reconcile_interviews(session, user, list(result.scalars()))


async def replan_for_contacts(
    session: AsyncSession, user: User, contact_ids: Collection[uuid.UUID]
) -> None:
    """Re-plan the interviews these contacts took part in (their clock was reset)."""
    if not contact_ids:
        return
    result = await session.execute(
        select(Interviewer.interview_id)
        .where(Interviewer.user_id == user.id, Interviewer.contact_id.in_(list(contact_ids)))
        .distinct()
    )
    await replan_interviews(session, user, list(result.scalars()))


async def forget_interview(session: AsyncSession, interview: Interview) -> None:
    """Before an interview is deleted: delete the open tasks the playbook generated for it.

    Closed tasks and tasks added by hand stay, detached from the interview.
    """
    await session.execute(
        delete(FollowUpTask)
        .where(
            FollowUpTask.interview_id == interview.id,
            FollowUpTask.rule_key.is_not(None),
            FollowUpTask.status == OPEN,
        )
        .execution_options(synchronize_session="fetch")
    )


def closed_by_user(task: FollowUpTask) -> bool:
    return task.status in (DONE, SKIPPED) and task.user_modified_at is not None


def _reconcile(
    interview: Interview,
    settings: PlaybookSettings,
    working_days: frozenset[int],
    holidays: Container[date],
    existing: list[FollowUpTask],
    contacts: dict[uuid.UUID, Contact],
    now: datetime,
) -> list[FollowUpTask]:
    """Update `existing` in place; return the tasks to add."""
    facts = facts_of(interview)
    recipient = facts.hiring_manager
    contact = contacts.get(recipient.contact_id) if recipient and recipient.contact_id else None
    if contact is not None and contact.keep_in_touch_interval_days is not None:
        # The contact's own cadence wins over the user's default.
        settings = settings.model_copy(
            update={"keep_in_touch_interval_days": contact.keep_in_touch_interval_days}
        )
    history = RuleHistory(
        closed={
            task.rule_key: task.closed_at or task.updated_at
            for task in existing
            if task.rule_key is not None and closed_by_user(task)
        },
        keep_in_touch_anchor=contact.last_contacted_at if contact else None,
    )
    contact_of = {person.id: person.contact_id for person in interview.interviewers}
    by_key = {task.rule_key: task for task in existing if task.rule_key is not None}
    added: list[FollowUpTask] = []
    for planned in plan(facts, settings, working_days, history, holidays):
        contact_id = contact_of.get(planned.interviewer_id) if planned.interviewer_id else None
        task = by_key.pop(planned.rule_key, None)
        if task is None:
            added.append(_new_task(interview, planned, contact_id))
        elif task.user_modified_at is None:
            _follow(task, planned, contact_id)
    for task in by_key.values():
        if task.status == OPEN and task.user_modified_at is None:
            assert task.rule_key is not None
            task.status = SKIPPED
            task.closed_at = now
            task.skip_reason = drop_reason(facts, settings, task.rule_key)
    return added


def _new_task(
    interview: Interview, planned: PlannedTask, contact_id: uuid.UUID | None
) -> FollowUpTask:
    return FollowUpTask(
        id=uuid.uuid4(),
        user_id=interview.user_id,
        interview_id=interview.id,
        interviewer_id=planned.interviewer_id,
        contact_id=contact_id,
        kind=str(planned.kind),
        title=planned.title,
        guidance=planned.guidance,
        rule_key=planned.rule_key,
        status=OPEN,
        due_at=planned.due_at,
        deadline_at=planned.deadline_at,
    )


def _follow(task: FollowUpTask, planned: PlannedTask, contact_id: uuid.UUID | None) -> None:
    """Move an untouched task to its plan; reopen it if the playbook had skipped it."""
    values: dict[str, object] = {
        "kind": str(planned.kind),
        "title": planned.title,
        "guidance": planned.guidance,
        "due_at": planned.due_at,
        "deadline_at": planned.deadline_at,
        "interviewer_id": planned.interviewer_id,
        "contact_id": contact_id,
    }
    if task.status == SKIPPED:
        values.update(status=OPEN, closed_at=None, skip_reason=None)
    for name, value in values.items():
        # Only real changes are written: re-planning unchanged facts writes nothing.
        if getattr(task, name) != value:
            setattr(task, name, value)


async def _generated_tasks(
    session: AsyncSession, interview_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[FollowUpTask]]:
    found: dict[uuid.UUID, list[FollowUpTask]] = {}
    for chunk in _chunks(interview_ids):
        result = await session.execute(
            select(FollowUpTask).where(
                FollowUpTask.interview_id.in_(chunk), FollowUpTask.rule_key.is_not(None)
            )
        )
        for task in result.scalars():
            assert task.interview_id is not None
            found.setdefault(task.interview_id, []).append(task)
    return found


async def _recipient_contacts(
    session: AsyncSession, interviews: Iterable[Interview]
) -> dict[uuid.UUID, Contact]:
    """The contacts updates and keep-in-touch messages go to, one per interview."""
    ids = sorted(
        {
            recipient.contact_id
            for recipient in (facts_of(interview).hiring_manager for interview in interviews)
            if recipient is not None and recipient.contact_id is not None
        }
    )
    found: dict[uuid.UUID, Contact] = {}
    for chunk in _chunks(ids):
        result = await session.execute(select(Contact).where(Contact.id.in_(chunk)))
        found.update((contact.id, contact) for contact in result.scalars())
    return found


def _chunks(ids: Sequence[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])

"""Follow-up tasks and the agenda. Services flush; the request commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, TypeVar, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, case, func, not_, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.auth.models import User
from api.contacts.models import Contact
from api.db import utcnow
from api.errors import BadCursor, Conflict, FieldError, NotFound, ValidationFailed
from api.interviews.models import Interview, Interviewer
from api.pagination import CursorCodec, binding_for
from api.playbook import reconcile
from api.playbook.guidance import GUIDANCE, TaskKind, task_title
from api.playbook.worktime import localize
from api.tasks.models import DONE, OPEN, SKIPPED, FollowUpTask
from api.tasks.schemas import (
    Agenda,
    AgendaParams,
    AgendaTotals,
    TaskCreate,
    TaskInterview,
    TaskListParams,
    TaskPerson,
    TaskRead,
    TaskStatus,
    TaskUpdate,
)

# Completing one of these means the user was in touch with the person it is addressed to.
CONTACT_FACING_KINDS = frozenset(TaskKind) - {TaskKind.REFLECTION, TaskKind.NETWORKING_EVENT}

ModelT = TypeVar("ModelT", Interview, Interviewer, Contact)

_InterviewerName = aliased(Interviewer, name="task_interviewer")
_ContactName = aliased(Contact, name="task_contact")


@dataclass
class TaskView:
    """A task with the names a client shows beside it."""

    task: FollowUpTask
    company: str | None = None
    position: str | None = None
    interviewer_name: str | None = None
    contact_name: str | None = None


def _with_names(query: Select[Any]) -> Select[Any]:
    return (
        query.add_columns(
            Interview.company, Interview.position, _InterviewerName.name, _ContactName.name
        )
        .outerjoin(Interview, Interview.id == FollowUpTask.interview_id)
        .outerjoin(_InterviewerName, _InterviewerName.id == FollowUpTask.interviewer_id)
        .outerjoin(_ContactName, _ContactName.id == FollowUpTask.contact_id)
    )


def _task_query() -> Select[Any]:
    return _with_names(select(FollowUpTask))


def _views(rows: Sequence[Any]) -> list[TaskView]:
    return [
        TaskView(
            task=row[0],
            company=row[1],
            position=row[2],
            interviewer_name=row[3],
            contact_name=row[4],
        )
        for row in rows
    ]


def is_overdue(task: FollowUpTask, now: datetime) -> bool:
    return task.status == OPEN and now > (task.deadline_at or task.due_at)


def _overdue_clause(now: datetime) -> ColumnElement[bool]:
    return and_(
        FollowUpTask.status == OPEN,
        func.coalesce(FollowUpTask.deadline_at, FollowUpTask.due_at) < now,
    )


def to_read(view: TaskView, now: datetime) -> TaskRead:
    task = view.task
    interview = (
        TaskInterview(id=task.interview_id, company=view.company, position=view.position)
        if task.interview_id is not None and view.company is not None and view.position is not None
        else None
    )
    return TaskRead(
        id=task.id,
        kind=TaskKind(task.kind),
        title=task.title,
        guidance=task.guidance,
        interview_id=task.interview_id,
        interviewer_id=task.interviewer_id,
        contact_id=task.contact_id,
        due_at=task.due_at,
        deadline_at=task.deadline_at,
        status=cast(TaskStatus, task.status),
        snoozed_until=task.snoozed_until,
        origin=task.origin,
        completed_at=task.completed_at,
        skip_reason=task.skip_reason,
        draft_id=task.draft_id,
        is_overdue=is_overdue(task, now),
        interview=interview,
        interviewer=_person(task.interviewer_id, view.interviewer_name),
        contact=_person(task.contact_id, view.contact_name),
        created_at=task.created_at,
        updated_at=task.updated_at,
    )


def _person(person_id: uuid.UUID | None, name: str | None) -> TaskPerson | None:
    if person_id is None or name is None:
        return None
    return TaskPerson(id=person_id, name=name)


async def get_task(session: AsyncSession, user_id: uuid.UUID, task_id: uuid.UUID) -> TaskView:
    """The caller's task; another user's id is simply missing."""
    rows = (
        await session.execute(
            _task_query().where(FollowUpTask.id == task_id, FollowUpTask.user_id == user_id)
        )
    ).all()
    if not rows:
        raise NotFound("No task with this id.")
    return _views(rows)[0]


async def open_tasks_for_contact(
    session: AsyncSession, user_id: uuid.UUID, contact_id: uuid.UUID, *, limit: int
) -> list[TaskView]:
    rows = (
        await session.execute(
            _task_query()
            .where(
                FollowUpTask.user_id == user_id,
                FollowUpTask.contact_id == contact_id,
                FollowUpTask.status == OPEN,
            )
            .order_by(FollowUpTask.due_at, FollowUpTask.id)
            .limit(limit)
        )
    ).all()
    return _views(rows)


# Lists


@dataclass(frozen=True)
class TaskPage:
    items: list[TaskView]
    next_cursor: str | None


async def list_tasks(
    session: AsyncSession,
    codec: CursorCodec,
    user_id: uuid.UUID,
    params: TaskListParams,
    now: datetime,
) -> TaskPage:
    """One statement: a page of tasks in due order, with the names to show beside them."""
    descending = params.sort.startswith("-")
    filters = params.model_dump(exclude={"sort", "limit", "cursor"})
    binding = binding_for(user_id, params.sort, filters)
    query = _task_query().where(FollowUpTask.user_id == user_id)
    if params.status is not None:
        query = query.where(FollowUpTask.status == params.status)
    if params.kind is not None:
        query = query.where(FollowUpTask.kind == str(params.kind))
    if params.interview_id is not None:
        query = query.where(FollowUpTask.interview_id == params.interview_id)
    if params.contact_id is not None:
        query = query.where(FollowUpTask.contact_id == params.contact_id)
    if params.due_after is not None:
        query = query.where(FollowUpTask.due_at >= params.due_after)
    if params.due_before is not None:
        query = query.where(FollowUpTask.due_at < params.due_before)
    if params.overdue is not None:
        overdue = _overdue_clause(now)
        query = query.where(overdue if params.overdue else not_(overdue))
    key = (FollowUpTask.due_at, FollowUpTask.id)
    if params.cursor is not None:
        after = _position(codec.decode(params.cursor, binding))
        row_key = tuple_(*key)
        query = query.where(row_key < after if descending else row_key > after)
    order = [column.desc() for column in key] if descending else list(key)
    rows = (await session.execute(query.order_by(*order).limit(params.limit + 1))).all()
    views = _views(rows)
    next_cursor = None
    if len(views) > params.limit:
        views = views[: params.limit]
        last = views[-1].task
        next_cursor = codec.encode([last.due_at, last.id], binding)
    return TaskPage(items=views, next_cursor=next_cursor)


def _position(position: list[Any]) -> tuple[datetime, uuid.UUID]:
    try:
        moment, identifier = position
        return datetime.fromisoformat(moment), uuid.UUID(identifier)
    except (TypeError, ValueError):
        raise BadCursor("The cursor is malformed; start again without it.") from None


# The agenda


async def agenda(session: AsyncSession, user: User, params: AgendaParams, now: datetime) -> Agenda:
    """One statement: open, unsnoozed tasks, grouped and capped per group in SQL."""
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    end_of_today = localize(datetime.combine(today + timedelta(days=1), time()), zone)
    horizon = localize(datetime.combine(today + timedelta(days=params.days + 1), time()), zone)
    group = case(
        (func.coalesce(FollowUpTask.deadline_at, FollowUpTask.due_at) < now, 0),
        (FollowUpTask.due_at < end_of_today, 1),
        else_=2,
    )
    ranked = (
        select(
            FollowUpTask.id.label("task_id"),
            group.label("agenda_group"),
            func.row_number()
            .over(partition_by=group, order_by=(FollowUpTask.due_at, FollowUpTask.id))
            .label("position"),
            func.count().over(partition_by=group).label("group_total"),
        )
        .where(
            FollowUpTask.user_id == user.id,
            FollowUpTask.status == OPEN,
            or_(FollowUpTask.snoozed_until.is_(None), FollowUpTask.snoozed_until <= now),
            # A deadline is never before its due time, so overdue tasks are due before it.
            FollowUpTask.due_at < horizon,
        )
        .subquery("ranked")
    )
    statement = (
        _task_query()
        .join(ranked, ranked.c.task_id == FollowUpTask.id)
        .add_columns(ranked.c.agenda_group, ranked.c.group_total)
        .where(ranked.c.position <= params.limit)
        .order_by(ranked.c.agenda_group, FollowUpTask.due_at, FollowUpTask.id)
    )
    rows = (await session.execute(statement)).all()
    groups: list[list[TaskRead]] = [[], [], []]
    totals = [0, 0, 0]
    for view, row in zip(_views(rows), rows, strict=True):
        index = int(row[5])
        groups[index].append(to_read(view, now))
        totals[index] = int(row[6])
    return Agenda(
        overdue=groups[0],
        today=groups[1],
        upcoming=groups[2],
        totals=AgendaTotals(overdue=totals[0], today=totals[1], upcoming=totals[2]),
    )


# Writes


async def create_task(session: AsyncSession, user: User, body: TaskCreate) -> TaskView:
    """A task added by hand; the playbook never touches it."""
    interview, interviewer, contact = await _resolve_links(session, user.id, body)
    kind = TaskKind(body.kind)
    person = interviewer.name if interviewer else contact.name if contact else None
    if interview is not None:
        title = task_title(kind, company=interview.company, person=person)
    else:
        assert contact is not None
        title = task_title(
            kind,
            company=contact.company or contact.name,
            person=contact.name if contact.company else None,
        )
    task = FollowUpTask(
        id=uuid.uuid4(),
        user_id=user.id,
        interview_id=interview.id if interview else None,
        interviewer_id=interviewer.id if interviewer else None,
        contact_id=contact.id if contact else None,
        kind=str(kind),
        title=body.title or title,
        guidance=GUIDANCE[kind],
        rule_key=None,
        status=OPEN,
        due_at=body.due_at,
        deadline_at=body.deadline_at,
        snoozed_until=body.snoozed_until,
    )
    session.add(task)
    await session.flush()
    return TaskView(
        task=task,
        company=interview.company if interview else None,
        position=interview.position if interview else None,
        interviewer_name=interviewer.name if interviewer else None,
        contact_name=contact.name if contact else None,
    )


async def _resolve_links(
    session: AsyncSession, user_id: uuid.UUID, body: TaskCreate
) -> tuple[Interview | None, Interviewer | None, Contact | None]:
    """The interview, interviewer and contact a new task names, all the caller's own.

    An id that is not the caller's answers 404, exactly like an id that does not exist;
    ids that exist but do not belong together answer 422.
    """
    missing: list[FieldError] = []
    interview = interviewer = contact = None
    if body.interview_id is not None:
        interview = await _owned(session, Interview, user_id, body.interview_id)
        if interview is None:
            missing.append(
                FieldError(pointer="/body/interview_id", detail="No interview with this id.")
            )
    if body.interviewer_id is not None:
        interviewer = await _owned(session, Interviewer, user_id, body.interviewer_id)
        if interviewer is None:
            missing.append(
                FieldError(pointer="/body/interviewer_id", detail="No interviewer with this id.")
            )
    if body.contact_id is not None:
        contact = await _owned(session, Contact, user_id, body.contact_id)
        if contact is None:
            missing.append(
                FieldError(pointer="/body/contact_id", detail="No contact with this id.")
            )
    if missing:
        raise NotFound("The task refers to something that does not exist.", errors=missing)
    errors: list[FieldError] = []
    if interview is None and interviewer is None and contact is None:
        errors.append(
            FieldError(
                pointer="/body/interview_id",
                detail="A task is for an interview or a contact: send interview_id, "
                "interviewer_id or contact_id.",
            )
        )
    if interviewer is not None:
        if interview is None:
            interview = await _owned(session, Interview, user_id, interviewer.interview_id)
        elif interviewer.interview_id != interview.id:
            errors.append(
                FieldError(
                    pointer="/body/interviewer_id",
                    detail="This interviewer is not part of that interview.",
                )
            )
        if contact is None and interviewer.contact_id is not None:
            contact = await _owned(session, Contact, user_id, interviewer.contact_id)
        elif contact is not None and interviewer.contact_id != contact.id:
            errors.append(
                FieldError(
                    pointer="/body/contact_id",
                    detail="This contact is not the interviewer's; leave it out to use theirs.",
                )
            )
    if body.deadline_at is not None and body.deadline_at < body.due_at:
        errors.append(FieldError(pointer="/body/deadline_at", detail="Must not be before due_at."))
    if errors:
        raise ValidationFailed("The task does not fit together.", errors=errors)
    return interview, interviewer, contact


async def _owned(
    session: AsyncSession, model: type[ModelT], user_id: uuid.UUID, object_id: uuid.UUID
) -> ModelT | None:
    found = await session.get(model, object_id)
    return found if found is not None and found.user_id == user_id else None


async def update_task(
    session: AsyncSession, user: User, view: TaskView, patch: TaskUpdate
) -> TaskView:
    task = view.task
    sent = patch.model_fields_set
    now = utcnow()
    by_hand = False
    status = patch.status if "status" in sent and patch.status is not None else task.status
    if "skip_reason" in sent and patch.skip_reason is not None and status != SKIPPED:
        raise ValidationFailed(
            "Only a skipped task has a skip reason.",
            errors=[
                FieldError(pointer="/body/skip_reason", detail="Send it with status 'skipped'.")
            ],
        )
    if "due_at" in sent and patch.due_at is not None and patch.due_at != task.due_at:
        if "deadline_at" not in sent and task.deadline_at is not None:
            # Re-dating keeps the window the task had before its deadline.
            task.deadline_at = task.deadline_at + (patch.due_at - task.due_at)
        task.due_at = patch.due_at
        by_hand = True
    if "deadline_at" in sent and patch.deadline_at != task.deadline_at:
        task.deadline_at = patch.deadline_at
        by_hand = True
    if task.deadline_at is not None and task.deadline_at < task.due_at:
        raise ValidationFailed(
            "The deadline is before the due time.",
            errors=[FieldError(pointer="/body/deadline_at", detail="Must not be before due_at.")],
        )
    if "title" in sent and patch.title is not None and patch.title != task.title:
        task.title = patch.title
        by_hand = True
    if "snoozed_until" in sent:
        task.snoozed_until = patch.snoozed_until
    reached: set[uuid.UUID] = set()
    status_changed = status != task.status
    if status_changed:
        reached = await _set_status(session, task, status, now)
        by_hand = True
    if "skip_reason" in sent and task.status == SKIPPED and patch.skip_reason != task.skip_reason:
        task.skip_reason = patch.skip_reason
        by_hand = True
    if by_hand:
        task.user_modified_at = now
    await session.flush()
    if status_changed:
        await _replan_after_closing(session, user, task, reached)
    return view


async def complete_task(
    session: AsyncSession, user: User, task: FollowUpTask, *, at: datetime | None = None
) -> None:
    """Mark `task` done as the user's own doing (a note sent, a reflection saved).

    The person it is addressed to counts as contacted at `at` (default now), and the
    playbook plans what follows, such as the next periodic update.
    """
    if task.status == DONE:
        return
    reached = await _set_status(session, task, DONE, at or utcnow())
    task.user_modified_at = utcnow()
    await session.flush()
    await _replan_after_closing(session, user, task, reached)


async def _replan_after_closing(
    session: AsyncSession, user: User, task: FollowUpTask, reached: set[uuid.UUID]
) -> None:
    if reached:
        # A contact resets the keep-in-touch clock of every interview they were part of.
        await reconcile.replan_for_contacts(session, user, reached)
    if task.rule_key is not None and task.interview_id is not None:
        # A recurring rule plans its next occurrence once this one is closed (or reopened).
        await reconcile.replan_interviews(session, user, [task.interview_id])


async def _set_status(
    session: AsyncSession, task: FollowUpTask, status: str, now: datetime
) -> set[uuid.UUID]:
    """Apply a status the user chose; return the contacts reached by completing it."""
    task.status = status
    task.skip_reason = None
    if status == OPEN:
        task.completed_at = task.closed_at = None
        return set()
    task.closed_at = now
    if status == SKIPPED:
        task.completed_at = None
        return set()
    task.completed_at = now
    return await _mark_contacted(session, task, now)


async def _mark_contacted(
    session: AsyncSession, task: FollowUpTask, when: datetime
) -> set[uuid.UUID]:
    if task.contact_id is None or TaskKind(task.kind) not in CONTACT_FACING_KINDS:
        return set()
    contact = await session.get(Contact, task.contact_id)
    if contact is None:
        return set()
    if contact.last_contacted_at is None or contact.last_contacted_at < when:
        contact.last_contacted_at = when
        return {contact.id}
    return set()


async def complete_open_tasks(
    session: AsyncSession, user: User, interview: Interview, kind: TaskKind
) -> None:
    """Mark the interview's open tasks of `kind` done, as the user's own doing."""
    result = await session.execute(
        select(FollowUpTask).where(
            FollowUpTask.user_id == user.id,
            FollowUpTask.interview_id == interview.id,
            FollowUpTask.kind == str(kind),
            FollowUpTask.status == OPEN,
        )
    )
    for task in list(result.scalars()):
        await complete_task(session, user, task)


async def delete_task(session: AsyncSession, task: FollowUpTask) -> None:
    if task.rule_key is not None:
        raise Conflict(
            "The playbook planned this task and would plan it again: skip it instead "
            "(PATCH with status 'skipped')."
        )
    await session.delete(task)
    await session.flush()

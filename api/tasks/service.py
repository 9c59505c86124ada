"""Follow-up tasks and the agenda. Services flush; the request commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.contacts.models import Contact
from api.db import Database, utcnow
from api.errors import Conflict, FieldError, NotFound, ValidationFailed
from api.interviews.models import Interview, Interviewer
from api.pagination import CursorCodec, binding_for, time_and_id
from api.playbook import reconcile
from api.playbook.guidance import GUIDANCE, TaskKind, task_title
from api.playbook.worktime import localize
from api.tasks import queries, read_model
from api.tasks.models import DONE, OPEN, SKIPPED, FollowUpTask
from api.tasks.schemas import AgendaParams, TaskCreate, TaskListParams, TaskRead, TaskUpdate

# Completing one of these means the user was in touch with the person it is addressed to.
CONTACT_FACING_KINDS = frozenset(TaskKind) - {TaskKind.REFLECTION, TaskKind.NETWORKING_EVENT}

ModelT = TypeVar("ModelT", Interview, Interviewer, Contact)


@dataclass
class TaskView:
    """A task (an ORM entity, for writes) with the names a client shows beside it."""

    task: FollowUpTask
    company: str | None = None
    position: str | None = None
    interviewer_name: str | None = None
    contact_name: str | None = None

    def values(self) -> tuple[Any, ...]:
        return read_model.values_of(
            self.task, self.company, self.position, self.interviewer_name, self.contact_name
        )


def _entity_query() -> Select[Any]:
    return read_model.with_names(select(FollowUpTask))


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


def to_read(view: TaskView, now: datetime) -> TaskRead:
    return read_model.to_read(view.values(), now)


def document(view: TaskView, now: datetime) -> dict[str, Any]:
    return read_model.document(view.values(), now)


async def get_task(session: AsyncSession, user_id: uuid.UUID, task_id: uuid.UUID) -> TaskView:
    """The caller's task, to change it; another user's id is simply missing."""
    rows = (
        await session.execute(
            _entity_query().where(FollowUpTask.id == task_id, FollowUpTask.user_id == user_id)
        )
    ).all()
    if not rows:
        raise NotFound("No task with this id.")
    return _views(rows)[0]


async def read_task(
    db: Database, user_id: uuid.UUID, task_id: uuid.UUID, now: datetime
) -> dict[str, Any]:
    """The caller's task as shown, read without a session."""
    row = await queries.task_by_id(db, user_id, task_id)
    if row is None:
        raise NotFound("No task with this id.")
    return read_model.document(row, now)


async def open_tasks_for_contact(
    session: AsyncSession, user_id: uuid.UUID, contact_id: uuid.UUID, *, limit: int
) -> list[TaskView]:
    rows = (
        await session.execute(
            _entity_query()
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
    items: list[dict[str, Any]]  # task documents (read_model.document)
    next_cursor: str | None


async def list_tasks(
    db: Database,
    codec: CursorCodec,
    user_id: uuid.UUID,
    params: TaskListParams,
    now: datetime,
) -> TaskPage:
    """One statement: a page of tasks in due order, with the names to show beside them."""
    filters = params.model_dump(exclude={"sort", "limit", "cursor"})
    binding = binding_for(user_id, params.sort, filters)
    values: dict[str, Any] = {
        name: str(value) if name == "kind" else value
        for name, value in filters.items()
        if value is not None and name != "overdue"
    }
    values.update(user_id=user_id, limit=params.limit + 1, now=now)
    if params.cursor is not None:
        values["after_due_at"], values["after_id"] = time_and_id(
            codec.decode(params.cursor, binding)
        )
    statement = queries.task_page(
        frozenset(values), overdue=params.overdue, descending=params.sort.startswith("-")
    )
    rows = await db.read(statement, values)
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        last = rows[-1]
        next_cursor = codec.encode([last[_DUE_AT], last[_ID]], binding)
    return TaskPage(items=[read_model.document(row, now) for row in rows], next_cursor=next_cursor)


_ID, _DUE_AT = read_model.TASK_FIELDS.index("id"), read_model.TASK_FIELDS.index("due_at")


# The agenda


async def agenda(
    db: Database, user_id: uuid.UUID, timezone: str, params: AgendaParams, now: datetime
) -> dict[str, Any]:
    """Open, unsnoozed tasks by group in the user's time zone, as Agenda shows them."""
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    window = queries.AgendaWindow(
        now=now,
        end_of_today=localize(datetime.combine(today + timedelta(days=1), time()), zone),
        horizon=localize(datetime.combine(today + timedelta(days=params.days + 1), time()), zone),
    )
    found = await queries.agenda(db, user_id, window, params.limit)
    groups: list[list[dict[str, Any]]] = [[], [], []]
    for row in found.rows:
        groups[row[queries.AGENDA_GROUP]].append(read_model.document(row, now))
    overdue, today_total, upcoming = found.totals
    return {
        "overdue": groups[queries.OVERDUE],
        "today": groups[queries.TODAY],
        "upcoming": groups[queries.UPCOMING],
        "totals": {"overdue": overdue, "today": today_total, "upcoming": upcoming},
    }


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

"""Task events for webhooks, from every path that changes a task.

Tasks change in many places (the playbook, the tasks API, a draft marked sent), so the
events are taken from the session itself just before it flushes: a new task is
`task.created`, one that became done is `task.completed`, any other change a user would
notice is `task.updated`. The events join the same flush, hence the same transaction.
`task.due` is announced by the worker once the due time passes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session

from api.db import Database, open_session, utcnow
from api.tasks.models import DONE, OPEN, FollowUpTask
from api.webhooks.outbox import EventType, emit_sync

# Fields whose change is news to an integrator (bookkeeping columns are not).
_WATCHED = (
    "status",
    "title",
    "due_at",
    "deadline_at",
    "snoozed_until",
    "skip_reason",
    "kind",
    "interviewer_id",
    "contact_id",
    "draft_id",
    "interview_id",
)
DUE_BATCH = 500


def task_data(task: FollowUpTask) -> dict[str, Any]:
    return {
        "id": task.id,
        "kind": task.kind,
        "title": task.title,
        "status": task.status,
        "due_at": task.due_at,
        "deadline_at": task.deadline_at,
        "interview_id": task.interview_id,
        "interviewer_id": task.interviewer_id,
        "contact_id": task.contact_id,
        "origin": task.origin,
    }


def _changed(task: FollowUpTask, name: str) -> bool:
    return bool(inspect(task).attrs[name].history.has_changes())


@event.listens_for(Session, "before_flush")
def _task_events(session: Session, _context: Any, _instances: Any) -> None:
    for obj in list(session.new):
        if isinstance(obj, FollowUpTask):
            emit_sync(session, obj.user_id, EventType.TASK_CREATED, task_data(obj))
    for obj in list(session.dirty):
        if not isinstance(obj, FollowUpTask) or not session.is_modified(obj):
            continue
        changed = [name for name in _WATCHED if _changed(obj, name)]
        if not changed:
            continue
        if "due_at" in changed:
            obj.due_notified_at = None
        completed = "status" in changed and obj.status == DONE
        kind = EventType.TASK_COMPLETED if completed else EventType.TASK_UPDATED
        emit_sync(session, obj.user_id, kind, task_data(obj))


async def announce_due_tasks(db: Database) -> int:
    """Emit `task.due` once for each open task whose due time has passed."""
    now = utcnow()
    async with open_session(db, write=True) as session:
        tasks = (
            await session.scalars(
                select(FollowUpTask)
                .where(
                    FollowUpTask.status == OPEN,
                    FollowUpTask.due_notified_at.is_(None),
                    FollowUpTask.due_at <= now,
                )
                .order_by(FollowUpTask.due_at)
                .limit(DUE_BATCH)
                .with_for_update(skip_locked=True)
            )
        ).all()
        for task in tasks:
            emit_sync(session.sync_session, task.user_id, EventType.TASK_DUE, task_data(task))
        if tasks:
            await session.execute(
                update(FollowUpTask)
                .where(FollowUpTask.id.in_([task.id for task in tasks]))
                .values(due_notified_at=now)
                .execution_options(synchronize_session=False)
            )
        await session.commit()
        return len(tasks)

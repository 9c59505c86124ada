"""How a task is shown: one builder from plain column values, for every path.

Lists, the agenda and single reads build the response straight from Core rows (no ORM
entities, no pydantic model per task) and encode it once; writes pass their ORM task
through the same builder, so every answer about a task says the same thing in the same
bytes, and its ETag (a digest of those bytes) matches whichever route produced it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import ColumnElement, Select, func, select, type_coerce
from sqlalchemy.orm import aliased

from api.contacts.models import Contact
from api.db import UUIDText
from api.interviews.models import Interview, Interviewer
from api.tasks.models import MANUAL_ORIGIN, OPEN, FollowUpTask
from api.tasks.schemas import TaskRead

_InterviewerName = aliased(Interviewer, name="task_interviewer")
_ContactName = aliased(Contact, name="task_contact")

# The task's own columns that its representation shows, in the order of TaskRead.
TASK_FIELDS = (
    "id",
    "kind",
    "title",
    "guidance",
    "interview_id",
    "interviewer_id",
    "contact_id",
    "due_at",
    "deadline_at",
    "status",
    "snoozed_until",
    "rule_key",
    "completed_at",
    "skip_reason",
    "draft_id",
    "created_at",
    "updated_at",
)
_IDS = frozenset({"id", "interview_id", "interviewer_id", "contact_id", "draft_id"})
# Ids are read as text: a response only passes them on.
TASK_COLUMNS: tuple[ColumnElement[Any], ...] = tuple(
    type_coerce(FollowUpTask.__table__.c[name], UUIDText()).label(name)
    if name in _IDS
    else FollowUpTask.__table__.c[name]
    for name in TASK_FIELDS
)
NAME_COLUMNS: tuple[ColumnElement[Any], ...] = (
    Interview.company.label("company"),
    Interview.position.label("position"),
    _InterviewerName.name.label("interviewer_name"),
    _ContactName.name.label("contact_name"),
)
NAMES = ("company", "position", "interviewer_name", "contact_name")


def with_names(query: Select[Any], task: Any = FollowUpTask) -> Select[Any]:
    """`query` (over `task`: the table or a subquery of its columns) and the names a
    client shows beside each task."""
    return (
        query.add_columns(*NAME_COLUMNS)
        .outerjoin(Interview, Interview.id == task.interview_id)
        .outerjoin(_InterviewerName, _InterviewerName.id == task.interviewer_id)
        .outerjoin(_ContactName, _ContactName.id == task.contact_id)
    )


def task_rows() -> Select[Any]:
    """Every column a task's representation needs, names included."""
    return with_names(select(*TASK_COLUMNS))


def is_overdue(status: str, due_at: datetime, deadline_at: datetime | None, now: datetime) -> bool:
    return status == OPEN and now > (deadline_at or due_at)


def overdue_clause(now: datetime | ColumnElement[datetime]) -> ColumnElement[bool]:
    return (FollowUpTask.status == OPEN) & (
        func.coalesce(FollowUpTask.deadline_at, FollowUpTask.due_at) < now
    )


def document(values: Mapping[Any, Any], now: datetime) -> dict[str, Any]:
    """The task as TaskRead shows it, from its columns and names (a row's mapping)."""
    interview_id = values["interview_id"]
    company, position = values["company"], values["position"]
    return {
        "id": values["id"],
        "kind": values["kind"],
        "title": values["title"],
        "guidance": values["guidance"],
        "interview_id": interview_id,
        "interviewer_id": values["interviewer_id"],
        "contact_id": values["contact_id"],
        "due_at": values["due_at"],
        "deadline_at": values["deadline_at"],
        "status": values["status"],
        "snoozed_until": values["snoozed_until"],
        "origin": values["rule_key"] or MANUAL_ORIGIN,
        "completed_at": values["completed_at"],
        "skip_reason": values["skip_reason"],
        "draft_id": values["draft_id"],
        "is_overdue": is_overdue(values["status"], values["due_at"], values["deadline_at"], now),
        "interview": {"id": interview_id, "company": company, "position": position}
        if interview_id is not None and company is not None and position is not None
        else None,
        "interviewer": _person(values["interviewer_id"], values["interviewer_name"]),
        "contact": _person(values["contact_id"], values["contact_name"]),
        "created_at": values["created_at"],
        "updated_at": values["updated_at"],
    }


def _person(person_id: uuid.UUID | None, name: str | None) -> dict[str, Any] | None:
    if person_id is None or name is None:
        return None
    return {"id": person_id, "name": name}


def values_of(task: FollowUpTask, names: Mapping[str, str | None]) -> dict[str, Any]:
    """An ORM task and its names as the plain values `document` reads."""
    values = {name: getattr(task, name) for name in TASK_FIELDS}
    return {**values, **{name: names.get(name) for name in NAMES}}


def encode(content: object) -> bytes:
    """JSON exactly as the response models would serialize it (UUIDs, RFC 3339 times)."""
    return to_json(content)


def to_read(values: Mapping[Any, Any], now: datetime) -> TaskRead:
    return TaskRead.model_validate(document(values, now))

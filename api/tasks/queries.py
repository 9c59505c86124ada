"""The task reads that clients repeat most, as Core statements for `Database.read`.

Each is built once with bound parameters and read by position (see api/readers.py).
"""

from __future__ import annotations

import functools
import operator
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    Uuid,
    and_,
    bindparam,
    case,
    func,
    literal,
    not_,
    or_,
    select,
    tuple_,
    union_all,
)

from api.db import Database, UTCDateTime
from api.readers import Row, Rows
from api.tasks.models import OPEN, FollowUpTask
from api.tasks.read_model import (
    ROW_WIDTH,
    TASK_FIELDS,
    overdue_clause,
    task_rows,
)

# Statements are built once, with bound parameters: building one costs more than
# running it.
_TASK_BY_ID = task_rows().where(
    FollowUpTask.id == bindparam("task_id"), FollowUpTask.user_id == bindparam("user_id")
)


async def task_by_id(db: Database, user_id: uuid.UUID, task_id: uuid.UUID) -> Row | None:
    """The caller's task; another user's id is simply missing."""
    rows = await db.read(_TASK_BY_ID, {"task_id": task_id, "user_id": user_id})
    return rows[0] if rows else None


@functools.cache
def task_page(filters: frozenset[str], *, overdue: bool | None, descending: bool) -> Select[Any]:
    """The task list's page statement for a set of filters (built once per set).

    `filters` names the bound parameters a request sends: `status`, `kind`,
    `interview_id`, `contact_id`, `due_after`, `due_before`, and `after_due_at` with
    `after_id` for a cursor; `user_id`, `limit` and `now` are always bound.
    """
    query = task_rows().where(FollowUpTask.user_id == bindparam("user_id"))
    equal = {
        "status": FollowUpTask.status,
        "kind": FollowUpTask.kind,
        "interview_id": FollowUpTask.interview_id,
        "contact_id": FollowUpTask.contact_id,
    }
    for name, column in equal.items():
        if name in filters:
            query = query.where(column == bindparam(name))
    if "due_after" in filters:
        query = query.where(FollowUpTask.due_at >= bindparam("due_after"))
    if "due_before" in filters:
        query = query.where(FollowUpTask.due_at < bindparam("due_before"))
    if overdue is not None:
        late = overdue_clause(bindparam("now", type_=UTCDateTime()))
        query = query.where(late if overdue else not_(late))
    key = (FollowUpTask.due_at, FollowUpTask.id)
    if "after_id" in filters:
        row_key = tuple_(*key)
        after = tuple_(
            bindparam("after_due_at", type_=UTCDateTime()), bindparam("after_id", type_=Uuid())
        )
        query = query.where(row_key < after if descending else row_key > after)
    order = [column.desc() for column in key] if descending else list(key)
    return query.order_by(*order).limit(bindparam("limit"))


# The agenda


@dataclass(frozen=True)
class AgendaWindow:
    """The agenda's boundaries, in UTC: now, the end of the user's today, and the end of
    the last day `upcoming` covers."""

    now: datetime
    end_of_today: datetime
    horizon: datetime


OVERDUE, TODAY, UPCOMING = 0, 1, 2


@dataclass(frozen=True)
class AgendaRows:
    rows: Rows  # each ending with its group (AGENDA_GROUP), at most `limit` per group
    totals: tuple[int, int, int]


def _agenda_statements() -> tuple[Select[Any], CompoundSelect[Any]]:
    """The totals and the rows, bound to `user_id`, `now`, `end_of_today`, `horizon` and
    `limit` (built once)."""
    now = bindparam("now", type_=UTCDateTime())
    due_by = func.coalesce(FollowUpTask.deadline_at, FollowUpTask.due_at)
    showing = (
        FollowUpTask.user_id == bindparam("user_id", type_=Uuid()),
        FollowUpTask.status == OPEN,
        or_(FollowUpTask.snoozed_until.is_(None), FollowUpTask.snoozed_until <= now),
    )
    end_of_today = bindparam("end_of_today", type_=UTCDateTime())
    horizon = bindparam("horizon", type_=UTCDateTime())
    # A deadline is never before its due time: an overdue task is due before now, and a
    # task due after today cannot be overdue yet.
    groups = {
        OVERDUE: (FollowUpTask.due_at < now, due_by < now),
        TODAY: (FollowUpTask.due_at < end_of_today, due_by >= now),
        UPCOMING: (FollowUpTask.due_at >= end_of_today, FollowUpTask.due_at < horizon),
    }
    # Each group reads like the task list: the index in due order, names joined row by
    # row, stopped at the limit. (Joined after a union instead, PostgreSQL hashed every
    # interview, interviewer and contact of the user to name 150 tasks.)
    firsts = [
        task_rows()
        .add_columns(literal(group).label("agenda_group"))
        .where(*showing, *conditions)
        .order_by(FollowUpTask.due_at, FollowUpTask.id)
        .limit(bindparam("limit"))
        .subquery(f"agenda_{group}")
        .select()
        for group, conditions in groups.items()
    ]
    # The task's values, its names, then its group: the row read_model.document reads.
    rows = union_all(*firsts)
    counts: list[ColumnElement[Any]] = [
        func.count(case((and_(*conditions), 1))) for conditions in groups.values()
    ]
    totals = select(*counts).where(*showing, FollowUpTask.due_at < horizon)
    return totals, rows


_AGENDA_TOTALS, _AGENDA_ROWS = _agenda_statements()
# Group, due time, id: the agenda's order (the rows come as the task's values, its
# names, then its group).
AGENDA_GROUP = ROW_WIDTH
_AGENDA_ORDER = operator.itemgetter(AGENDA_GROUP, TASK_FIELDS.index("due_at"), 0)


async def agenda(db: Database, user_id: uuid.UUID, window: AgendaWindow, limit: int) -> AgendaRows:
    """Two statements whatever the backlog: the groups' totals, then each group's first
    `limit` tasks read in due order from the user's open-tasks index (no sort)."""
    parameters = {
        "user_id": user_id,
        "now": window.now,
        "end_of_today": window.end_of_today,
        "horizon": window.horizon,
        "limit": limit,
    }
    totals, rows = await db.read_together((_AGENDA_TOTALS, parameters), (_AGENDA_ROWS, parameters))
    overdue, today, upcoming = (int(total) for total in totals[0])
    return AgendaRows(rows=sorted(rows, key=_AGENDA_ORDER), totals=(overdue, today, upcoming))

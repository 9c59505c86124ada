"""Interviews: the facts a user records. Services flush; the request commits."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.auth.models import User
from api.contacts.service import link_interviewers
from api.db import contains_pattern, utcnow
from api.errors import Conflict, FieldError, NotFound, ValidationFailed
from api.interviews.models import Interview, Interviewer
from api.interviews.schemas import (
    InterviewCreate,
    InterviewerCreate,
    InterviewerPatch,
    InterviewerRead,
    InterviewListParams,
    InterviewRead,
    InterviewUpdate,
    NextStepsRead,
)
from api.pagination import CursorCodec, binding_for, time_and_id
from api.playbook import reconcile
from api.webhooks import outbox
from api.webhooks.outbox import EventType

DECIDED_OUTCOMES = frozenset({"advanced", "offer", "rejected", "withdrawn"})

_INTERVIEW_COLUMNS = tuple(Interview.__table__.c)
_INTERVIEWER_COLUMNS = tuple(Interviewer.__table__.c)

_SORTS: dict[str, tuple[str, bool]] = {
    # sort -> (column, descending)
    "-scheduled_at": ("scheduled_at", True),
    "scheduled_at": ("scheduled_at", False),
    "-created_at": ("created_at", True),
}


async def get_interview(
    session: AsyncSession, user_id: uuid.UUID, interview_id: uuid.UUID
) -> Interview:
    """The caller's interview with its interviewers; another user's id is simply missing."""
    result = await session.execute(
        select(Interview)
        .where(Interview.id == interview_id, Interview.user_id == user_id)
        .options(selectinload(Interview.interviewers))
    )
    interview = result.scalar_one_or_none()
    if interview is None:
        raise NotFound("No interview with this id.")
    return interview


async def create_interview(session: AsyncSession, user: User, body: InterviewCreate) -> Interview:
    fields = body.model_dump(exclude={"interviewers", "next_steps", "timezone"})
    interview = Interview(
        user_id=user.id,
        timezone=body.timezone or user.timezone,
        interviewers=[
            _new_interviewer(user.id, position, item)
            for position, item in enumerate(body.interviewers)
        ],
        **fields,
    )
    _apply_next_steps(interview, body.next_steps)
    if interview.outcome in DECIDED_OUTCOMES:
        interview.outcome_decided_at = utcnow()
    await _ensure_external_id_free(session, interview)
    try:
        session.add(interview)
        await link_interviewers(session, interview)
        await session.flush()
    except IntegrityError as exc:
        # Lost a race with a concurrent request for the same (source, external_id).
        if "external" not in str(exc.orig):
            raise
        raise _duplicate(interview) from None
    await reconcile.reconcile_interview(session, interview)
    outbox.emit(session, interview.user_id, EventType.INTERVIEW_CREATED, event_data(interview))
    return interview


class DuplicateExternalId(Conflict):
    code = "duplicate_external_id"
    title = "Duplicate external id"


async def _ensure_external_id_free(session: AsyncSession, interview: Interview) -> None:
    """(user, source, external_id) is unique: say so rather than trip on the constraint."""
    if interview.source is None or interview.external_id is None:
        return
    query = select(Interview.id).where(
        Interview.user_id == interview.user_id,
        Interview.source == interview.source,
        Interview.external_id == interview.external_id,
    )
    if interview.id is not None:
        query = query.where(Interview.id != interview.id)
    with session.no_autoflush:
        taken = await session.scalar(query)
    if taken is not None:
        raise _duplicate(interview)


def _duplicate(interview: Interview) -> DuplicateExternalId:
    return DuplicateExternalId(
        f"You already have an interview from '{interview.source}' with external id "
        f"'{interview.external_id}'; PUT /v1/interviews/by-external-id/... replaces it.",
        errors=[FieldError(pointer="/body/external_id", detail="Already in use.")],
    )


async def update_interview(
    session: AsyncSession, interview: Interview, patch: InterviewUpdate
) -> Interview:
    changes = patch.model_dump(exclude_unset=True, exclude={"interviewers", "next_steps"})
    if "outcome" in changes and changes["outcome"] != interview.outcome:
        interview.outcome_decided_at = utcnow() if changes["outcome"] in DECIDED_OUTCOMES else None
    for field, value in changes.items():
        setattr(interview, field, value)
    if "next_steps" in patch.model_fields_set:
        _apply_next_steps(interview, patch.next_steps, merge=True)
    if patch.interviewers is not None:
        _replace_interviewers(interview, patch.interviewers)
    interview.updated_at = utcnow()
    await _ensure_external_id_free(session, interview)
    await link_interviewers(session, interview)
    await session.flush()
    await reconcile.reconcile_interview(session, interview)
    outbox.emit(session, interview.user_id, EventType.INTERVIEW_UPDATED, event_data(interview))
    return interview


async def delete_interview(session: AsyncSession, interview: Interview) -> None:
    await reconcile.forget_interview(session, interview)
    outbox.emit(session, interview.user_id, EventType.INTERVIEW_DELETED, {"id": interview.id})
    await session.delete(interview)
    await session.flush()


def event_data(interview: Interview) -> dict[str, object]:
    """Thin webhook payloads: enough to decide whether to fetch the interview."""
    return {
        "id": interview.id,
        "company": interview.company,
        "position": interview.position,
        "scheduled_at": interview.scheduled_at,
        "status": interview.status,
        "outcome": interview.outcome,
        "source": interview.source,
        "external_id": interview.external_id,
    }


def _new_interviewer(user_id: uuid.UUID, position: int, item: InterviewerCreate) -> Interviewer:
    return Interviewer(user_id=user_id, position=position, **item.model_dump())


def _apply_next_steps(interview: Interview, steps: Any, *, merge: bool = False) -> None:
    if steps is None:
        interview.next_steps_description = None
        interview.next_steps_expected_by = None
        return
    sent = steps.model_dump(exclude_unset=True) if merge else steps.model_dump()
    if "description" in sent:
        interview.next_steps_description = sent["description"]
    if "expected_by" in sent:
        interview.next_steps_expected_by = sent["expected_by"]


def _replace_interviewers(interview: Interview, items: Sequence[InterviewerPatch]) -> None:
    """The sent list becomes the list; ids that are kept keep their rows (and their tasks)."""
    existing = {person.id: person for person in interview.interviewers}
    kept: list[Interviewer] = []
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        fields = item.model_dump(exclude_unset=True, exclude={"id"})
        if item.id is not None:
            person = existing.pop(item.id, None)
            if person is None:
                errors.append(
                    FieldError(
                        pointer=f"/body/interviewers/{index}/id",
                        detail="No interviewer with this id on this interview; "
                        "leave out the id to add a new one.",
                    )
                )
                continue
            for field, value in fields.items():
                setattr(person, field, value)
        else:
            if "name" not in fields:
                errors.append(
                    FieldError(
                        pointer=f"/body/interviewers/{index}/name",
                        detail="A new interviewer needs a name.",
                    )
                )
                continue
            person = Interviewer(
                user_id=interview.user_id, **InterviewerCreate(**fields).model_dump()
            )
        person.position = index
        kept.append(person)
    if errors:
        raise ValidationFailed("Some interviewers are not valid.", errors=errors)
    interview.interviewers = kept


def to_read(interview: Interview) -> InterviewRead:
    record = {column.name: getattr(interview, column.key) for column in _INTERVIEW_COLUMNS}
    record["interviewers"] = [
        {column.name: getattr(person, column.key) for column in _INTERVIEWER_COLUMNS}
        for person in interview.interviewers
    ]
    return _record_read(record)


def _next_steps_read(description: str | None, expected_by: Any) -> NextStepsRead | None:
    if description is None and expected_by is None:
        return None
    return NextStepsRead(description=description, expected_by=expected_by)


@dataclass(frozen=True)
class InterviewPage:
    items: list[InterviewRead]
    next_cursor: str | None


async def list_interviews(
    session: AsyncSession, codec: CursorCodec, user_id: uuid.UUID, params: InterviewListParams
) -> InterviewPage:
    """One statement: the page of interviews joined to their interviewers."""
    column_name, descending = _SORTS[params.sort]
    filters = params.model_dump(exclude={"sort", "limit", "cursor"})
    binding = binding_for(user_id, params.sort, filters)
    sort_column = getattr(Interview, column_name)

    page_query = _filtered(select(Interview), user_id, params)
    if params.cursor is not None:
        after = tuple_(*time_and_id(codec.decode(params.cursor, binding)))
        key = tuple_(sort_column, Interview.id)
        page_query = page_query.where(key < after if descending else key > after)
    order = (sort_column.desc(), Interview.id.desc()) if descending else (sort_column, Interview.id)
    page = page_query.order_by(*order).limit(params.limit + 1).subquery("page")

    statement = (
        select(page, *_INTERVIEWER_COLUMNS)
        .outerjoin(Interviewer, Interviewer.interview_id == page.c.id)
        .order_by(
            page.c[column_name].desc() if descending else page.c[column_name],
            page.c.id.desc() if descending else page.c.id,
            Interviewer.position,
        )
    )
    rows = (await session.execute(statement)).all()
    return _assemble_page(rows, page, params.limit, codec, binding, column_name)


def _filtered(query: Select[Any], user_id: uuid.UUID, params: InterviewListParams) -> Select[Any]:
    query = query.where(Interview.user_id == user_id)
    if params.status is not None:
        query = query.where(Interview.status == params.status)
    if params.outcome is not None:
        query = query.where(Interview.outcome == params.outcome)
    if params.company is not None:
        query = query.where(func.lower(Interview.company) == params.company.lower())
    if params.scheduled_after is not None:
        query = query.where(Interview.scheduled_at >= params.scheduled_after)
    if params.scheduled_before is not None:
        query = query.where(Interview.scheduled_at < params.scheduled_before)
    if params.q is not None:
        pattern = contains_pattern(params.q)
        query = query.where(
            or_(
                func.lower(Interview.company).like(pattern, escape="\\"),
                func.lower(Interview.position).like(pattern, escape="\\"),
                exists().where(
                    and_(
                        Interviewer.interview_id == Interview.id,
                        func.lower(Interviewer.name).like(pattern, escape="\\"),
                    )
                ),
            )
        )
    return query


def _assemble_page(
    rows: Sequence[Any],
    page: Any,
    limit: int,
    codec: CursorCodec,
    binding: str,
    sort_column: str,
) -> InterviewPage:
    interview_columns = [column.name for column in page.c]
    interviewer_columns = [column.name for column in _INTERVIEWER_COLUMNS]
    split = len(interview_columns)
    ordered: dict[uuid.UUID, dict[str, Any]] = {}
    for row in rows:
        values = tuple(row)
        interview = dict(zip(interview_columns, values[:split], strict=True))
        record = ordered.setdefault(interview["id"], {**interview, "interviewers": []})
        person = dict(zip(interviewer_columns, values[split:], strict=True))
        if person["id"] is not None:
            record["interviewers"].append(person)
    records = list(ordered.values())
    has_more = len(records) > limit
    records = records[:limit]
    next_cursor = None
    if has_more:
        last = records[-1]
        next_cursor = codec.encode([last[sort_column], last["id"]], binding)
    return InterviewPage(
        items=[_record_read(record) for record in records], next_cursor=next_cursor
    )


def _record_read(record: dict[str, Any]) -> InterviewRead:
    return InterviewRead.model_validate(
        {
            **record,
            "next_steps": _next_steps_read(
                record["next_steps_description"], record["next_steps_expected_by"]
            ),
            "interviewers": [InterviewerRead.model_validate(p) for p in record["interviewers"]],
        }
    )

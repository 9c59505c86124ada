"""Calendars: invitations in (.ics → interview)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import InterviewWriter
from api.calendar import service
from api.calendar.invites import MAX_INVITE_BYTES, InviteRejected, read_invite
from api.db import SessionDep
from api.errors import FieldError, UnsupportedMediaType, ValidationFailed, problem_responses
from api.etags import set_etag
from api.interviews import service as interviews
from api.interviews.schemas import InterviewRead

router = APIRouter(prefix="/v1", tags=["calendar"], responses=problem_responses(401, 403, 422))

_ICS_TYPES = frozenset({"text/calendar", "application/ics", "application/octet-stream"})


@router.post(
    "/interviews/import-ics",
    responses={
        **problem_responses(409, 415),
        201: {"model": InterviewRead, "description": "Created"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": f"An iCalendar invitation (at most {MAX_INVITE_BYTES // 1024} KB).",
            "content": {"text/calendar": {"schema": {"type": "string"}}},
        }
    },
)
async def import_interview_invite(
    principal: InterviewWriter,
    request: Request,
    response: Response,
    session: SessionDep,
    company: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    position: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
) -> InterviewRead:
    """Turn a calendar invitation into an interview (201), or update the one it made (200).

    Time, time zone, length, location or meeting link, and the organizer and attendees
    (without you) as interviewers. The company and role come from the title
    ("Interview: Platform Engineer at Acme"), else pass `company` and `position`.
    """
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type not in _ICS_TYPES:
        raise UnsupportedMediaType("Send the invitation as text/calendar.")
    raw = await request.body()
    try:
        invite = read_invite(raw)
    except InviteRejected as exc:
        raise ValidationFailed(
            str(exc), errors=[FieldError(pointer="/body", detail=str(exc))]
        ) from None
    result = await service.import_invite(
        session, request, principal.user, invite, company=company, position=position
    )
    if result.created:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"/v1/interviews/{result.interview.id}"
    set_etag(response, result.interview)
    return interviews.to_read(result.interview)

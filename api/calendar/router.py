"""Calendars: invitations in (.ics → interview) and a subscribable feed out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Query, Request, Response, status
from pydantic import BaseModel, Field

from api.auth.dependencies import CurrentUser, InterviewWriter, ProfileReader, ProfileWriter
from api.calendar import feed_secret, service
from api.calendar.feed import build_feed
from api.calendar.invites import MAX_INVITE_BYTES, InviteRejected, read_invite
from api.db import SessionDep
from api.errors import FieldError, UnsupportedMediaType, ValidationFailed, problem_responses
from api.etags import set_etag
from api.interviews import service as interviews
from api.interviews.schemas import InterviewRead
from api.validation import SOME_TEXT

router = APIRouter(prefix="/v1", tags=["calendar"], responses=problem_responses(401, 403, 422))

_ICS_TYPES = frozenset({"text/calendar", "application/ics", "application/octet-stream"})
# A custom string format for the request body: an RFC 5545 calendar with an event in it.
ICALENDAR_FORMAT = "icalendar-invitation"


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
            "content": {
                "text/calendar": {
                    "schema": {"type": "string", "format": ICALENDAR_FORMAT, "minLength": 1}
                }
            },
        }
    },
)
async def import_interview_invite(
    principal: InterviewWriter,
    user: CurrentUser,
    request: Request,
    response: Response,
    session: SessionDep,
    company: Annotated[str | None, Query(min_length=1, max_length=200, pattern=SOME_TEXT)] = None,
    position: Annotated[str | None, Query(min_length=1, max_length=200, pattern=SOME_TEXT)] = None,
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
        # Parsing a file of up to 256 KB is CPU work: on a worker thread, not the event loop.
        invite = await to_thread.run_sync(read_invite, raw)
    except InviteRejected as exc:
        raise ValidationFailed(
            str(exc), errors=[FieldError(pointer="/body", detail=str(exc))]
        ) from None
    result = await service.import_invite(
        session, request, user, invite, company=company, position=position
    )
    if result.created:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"/v1/interviews/{result.interview.id}"
    set_etag(response, result.interview)
    return interviews.to_read(result.interview)


class CalendarFeedStatus(BaseModel):
    enabled: bool
    created_at: datetime | None = Field(description="When the current address was made.")


class CalendarFeedAddress(BaseModel):
    url: str = Field(description="Subscribe to this in any calendar app. Shown only here.")
    created_at: datetime


@router.get("/calendar", responses=problem_responses(401, 403))
async def get_calendar_feed(principal: ProfileReader, user: CurrentUser) -> CalendarFeedStatus:
    """Whether your calendar feed exists (its address is shown only when made)."""
    return CalendarFeedStatus(
        enabled=user.calendar_secret_hash is not None, created_at=user.calendar_secret_created_at
    )


@router.post("/calendar/rotate", responses=problem_responses(401, 403))
async def rotate_calendar_feed(
    principal: ProfileWriter, user: CurrentUser, request: Request, session: SessionDep
) -> CalendarFeedAddress:
    """Make a new secret address for the feed; any previous address stops working (404)."""
    secret = await feed_secret.rotate(session, user)
    url = str(request.url_for("get_calendar_ics", secret=secret))
    created_at = user.calendar_secret_created_at
    assert created_at is not None
    return CalendarFeedAddress(url=url, created_at=created_at)


@router.delete(
    "/calendar", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(401, 403)
)
async def delete_calendar_feed(
    principal: ProfileWriter, user: CurrentUser, session: SessionDep
) -> None:
    """Turn the feed off: its address answers 404."""
    await feed_secret.disable(session, user)


@router.get(
    "/calendar/{secret}.ics",
    response_class=Response,
    responses={
        200: {"content": {"text/calendar": {"schema": {"type": "string"}}}},
        **problem_responses(404),
    },
)
async def get_calendar_ics(secret: str, request: Request, session: SessionDep) -> Response:
    """The feed itself (RFC 5545): your open follow-up tasks, with reminders, and your
    upcoming interviews. The secret address is the only credential; no token is needed."""
    user_id = await feed_secret.owner_of(session, secret)
    base_url = str(request.base_url).rstrip("/")
    feed = await build_feed(session, user_id, base_url=base_url)
    return Response(
        content=feed.body,
        media_type="text/calendar; charset=utf-8",
        headers={"ETag": feed.etag, "Cache-Control": "private, max-age=300"},
    )

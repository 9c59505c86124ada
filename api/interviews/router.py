"""Interviews: who, when, what was discussed and what happens next."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import CurrentUser, InterviewReader, InterviewWriter
from api.db import SessionDep
from api.errors import problem_responses
from api.etags import set_etag
from api.interviews import partner, service
from api.interviews.dependencies import (
    ExternalIdPath,
    ReadableInterview,
    SourcePath,
    WritableInterview,
    WritableInterviewByExternalId,
)
from api.interviews.schemas import (
    InterviewCreate,
    InterviewListParams,
    InterviewRead,
    InterviewReplace,
    InterviewUpdate,
)
from api.pagination import Page, set_link_header

router = APIRouter(
    prefix="/v1/interviews", tags=["interviews"], responses=problem_responses(401, 403, 422)
)


@router.get("", responses=problem_responses(400))
async def list_interviews(
    principal: InterviewReader,
    params: Annotated[InterviewListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[InterviewRead]:
    """Your interviews, a page at a time (keyset cursor; see `next_cursor` and `Link`)."""
    page = await service.list_interviews(
        session, request.app.state.cursors, principal.user_id, params
    )
    set_link_header(request, response, page.next_cursor)
    return Page[InterviewRead](
        data=page.items, has_more=page.next_cursor is not None, next_cursor=page.next_cursor
    )


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_interview(
    principal: InterviewWriter,
    user: CurrentUser,
    body: InterviewCreate,
    response: Response,
    session: SessionDep,
) -> InterviewRead:
    interview = await service.create_interview(session, user, body)
    response.headers["Location"] = f"/v1/interviews/{interview.id}"
    set_etag(response, interview)
    return service.to_read(interview)


@router.put(
    "/by-external-id/{source}/{external_id}",
    responses={
        **problem_responses(409, 412),
        201: {"model": InterviewRead, "description": "Created"},
    },
)
async def upsert_interview(
    principal: InterviewWriter,
    user: CurrentUser,
    source: SourcePath,
    external_id: ExternalIdPath,
    body: InterviewReplace,
    request: Request,
    response: Response,
    session: SessionDep,
) -> InterviewRead:
    """Create or update the interview a partner knows as (source, external_id).

    201 when created, 200 when it existed. Creating takes the whole body; later upserts
    replace only the fields the board owns and never what the user recorded (each
    field's description says which). Resending the same body changes nothing.
    """
    result = await partner.upsert(session, request, user, source, external_id, body)
    if result.created:
        response.status_code = status.HTTP_201_CREATED
        response.headers["Location"] = f"/v1/interviews/{result.interview.id}"
    set_etag(response, result.interview)
    return service.to_read(result.interview)


@router.get("/{interview_id:uuid}", responses=problem_responses(404))
async def get_interview(interview: ReadableInterview, response: Response) -> InterviewRead:
    """One interview. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    set_etag(response, interview)
    return service.to_read(interview)


@router.patch("/{interview_id:uuid}", responses=problem_responses(404, 409, 412))
async def update_interview(
    interview: WritableInterview, body: InterviewUpdate, response: Response, session: SessionDep
) -> InterviewRead:
    """JSON Merge Patch (`application/merge-patch+json` or `application/json`).

    Send `If-Match` with the ETag you read to refuse overwriting someone else's change (412).
    """
    updated = await service.update_interview(session, interview, body)
    set_etag(response, updated)
    return service.to_read(updated)


@router.patch("/by-external-id/{source}/{external_id}", responses=problem_responses(404, 409, 412))
async def update_interview_by_external_id(
    interview: WritableInterviewByExternalId,
    body: InterviewUpdate,
    response: Response,
    session: SessionDep,
) -> InterviewRead:
    """JSON Merge Patch of the interview a partner knows as (source, external_id).

    The same rules as `PATCH /v1/interviews/{interview_id}`, with its ETag and `If-Match`.
    """
    return await update_interview(interview, body, response, session)


@router.delete(
    "/{interview_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 412),
)
async def delete_interview(interview: WritableInterview, session: SessionDep) -> None:
    await service.delete_interview(session, interview)

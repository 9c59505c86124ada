"""Interviews: who, when, what was discussed and what happens next."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import InterviewReader, InterviewWriter
from api.db import SessionDep
from api.errors import problem_responses
from api.interviews import service
from api.interviews.dependencies import ReadableInterview, WritableInterview
from api.interviews.schemas import (
    InterviewCreate,
    InterviewListParams,
    InterviewRead,
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
    principal: InterviewWriter, body: InterviewCreate, response: Response, session: SessionDep
) -> InterviewRead:
    interview = await service.create_interview(session, principal.user, body)
    response.headers["Location"] = f"/v1/interviews/{interview.id}"
    return service.to_read(interview)


@router.get("/{interview_id}", responses=problem_responses(404))
async def get_interview(interview: ReadableInterview) -> InterviewRead:
    return service.to_read(interview)


@router.patch("/{interview_id}", responses=problem_responses(404, 409))
async def update_interview(
    interview: WritableInterview, body: InterviewUpdate, session: SessionDep
) -> InterviewRead:
    """JSON Merge Patch (`application/merge-patch+json` or `application/json`)."""
    updated = await service.update_interview(session, interview, body)
    return service.to_read(updated)


@router.delete(
    "/{interview_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
async def delete_interview(interview: WritableInterview, session: SessionDep) -> None:
    await service.delete_interview(session, interview)

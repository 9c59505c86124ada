"""An interview's reflection: what went well, what to improve, what to prepare."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from api.db import SessionDep
from api.errors import problem_responses
from api.etags import set_etag
from api.interviews.dependencies import ReadableInterview
from api.reflections import service
from api.reflections.dependencies import ReflectedInterview
from api.reflections.schemas import ReflectionRead, ReflectionWrite

router = APIRouter(
    prefix="/v1/interviews", tags=["reflections"], responses=problem_responses(401, 403, 404, 422)
)


@router.get("/{interview_id:uuid}/reflection")
async def get_reflection(
    interview: ReadableInterview, response: Response, session: SessionDep
) -> ReflectionRead:
    """The interview's reflection; 404 until one is saved. Sends an ETag."""
    reflection = await service.get_reflection(session, interview)
    set_etag(response, reflection)
    return ReflectionRead.model_validate(reflection)


@router.put(
    "/{interview_id:uuid}/reflection",
    responses={
        **problem_responses(412),
        status.HTTP_201_CREATED: {"description": "Created", "model": ReflectionRead},
    },
)
async def put_reflection(
    interview: ReflectedInterview,
    body: ReflectionWrite,
    request: Request,
    response: Response,
    session: SessionDep,
) -> ReflectionRead:
    """Save the whole reflection (201 the first time, then 200). Saving it completes the
    interview's open reflection task. `If-Match` guards a replacement (412 when stale)."""
    reflection, created = await service.put_reflection(session, request, interview, body)
    if created:
        response.status_code = status.HTTP_201_CREATED
    set_etag(response, reflection)
    return ReflectionRead.model_validate(reflection)

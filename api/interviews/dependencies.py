"""Ownership: an interview id in the path resolves to the caller's interview or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.auth.dependencies import InterviewReader, InterviewWriter
from api.db import SessionDep
from api.etags import check_if_match
from api.interviews import service
from api.interviews.models import Interview


async def readable_interview(
    interview_id: uuid.UUID, principal: InterviewReader, session: SessionDep
) -> Interview:
    return await service.get_interview(session, principal.user_id, interview_id)


async def writable_interview(
    interview_id: uuid.UUID, principal: InterviewWriter, session: SessionDep, request: Request
) -> Interview:
    """The caller's interview, refused with 412 when If-Match names an older version."""
    interview = await service.get_interview(session, principal.user_id, interview_id)
    check_if_match(request, interview)
    return interview


ReadableInterview = Annotated[Interview, Depends(readable_interview)]
WritableInterview = Annotated[Interview, Depends(writable_interview)]

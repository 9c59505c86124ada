"""Ownership: an interview id, or a partner's (source, external_id), in the path resolves
to the caller's interview or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Path, Request

from api.auth.dependencies import InterviewReader, InterviewWriter
from api.db import SessionDep
from api.errors import NotFound
from api.etags import check_if_match
from api.interviews import partner, service
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


SourcePath = Annotated[str, Path(min_length=1, max_length=64)]
ExternalIdPath = Annotated[str, Path(min_length=1, max_length=255)]


async def writable_interview_by_external_id(
    source: SourcePath,
    external_id: ExternalIdPath,
    principal: InterviewWriter,
    session: SessionDep,
    request: Request,
) -> Interview:
    """The caller's interview a partner knows by (source, external_id), refused with 412
    when If-Match names an older version."""
    interview = await partner.find_by_external_id(session, principal.user_id, source, external_id)
    if interview is None:
        raise NotFound("No interview with this source and external id.")
    check_if_match(request, interview)
    return interview


ReadableInterview = Annotated[Interview, Depends(readable_interview)]
WritableInterview = Annotated[Interview, Depends(writable_interview)]
WritableInterviewByExternalId = Annotated[Interview, Depends(writable_interview_by_external_id)]

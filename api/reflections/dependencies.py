"""The interview a reflection belongs to: the caller's, or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from api.auth.dependencies import InterviewWriter
from api.db import SessionDep
from api.interviews import service
from api.interviews.models import Interview


async def reflected_interview(
    interview_id: uuid.UUID, principal: InterviewWriter, session: SessionDep
) -> Interview:
    # Unlike WritableInterview, no If-Match check here: on these routes it names the
    # reflection's version, not the interview's.
    return await service.get_interview(session, principal.user_id, interview_id)


ReflectedInterview = Annotated[Interview, Depends(reflected_interview)]

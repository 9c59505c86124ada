"""Ownership: a draft or task id in the path resolves to the caller's own, or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select

from api.auth.dependencies import DraftReader, DraftWriter
from api.db import SessionDep, utcnow
from api.drafts import service
from api.drafts.service import DraftView
from api.errors import NotFound
from api.etags import check_if_match
from api.tasks.etag import representation
from api.tasks.models import FollowUpTask


async def readable_draft(
    draft_id: uuid.UUID, principal: DraftReader, session: SessionDep
) -> DraftView:
    return await service.get_draft(session, principal.user_id, draft_id)


async def writable_draft(
    draft_id: uuid.UUID, principal: DraftWriter, session: SessionDep, request: Request
) -> DraftView:
    """The caller's draft, refused with 412 when If-Match names an older representation."""
    view = await service.get_draft(session, principal.user_id, draft_id)
    if request.headers.get("if-match") is not None:
        check_if_match(request, representation(view.draft.id, service.to_read(view, utcnow())))
    return view


async def draftable_task(
    task_id: uuid.UUID, principal: DraftWriter, session: SessionDep
) -> FollowUpTask:
    task = await session.scalar(
        select(FollowUpTask).where(
            FollowUpTask.id == task_id, FollowUpTask.user_id == principal.user_id
        )
    )
    if task is None:
        raise NotFound("No task with this id.")
    return task


ReadableDraft = Annotated[DraftView, Depends(readable_draft)]
WritableDraft = Annotated[DraftView, Depends(writable_draft)]
DraftableTask = Annotated[FollowUpTask, Depends(draftable_task)]

"""The playbook: your settings for it, and a preview of what an interview would generate."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth.dependencies import CurrentUser, InterviewReader, ProfileReader, ProfileWriter
from api.db import SessionDep
from api.errors import problem_responses
from api.interviews.schemas import InterviewCreate
from api.playbook import reconcile, service
from api.playbook.schemas import PlaybookPreview, PlaybookSettingsRead, PlaybookSettingsUpdate

router = APIRouter(prefix="/v1", tags=["playbook"], responses=problem_responses(401, 403, 422))


@router.get("/me/playbook")
async def get_playbook_settings(
    principal: ProfileReader, user: CurrentUser
) -> PlaybookSettingsRead:
    """Which follow-up tasks the playbook plans for you, and when they are due."""
    return PlaybookSettingsRead.model_validate(reconcile.settings_of(user).model_dump())


@router.patch("/me/playbook")
async def update_playbook_settings(
    principal: ProfileWriter, user: CurrentUser, body: PlaybookSettingsUpdate, session: SessionDep
) -> PlaybookSettingsRead:
    """JSON Merge Patch: switch rules off or on, tune their numbers. Open planned tasks
    move (or close) to match."""
    updated = await service.update_settings(session, user, body)
    return PlaybookSettingsRead.model_validate(updated.model_dump())


@router.post("/playbook/preview")
async def preview_playbook(
    principal: InterviewReader, user: CurrentUser, body: InterviewCreate
) -> PlaybookPreview:
    """The tasks this interview would generate, with their due times; nothing is saved."""
    return service.preview(user, body)

"""The user's playbook settings, and previews of what an interview would generate."""

from __future__ import annotations

import uuid

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.db import utcnow
from api.errors import FieldError, ValidationFailed, pointer
from api.interviews.schemas import InterviewCreate
from api.interviews.service import DECIDED_OUTCOMES
from api.playbook import reconcile
from api.playbook.rules import InterviewerFacts, InterviewFacts, RuleHistory, plan
from api.playbook.schemas import (
    PlaybookPreview,
    PlaybookSettingsUpdate,
    PreviewTask,
    preview_interviewer_id,
)
from api.playbook.settings import PlaybookSettings


async def update_settings(
    session: AsyncSession, user: User, patch: PlaybookSettingsUpdate
) -> PlaybookSettings:
    """Merge the sent settings into the stored ones and re-plan when anything changed."""
    before = reconcile.settings_of(user)
    stored = {**(user.playbook_settings or {}), **patch.model_dump(exclude_unset=True, mode="json")}
    try:
        after = PlaybookSettings.model_validate(stored)
    except ValidationError as error:
        raise ValidationFailed(
            "These playbook settings do not fit together.",
            errors=[
                FieldError(
                    pointer=pointer(("body", *item["loc"])),
                    detail=str(item["msg"]).removeprefix("Value error, "),
                )
                for item in error.errors()
            ],
        ) from None
    if after != before:
        user.playbook_settings = stored
        user.updated_at = utcnow()
        await session.flush()
        await reconcile.replan_user(session, user)
    return after


def preview(user: User, body: InterviewCreate) -> PlaybookPreview:
    """The tasks `body` would generate for `user` now, computed without saving anything."""
    facts = InterviewFacts(
        id=uuid.uuid4(),
        company=body.company,
        position=body.position,
        scheduled_at=body.scheduled_at,
        duration_minutes=body.duration_minutes,
        timezone=body.timezone or user.timezone,
        status=body.status,
        outcome=body.outcome,
        outcome_decided_at=utcnow() if body.outcome in DECIDED_OUTCOMES else None,
        next_steps_expected_by=body.next_steps.expected_by if body.next_steps else None,
        next_steps_description=body.next_steps.description if body.next_steps else None,
        interviewers=tuple(
            InterviewerFacts(
                id=preview_interviewer_id(index),
                name=person.name,
                email=person.email,
                linkedin_url=person.linkedin_url,
                is_hiring_manager=person.is_hiring_manager,
                contact_id=None,
            )
            for index, person in enumerate(body.interviewers)
        ),
    )
    index_of = {preview_interviewer_id(index): index for index in range(len(body.interviewers))}
    planned = plan(
        facts,
        reconcile.settings_of(user),
        reconcile.working_days_of(user),
        RuleHistory(),
        reconcile.holidays_of(user),
    )
    return PlaybookPreview(
        tasks=[
            PreviewTask(
                kind=task.kind,
                title=task.title,
                guidance=task.guidance,
                due_at=task.due_at,
                deadline_at=task.deadline_at,
                interviewer_index=index_of.get(task.interviewer_id)
                if task.interviewer_id
                else None,
            )
            for task in planned
        ]
    )

from __future__ import annotations

import uuid
from datetime import datetime, time
from typing import Annotated

from pydantic import BaseModel, Field, field_validator

from api.playbook.guidance import TaskKind
from api.validation import InputModel, reject_null

_HOURS = Annotated[int, Field(ge=1, le=14 * 24)]


class PlaybookSettingsUpdate(InputModel):
    """JSON Merge Patch of your playbook settings (see `PlaybookSettings` for each field).

    Open tasks the playbook planned move (or close) to match the new settings.
    """

    thank_you_enabled: bool | None = None
    thank_you_due_hours: _HOURS | None = None
    thank_you_deadline_hours: _HOURS | None = None
    next_steps_follow_up_enabled: bool | None = None
    next_steps_grace_days: Annotated[int, Field(ge=0, le=30)] | None = None
    next_steps_follow_up_time: time | None = None
    periodic_update_enabled: bool | None = None
    periodic_update_interval_days: Annotated[int, Field(ge=7, le=180)] | None = None
    periodic_update_count: Annotated[int, Field(ge=1, le=12)] | None = None
    linkedin_connect_enabled: bool | None = None
    linkedin_connect_working_days: Annotated[int, Field(ge=0, le=30)] | None = None
    rejection_follow_up_enabled: bool | None = None
    reflection_enabled: bool | None = None
    keep_in_touch_enabled: bool | None = None
    keep_in_touch_interval_days: Annotated[int, Field(ge=7, le=365)] | None = None

    # Every setting has a value; to go back to a default, send the default.
    _not_null = field_validator("*", mode="before")(reject_null)


class PreviewTask(BaseModel):
    kind: TaskKind
    title: str
    guidance: str
    due_at: datetime
    deadline_at: datetime | None
    interviewer_index: int | None = Field(
        description="Position of the interviewer in the body's `interviewers`, when the "
        "task is addressed to one."
    )


class PlaybookPreview(BaseModel):
    """What the interview would generate with your settings, nothing saved."""

    tasks: list[PreviewTask] = Field(description="By due time.")


def preview_interviewer_id(index: int) -> uuid.UUID:
    return uuid.UUID(int=index + 1)

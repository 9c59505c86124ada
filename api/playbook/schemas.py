from __future__ import annotations

import re
import uuid
from datetime import datetime, time
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field, StrictBool

from api.playbook.guidance import TaskKind
from api.playbook.settings import PlaybookSettings
from api.validation import MergePatch
from api.validation import _json_integer as json_number_only

_LOCAL_TIME = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")


def _local_time_schema(schema: dict[str, Any]) -> None:
    # A wall-clock time without an offset: JSON Schema's "time" format requires one.
    schema.pop("format", None)
    schema["pattern"] = _LOCAL_TIME.pattern
    schema["examples"] = ["10:00"]


def _local_time_text(value: object) -> object:
    if not isinstance(value, str) or not _LOCAL_TIME.match(value):
        raise ValueError("must be a local time of day like 10:00, without an offset")
    return value


LocalTime = Annotated[
    time,
    BeforeValidator(_local_time_text),
    Field(
        description="Local time of day (in the interview's time zone), e.g. `10:00`.",
        json_schema_extra=_local_time_schema,
    ),
]
# JSON integers within bounds; the bounds come first so that the schema publishes them.
_JSON_NUMBER = BeforeValidator(json_number_only)
_Hours = Annotated[int, Field(ge=1, le=14 * 24), _JSON_NUMBER]


class PlaybookSettingsRead(PlaybookSettings):
    """Which follow-up tasks the playbook plans for you, and when they are due."""

    next_steps_follow_up_time: time = Field(
        default=time(10, 0),
        description="Local time of day (in the interview's time zone) at which the "
        "next-steps follow-up is due, e.g. `10:00:00`.",
        json_schema_extra=_local_time_schema,
    )


class PlaybookSettingsUpdate(MergePatch):
    """JSON Merge Patch of your playbook settings (see `PlaybookSettingsRead` for each
    field; every one keeps a value, so `null` is refused).

    Open tasks the playbook planned move (or close) to match the new settings.
    """

    thank_you_enabled: StrictBool | None = None
    thank_you_due_hours: _Hours | None = None
    thank_you_deadline_hours: _Hours | None = None
    next_steps_follow_up_enabled: StrictBool | None = None
    next_steps_grace_days: Annotated[int, Field(ge=0, le=30), _JSON_NUMBER] | None = None
    next_steps_follow_up_time: LocalTime | None = None
    next_steps_undated_working_days: Annotated[int, Field(ge=1, le=30), _JSON_NUMBER] | None = None
    periodic_update_enabled: StrictBool | None = None
    periodic_update_interval_days: Annotated[int, Field(ge=7, le=180), _JSON_NUMBER] | None = None
    periodic_update_count: Annotated[int, Field(ge=1, le=12), _JSON_NUMBER] | None = None
    linkedin_connect_enabled: StrictBool | None = None
    linkedin_connect_working_days: Annotated[int, Field(ge=0, le=30), _JSON_NUMBER] | None = None
    rejection_follow_up_enabled: StrictBool | None = None
    rejection_feedback_in_thank_you: StrictBool | None = None
    reflection_enabled: StrictBool | None = None
    keep_in_touch_enabled: StrictBool | None = None
    keep_in_touch_interval_days: Annotated[int, Field(ge=7, le=365), _JSON_NUMBER] | None = None

    non_nullable = frozenset(PlaybookSettings.model_fields)


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

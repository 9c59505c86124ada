from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from api.interviews.schemas import InterviewStatus, Outcome
from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.tasks.schemas import TaskRead
from api.validation import (
    Email,
    InputModel,
    MergePatch,
    Name,
    QueryModel,
    ShortText,
    Text,
    Timestamp,
    WebURL,
)
from api.validation import _json_integer as json_number_only

Cadence = Annotated[
    int,
    Field(
        ge=7,
        le=365,
        description="Days between keep-in-touch messages to this person; null follows your "
        "playbook settings.",
    ),
    # After the bounds, so that the schema publishes them.
    BeforeValidator(json_number_only),
]


class ContactCreate(InputModel):
    name: Name
    email: Email | None = Field(
        default=None, description="Unique among your contacts, whatever its case."
    )
    title: ShortText | None = None
    company: ShortText | None = None
    linkedin_url: WebURL | None = None
    notes: Text | None = None
    last_contacted_at: Timestamp | None = Field(
        default=None, description="When you were last in touch; resets the keep-in-touch clock."
    )
    keep_in_touch_interval_days: Cadence | None = None


class ContactUpdate(MergePatch):
    """JSON Merge Patch. Logging a contact (`last_contacted_at`) resets the keep-in-touch
    clock of the interviews this person took part in."""

    name: Name | None = None
    email: Email | None = None
    title: ShortText | None = None
    company: ShortText | None = None
    linkedin_url: WebURL | None = None
    notes: Text | None = None
    last_contacted_at: Timestamp | None = None
    keep_in_touch_interval_days: Cadence | None = None

    non_nullable = frozenset({"name"})


class ContactRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    email: str | None
    title: str | None
    company: str | None
    linkedin_url: str | None
    notes: str | None
    last_contacted_at: datetime | None
    keep_in_touch_interval_days: int | None
    created_at: datetime
    updated_at: datetime


class ContactInterview(BaseModel):
    """An interview the contact took part in, as which interviewer."""

    id: uuid.UUID
    interviewer_id: uuid.UUID
    company: str
    position: str
    scheduled_at: datetime
    status: InterviewStatus
    outcome: Outcome


class ContactDetail(ContactRead):
    interviews: list[ContactInterview] = Field(description="Most recent first.")
    open_tasks: list[TaskRead] = Field(description="Open tasks for this person, by due time.")


class ContactListParams(QueryModel):
    q: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
        | None
    ) = Field(default=None, description="Search names, emails and companies.")
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None

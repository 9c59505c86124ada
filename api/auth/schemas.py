from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from api.validation import (
    Email,
    HolidayCountry,
    InputModel,
    MergePatch,
    Name,
    TimeZoneName,
    WorkingDays,
)

Password = Annotated[
    str,
    StringConstraints(min_length=8, max_length=256),
    Field(description="At least 8 characters."),
]


class RegisterBody(InputModel):
    email: Email
    password: Password
    name: Name | None = None
    timezone: TimeZoneName = "UTC"


class LoginBody(InputModel):
    email: Email
    password: Annotated[str, StringConstraints(min_length=1, max_length=256)]


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    email: str
    name: str | None
    timezone: str
    working_days: list[int]
    holiday_country: str | None = Field(
        description="The country (and subdivision) whose public holidays are not working "
        "days, such as 'DE-BE'; null when public holidays are not taken into account."
    )
    created_at: datetime
    updated_at: datetime


class UserUpdate(MergePatch):
    """JSON Merge Patch of the profile: only sent fields change."""

    non_nullable = frozenset({"timezone", "working_days"})

    name: Name | None = None
    timezone: TimeZoneName | None = None
    working_days: WorkingDays | None = None
    holiday_country: HolidayCountry | None = None

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from api.validation import InputModel, Point, Text


class ReflectionWrite(InputModel):
    """The whole reflection: fields left out are emptied."""

    went_well: Text | None = Field(default=None, description="What went well.")
    to_improve: Text | None = Field(default=None, description="Where you could improve.")
    questions_to_prepare: Annotated[list[Point], Field(max_length=50)] = Field(
        default_factory=list, description="Questions to prepare for next time."
    )
    notes: Text | None = None


class ReflectionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    interview_id: uuid.UUID
    went_well: str | None
    to_improve: str | None
    questions_to_prepare: list[str]
    notes: str | None
    created_at: datetime
    updated_at: datetime

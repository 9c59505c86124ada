from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.validation import (
    SOME_TEXT,
    CalendarDate,
    InputModel,
    MergePatch,
    QueryModel,
    Topics,
    WebURL,
    check_some_text,
)

Title = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200),
    AfterValidator(check_some_text),
    Field(
        json_schema_extra={"pattern": SOME_TEXT},
        description="What you did, in a few words: 'Shipped the billing migration'.",
    ),
]
Detail = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(check_some_text),
    Field(
        json_schema_extra={"pattern": SOME_TEXT},
        description="More about it, in your words (at most 2,000 characters).",
    ),
]


class AccomplishmentCreate(InputModel):
    """Something you did since an interview: a periodic update cites it."""

    title: Title
    detail: Detail | None = None
    happened_on: CalendarDate | None = Field(
        default=None, description="When it happened; lists put undated ones on the day added."
    )
    link: WebURL | None = Field(default=None, description="Where it can be seen, if anywhere.")
    topics: Topics = Field(default_factory=list)


class AccomplishmentUpdate(MergePatch):
    """JSON Merge Patch: only the fields sent change; `null` clears an optional one."""

    title: Title | None = None
    detail: Detail | None = None
    happened_on: CalendarDate | None = None
    link: WebURL | None = None
    topics: Topics | None = None

    non_nullable = frozenset({"title", "topics"})


class AccomplishmentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    detail: str | None
    happened_on: date | None
    link: str | None
    topics: list[str]
    created_at: datetime
    updated_at: datetime


class AccomplishmentListParams(QueryModel):
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None

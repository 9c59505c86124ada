from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.validation import (
    SOME_TEXT,
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
        description="The article's or resource's title, as a note names it.",
    ),
]
Note = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    AfterValidator(check_some_text),
    Field(
        json_schema_extra={"pattern": SOME_TEXT},
        description="Why it is worth sharing, in your words (at most 2,000 characters).",
    ),
]


class ResourceCreate(InputModel):
    """An article or resource worth sharing: a note that shares it carries its title and URL."""

    url: WebURL
    title: Title
    note: Note | None = None
    topics: Topics = Field(default_factory=list)


class ResourceUpdate(MergePatch):
    """JSON Merge Patch: only the fields sent change; `null` clears an optional one."""

    url: WebURL | None = None
    title: Title | None = None
    note: Note | None = None
    topics: Topics | None = None

    non_nullable = frozenset({"url", "title", "topics"})


class ResourceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    url: str
    title: str
    note: str | None
    topics: list[str]
    created_at: datetime
    updated_at: datetime


class ResourceListParams(QueryModel):
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None

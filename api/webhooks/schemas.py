from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field, StrictBool, StringConstraints

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.validation import NO_NUL, InputModel, Integer, MergePatch, QueryModel, WebURL
from api.webhooks.outbox import EventType

Description = Annotated[str, StringConstraints(max_length=500, pattern=NO_NUL)]


def _distinct(values: list[EventType]) -> list[EventType]:
    if len(set(values)) != len(values):
        raise ValueError("each event type may appear once")
    return values


EventTypes = Annotated[
    list[EventType],
    AfterValidator(_distinct),
    Field(
        min_length=1,
        max_length=len(EventType),
        json_schema_extra={"uniqueItems": True},
        description="Which events to receive.",
    ),
]


class WebhookCreate(InputModel):
    url: WebURL
    event_types: EventTypes
    description: Description | None = None
    is_active: StrictBool = True


class WebhookUpdate(MergePatch):
    url: WebURL | None = None
    event_types: EventTypes | None = None
    description: Description | None = None
    is_active: StrictBool | None = Field(
        default=None, description="Set true to re-enable an endpoint that was disabled."
    )

    non_nullable = frozenset({"url", "event_types", "is_active"})


class WebhookRead(BaseModel):
    id: uuid.UUID
    url: str
    event_types: list[str]
    description: str | None
    is_active: bool
    disabled_reason: str | None
    created_at: datetime
    updated_at: datetime


class WebhookWithSecret(WebhookRead):
    secret: str = Field(
        description="`whsec_…`: verifies signatures. Shown only at creation and rotation."
    )


class SecretRotation(InputModel):
    overlap_hours: Annotated[Integer, Field(ge=0, le=168)] = Field(
        default=24, description="How long the previous secret keeps signing too."
    )


DeliveryStatus = Literal["pending", "succeeded", "failed"]


class DeliveryRead(BaseModel):
    id: uuid.UUID
    event_id: uuid.UUID
    event_type: str
    status: DeliveryStatus
    attempts: int
    response_status: int | None
    last_error: str | None = Field(description="What went wrong (never the receiver's body).")
    duration_ms: int | None
    created_at: datetime
    last_attempt_at: datetime | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None


class DeliveryListParams(QueryModel):
    status: DeliveryStatus | None = None
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None

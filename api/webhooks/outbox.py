"""Events go into the outbox inside the transaction of the change that caused them.

A change that rolls back takes its events with it; a change that commits has them on
disk before the response leaves, so a process that dies right after loses nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from api.db import utcnow
from api.webhooks.models import WebhookEvent


class EventType(StrEnum):
    INTERVIEW_CREATED = "interview.created"
    INTERVIEW_UPDATED = "interview.updated"
    INTERVIEW_DELETED = "interview.deleted"
    TASK_CREATED = "task.created"
    TASK_UPDATED = "task.updated"
    TASK_COMPLETED = "task.completed"
    TASK_DUE = "task.due"
    DRAFT_CREATED = "draft.created"
    DRAFT_SENT = "draft.sent"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def emit(
    session: AsyncSession, user_id: uuid.UUID, event_type: EventType, data: dict[str, Any]
) -> WebhookEvent:
    """Add an event to the outbox; it is flushed with the rest of the change."""
    return emit_sync(session.sync_session, user_id, event_type, data)


def emit_sync(
    session: Session, user_id: uuid.UUID, event_type: EventType, data: dict[str, Any]
) -> WebhookEvent:
    """The same, from inside session events (which see the synchronous session)."""
    now = utcnow()
    event = WebhookEvent(
        id=uuid.uuid4(),
        user_id=user_id,
        type=str(event_type),
        created_at=now,
        payload={
            "type": str(event_type),
            "timestamp": _plain(now),
            "data": {key: _plain(value) for key, value in data.items()},
        },
    )
    session.add(event)
    return event

"""Webhook endpoints: registration, secrets, the delivery log and redelivery."""

from __future__ import annotations

import base64
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from api.db import utcnow
from api.errors import FieldError, NotFound, ValidationFailed
from api.pagination import CursorCodec, binding_for, time_and_id
from api.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from api.webhooks.schemas import (
    DeliveryListParams,
    DeliveryRead,
    DeliveryStatus,
    WebhookCreate,
    WebhookRead,
    WebhookUpdate,
)
from api.webhooks.ssrf import UnsafeTarget, check_url_syntax


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _checked_url(url: str, *, allow_private: bool) -> str:
    try:
        check_url_syntax(url, allow_private=allow_private)
    except UnsafeTarget as exc:
        raise ValidationFailed(
            str(exc), errors=[FieldError(pointer="/body/url", detail=str(exc))]
        ) from None
    return url


async def create_endpoint(
    session: AsyncSession, user_id: uuid.UUID, body: WebhookCreate, *, allow_private: bool
) -> WebhookEndpoint:
    endpoint = WebhookEndpoint(
        user_id=user_id,
        url=_checked_url(body.url, allow_private=allow_private),
        event_types=sorted({str(t) for t in body.event_types}),
        description=body.description,
        is_active=body.is_active,
        secret=new_secret(),
    )
    session.add(endpoint)
    await session.flush()
    return endpoint


async def list_endpoints(session: AsyncSession, user_id: uuid.UUID) -> Sequence[WebhookEndpoint]:
    result = await session.execute(
        select(WebhookEndpoint)
        .where(WebhookEndpoint.user_id == user_id)
        .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id)
        .limit(100)
    )
    return result.scalars().all()


async def get_endpoint(
    session: AsyncSession, user_id: uuid.UUID, endpoint_id: uuid.UUID
) -> WebhookEndpoint:
    endpoint = await session.scalar(
        select(WebhookEndpoint).where(
            WebhookEndpoint.id == endpoint_id, WebhookEndpoint.user_id == user_id
        )
    )
    if endpoint is None:
        raise NotFound("No webhook endpoint with this id.")
    return endpoint


async def update_endpoint(
    session: AsyncSession, endpoint: WebhookEndpoint, patch: WebhookUpdate, *, allow_private: bool
) -> WebhookEndpoint:
    changes = patch.model_dump(exclude_unset=True)
    if "url" in changes:
        endpoint.url = _checked_url(changes.pop("url"), allow_private=allow_private)
    if "event_types" in changes:
        endpoint.event_types = sorted({str(t) for t in changes.pop("event_types")})
    if changes.get("is_active") is True:
        endpoint.disabled_reason = None
    for field, value in changes.items():
        setattr(endpoint, field, value)
    endpoint.updated_at = utcnow()
    await session.flush()
    return endpoint


async def delete_endpoint(session: AsyncSession, endpoint: WebhookEndpoint) -> None:
    await session.delete(endpoint)
    await session.flush()


async def rotate_secret(
    session: AsyncSession, endpoint: WebhookEndpoint, *, overlap: timedelta
) -> WebhookEndpoint:
    """A new secret signs from now on; the old one signs too until the overlap ends."""
    endpoint.previous_secret = endpoint.secret if overlap > timedelta(0) else None
    endpoint.previous_secret_expires_at = utcnow() + overlap if overlap > timedelta(0) else None
    endpoint.secret = new_secret()
    endpoint.updated_at = utcnow()
    await session.flush()
    return endpoint


def to_read(endpoint: WebhookEndpoint) -> WebhookRead:
    return WebhookRead(
        id=endpoint.id,
        url=endpoint.url,
        event_types=list(endpoint.event_types),
        description=endpoint.description,
        is_active=endpoint.is_active,
        disabled_reason=endpoint.disabled_reason,
        created_at=endpoint.created_at,
        updated_at=endpoint.updated_at,
    )


@dataclass(frozen=True)
class DeliveryPage:
    items: list[DeliveryRead]
    next_cursor: str | None


async def list_deliveries(
    session: AsyncSession,
    codec: CursorCodec,
    endpoint: WebhookEndpoint,
    params: DeliveryListParams,
) -> DeliveryPage:
    """Newest first, keyset on (created_at, id); one statement with the event type."""
    binding = binding_for(endpoint.user_id, f"deliveries:{endpoint.id}", {"status": params.status})
    query = (
        select(WebhookDelivery, WebhookEvent.type)
        .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
        .where(WebhookDelivery.endpoint_id == endpoint.id)
    )
    if params.status is not None:
        query = query.where(WebhookDelivery.status == params.status)
    if params.cursor is not None:
        moment, identifier = time_and_id(codec.decode(params.cursor, binding))
        query = query.where(
            tuple_(WebhookDelivery.created_at, WebhookDelivery.id) < tuple_(moment, identifier)
        )
    rows = (
        await session.execute(
            query.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc()).limit(
                params.limit + 1
            )
        )
    ).all()
    items = [_delivery_read(delivery, event_type) for delivery, event_type in rows]
    next_cursor = None
    if len(items) > params.limit:
        items = items[: params.limit]
        last = items[-1]
        next_cursor = codec.encode([last.created_at, last.id], binding)
    return DeliveryPage(items=items, next_cursor=next_cursor)


_STATUSES: dict[str, DeliveryStatus] = {
    "pending": "pending",
    "succeeded": "succeeded",
    "failed": "failed",
}


def _delivery_read(delivery: WebhookDelivery, event_type: str) -> DeliveryRead:
    return DeliveryRead(
        id=delivery.id,
        event_id=delivery.event_id,
        event_type=event_type,
        status=_STATUSES[delivery.status],
        attempts=delivery.attempts,
        response_status=delivery.response_status,
        last_error=delivery.last_error,
        duration_ms=delivery.duration_ms,
        created_at=delivery.created_at,
        last_attempt_at=delivery.last_attempt_at,
        next_attempt_at=delivery.next_attempt_at,
        delivered_at=delivery.delivered_at,
    )


async def redeliver(
    session: AsyncSession, endpoint: WebhookEndpoint, delivery_id: uuid.UUID
) -> DeliveryRead:
    """Send the same event (same webhook-id) again, as a new entry in the log."""
    row = (
        await session.execute(
            select(WebhookDelivery, WebhookEvent.type)
            .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
            .where(WebhookDelivery.id == delivery_id, WebhookDelivery.endpoint_id == endpoint.id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound("No delivery with this id for this endpoint.")
    original, event_type = row
    again = WebhookDelivery(
        endpoint_id=endpoint.id,
        event_id=original.event_id,
        user_id=endpoint.user_id,
        status="pending",
        next_attempt_at=utcnow(),
    )
    session.add(again)
    await session.flush()
    return _delivery_read(again, event_type)

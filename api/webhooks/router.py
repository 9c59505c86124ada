"""Webhook endpoints for partners: signed events about interviews, tasks and drafts."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response, status

from api.auth.dependencies import WebhookManager
from api.db import SessionDep
from api.errors import Conflict, problem_responses
from api.etags import check_if_match, set_etag
from api.pagination import Page, set_link_header
from api.webhooks import service
from api.webhooks.models import WebhookEndpoint
from api.webhooks.schemas import (
    DeliveryListParams,
    DeliveryRead,
    SecretRotation,
    WebhookCreate,
    WebhookRead,
    WebhookUpdate,
    WebhookWithSecret,
)

MAX_ENDPOINTS = 20

router = APIRouter(
    prefix="/v1/webhooks", tags=["webhooks"], responses=problem_responses(401, 403, 422)
)


async def owned_endpoint(
    webhook_id: uuid.UUID, principal: WebhookManager, session: SessionDep, request: Request
) -> WebhookEndpoint:
    endpoint = await service.get_endpoint(session, principal.user_id, webhook_id)
    if request.method not in {"GET", "HEAD"}:
        check_if_match(request, endpoint)
    return endpoint


OwnedEndpoint = Annotated[WebhookEndpoint, Depends(owned_endpoint)]


def _allow_private(request: Request) -> bool:
    return bool(request.app.state.settings.webhooks_allow_private)


@router.get("")
async def list_webhooks(principal: WebhookManager, session: SessionDep) -> Page[WebhookRead]:
    """Your endpoints (at most 20, so one page)."""
    endpoints = await service.list_endpoints(session, principal.user_id)
    return Page[WebhookRead](
        data=[service.to_read(e) for e in endpoints], has_more=False, next_cursor=None
    )


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_webhook(
    principal: WebhookManager,
    body: WebhookCreate,
    request: Request,
    response: Response,
    session: SessionDep,
) -> WebhookWithSecret:
    """Register an endpoint. The `whsec_` secret is shown in this response only.

    Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and
    `webhook-signature` (v1, HMAC-SHA256 of `id.timestamp.body`).
    """
    if len(await service.list_endpoints(session, principal.user_id)) >= MAX_ENDPOINTS:
        raise Conflict(f"You can register at most {MAX_ENDPOINTS} endpoints.")
    endpoint = await service.create_endpoint(
        session, principal.user_id, body, allow_private=_allow_private(request)
    )
    response.headers["Location"] = f"/v1/webhooks/{endpoint.id}"
    set_etag(response, endpoint)
    return WebhookWithSecret(**service.to_read(endpoint).model_dump(), secret=endpoint.secret)


@router.get("/{webhook_id:uuid}", responses=problem_responses(404))
async def get_webhook(endpoint: OwnedEndpoint, response: Response) -> WebhookRead:
    set_etag(response, endpoint)
    return service.to_read(endpoint)


@router.patch("/{webhook_id:uuid}", responses=problem_responses(404))
async def update_webhook(
    endpoint: OwnedEndpoint,
    body: WebhookUpdate,
    request: Request,
    response: Response,
    session: SessionDep,
) -> WebhookRead:
    """JSON Merge Patch. `is_active: true` re-enables an endpoint that was disabled."""
    updated = await service.update_endpoint(
        session, endpoint, body, allow_private=_allow_private(request)
    )
    set_etag(response, updated)
    return service.to_read(updated)


@router.delete(
    "/{webhook_id:uuid}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
async def delete_webhook(endpoint: OwnedEndpoint, session: SessionDep) -> None:
    await service.delete_endpoint(session, endpoint)


@router.post("/{webhook_id:uuid}/rotate-secret", responses=problem_responses(404))
async def rotate_webhook_secret(
    endpoint: OwnedEndpoint, body: SecretRotation, response: Response, session: SessionDep
) -> WebhookWithSecret:
    """A new secret; the old one keeps signing for `overlap_hours` (both signatures sent)."""
    rotated = await service.rotate_secret(
        session, endpoint, overlap=timedelta(hours=body.overlap_hours)
    )
    set_etag(response, rotated)
    return WebhookWithSecret(**service.to_read(rotated).model_dump(), secret=rotated.secret)


@router.get("/{webhook_id:uuid}/deliveries", responses=problem_responses(400, 404))
async def list_webhook_deliveries(
    endpoint: OwnedEndpoint,
    params: Annotated[DeliveryListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[DeliveryRead]:
    """The delivery log, newest first: status, attempts, response code and timing."""
    page = await service.list_deliveries(session, request.app.state.cursors, endpoint, params)
    set_link_header(request, response, page.next_cursor)
    return Page[DeliveryRead](
        data=page.items, has_more=page.next_cursor is not None, next_cursor=page.next_cursor
    )


@router.post(
    "/{webhook_id:uuid}/deliveries/{delivery_id:uuid}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
    responses=problem_responses(404),
)
async def redeliver_webhook(
    endpoint: OwnedEndpoint, delivery_id: uuid.UUID, session: SessionDep
) -> DeliveryRead:
    """Queue the same event (same `webhook-id`) for delivery again."""
    return await service.redeliver(session, endpoint, delivery_id)

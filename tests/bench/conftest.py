"""A small account built by the benchmark's own data generator, and a token for it."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import insert

from api.accomplishments.models import Accomplishment
from api.auth.scopes import ALL_SCOPES
from api.db import open_session, utcnow
from api.resources.models import Resource
from api.tokens.service import mint_token
from api.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from bench import data
from tests.support import Client, new_client

# Enough rows that a page of 100 and a page of 5 differ, in every list.
SHAPE = data.Shape(
    tasks=300, interviews=110, drafts=120, other_users=1, other_tasks=200, other_interviews=5
)
DELIVERIES = 120
RECORDS = 120  # accomplishments, and resources


@dataclass(frozen=True)
class Account:
    user_id: uuid.UUID
    client: Client
    webhook_id: uuid.UUID


@pytest.fixture
async def account(app: FastAPI) -> AsyncIterator[Account]:
    """The benchmark's heavy user, in miniature, with a webhook delivery log."""
    db = app.state.db
    generated = await data.generate(db.engine, SHAPE, password_hash="not-a-real-hash")
    user_id = generated.heavy.user_id
    webhook_id = await _webhook_with_deliveries(app, user_id)
    await _records(app, user_id)
    async with open_session(db, write=True) as session:
        _, token = await mint_token(
            session,
            user_id=user_id,
            name="gates",
            scopes=sorted(ALL_SCOPES),
            expires_in_days=1,
            grantable=ALL_SCOPES,
        )
        await session.commit()
    async with new_client(app, headers={"Authorization": f"Bearer {token}"}) as client:
        yield Account(user_id=user_id, client=client, webhook_id=webhook_id)


async def _webhook_with_deliveries(app: FastAPI, user_id: uuid.UUID) -> uuid.UUID:
    now = utcnow()
    endpoint_id = uuid.uuid4()
    events = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "type": "task.created",
            "payload": {"n": n},
            "created_at": now - timedelta(minutes=n),
            "dispatched_at": now,
        }
        for n in range(DELIVERIES)
    ]
    deliveries = [
        {
            "id": uuid.uuid4(),
            "endpoint_id": endpoint_id,
            "event_id": event["id"],
            "user_id": user_id,
            "status": "succeeded",
            "attempts": 1,
            "next_attempt_at": None,
            "response_status": 204,
            "duration_ms": 12,
            "created_at": event["created_at"],
            "delivered_at": event["created_at"],
        }
        for event in events
    ]
    async with app.state.db.engine.begin() as connection:
        await connection.execute(
            insert(WebhookEndpoint),
            [
                {
                    "id": endpoint_id,
                    "user_id": user_id,
                    "url": "https://hooks.example.com/afterword",
                    "event_types": ["task.created"],
                    "is_active": True,
                    "secret": "whsec_" + "a" * 32,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            ],
        )
        await connection.execute(insert(WebhookEvent), events)
        await connection.execute(insert(WebhookDelivery), deliveries)
    return endpoint_id


async def _records(app: FastAPI, user_id: uuid.UUID) -> None:
    """Accomplishments (every third undated, listed on the day recorded) and resources."""
    now = utcnow()
    accomplishments = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "title": f"Accomplishment {n}",
            "happened_on": None if n % 3 == 0 else (now - timedelta(days=n)).date(),
            "listed_on": (now - timedelta(days=n)).date(),
            "topics": [],
            "version": 1,
            "created_at": now - timedelta(minutes=n),
            "updated_at": now,
        }
        for n in range(RECORDS)
    ]
    resources = [
        {
            "id": uuid.uuid4(),
            "user_id": user_id,
            "url": f"https://blog.example.com/{n}",
            "title": f"Article {n}",
            "topics": [],
            "version": 1,
            "created_at": now - timedelta(minutes=n),
            "updated_at": now,
        }
        for n in range(RECORDS)
    ]
    async with app.state.db.engine.begin() as connection:
        await connection.execute(insert(Accomplishment), accomplishments)
        await connection.execute(insert(Resource), resources)

"""Typed helpers for tests: clients signed in as a user, or with a token."""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy.engine import make_url

from api.db import Database

Client = httpx.AsyncClient

_emails = itertools.count(1)
PASSWORD = "correct horse battery"


@asynccontextmanager
async def new_client(app: FastAPI, **kwargs: Any) -> AsyncIterator[Client]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test", **kwargs) as client:
        yield client


async def sign_up(
    client: Client,
    *,
    email: str | None = None,
    name: str | None = "Ana Diaz",
    timezone: str = "Europe/Berlin",
) -> dict[str, Any]:
    """Register through the API; the client then holds the session and sends CSRF."""
    body: dict[str, Any] = {
        "email": email or f"user{next(_emails)}@example.com",
        "password": PASSWORD,
        "timezone": timezone,
    }
    if name is not None:
        body["name"] = name
    response = await client.post("/v1/auth/register", json=body)
    assert response.status_code == 201, response.text
    client.headers["X-CSRF-Token"] = client.cookies["aw_csrf"]
    user: dict[str, Any] = response.json()
    return user


async def mint_token(
    client: Client, scopes: Sequence[str], *, name: str = "script", expires_in_days: int = 30
) -> str:
    response = await client.post(
        "/v1/tokens",
        json={"name": name, "scopes": list(scopes), "expires_in_days": expires_in_days},
    )
    assert response.status_code == 201, response.text
    token: str = response.json()["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def interview_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "company": "Acme Robotics",
        "position": "Platform Engineer",
        "stage": "Onsite",
        "scheduled_at": "2054-11-27T14:00:00+01:00",
        "timezone": "Europe/Berlin",
        "duration_minutes": 60,
        "format": "video",
        "location": "https://meet.example.com/abc",
        "discussion_points": ["team rituals"],
        "interviewers": [
            {
                "name": "Dana Lee",
                "title": "Engineering Manager",
                "email": "dana@acme.example",
                "linkedin_url": "https://www.linkedin.com/in/danalee",
                "is_hiring_manager": True,
                "discussion_points": ["the migration to Kubernetes"],
            }
        ],
        "next_steps": {"description": "A decision by Friday", "expected_by": "2054-12-04"},
    }
    body.update(overrides)
    return body


async def create_interview(client: Client, **overrides: Any) -> dict[str, Any]:
    response = await client.post("/v1/interviews", json=interview_body(**overrides))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


_BOOKKEEPING = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b", re.I)


class StatementCounter:
    """Counts the SQL statements the app sends (transaction bookkeeping left out)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.statements: list[str] = []

    def _record(self, statement: str, _parameters: Any, _by_readers: bool) -> None:
        if not _BOOKKEEPING.match(statement):
            self.statements.append(statement)

    @contextmanager
    def installed(self) -> Iterator[StatementCounter]:
        with self.db.observe(self._record):
            yield self

    @contextmanager
    def counting(self) -> Iterator[list[str]]:
        start = len(self.statements)
        window: list[str] = []
        yield window
        window.extend(self.statements[start:])


@contextmanager
def database_locked_by_another_process(app: FastAPI) -> Iterator[None]:
    """Another process (a worker, a backup) holds the write lock of the SQLite file."""
    path = make_url(app.state.db.url).database
    assert path is not None
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        yield
        holder.execute("ROLLBACK")
    finally:
        holder.close()

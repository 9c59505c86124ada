"""Keyset pages: every row once, even while rows arrive; O(page) statements."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI

from api.interviews.models import Interview, Interviewer
from tests.support import Client, StatementCounter, create_interview, sign_up

BASE = datetime(2054, 1, 1, 9, 0, tzinfo=UTC)


async def _insert_interviews(app: FastAPI, user_id: str, count: int, *, start: int = 0) -> None:
    """Rows straight through the session: the walk, not the creation, is under test."""
    owner = uuid.UUID(user_id)
    async with app.state.db.write_sessionmaker.begin() as session:
        for n in range(start, start + count):
            # Every third interview shares its time with the next: ties break on id.
            moment = BASE + timedelta(hours=(n // 3) * 3)
            session.add(
                Interview(
                    user_id=owner,
                    company=f"Company {n:04d}",
                    position="Engineer",
                    scheduled_at=moment,
                    timezone="UTC",
                    interviewers=[
                        Interviewer(user_id=owner, position=0, name=f"Person {n}"),
                        Interviewer(user_id=owner, position=1, name=f"Other {n}"),
                    ],
                )
            )


async def _walk(client: Client, query: str, during: Any = None) -> list[str]:
    seen: list[str] = []
    url = f"/v1/interviews?{query}"
    pages = 0
    while True:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend(item["id"] for item in page["data"])
        pages += 1
        if during is not None and pages == 3:
            await during()
        if not page["has_more"]:
            assert page["next_cursor"] is None
            return seen
        url = f"/v1/interviews?{query}&cursor={page['next_cursor']}"


@pytest.mark.parametrize("sort", ["-scheduled_at", "scheduled_at", "-created_at"])
async def test_walk_250_interviews_returns_each_exactly_once(
    app: FastAPI, anon: Client, sort: str
) -> None:
    user = await sign_up(anon)
    await _insert_interviews(app, user["id"], 250)
    seen = await _walk(anon, f"limit=17&sort={sort}")
    assert len(seen) == 250
    assert len(set(seen)) == 250


async def test_walk_while_rows_are_inserted_returns_each_original_once(
    app: FastAPI, anon: Client
) -> None:
    user = await sign_up(anon)
    await _insert_interviews(app, user["id"], 250)
    originals = {item["id"] for item in (await anon.get("/v1/interviews?limit=100")).json()["data"]}

    async def insert_more() -> None:
        # Later rows land after the walk's position, older ones before it.
        await _insert_interviews(app, user["id"], 20, start=1000)
        await create_interview(anon, scheduled_at="2053-06-01T10:00:00Z")

    seen = await _walk(anon, "limit=20&sort=scheduled_at", during=insert_more)
    assert len(seen) == len(set(seen))
    assert originals <= set(seen)
    assert len(seen) >= 250


async def test_list_interviews_statement_count_is_constant_in_page_size(
    app: FastAPI, anon: Client, statements: StatementCounter
) -> None:
    user = await sign_up(anon)
    await _insert_interviews(app, user["id"], 120)
    counts = []
    for limit in (5, 100):
        with statements.counting() as window:
            response = await anon.get(f"/v1/interviews?limit={limit}")
        assert len(response.json()["data"]) == limit
        assert all(len(item["interviewers"]) == 2 for item in response.json()["data"])
        counts.append(len(window))
    assert counts[0] == counts[1]
    assert counts[1] <= 2, statements.statements

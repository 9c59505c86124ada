from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select

from api.webhooks.models import WebhookEvent
from api.webhooks.task_events import announce_due_tasks
from tests.support import Client, create_interview, sign_up


async def _events(app: FastAPI) -> list[dict[str, Any]]:
    async with app.state.db.sessionmaker() as session:
        rows = (await session.scalars(select(WebhookEvent).order_by(WebhookEvent.created_at))).all()
    return [row.payload for row in rows]


async def test_playbook_tasks_emit_created_then_completed_and_updated(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    tasks = (await anon.get(f"/v1/tasks?interview_id={interview['id']}")).json()["data"]
    created = [e for e in await _events(app) if e["type"] == "task.created"]
    assert {e["data"]["id"] for e in created} == {t["id"] for t in tasks}
    await anon.patch(f"/v1/tasks/{tasks[0]['id']}", json={"status": "done"})
    await anon.patch(f"/v1/tasks/{tasks[1]['id']}", json={"due_at": "2055-01-05T09:00:00Z"})
    later = (await _events(app))[len(created) + 1 :]
    by_type = Counter(e["type"] for e in later)
    assert by_type["task.completed"] == 1
    assert by_type["task.updated"] >= 1
    completed = next(e for e in later if e["type"] == "task.completed")
    assert completed["data"]["id"] == tasks[0]["id"]
    assert completed["data"]["status"] == "done"


async def test_replanning_unchanged_facts_emits_no_task_events(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    before = len(await _events(app))
    await anon.patch(f"/v1/interviews/{interview['id']}", json={"notes": "Bring a notebook"})
    after = await _events(app)
    assert [e["type"] for e in after[before:]] == ["interview.updated"]


async def test_due_tasks_are_announced_once(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    await create_interview(anon, scheduled_at="2026-01-05T10:00:00Z")
    first = await announce_due_tasks(app.state.db)
    assert first >= 1
    assert await announce_due_tasks(app.state.db) == 0
    due = [e for e in await _events(app) if e["type"] == "task.due"]
    assert len(due) == first
    assert len({e["data"]["id"] for e in due}) == first

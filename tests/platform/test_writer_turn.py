"""SQLite has one writer at a time: requests take turns to write, and only to write.

Slow read-only work (a template preview, a playbook preview) never holds the turn, and a
write that finds the database busy for too long answers 503 with Retry-After, not 500.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from tests.drafts.helpers import create_draft, patch_draft
from tests.drafts.test_drafts_api import just_ended
from tests.support import (
    Client,
    create_interview,
    database_locked_by_another_process,
    interview_body,
    new_client,
    sign_up,
)

PREVIEW_URL = "/v1/templates/thank_you/email/preview"
# Renders for about half a second (450 splits of 20,000 words), near the 1 s render limit.
SLOW_TEMPLATE = (
    "{% set words = 'a b ' * 10000 %}"
    "{% for i in range(600) %}{% if words.split()|length > 1 %}{% endif %}{% endfor %}"
    "Dear {{ recipient_first_name }}, thank you."
)


async def _timed(request: Any) -> tuple[httpx.Response, float]:
    started = time.perf_counter()
    response = await request
    return response, time.perf_counter() - started


async def test_slow_previews_together_leave_another_users_writes_fast(app: FastAPI) -> None:
    async with new_client(app) as previewer, new_client(app) as writer:
        await sign_up(previewer)
        interview = await create_interview(previewer)
        await sign_up(writer)
        previews = [
            asyncio.create_task(
                _timed(
                    previewer.post(
                        PREVIEW_URL,
                        json={"interview_id": interview["id"], "body": SLOW_TEMPLATE},
                    )
                )
            )
            for _ in range(8)
        ]
        await asyncio.sleep(0.2)  # the previews are rendering
        writes = [
            await _timed(writer.post("/v1/contacts", json={"name": f"Contact {n}"}))
            for n in range(3)
        ]
        previewed = await asyncio.gather(*previews)

    assert [response.status_code for response, _ in writes] == [201, 201, 201]
    # Eight previews rendering for most of a second each: a write waiting behind them
    # would take several seconds (or fail); beside them it takes a fraction of one.
    assert max(seconds for _, seconds in writes) < 1.5
    for response, _ in previewed:
        # Each one renders, or stops at the render limit; none fails on the server.
        assert response.status_code in {200, 422}, response.text
        if response.status_code == 422:
            assert response.json()["code"] == "template_too_slow"


@asynccontextmanager
async def _signed_in(app: FastAPI) -> AsyncIterator[tuple[Client, dict[str, Any]]]:
    async with new_client(app) as client:
        await sign_up(client)
        yield client, await create_interview(client)


@asynccontextmanager
async def _turn_held_in_this_process(app: FastAPI) -> AsyncIterator[None]:
    """A transaction of this process that writes, and holds the turn meanwhile."""
    async with app.state.db.write_sessionmaker() as holder:
        await holder.execute(text("SELECT 1"))
        yield


@asynccontextmanager
async def _lock_held_by_another_process(app: FastAPI) -> AsyncIterator[None]:
    with database_locked_by_another_process(app):
        yield


@pytest.mark.sqlite_only
@pytest.mark.parametrize("holding", [_turn_held_in_this_process, _lock_held_by_another_process])
async def test_read_only_posts_answer_while_a_writer_holds_the_database(
    impatient_app: FastAPI, holding: Any
) -> None:
    begun: list[str] = []

    def record(statement: str, _parameters: object, by_readers: bool) -> None:
        if statement.startswith("BEGIN") and not by_readers:
            begun.append(statement)

    async with _signed_in(impatient_app) as (client, interview), holding(impatient_app):
        with impatient_app.state.db.observe(record):
            template = await client.post(PREVIEW_URL, json={"interview_id": interview["id"]})
            playbook = await client.post("/v1/playbook/preview", json=interview_body())

    assert template.status_code == 200, template.text
    assert template.json()["template"] == "built_in"
    assert playbook.status_code == 200, playbook.text
    assert playbook.json()["tasks"]
    # Each read in a transaction of its own, and neither asked for the write lock.
    assert begun == ["BEGIN", "BEGIN"]


@pytest.mark.sqlite_only
async def test_write_to_a_database_locked_too_long_answers_503_and_saves_nothing(
    impatient_app: FastAPI,
) -> None:
    async with _signed_in(impatient_app) as (client, _interview):
        with database_locked_by_another_process(impatient_app):
            response = await client.post("/v1/contacts", json={"name": "Priya Raman"})
        contacts = await client.get("/v1/contacts")

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "1"
    problem = response.json()
    assert {key: problem[key] for key in ("code", "status", "title", "detail")} == {
        "code": "database_busy",
        "status": 503,
        "title": "Busy saving other changes",
        "detail": "Other changes are being saved right now; nothing was changed. "
        "Try again in a moment.",
    }
    assert [contact["name"] for contact in contacts.json()["data"]] == ["Dana Lee"]


@pytest.mark.sqlite_only
async def test_write_waiting_too_long_for_its_turn_answers_503(impatient_app: FastAPI) -> None:
    async with (
        _signed_in(impatient_app) as (client, _interview),
        _turn_held_in_this_process(impatient_app),
    ):
        response = await client.post("/v1/contacts", json={"name": "Priya Raman"})

    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["code"] == "database_busy"


async def test_draft_edit_reads_and_checks_before_it_writes(app: FastAPI, anon: Client) -> None:
    """The checks of an edited draft run before its first write, so on SQLite they do
    not hold the turn to write."""
    await sign_up(anon)
    interview = await create_interview(anon, scheduled_at=just_ended())
    draft = await create_draft(
        anon, interview_id=interview["id"], kind="thank_you", channel="email"
    )
    sent: list[str] = []

    def record(statement: str, _parameters: object, by_readers: bool) -> None:
        if not by_readers:
            sent.append(statement.split()[0])

    with app.state.db.observe(record):
        await patch_draft(anon, draft["id"], body="Dear Dana,\n\nThank you for today.")

    first_write = next(n for n, verb in enumerate(sent) if verb in {"UPDATE", "INSERT"})
    assert "SELECT" in sent[:first_write]
    assert "SELECT" not in sent[first_write:]

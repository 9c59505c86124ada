from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select, update
from starlette.datastructures import Headers

from api.db import utcnow
from api.idempotency import service
from api.idempotency.middleware import principal_of, request_fingerprint
from api.idempotency.models import IdempotencyRecord
from api.interviews.models import Interview
from tests.support import (
    Client,
    bearer,
    database_locked_by_another_process,
    interview_body,
    mint_token,
    new_client,
    sign_up,
)


async def _interview_count(app: FastAPI) -> int:
    async with app.state.db.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Interview)) or 0)


async def test_post_replayed_with_same_key_returns_stored_answer_and_creates_once(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    headers = {"Idempotency-Key": "create-acme-1"}
    first = await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    second = await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    assert first.status_code == second.status_code == 201
    assert second.content == first.content
    assert second.headers["location"] == first.headers["location"]
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert await _interview_count(app) == 1


async def test_same_key_with_different_body_is_422(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    headers = {"Idempotency-Key": "k-1"}
    await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    other = await anon.post(
        "/v1/interviews", json=interview_body(company="Globex"), headers=headers
    )
    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert await _interview_count(app) == 1


async def test_key_is_scoped_per_principal(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        await sign_up(ben)
        headers = {"Idempotency-Key": "shared-key"}
        first = await ana.post("/v1/interviews", json=interview_body(), headers=headers)
        second = await ben.post("/v1/interviews", json=interview_body(), headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]
    assert await _interview_count(app) == 2


async def test_failed_validation_is_not_stored_and_the_key_can_be_reused(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    headers = {"Idempotency-Key": "fix-and-retry"}
    bad = await anon.post("/v1/interviews", json={"company": "Acme"}, headers=headers)
    assert bad.status_code == 422
    good = await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    assert good.status_code == 201
    assert "idempotent-replayed" not in good.headers


async def test_key_while_first_request_still_runs_is_409(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:write"])
    principal = principal_of(Headers(bearer(token)))
    assert principal is not None
    body = interview_body()
    # The first request has claimed the key and is still running.
    scope = {"method": "POST", "path": "/v1/interviews", "query_string": b""}
    fingerprint = request_fingerprint(scope, json.dumps(body).encode())
    claim = await service.claim(app.state.db, principal, "slow-key", fingerprint)
    assert isinstance(claim, service.Claimed)
    async with new_client(app, headers=bearer(token)) as script:
        response = await script.post(
            "/v1/interviews", json=body, headers={"Idempotency-Key": "slow-key"}
        )
    assert response.status_code == 409
    assert response.json()["code"] == "idempotency_in_progress"
    assert await _interview_count(app) == 0


async def test_concurrent_requests_with_one_key_create_one_row_with_identical_answers(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:write"])
    async with (
        new_client(app, headers=bearer(token)) as one,
        new_client(app, headers=bearer(token)) as two,
    ):
        for round_number in range(5):
            headers = {"Idempotency-Key": f"race-{round_number}"}
            responses = await asyncio.gather(
                one.post("/v1/interviews", json=interview_body(), headers=headers),
                two.post("/v1/interviews", json=interview_body(), headers=headers),
                one.post("/v1/interviews", json=interview_body(), headers=headers),
            )
            statuses = sorted(r.status_code for r in responses)
            assert set(statuses) <= {201, 409}, statuses
            created = [r for r in responses if r.status_code == 201]
            assert created
            assert all(r.content == created[0].content for r in created)
            replay = await one.post("/v1/interviews", json=interview_body(), headers=headers)
            assert replay.content == created[0].content
    assert await _interview_count(app) == 5


async def test_bad_key_is_400(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        "/v1/interviews", json=interview_body(), headers={"Idempotency-Key": "x" * 256}
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_idempotency_key"


async def test_expired_keys_are_pruned_and_then_reusable(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    headers = {"Idempotency-Key": "old"}
    await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    async with app.state.db.write_sessionmaker.begin() as session:
        await session.execute(
            update(IdempotencyRecord).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    assert await service.prune(app.state.db) == 1
    again = await anon.post("/v1/interviews", json=interview_body(), headers=headers)
    assert again.status_code == 201
    assert "idempotent-replayed" not in again.headers
    assert await _interview_count(app) == 2


@pytest.mark.sqlite_only
async def test_answer_is_stored_for_replay_after_the_database_was_busy(
    impatient_app: FastAPI,
) -> None:
    db = impatient_app.state.db
    claim = await service.claim(db, "token:busy", "busy-key", "fingerprint")
    assert isinstance(claim, service.Claimed)

    with database_locked_by_another_process(impatient_app):
        # Another process writes for longer than the busy timeout (0.3 s) while the
        # answer is stored.
        storing = asyncio.create_task(
            service.complete(db, claim.record_id, 201, [["location", "/v1/x"]], b'{"id":1}')
        )
        await asyncio.sleep(0.8)
    await storing

    replay = await service.claim(db, "token:busy", "busy-key", "fingerprint")
    assert replay == service.Replay(status=201, headers=[["location", "/v1/x"]], body=b'{"id":1}')

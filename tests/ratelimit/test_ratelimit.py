from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from api.config import Settings
from api.main import create_app
from tests.support import PASSWORD, bearer, mint_token, new_client, sign_up

REDIS_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(params=["memory", "redis"])
async def strict_app(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[FastAPI]:
    """The app with small limits, counting in memory or in the real Redis."""
    redis_url = REDIS_URL if request.param == "redis" else None
    strict = settings.model_copy(
        update={"rate_limit": "5/minute", "auth_rate_limit": "3/minute", "redis_url": redis_url}
    )
    app = create_app(strict)
    await app.state.rate_limiter.reset()
    await _away_from_a_window_edge()
    async with app.router.lifespan_context(app):
        yield app
    await app.state.rate_limiter.reset()


async def _away_from_a_window_edge() -> None:
    """The sliding-window counter weighs the previous clock-aligned minute by how much of
    it still overlaps the window, so a burst that straddles a minute boundary is counted a
    little short (by design). A test's burst takes well under five seconds: start it
    where no boundary falls inside it."""
    into_the_minute = time.time() % 60
    if into_the_minute > 55:
        await asyncio.sleep(60.1 - into_the_minute)


async def test_every_v1_response_says_where_the_caller_stands(strict_app: FastAPI) -> None:
    async with new_client(strict_app) as client:
        first = await client.get("/v1/interviews")
        second = await client.get("/v1/interviews")
    assert first.headers["ratelimit-policy"] == '"default";q=5;w=60'
    assert first.headers["ratelimit"].startswith('"default";r=4;t=')
    assert second.headers["ratelimit"].startswith('"default";r=3;t=')


async def test_over_the_limit_is_429_problem_with_retry_after(strict_app: FastAPI) -> None:
    async with new_client(strict_app) as client:
        statuses = [(await client.get("/v1/me")).status_code for _ in range(5)]
        refused = await client.get("/v1/me")
    assert statuses == [401] * 5
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "rate_limited"
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert refused.headers["ratelimit"].startswith('"default";r=0;')


async def test_a_failed_auth_burst_does_not_drain_another_principals_quota(
    strict_app: FastAPI,
) -> None:
    async with new_client(strict_app) as owner:
        await sign_up(owner, email=f"{uuid.uuid4().hex}@example.com")
        token = await mint_token(owner, ["interviews:read"])
    async with new_client(strict_app, headers=bearer("aw_pat_forged")) as attacker:
        for _ in range(6):
            await attacker.get("/v1/interviews")
        assert (await attacker.get("/v1/interviews")).status_code == 429
    async with new_client(strict_app, headers=bearer(token)) as script:
        response = await script.get("/v1/interviews")
    assert response.status_code == 200
    assert response.headers["ratelimit"].startswith('"default";r=4;')


async def test_login_is_limited_per_email_and_per_address(strict_app: FastAPI) -> None:
    email = f"{uuid.uuid4().hex}@example.com"
    async with new_client(strict_app) as client:
        attempts = [
            (
                await client.post("/v1/auth/login", json={"email": email, "password": "wrong!"})
            ).status_code
            for _ in range(3)
        ]
        refused = await client.post("/v1/auth/login", json={"email": email, "password": PASSWORD})
    assert attempts == [401, 401, 401]
    assert refused.status_code == 429
    assert refused.headers["ratelimit-policy"].startswith('"auth')

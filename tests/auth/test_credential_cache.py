"""A verified credential is reused for a few seconds; the user's own writes end that."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from api.config import Settings
from api.main import create_app
from tests.support import Client, StatementCounter, bearer, mint_token, new_client, sign_up


@pytest.fixture
async def cached_app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings.model_copy(update={"credential_cache_seconds": 60}))
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def browser(cached_app: FastAPI) -> AsyncIterator[Client]:
    async with new_client(cached_app) as client:
        yield client


async def test_a_token_is_read_once_for_a_run_of_requests(
    cached_app: FastAPI, browser: Client
) -> None:
    await sign_up(browser)
    token = await mint_token(browser, ["tasks:read"])
    counter = StatementCounter(cached_app.state.db)
    async with new_client(cached_app, headers=bearer(token)) as script:
        with counter.installed(), counter.counting() as first:
            assert (await script.get("/v1/tasks")).status_code == 200
        with counter.installed(), counter.counting() as second:
            assert (await script.get("/v1/tasks")).status_code == 200
    assert len(first) == 2  # the token, then the page
    assert len(second) == 1  # the page


async def test_revoking_a_token_takes_effect_on_the_next_request(
    cached_app: FastAPI, browser: Client
) -> None:
    await sign_up(browser)
    token = await mint_token(browser, ["tasks:read"])
    async with new_client(cached_app, headers=bearer(token)) as script:
        assert (await script.get("/v1/tasks")).status_code == 200
        token_id = (await browser.get("/v1/tokens")).json()[0]["id"]
        assert (await browser.delete(f"/v1/tokens/{token_id}")).status_code == 204
        response = await script.get("/v1/tasks")
    assert response.status_code == 401
    assert response.json()["detail"] == "The token has been revoked."


async def test_signing_out_and_a_new_time_zone_take_effect_at_once(
    cached_app: FastAPI, browser: Client
) -> None:
    cache = cached_app.state.credentials
    await sign_up(browser, timezone="Europe/Berlin")
    assert (await browser.get("/v1/agenda")).status_code == 200
    assert len(cache) == 1
    # The agenda groups by the time zone the credential carries: a write forgets it.
    assert (await browser.patch("/v1/me", json={"timezone": "Asia/Tokyo"})).status_code == 200
    assert len(cache) == 0
    assert (await browser.get("/v1/agenda")).status_code == 200
    assert len(cache) == 1
    cookies = dict(browser.cookies)
    assert (await browser.post("/v1/auth/logout")).status_code == 204
    browser.cookies.update(cookies)  # a copy of the old cookie, replayed
    assert (await browser.get("/v1/agenda")).status_code == 401

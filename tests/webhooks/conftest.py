from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI

from api.config import Settings
from api.main import create_app
from api.webhooks.runner import build_worker
from api.webhooks.worker import WebhookWorker
from tests.conftest import _empty_tables

FAST_RETRIES = [0.0, 0.05, 0.05, 0.05]


@pytest.fixture
def hook_settings(settings: Settings) -> Settings:
    # Loopback receivers are allowed here, and retries come quickly.
    return settings.model_copy(
        update={
            "webhooks_allow_private": True,
            "webhook_retry_delays": FAST_RETRIES,
            "webhook_timeout_seconds": 2.0,
        }
    )


@pytest.fixture
async def hook_app(hook_settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(hook_settings)
    async with application.router.lifespan_context(application):
        yield application
        await _empty_tables(application)


@pytest.fixture
async def worker(hook_app: FastAPI, hook_settings: Settings) -> AsyncIterator[WebhookWorker]:
    running = build_worker(hook_app.state.db, hook_settings)
    yield running
    await running.close()

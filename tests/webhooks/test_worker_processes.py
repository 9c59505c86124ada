"""`afterword worker` as real processes: killed mid-batch, and two at once."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import FastAPI
from sqlalchemy import select

from api.config import Settings
from api.webhooks.models import WebhookDelivery, WebhookEvent
from tests.support import Client, create_interview, new_client, sign_up
from tests.webhooks.receiver import Receiver, running

EVENTS = ["interview.created"]


@contextmanager
def worker_process(settings: Settings, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "AFTERWORD_DATABASE_URL": str(settings.database_url),
        "AFTERWORD_DATA_DIR": str(tmp_path),
        "AFTERWORD_SECRET_KEY": str(settings.secret_key),
        "AFTERWORD_WEBHOOKS_ALLOW_PRIVATE": "true",
        "AFTERWORD_WEBHOOK_RETRY_DELAYS": json.dumps([0, 0.2, 0.2, 0.2, 0.2, 0.2]),
        "AFTERWORD_WEBHOOK_LEASE_SECONDS": "2",
        "AFTERWORD_WEBHOOK_TIMEOUT_SECONDS": "10",
    }
    afterword = Path(sys.executable).with_name("afterword")
    process = subprocess.Popen([str(afterword), "worker"], env=env, stdout=subprocess.DEVNULL)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


async def _wait_for(condition: object, within: float = 30) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


async def _event_ids(app: FastAPI) -> set[str]:
    """The events the receiver subscribed to (interview.created)."""
    async with app.state.db.sessionmaker() as session:
        ids = await session.scalars(select(WebhookEvent.id).where(WebhookEvent.type.in_(EVENTS)))
        return {str(i) for i in ids.all()}


async def _statuses(app: FastAPI) -> set[str]:
    async with app.state.db.sessionmaker() as session:
        return set((await session.scalars(select(WebhookDelivery.status))).all())


async def _wait_for_statuses(app: FastAPI, wanted: set[str]) -> None:
    for _ in range(200):
        if await _statuses(app) == wanted:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"deliveries are {await _statuses(app)}, not {wanted}")


async def _setup(client: Client, receiver: Receiver, count: int) -> None:
    await sign_up(client)
    response = await client.post("/v1/webhooks", json={"url": receiver.url, "event_types": EVENTS})
    receiver.secret = response.json()["secret"]
    for n in range(count):
        await create_interview(client, company=f"Company {n}")


async def test_worker_killed_mid_batch_and_restarted_loses_nothing(
    hook_app: FastAPI, hook_settings: Settings, tmp_path: Path
) -> None:
    async with new_client(hook_app) as client:
        with running(Receiver(delay_seconds=1.5)) as receiver:
            await _setup(client, receiver, 12)
            expected = await _event_ids(hook_app)
            with worker_process(hook_settings, tmp_path) as first:
                # Requests are in flight, none answered yet: kill the worker now.
                await _wait_for(lambda: receiver.requests >= 1 or first.poll() is not None)
                first.send_signal(signal.SIGKILL)
                first.wait(timeout=10)
            # The worker died before it heard any answer: nothing is marked delivered.
            assert await _statuses(hook_app) == {"pending"}
            receiver.delay_seconds = 0
            with worker_process(hook_settings, tmp_path):
                await _wait_for(lambda: receiver.unique_ids() >= expected, within=60)
                await _wait_for_statuses(hook_app, {"succeeded"})
    # At least once: every event arrived; the ones in flight at the kill arrived twice.
    assert receiver.unique_ids() == expected
    assert receiver.rejected == []


async def test_two_worker_processes_deliver_every_event_once(
    hook_app: FastAPI, hook_settings: Settings, tmp_path: Path
) -> None:
    async with new_client(hook_app) as client:
        with running(Receiver(delay_seconds=0.05)) as receiver:
            await _setup(client, receiver, 40)
            expected = await _event_ids(hook_app)
            with (
                worker_process(hook_settings, tmp_path / "a"),
                worker_process(hook_settings, tmp_path / "b"),
            ):
                await _wait_for(lambda: receiver.unique_ids() >= expected, within=60)
                await asyncio.sleep(0.5)
    assert sorted(r.webhook_id for r in receiver.received) == sorted(expected)

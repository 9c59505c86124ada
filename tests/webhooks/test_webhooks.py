from __future__ import annotations

import asyncio
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api.auth.models import User
from api.config import Settings
from api.db import open_session
from api.interviews import service as interviews
from api.interviews.schemas import InterviewCreate
from api.main import create_app
from api.webhooks.models import WebhookEndpoint, WebhookEvent
from api.webhooks.runner import build_worker
from api.webhooks.service import new_secret
from api.webhooks.worker import WebhookWorker
from tests.conftest import _empty_tables
from tests.support import (
    Client,
    create_interview,
    database_locked_by_another_process,
    interview_body,
    new_client,
    sign_up,
)
from tests.webhooks.receiver import Receiver, running

EVENTS = ["interview.created", "interview.updated", "interview.deleted"]


async def _register(client: Client, url: str, events: list[str] = EVENTS) -> dict[str, Any]:
    response = await client.post("/v1/webhooks", json={"url": url, "event_types": events})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _drain(worker: WebhookWorker, rounds: int = 40) -> None:
    """Run worker rounds until there is nothing left to do right now."""
    for _ in range(rounds):
        if not await worker.run_once():
            await asyncio.sleep(0.06)
            if not await worker.run_once():
                return


async def test_register_shows_secret_once_and_refuses_unsafe_urls(anon: Client) -> None:
    await sign_up(anon)
    for url in (
        "http://127.0.0.1/hook",
        "http://2130706433/hook",
        "http://0x7f.1/hook",
        "http://0177.0.0.1/hook",
        "http://[::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/hook",
        "http://192.168.0.10/hook",
        "http://localhost:8080/hook",
        "http://metadata.google.internal/",
        "ftp://hooks.example.com/",
        "https://user:secret@hooks.example.com/",
    ):
        response = await anon.post("/v1/webhooks", json={"url": url, "event_types": EVENTS})
        assert response.status_code == 422, url
        assert response.json()["errors"][0]["pointer"] in {"/body/url"}, url
    created = await _register(anon, "https://hooks.example.com/afterword")
    assert created["secret"].startswith("whsec_")
    listed = (await anon.get("/v1/webhooks")).json()["data"]
    assert listed == [{k: v for k, v in created.items() if k != "secret"}]
    single = await anon.get(f"/v1/webhooks/{created['id']}")
    assert "secret" not in single.json()


async def test_event_is_delivered_signed_thin_and_verifiable(
    hook_app: FastAPI, worker: WebhookWorker
) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        with running(Receiver()) as receiver:
            endpoint = await _register(client, receiver.url)
            receiver.secret = endpoint["secret"]
            interview = await create_interview(client)
            await _drain(worker)
    assert receiver.rejected == []
    [message] = receiver.received
    assert message.payload["type"] == "interview.created"
    assert message.payload["data"]["id"] == interview["id"]
    assert set(message.payload) == {"type", "timestamp", "data"}
    assert message.size < 20_000
    assert message.headers["webhook-signature"].startswith("v1,")
    assert message.headers["webhook-timestamp"].isdigit()


async def test_rolled_back_change_emits_nothing(hook_app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    db = hook_app.state.db
    async with open_session(db, write=True) as session:
        user = await session.scalar(select(User))
        assert user is not None
        await interviews.create_interview(
            session, user, InterviewCreate.model_validate(interview_body())
        )
        # interview.created, and task.created for each task the playbook planned.
        assert await session.scalar(select(func.count()).select_from(WebhookEvent)) >= 1
        await session.rollback()
    async with open_session(db, write=False) as session:
        assert await session.scalar(select(func.count()).select_from(WebhookEvent)) == 0


async def test_receiver_down_then_up_gets_every_event(
    hook_app: FastAPI, worker: WebhookWorker
) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        receiver = Receiver()
        with running(receiver):
            port = receiver.port
            endpoint = await _register(client, receiver.url)
        # The receiver is gone: the first attempts fail to connect.
        for n in range(3):
            await create_interview(client, company=f"Company {n}")
        await worker.run_once()
        deliveries = (await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")).json()
        assert {d["status"] for d in deliveries["data"]} == {"pending"}
        assert all(d["last_error"].startswith("Could not connect") for d in deliveries["data"])
        with running(Receiver(secret=endpoint["secret"], port=port)) as back:
            await _drain(worker)
    assert len(back.received) == 3
    assert back.rejected == []


async def test_500_and_429_are_retried_honouring_retry_after(
    hook_app: FastAPI, worker: WebhookWorker
) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        with running(Receiver(script=[(500, {}), (429, {"Retry-After": "1"})])) as receiver:
            endpoint = await _register(client, receiver.url)
            receiver.secret = endpoint["secret"]
            await create_interview(client)
            await worker.run_once()
            await asyncio.sleep(0.1)
            await worker.run_once()
            log = (await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")).json()["data"]
            assert log[0]["response_status"] == 429
            assert log[0]["attempts"] == 2
            # Retry-After: 1 outweighs the 0.05 s schedule.
            await worker.run_once()
            assert receiver.received == []
            await asyncio.sleep(1.1)
            await _drain(worker)
        log = (await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")).json()["data"]
    assert len(receiver.received) == 1
    assert log[0]["status"] == "succeeded"
    assert log[0]["attempts"] == 3
    assert "never show" not in str(log)


async def test_410_disables_the_endpoint(hook_app: FastAPI, worker: WebhookWorker) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        with running(Receiver(script=[(410, {})])) as receiver:
            endpoint = await _register(client, receiver.url)
            receiver.secret = endpoint["secret"]
            await create_interview(client)
            await _drain(worker)
        after = (await client.get(f"/v1/webhooks/{endpoint['id']}")).json()
    assert after["is_active"] is False
    assert after["disabled_reason"] == "The receiver answered 410 Gone."


async def test_exhausted_schedule_disables_the_endpoint_and_redirects_are_not_followed(
    hook_app: FastAPI, worker: WebhookWorker
) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        redirect = (302, {"Location": "http://127.0.0.1:9/elsewhere"})
        with running(Receiver(script=[redirect] * 10)) as receiver:
            endpoint = await _register(client, receiver.url)
            receiver.secret = endpoint["secret"]
            await create_interview(client)
            await _drain(worker)
        after = (await client.get(f"/v1/webhooks/{endpoint['id']}")).json()
        log = (await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")).json()["data"]
    assert receiver.requests == 4
    assert log[0]["status"] == "failed"
    assert log[0]["last_error"] == "The receiver answered 302; redirects are not followed."
    assert after["is_active"] is False
    assert after["disabled_reason"] == "Deliveries kept failing after 4 attempts."


async def test_rotation_signs_with_both_secrets_and_redelivery_keeps_the_id(
    hook_app: FastAPI, worker: WebhookWorker
) -> None:
    async with new_client(hook_app) as client:
        await sign_up(client)
        with running(Receiver()) as old_side:
            endpoint = await _register(client, old_side.url)
            old_side.secret = endpoint["secret"]
            rotated = await client.post(
                f"/v1/webhooks/{endpoint['id']}/rotate-secret", json={"overlap_hours": 1}
            )
            assert rotated.json()["secret"] != endpoint["secret"]
            await create_interview(client)
            await _drain(worker)
            # A receiver that already switched verifies the same message too.
            [message] = old_side.received
            assert len(message.headers["webhook-signature"].split(" ")) == 2
            old_side.secret = rotated.json()["secret"]
            delivery = (await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")).json()[
                "data"
            ][0]
            again = await client.post(
                f"/v1/webhooks/{endpoint['id']}/deliveries/{delivery['id']}/redeliver"
            )
            assert again.status_code == 202
            await _drain(worker)
    assert [r.webhook_id for r in old_side.received] == [message.webhook_id] * 2
    assert old_side.rejected == []


async def test_private_target_is_refused_at_send_time_when_not_allowed(
    app: FastAPI, settings: Settings
) -> None:
    """An endpoint stored while private targets were allowed is not sent to once they are not."""
    async with new_client(app) as client:
        await sign_up(client)
        async with open_session(app.state.db, write=True) as session:
            owner = await session.scalar(select(User))
            assert owner is not None
            session.add(
                WebhookEndpoint(
                    user_id=owner.id,
                    url="http://127.0.0.1:9/x",
                    event_types=EVENTS,
                    secret=new_secret(),
                )
            )
            await session.commit()
        await create_interview(client)
        strict = build_worker(app.state.db, settings)
        try:
            await strict.run_once()
        finally:
            await strict.close()
        endpoint_id = (await client.get("/v1/webhooks")).json()["data"][0]["id"]
        log = (await client.get(f"/v1/webhooks/{endpoint_id}/deliveries")).json()["data"]
    assert log[0]["last_error"].startswith("Refused:")
    assert log[0]["response_status"] is None


@pytest.mark.sqlite_only
async def test_outcome_is_recorded_after_the_database_was_busy_and_nothing_is_sent_twice(
    hook_settings: Settings,
) -> None:
    # A short busy timeout: recording the outcome first fails with "database is locked".
    settings = hook_settings.model_copy(update={"sqlite_busy_timeout_ms": 200})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        worker = build_worker(app.state.db, settings)
        try:
            async with new_client(app) as client:
                await sign_up(client)
                with running(Receiver(delay_seconds=0.3)) as receiver:
                    endpoint = await _register(client, receiver.url, ["interview.created"])
                    receiver.secret = endpoint["secret"]
                    await create_interview(client)
                    await worker.dispatch()
                    delivering = asyncio.create_task(worker.deliver_due())
                    for _ in range(500):  # until the receiver has the request
                        if receiver.requests:
                            break
                        await asyncio.sleep(0.01)
                    # While the receiver answers, another process writes for 0.8 s.
                    with database_locked_by_another_process(app):
                        await asyncio.sleep(0.8)
                    assert await delivering == 1
                    await _drain(worker)
                deliveries = await client.get(f"/v1/webhooks/{endpoint['id']}/deliveries")
        finally:
            await worker.close()
            await _empty_tables(app)
    assert [d["status"] for d in deliveries.json()["data"]] == ["succeeded"]
    assert receiver.requests == 1
    assert len(receiver.received) == 1

"""The webhook worker: from the outbox to signed HTTP deliveries, at least once.

Each round, in short transactions of its own:
1. dispatch: undispatched events get one delivery per active endpoint that wants them;
2. due tasks: tasks whose due time passed emit `task.due`, once;
3. deliver: due deliveries are claimed with a lease (FOR UPDATE SKIP LOCKED on
   PostgreSQL, so any number of workers can run), sent outside any transaction, and
   their outcome recorded. A worker that dies mid-send leaves a lease that expires, and
   the delivery is sent again: receivers deduplicate on `webhook-id`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import partial

import httpx
from sqlalchemy import and_, or_, select, update
from standardwebhooks.webhooks import Webhook

from api.config import Settings
from api.db import Database, open_session, retry_while_busy, utcnow
from api.webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from api.webhooks.ssrf import UnsafeTarget, check_url

logger = logging.getLogger("afterword.webhooks")

BATCH = 50
MAX_RETRY_AFTER = timedelta(hours=24)
_jitter = random.SystemRandom()


@dataclass(frozen=True)
class Job:
    delivery_id: uuid.UUID
    endpoint_id: uuid.UUID
    attempts: int
    url: str
    secrets: tuple[str, ...]
    event_id: uuid.UUID
    body: str


@dataclass(frozen=True)
class Outcome:
    succeeded: bool
    response_status: int | None
    error: str | None
    duration_ms: int
    retry_after: timedelta | None = None
    gone: bool = False


PeriodicJob = Callable[[Database], Awaitable[int]]


class WebhookWorker:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        *,
        client: httpx.AsyncClient | None = None,
        extra_jobs: Sequence[PeriodicJob] = (),
    ) -> None:
        self.db = db
        self.settings = settings
        self.delays = [timedelta(seconds=s) for s in settings.webhook_retry_delays] or [
            timedelta(0)
        ]
        self.client = client or httpx.AsyncClient(
            follow_redirects=False,
            timeout=httpx.Timeout(settings.webhook_timeout_seconds),
            headers={"User-Agent": "Afterword-Webhooks/1"},
            trust_env=False,
        )
        self.extra_jobs = list(extra_jobs)
        self.lease = timedelta(seconds=settings.webhook_lease_seconds)

    async def close(self) -> None:
        await self.client.aclose()

    async def run_forever(self, stop: asyncio.Event, *, idle_seconds: float = 1.0) -> None:
        while not stop.is_set():
            try:
                worked = await self.run_once()
            except Exception:
                logger.exception("webhook worker round failed; retrying")
                worked = 0
            if not worked:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), timeout=idle_seconds)

    async def run_once(self) -> int:
        done = await self.dispatch()
        for job in self.extra_jobs:
            done += await job(self.db)
        done += await self.deliver_due()
        return done

    async def dispatch(self) -> int:
        """Fan events out to the endpoints that subscribe to them."""
        async with open_session(self.db, write=True) as session:
            events = (
                await session.scalars(
                    select(WebhookEvent)
                    .where(WebhookEvent.dispatched_at.is_(None))
                    .order_by(WebhookEvent.created_at)
                    .limit(BATCH)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            if not events:
                return 0
            owners = {event.user_id for event in events}
            endpoints = (
                await session.scalars(
                    select(WebhookEndpoint).where(
                        WebhookEndpoint.user_id.in_(owners), WebhookEndpoint.is_active.is_(True)
                    )
                )
            ).all()
            now = utcnow()
            for event in events:
                for endpoint in endpoints:
                    if endpoint.user_id == event.user_id and event.type in endpoint.event_types:
                        session.add(
                            WebhookDelivery(
                                endpoint_id=endpoint.id,
                                event_id=event.id,
                                user_id=event.user_id,
                                next_attempt_at=now,
                            )
                        )
                event.dispatched_at = now
            await session.commit()
            return len(events)

    async def _claim(self) -> list[Job]:
        now = utcnow()
        async with open_session(self.db, write=True) as session:
            rows = (
                await session.execute(
                    select(WebhookDelivery, WebhookEndpoint, WebhookEvent)
                    .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
                    .join(WebhookEvent, WebhookEvent.id == WebhookDelivery.event_id)
                    .where(
                        WebhookDelivery.status == "pending",
                        WebhookDelivery.next_attempt_at <= now,
                        or_(
                            WebhookDelivery.claimed_until.is_(None),
                            WebhookDelivery.claimed_until < now,
                        ),
                    )
                    .order_by(WebhookDelivery.next_attempt_at)
                    .limit(BATCH)
                    .with_for_update(of=WebhookDelivery, skip_locked=True)
                )
            ).all()
            jobs = []
            for delivery, endpoint, event in rows:
                if not endpoint.is_active:
                    delivery.status = "failed"
                    delivery.last_error = "The endpoint is disabled."
                    delivery.next_attempt_at = None
                    continue
                delivery.claimed_until = now + self.lease
                jobs.append(
                    Job(
                        delivery_id=delivery.id,
                        endpoint_id=endpoint.id,
                        attempts=delivery.attempts,
                        url=endpoint.url,
                        secrets=_signing_secrets(endpoint, now),
                        event_id=event.id,
                        body=json.dumps(event.payload, separators=(",", ":"), sort_keys=True),
                    )
                )
            await session.commit()
            return jobs

    async def deliver_due(self) -> int:
        jobs = await self._claim()
        if not jobs:
            return 0
        outcomes = await asyncio.gather(*(self._send(job) for job in jobs))
        for job, outcome in zip(jobs, outcomes, strict=True):
            await self._record(job, outcome)
        return len(jobs)

    async def _send(self, job: Job) -> Outcome:
        started = time.perf_counter()

        def elapsed() -> int:
            return int((time.perf_counter() - started) * 1000)

        try:
            await check_url(job.url, allow_private=self.settings.webhooks_allow_private)
        except UnsafeTarget as exc:
            return Outcome(False, None, f"Refused: {exc}", elapsed())
        sent_at = utcnow()
        signatures = " ".join(
            Webhook(secret).sign(str(job.event_id), sent_at, job.body) for secret in job.secrets
        )
        headers = {
            "content-type": "application/json",
            "webhook-id": str(job.event_id),
            "webhook-timestamp": str(int(sent_at.timestamp())),
            "webhook-signature": signatures,
        }
        try:
            response = await self.client.post(job.url, content=job.body, headers=headers)
        except httpx.TimeoutException:
            return Outcome(False, None, "Timed out waiting for the receiver.", elapsed())
        except httpx.HTTPError as exc:
            return Outcome(False, None, f"Could not connect: {type(exc).__name__}", elapsed())
        code = response.status_code
        if 200 <= code < 300:
            return Outcome(True, code, None, elapsed())
        error = f"The receiver answered {code}."
        if 300 <= code < 400:
            error = f"The receiver answered {code}; redirects are not followed."
        return Outcome(
            False,
            code,
            error,
            elapsed(),
            retry_after=_retry_after(response.headers.get("retry-after")),
            gone=code == 410,
        )

    async def _record(self, job: Job, outcome: Outcome) -> None:
        now = utcnow()
        attempts = job.attempts + 1
        values: dict[str, object] = {
            "attempts": attempts,
            "last_attempt_at": now,
            "response_status": outcome.response_status,
            "duration_ms": outcome.duration_ms,
            "last_error": outcome.error,
            "claimed_until": None,
        }
        disable_reason: str | None = None
        if outcome.succeeded:
            values |= {"status": "succeeded", "delivered_at": now, "next_attempt_at": None}
        elif outcome.gone:
            values |= {"status": "failed", "next_attempt_at": None}
            disable_reason = "The receiver answered 410 Gone."
        elif attempts >= len(self.delays):
            values |= {"status": "failed", "next_attempt_at": None}
            disable_reason = f"Deliveries kept failing after {attempts} attempts."
        else:
            values["next_attempt_at"] = now + self._delay(attempts, outcome.retry_after)
        # The receiver has it: an outcome lost to a busy moment would send it again.
        await retry_while_busy(partial(self._store_outcome, job, values, disable_reason, now))

    async def _store_outcome(
        self, job: Job, values: dict[str, object], disable_reason: str | None, now: datetime
    ) -> None:
        async with open_session(self.db, write=True) as session:
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == job.delivery_id)
                .values(**values)
            )
            if disable_reason is not None:
                await session.execute(
                    update(WebhookEndpoint)
                    .where(and_(WebhookEndpoint.id == job.endpoint_id, WebhookEndpoint.is_active))
                    .values(
                        is_active=False,
                        disabled_reason=disable_reason,
                        version=WebhookEndpoint.version + 1,
                        updated_at=now,
                    )
                )
            await session.commit()

    def _delay(self, attempts: int, retry_after: timedelta | None) -> timedelta:
        base = self.delays[min(attempts, len(self.delays) - 1)]
        # ±20 % jitter spreads retries from many deliveries that failed together.
        jittered = base * _jitter.uniform(0.8, 1.2)
        if retry_after is not None:
            jittered = max(jittered, min(retry_after, MAX_RETRY_AFTER))
        return jittered


def _signing_secrets(endpoint: WebhookEndpoint, now: datetime) -> tuple[str, ...]:
    """During a rotation both secrets sign, so receivers can switch at their own pace."""
    previous, expires = endpoint.previous_secret, endpoint.previous_secret_expires_at
    if previous is not None and expires is not None and expires > now:
        return (endpoint.secret, previous)
    return (endpoint.secret,)


def _retry_after(value: str | None) -> timedelta | None:
    if not value:
        return None
    if value.strip().isdigit():
        return timedelta(seconds=int(value.strip()))
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(moment - utcnow(), timedelta(0))

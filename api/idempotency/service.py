"""Claim, complete, release and prune idempotency keys (each in its own transaction)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from api.db import Database, open_session, retry_while_busy, utcnow
from api.idempotency.models import IdempotencyRecord

RETENTION = timedelta(hours=24)
# A claim still "running" after this long belongs to a process that died mid-request.
ABANDONED_AFTER = timedelta(minutes=5)


@dataclass(frozen=True)
class Claimed:
    record_id: uuid.UUID


@dataclass(frozen=True)
class Replay:
    status: int
    headers: list[list[str]]
    body: bytes


@dataclass(frozen=True)
class InProgress:
    pass


@dataclass(frozen=True)
class Mismatch:
    pass


Claim = Claimed | Replay | InProgress | Mismatch


async def claim(db: Database, principal: str, key: str, fingerprint: str) -> Claim:
    now = utcnow()
    # Only a new key is written: a replay reads, without waiting for other writers.
    async with open_session(db, write=False) as session:
        existing = await session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
            )
        )
        if existing is not None and _is_dead(existing, now):
            await session.delete(existing)
            await session.flush()
            existing = None
        if existing is None:
            record = IdempotencyRecord(
                principal=principal,
                key=key,
                fingerprint=fingerprint,
                expires_at=now + RETENTION,
            )
            session.add(record)
            try:
                await session.commit()
            except IntegrityError:
                # Another request with this key won the race: answer as it stands.
                await session.rollback()
                return await _existing_answer(db, principal, key, fingerprint)
            return Claimed(record.id)
        return _answer_for(existing, fingerprint)


async def _existing_answer(db: Database, principal: str, key: str, fingerprint: str) -> Claim:
    async with open_session(db, write=False) as session:
        record = await session.scalar(
            select(IdempotencyRecord).where(
                IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
            )
        )
    if record is None:
        return InProgress()
    return _answer_for(record, fingerprint)


def _is_dead(record: IdempotencyRecord, now: datetime) -> bool:
    if record.expires_at <= now:
        return True
    return record.state == "running" and record.created_at <= now - ABANDONED_AFTER


def _answer_for(record: IdempotencyRecord, fingerprint: str) -> Claim:
    if record.fingerprint != fingerprint:
        return Mismatch()
    if record.state != "done" or record.response_status is None:
        return InProgress()
    return Replay(
        status=record.response_status,
        headers=record.response_headers or [],
        body=record.response_body or b"",
    )


async def complete(
    db: Database, record_id: uuid.UUID, status: int, headers: list[list[str]], body: bytes
) -> None:
    async def store() -> None:
        async with open_session(db, write=True) as session:
            await session.execute(
                update(IdempotencyRecord)
                .where(IdempotencyRecord.id == record_id)
                .values(
                    state="done",
                    response_status=status,
                    response_headers=headers,
                    response_body=body,
                )
            )
            await session.commit()

    # The request's change is saved: its answer must be kept for a retry to replay.
    await retry_while_busy(store)


async def release(db: Database, record_id: uuid.UUID) -> None:
    async def forget() -> None:
        async with open_session(db, write=True) as session:
            await session.execute(
                delete(IdempotencyRecord).where(IdempotencyRecord.id == record_id)
            )
            await session.commit()

    # Else the key would answer "still running" (409) until it is taken for abandoned.
    await retry_while_busy(forget)


async def prune(db: Database) -> int:
    """Forget keys older than the retention period."""
    async with open_session(db, write=True) as session:
        result = await session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= utcnow())
        )
        await session.commit()
    return int(getattr(result, "rowcount", 0) or 0)

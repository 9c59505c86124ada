"""The schema comes only from migrations, on both databases, and SQLite is set up right."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy import Integer, Uuid, bindparam, select, text, type_coerce
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.ext.asyncio import create_async_engine

from api.db import Database, UTCDateTime
from api.migrate import alembic_config
from api.tokens.models import PersonalAccessToken
from tests.conftest import TEST_DATABASE_ENV
from tests.support import Client, create_interview, sign_up


def test_database_is_the_configured_backend(migrated_database: str) -> None:
    # Guards the PostgreSQL run in CI against silently testing SQLite instead.
    configured = os.environ.get(TEST_DATABASE_ENV, "")
    expected = "postgresql" if configured.startswith("postgres") else "sqlite"
    assert migrated_database.startswith(expected)


def test_migrations_have_no_drift_and_downgrade_and_upgrade_again(
    migrated_database: str,
) -> None:
    config = alembic_config(migrated_database)
    command.check(config)
    command.downgrade(config, "base")
    command.upgrade(config, "head")
    command.check(config)


@pytest.mark.sqlite_only
async def test_sqlite_connection_pragmas(app: FastAPI) -> None:
    async with app.state.db.engine.connect() as connection:
        values = {
            pragma: (await connection.execute(text(f"PRAGMA {pragma}"))).scalar()
            for pragma in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert values == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 1,
        "busy_timeout": 5000,
    }


@pytest.mark.sqlite_only
async def test_sqlite_requests_take_the_write_lock_at_their_first_write(
    app: FastAPI, anon: Client
) -> None:
    db = app.state.db
    seen: list[tuple[str, str]] = []

    def record(statement: str, _parameters: object, by_readers: bool) -> None:
        kind = statement if statement.startswith("BEGIN") else statement.split()[0]
        seen.append(("reader" if by_readers else "session", kind))

    await sign_up(anon)
    with db.observe(record):
        await create_interview(anon)
        writes = list(seen)
        seen.clear()
        await anon.get("/v1/interviews")
    session = [statement for name, statement in writes if name == "session"]
    # The request's session reads as a reader, then ends that read and begins as the
    # writer (BEGIN IMMEDIATE) just before its first INSERT; it writes nothing before.
    first_write = session.index("INSERT")
    assert session[0] == "BEGIN"
    assert session[first_write - 2 : first_write] == ["COMMIT", "BEGIN IMMEDIATE"]
    assert set(session[: first_write - 2]) <= {"BEGIN", "SELECT"}
    assert {statement for name, statement in writes if name == "reader"} <= {"BEGIN", "SELECT"}
    # Reads take no write lock.
    assert {statement for _name, statement in seen} <= {"BEGIN", "SELECT"}


async def test_readers_cannot_write(app: FastAPI) -> None:
    # SQLite: "attempt to write a readonly database"; PostgreSQL: "read-only transaction".
    with pytest.raises(DBAPIError, match=r"(?i)read-?only"):
        await app.state.db.read(text("DELETE FROM user_account"), {})


async def test_reads_convert_values_as_a_session_does(app: FastAPI, anon: Client) -> None:
    """Parameters and columns pass through their types both ways: a JSON column is read
    back as a list, an id typed as text comes as text, a naive time is refused as a
    session refuses it, and parameters bind by name whatever their order in the SQL."""
    await sign_up(anon)
    token = (
        await anon.post("/v1/tokens", json={"name": "script", "scopes": ["tasks:read"]})
    ).json()
    statement = select(
        PersonalAccessToken.scopes,
        PersonalAccessToken.expires_at,
        type_coerce(PersonalAccessToken.id, Uuid(as_uuid=False)),
    ).where(
        PersonalAccessToken.name == bindparam("name"),
        PersonalAccessToken.expires_at > bindparam("after", type_=UTCDateTime()),
    )
    after = datetime(2000, 1, 1, tzinfo=UTC)
    rows = await app.state.db.read(statement, {"after": after, "name": "script"})
    assert [list(row[0]) for row in rows] == [token["scopes"]]
    assert rows[0][1].utcoffset() == timedelta(0)
    assert rows[0][2] == token["id"]
    assert await app.state.db.read(statement, {"after": after, "name": "other"}) == []
    with pytest.raises(StatementError, match="naive datetimes"):
        await app.state.db.read(statement, {"after": after.replace(tzinfo=None), "name": "script"})


async def test_reads_bind_parameters_by_their_own_names(app: FastAPI) -> None:
    """Names the SQL carries escaped ("a.b", "x y") bind as they are written; a missing
    one is refused as a session refuses it, and the reader goes on serving."""
    statement = select(bindparam("a.b", type_=Integer()) + bindparam("x y", type_=Integer()))
    db = app.state.db
    assert [tuple(row) for row in await db.read(statement, {"x y": 2, "a.b": 40})] == [(42,)]
    with pytest.raises(StatementError, match="x y"):
        await db.read(statement, {"a.b": 40})
    assert [tuple(row) for row in await db.read(statement, {"x y": 1, "a.b": 1})] == [(2,)]


@pytest.mark.postgres_only
async def test_postgres_readers_plan_each_statement_once(app: FastAPI) -> None:
    """Generic plans on the read connections (the plans tests/bench checks)."""
    rows = await app.state.db.read(text("SHOW plan_cache_mode"), {})
    assert rows[0][0] == "force_generic_plan"


async def test_upgrading_keeps_the_rows_already_stored(migrated_database: str) -> None:
    """Every migration after the first must keep existing data (SQLite rebuilds tables)."""
    config = alembic_config(migrated_database)
    await asyncio.to_thread(command.downgrade, config, "base")
    await asyncio.to_thread(command.upgrade, config, "9b509ff33293")
    engine = create_async_engine(migrated_database)
    user_id, interview_id = uuid.uuid4().hex, uuid.uuid4().hex
    async with engine.begin() as connection:
        ident = (lambda value: value) if connection.dialect.name == "sqlite" else str
        await connection.execute(
            text(
                "INSERT INTO user_account (id, email, password_hash, timezone, working_days, "
                "playbook_settings, version, created_at, updated_at) VALUES (:id, 'a@b.example', "
                "'x', 'UTC', '[1,2,3,4,5]', '{}', 1, :now, :now)"
            ),
            {"id": ident(user_id), "now": datetime(2026, 1, 1, tzinfo=UTC)},
        )
        await connection.execute(
            text(
                "INSERT INTO interview (id, user_id, company, position, scheduled_at, timezone, "
                "status, outcome, discussion_points, version, created_at, updated_at) VALUES "
                "(:id, :user, 'Acme', 'Engineer', :now, 'UTC', 'scheduled', 'pending', '[]', 1, "
                ":now, :now)"
            ),
            {
                "id": ident(interview_id),
                "user": ident(user_id),
                "now": datetime(2026, 1, 1, tzinfo=UTC),
            },
        )
    await engine.dispose()
    await asyncio.to_thread(command.upgrade, config, "head")
    engine = create_async_engine(migrated_database)
    async with engine.connect() as connection:
        count = (await connection.execute(text("SELECT count(*) FROM interview"))).scalar()
    await engine.dispose()
    assert count == 1
    # Leave the shared database empty for the tests after this one.
    await asyncio.to_thread(command.downgrade, config, "base")
    await asyncio.to_thread(command.upgrade, config, "head")


async def test_sqlite_read_that_must_wait_for_a_lock_waits_off_the_event_loop(
    tmp_path: Path,
) -> None:
    """Reads run on the loop with no busy wait; one that meets a lock waits on a thread."""
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("CREATE TABLE item (id INTEGER PRIMARY KEY)")
    holder.execute("INSERT INTO item VALUES (1)")
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        # Exclusive locking mode keeps even WAL readers out until it is released.
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO item VALUES (2)")

        reading = asyncio.create_task(db.read(text("SELECT count(*) FROM item"), {}))
        ticks = 0
        for _ in range(20):
            await asyncio.sleep(0.01)
            ticks += 1
        assert not reading.done()
        assert ticks == 20  # the loop kept running while the read waited
        holder.execute("COMMIT")
        holder.execute("PRAGMA locking_mode=NORMAL")
        holder.execute("SELECT count(*) FROM item")  # the next read releases the lock
        assert (await asyncio.wait_for(reading, 5))[0][0] == 2
    finally:
        holder.close()
        await db.dispose()

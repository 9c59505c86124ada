"""The schema comes only from migrations, on both databases, and SQLite is set up right."""

from __future__ import annotations

import os

import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy import event, text

from api.migrate import alembic_config
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
async def test_sqlite_writes_begin_immediate_and_reads_do_not(app: FastAPI, anon: Client) -> None:
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(app.state.db.engine.sync_engine, "before_cursor_execute", record)
    try:
        await sign_up(anon)
        await create_interview(anon)
        writes = list(seen)
        seen.clear()
        await anon.get("/v1/interviews")
    finally:
        event.remove(app.state.db.engine.sync_engine, "before_cursor_execute", record)
    assert writes
    assert set(writes) == {"BEGIN IMMEDIATE"}
    assert seen == ["BEGIN"]

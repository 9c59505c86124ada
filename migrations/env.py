"""Alembic environment: async engine, the app's metadata and naming convention.

On SQLite, foreign keys are not enforced while migrating: SQLite changes a table by
copying it into a new one and dropping the old, and with enforcement on, dropping a
parent table would cascade into its children and delete their rows. Integrity is
checked once the migration is done instead (PRAGMA foreign_key_check).
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from api.models import metadata

config = context.config


class ForeignKeyViolation(RuntimeError):
    pass


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    if connection.dialect.name == "sqlite":
        broken = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            raise ForeignKeyViolation(f"the migration left broken references: {broken[:5]}")


async def _run() -> None:
    # A plain engine: SQLite's default leaves foreign keys unenforced (see above), unlike
    # the application's connections, which switch them on.
    engine = create_async_engine(config.attributes["database_url"])
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_configure)
            await connection.commit()
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
    else:
        asyncio.run(_run())


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()

"""Test harness: a database built by the migrations, a real app, real HTTP semantics.

The same suite runs on SQLite (default) and PostgreSQL: set
AFTERWORD_TEST_DATABASE_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test.
Tables are emptied after every test, so tests never share state.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from api.config import Settings, normalize_database_url
from api.main import create_app
from api.migrate import alembic_config
from api.models import metadata
from tests.support import Client, StatementCounter, new_client

TEST_DATABASE_ENV = "AFTERWORD_TEST_DATABASE_URL"


def _backend() -> str:
    url = os.environ.get(TEST_DATABASE_ENV, "")
    return "postgresql" if url.startswith("postgres") else "sqlite"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs only when testing on SQLite")
    config.addinivalue_line("markers", "postgres_only: runs only when testing on PostgreSQL")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Backend-specific tests are deselected on the other backend, never skipped:
    # CI treats any skip as a failure.
    other = "postgres_only" if _backend() == "sqlite" else "sqlite_only"
    kept = [item for item in items if other not in item.keywords]
    dropped = [item for item in items if other in item.keywords]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI sets AFTERWORD_FAIL_ON_SKIP: a skipped test there is a missing requirement.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if os.environ.get("AFTERWORD_FAIL_ON_SKIP") == "1" and skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if reporter:
            reporter.write_line(f"{skipped} test(s) skipped: failing because skips are not allowed")


def pytest_report_header() -> str:
    return f"database: {_database_label()}"


def _database_label() -> str:
    url = os.environ.get(TEST_DATABASE_ENV)
    return url.split("@")[-1] if url else "sqlite (temporary file)"


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    configured = os.environ.get(TEST_DATABASE_ENV)
    if configured:
        return normalize_database_url(configured)
    path = tmp_path_factory.mktemp("db") / "test.db"
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(scope="session")
def migrated_database(database_url: str) -> str:
    """Start from nothing and build the schema with `alembic upgrade head`."""
    asyncio.run(_drop_everything(database_url))
    command.upgrade(alembic_config(database_url), "head")
    return database_url


async def _drop_everything(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        else:
            tables = await connection.execute(
                text("SELECT name FROM sqlite_master WHERE type='table'")
            )
            for (name,) in tables:
                await connection.execute(text(f'DROP TABLE IF EXISTS "{name}"'))
    await engine.dispose()


@pytest.fixture
def settings(migrated_database: str, tmp_path: Path) -> Settings:
    return Settings(
        environment="test",
        database_url=migrated_database,
        data_dir=tmp_path / "data",
        secret_key="test-secret-key-that-is-long-enough",
        frontend_dir=tmp_path / "no-frontend",
        # Tests run the webhook worker themselves, when they want it.
        worker_in_process=False,
        # Generous here; the rate-limit tests set their own, strict, limits.
        rate_limit="100000/minute",
        auth_rate_limit="1000/minute",
        # Statement counts include authentication; tests/auth/test_credential_cache.py
        # turns the cache on.
        credential_cache_seconds=0,
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application
        await _empty_tables(application)


@pytest.fixture
async def impatient_app(settings: Settings) -> AsyncIterator[FastAPI]:
    """The app with a short busy timeout: a write gives up quickly on a locked database."""
    application = create_app(settings.model_copy(update={"sqlite_busy_timeout_ms": 300}))
    async with application.router.lifespan_context(application):
        yield application
        await _empty_tables(application)


async def _empty_tables(app: FastAPI) -> None:
    tables = [table.name for table in reversed(metadata.sorted_tables)]
    async with app.state.db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            quoted = ", ".join(f'"{name}"' for name in tables)
            await connection.execute(text(f"TRUNCATE {quoted} CASCADE"))
        else:
            for name in tables:
                await connection.execute(text(f'DELETE FROM "{name}"'))


@pytest.fixture
async def anon(app: FastAPI) -> AsyncIterator[Client]:
    async with new_client(app) as client:
        yield client


@pytest.fixture
def statements(app: FastAPI) -> Iterator[StatementCounter]:
    counter = StatementCounter(app.state.db)
    with counter.installed():
        yield counter

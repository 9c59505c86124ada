"""Database: declarative base, engines and the per-request session."""

from __future__ import annotations

import asyncio
import sqlite3
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy import JSON, DateTime, MetaData, String, Uuid, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import TypeDecorator
from sqlalchemy.util import await_

from api.readers import (
    SQLITE_BUSY_CODES,
    ReadStatement,
    Rows,
    Statement,
    StatementObserver,
    readers_for,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every backend.

    SQLite keeps no offset, so values are normalised to UTC before they are stored
    and tagged as UTC when they are read back.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; attach a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], datetime | None] | None:
        if dialect.name == "sqlite":
            # SQLite hands back the stored text; parsing it with its offset is one C call,
            # several times cheaper than parsing and then attaching the zone (lists read
            # hundreds of these per page).
            return _sqlite_utc_datetime
        if dialect.driver == "asyncpg":
            return None  # asyncpg already gives `timestamptz` as an aware UTC datetime
        return super().result_processor(dialect, coltype)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class _UUIDText(TypeDecorator[str]):
    """Text of a UUID: PostgreSQL casts it; SQLite's 32 stored hex digits are dashed here,
    which is cheaper than both SQLite's string functions and a `uuid.UUID` per value."""

    impl = String()
    cache_ok = True

    def result_processor(
        self, dialect: Dialect, coltype: object
    ) -> Callable[[Any], str | None] | None:
        return _dashed if dialect.name == "sqlite" else None


def _dashed(value: str | None) -> str | None:
    if value is None:
        return None
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


class uuid_text(FunctionElement[str]):
    """A UUID column as its canonical text: for reads that only pass ids on as JSON,
    cheaper than building a `uuid.UUID` per value. Compare and join on the column itself,
    never on this."""

    type = _UUIDText()
    name = "uuid_text"
    inherit_cache = True


@compiles(uuid_text, "sqlite")
def _uuid_text_sqlite(element: uuid_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(uuid_text, "postgresql")
def _uuid_text_postgresql(element: uuid_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS TEXT)"


def _sqlite_utc_datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value + "+00:00")


# JSON documents: JSONB on PostgreSQL, JSON text on SQLite.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")


def contains_pattern(text: str) -> str:
    """A lower-cased LIKE pattern matching `text` anywhere, its wildcards taken literally
    (compare with `escape="\\"`)."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Database:
    """One engine and session factory per process (per app instance)."""

    def __init__(self, url: str, *, busy_timeout_ms: int = 5000, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        connect_args: dict[str, Any] = {}
        engine_args: dict[str, Any] = {"echo": echo, "pool_pre_ping": not self.is_sqlite}
        if self.is_sqlite:
            # The driver's own transaction handling is switched off so that BEGIN is ours.
            connect_args = {"timeout": busy_timeout_ms / 1000, "isolation_level": None}
            engine_args["pool_size"] = 8
        self.engine: AsyncEngine = create_async_engine(
            url, connect_args=connect_args, **engine_args
        )
        if self.is_sqlite:
            _configure_sqlite(self.engine, busy_timeout_ms)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        # Same pool, for transactions known to write from the start (the worker's, the
        # idempotency records'): on SQLite they begin as writers (BEGIN IMMEDIATE) at
        # their first statement. A request's session begins as a reader and becomes a
        # writer at its first write (see _configure_sqlite).
        self.write_sessionmaker = async_sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )
        self._readers = readers_for(url, busy_timeout_ms, echo=echo)

    async def read(self, statement: ReadStatement, values: Mapping[str, Any]) -> Rows:
        """The rows of one statement, read on a read-only connection (see api/readers.py).

        The hot reads (authentication, task lists, the agenda) go this way rather than
        through an ORM session; rows are read by position.
        """
        (rows,) = await self._readers.run(((statement, values),))
        return rows

    async def read_together(self, *statements: Statement) -> list[Rows]:
        """Several statements on one connection (on SQLite, in one snapshot)."""
        return await self._readers.run(statements)

    @contextmanager
    def observe(self, observer: StatementObserver) -> Iterator[None]:
        """Tell `observer` of every statement sent, by a session or by a reader, while
        the block runs (statement counts in tests and in the benchmark)."""

        stop_session = observe_engine(self.engine.sync_engine, observer)
        stop_reader = self._readers.observe(observer)
        try:
            yield
        finally:
            stop_reader()
            stop_session()

    async def dispose(self) -> None:
        await self._readers.dispose()
        await self.engine.dispose()


def observe_engine(engine: Engine, observer: StatementObserver) -> Callable[[], None]:
    """Tell `observer` of each statement a session's engine sends; returns what stops it."""

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_: Any) -> None:
        observer(sql, parameters, False)

    event.listen(engine, "before_cursor_execute", record)
    return lambda: event.remove(engine, "before_cursor_execute", record)


class WriterTurns:
    """The writers of one process take the SQLite write lock in the order they ask.

    SQLite's busy handler retries a locked database after ever longer sleeps, so under
    load a waiting writer keeps losing the lock to newcomers until its busy timeout runs
    out ("database is locked"), and the lock sits idle while waiters sleep. Each write
    transaction here first waits for its turn in a first-come, first-served asyncio lock
    and keeps it until its connection is back in the pool; the busy timeout still
    arbitrates between processes (a worker beside the server).
    """

    def __init__(self, timeout_seconds: float) -> None:
        self._lock = asyncio.Lock()
        self._timeout = timeout_seconds
        self._holder: object | None = None

    def take(self, holder: object) -> None:
        """Wait for the turn (called from SQLAlchemy's greenlet, so it can await)."""
        if self._holder is holder:
            return
        try:
            await_(asyncio.wait_for(self._lock.acquire(), self._timeout or None))
        except TimeoutError:
            busy = sqlite3.OperationalError(
                "database is locked: other writers held it for the busy timeout"
            )
            busy.sqlite_errorcode = 5  # SQLITE_BUSY, as SQLite reports its own timeout
            raise OperationalError("BEGIN IMMEDIATE", None, busy) from None
        self._holder = holder

    def holds(self, holder: object) -> bool:
        return self._holder is holder

    def give_back(self, holder: object) -> None:
        if self._holder is holder:
            self._holder = None
            self._lock.release()


def database_busy(error: BaseException) -> bool:
    """Whether `error` is SQLite's "database is locked": other writers kept the database
    for longer than the busy timeout. The same write can succeed a moment later."""
    return (
        isinstance(error, OperationalError)
        and getattr(error.orig, "sqlite_errorcode", None) in SQLITE_BUSY_CODES
    )


Result = TypeVar("Result")


async def retry_while_busy(
    transaction: Callable[[], Awaitable[Result]], *, attempts: int = 5
) -> Result:
    """Run `transaction` (whole: it opens and commits its own session) again, after a
    growing pause, while the database is busy: for writes that must not be lost to a busy
    moment (a webhook delivery's outcome, a stored idempotent response)."""
    pause = 0.1
    for _ in range(attempts - 1):
        try:
            return await transaction()
        except OperationalError as error:
            if not database_busy(error):
                raise
        await asyncio.sleep(pause)
        pause *= 2
    return await transaction()


def _configure_sqlite(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    sync_engine = engine.sync_engine
    turns = WriterTurns(busy_timeout_ms / 1000)

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A transaction known to write (the worker's, the idempotency records') takes the
        # lock up front; any other one begins as a reader and becomes a writer at its
        # first write (below).
        record = connection.connection._connection_record
        if connection.get_execution_options().get("sqlite_immediate", False):
            turns.take(record)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if turns.holds(record) else "BEGIN")

    @event.listens_for(sync_engine, "before_cursor_execute")
    def _on_statement(connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        # The turn is taken at a request's first write, not at its start: its reads, and
        # the rendering, composing and checks that come before its writes, leave other
        # writers alone, and a request that only reads (a preview) never waits for them.
        record = connection.connection._connection_record
        if turns.holds(record) or statement.lstrip()[:6].upper().startswith(_READ_STATEMENTS):
            return
        turns.take(record)
        # SQLite refuses to turn a read into a write once another writer has committed
        # since the read began ("database is locked", at once). So the read ends and the
        # write begins afresh, seeing what is committed now, as each statement does on
        # PostgreSQL (read committed); a versioned row changed meanwhile still refuses
        # the write (412).
        connection.exec_driver_sql("COMMIT")
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(sync_engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        # After COMMIT or ROLLBACK and the pool's reset: the next writer may begin.
        turns.give_back(record)


# Statements that leave a transaction a reader; any other one (a write, a savepoint)
# makes it a writer.
_READ_STATEMENTS = ("SELECT", "WITH", "BEGIN", "PRAGMA")


def open_session(db: Database, *, write: bool) -> AsyncSession:
    """A session whose transaction writes from its first statement (`write`), or one that
    reads and, on SQLite, waits for the turn to write only when it first writes."""
    return db.write_sessionmaker() if write else db.sessionmaker()


def after_commit(request: Request, callback: Callable[[], None]) -> None:
    """Run `callback` once the request's transaction has committed (not if it fails)."""
    callbacks: list[Callable[[], None]] | None = getattr(request.state, "after_commit", None)
    if callbacks is None:
        callbacks = []
        request.state.after_commit = callbacks
    callbacks.append(callback)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed before the response is sent."""
    db: Database = request.app.state.db
    # Not a writer from the start, whatever the method: the turn to write is taken at
    # the first write, so a POST that only reads (a preview) never waits for it.
    session = open_session(db, write=False)
    try:
        yield session
        await session.commit()
        for callback in getattr(request.state, "after_commit", ()):
            callback()
    except BaseException:
        await session.rollback()
        raise
    finally:
        await session.close()


# "function" scope: the commit happens before the response leaves, so a failed
# commit can never answer 200.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]

"""The hot read path: `Database.read` runs prepared Core statements on read-only
connections of their own, one implementation per kind of database.

Authentication, the task lists and the agenda read this way rather than through an ORM
session. A read is a few statements built once with bound parameters (building one costs
more than running it); it answers rows read by position.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import asyncpg
from cachetools import LRUCache
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Dialect, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import CompoundSelect, Select, TextClause
from sqlalchemy.sql.compiler import SQLCompiler

# Connections that serve reads. On PostgreSQL they stay open and requests beyond them
# wait for one: a connection opened and closed per burst costs more than its reads.
SQLITE_READERS = 8
POSTGRES_READERS = 32
# How long a read waits for a free connection before it fails (as a session's pool does).
POOL_TIMEOUT_SECONDS = 30

# PostgreSQL's read connections are read-only like SQLite's readers (a write there is a
# bug, refused by the server), and they plan each statement once: the hot reads are a few
# fixed statements whose best plan does not depend on the values (a user's rows in index
# order under a LIMIT), yet PostgreSQL, which prices a LIMIT it cannot see as a tenth of
# the rows, kept planning them again on every execution: 1.1 ms of planning for a 0.5 ms
# page, 2.8 ms for a 0.9 ms agenda. tests/bench checks the plans it uses.
POSTGRES_READER_SETTINGS = {
    "default_transaction_read_only": "on",
    "plan_cache_mode": "force_generic_plan",
}

Row = Sequence[Any]
Rows = Sequence[Row]
# What a read runs: statements built once, each with its parameters by name.
ReadStatement = Select[*tuple[Any, ...]] | CompoundSelect[*tuple[Any, ...]] | TextClause
Statement = tuple[ReadStatement, Mapping[str, Any]]
# Told of every statement a read sends: its SQL, its parameters, and that a reader sent it.
StatementObserver = Callable[[str, Any, bool], None]

log = logging.getLogger("afterword.reads")


class Readers(Protocol):
    async def run(self, statements: Sequence[Statement]) -> list[Rows]: ...

    def observe(self, observer: StatementObserver) -> Callable[[], None]: ...

    async def dispose(self) -> None: ...


def observe_engine(
    engine: Engine, observer: StatementObserver, *, by_readers: bool
) -> Callable[[], None]:
    """Tell `observer` of each statement `engine` sends; returns what stops it."""

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_: Any) -> None:
        observer(sql, parameters, by_readers)

    event.listen(engine, "before_cursor_execute", record)
    return lambda: event.remove(engine, "before_cursor_execute", record)


def readers_for(url: str, busy_timeout_ms: int, *, echo: bool) -> Readers:
    if url.startswith("sqlite"):
        return SQLiteReaders(url, busy_timeout_ms, echo=echo)
    return PostgresReaders(url, echo=echo)


class SQLiteReaders:
    """Reads on connections of their own, in query-only mode, run on the event loop.

    A hot read is an indexed read of one row or one page (at most 100 rows): well under a
    millisecond of SQLite work, less than handing it to a thread costs. Measured under
    load, a reader thread doubled the CPU time of a page (GIL hand-offs between the loop
    and the thread) while the read itself never waited: in WAL mode readers do not wait
    for the writer. So the read runs right here with a busy timeout of zero, and only a
    read that would have to wait for a lock (a checkpoint resetting the log, another
    process holding the database exclusively) is retried on a thread with the usual
    timeout, so the loop itself never waits. Each read is one deferred transaction: its
    statements see one snapshot.
    """

    def __init__(self, url: str, busy_timeout_ms: int, *, echo: bool) -> None:
        sync_url = make_url(url).set(drivername="sqlite")
        self.engine = create_engine(
            sync_url,
            echo=echo,
            pool_size=SQLITE_READERS,
            max_overflow=SQLITE_READERS,
            connect_args={"timeout": 0, "isolation_level": None, "check_same_thread": False},
        )
        self._busy_timeout_ms = int(busy_timeout_ms)

        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=0")
            cursor.execute("PRAGMA query_only=ON")
            cursor.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN")

    @staticmethod
    def _execute(connection: Connection, statements: Sequence[Statement]) -> list[Rows]:
        return [
            connection.execute(statement, dict(values)).all() for statement, values in statements
        ]

    def _run(self, statements: Sequence[Statement]) -> list[Rows]:
        with self.engine.begin() as connection:
            return self._execute(connection, statements)

    def _run_waiting(self, statements: Sequence[Statement]) -> list[Rows]:
        with self.engine.begin() as connection:
            # A deferred BEGIN takes no lock yet: the timeout is set before the first read.
            connection.exec_driver_sql(f"PRAGMA busy_timeout={self._busy_timeout_ms}")
            try:
                return self._execute(connection, statements)
            finally:
                connection.exec_driver_sql("PRAGMA busy_timeout=0")

    async def run(self, statements: Sequence[Statement]) -> list[Rows]:
        try:
            return self._run(statements)
        except OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", None) not in _SQLITE_LOCKED:
                raise
        return await asyncio.to_thread(self._run_waiting, statements)

    def observe(self, observer: StatementObserver) -> Callable[[], None]:
        return observe_engine(self.engine, observer, by_readers=True)

    async def dispose(self) -> None:
        self.engine.dispose()


# SQLITE_BUSY and SQLITE_LOCKED, and their extended codes (the low byte is the primary).
_SQLITE_LOCKED = frozenset(code | (extended << 8) for code in (5, 6) for extended in range(8))


@dataclass(frozen=True)
class _Prepared:
    """A statement compiled once for asyncpg: its SQL, its parameters in `$n` order with
    their types' bind conversions, and the conversions its columns need when read."""

    sql: str
    compiled: SQLCompiler
    positions: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    columns: tuple[Callable[[Any], Any] | None, ...] | None  # None: rows come as they are

    def arguments(self, values: Mapping[str, Any]) -> list[Any]:
        # Literal values compiled into the statement are parameters too: they come back.
        bound = self.compiled.construct_params(dict(values))
        try:
            return [
                bound[name] if convert is None else convert(bound[name])
                for name, convert in self.positions
            ]
        except (TypeError, ValueError) as error:
            # As a session reports a value its type refuses.
            raise StatementError(str(error), self.sql, dict(values), error) from error

    def rows(self, records: list[asyncpg.Record]) -> Rows:
        if self.columns is None:
            return cast(Rows, records)
        converts = self.columns
        return [
            tuple(
                value if convert is None else convert(value)
                for convert, value in zip(converts, record, strict=True)
            )
            for record in records
        ]


async def _decode_json(connection: asyncpg.Connection) -> None:
    """JSON columns arrive parsed, as SQLAlchemy's asyncpg dialect sets them up (its JSON
    types then convert nothing); a parameter is already JSON text from its type."""
    for name in ("json", "jsonb"):
        await connection.set_type_codec(
            name, schema="pg_catalog", encoder=str, decoder=json.loads, format="text"
        )


async def _nothing_to_undo(_connection: asyncpg.Connection) -> None:
    """A reader leaves no session state behind (no SET, LISTEN or lock), so a connection
    goes back to the pool as it is, without asyncpg's reset round trip (about 60 µs)."""


class PostgresReaders:
    """PostgreSQL: an asyncpg pool of autocommit connections, and each statement compiled
    by SQLAlchemy once and sent as asyncpg's prepared statement.

    SQLAlchemy's own execution (its pool checkout, a greenlet, an execution context and
    a result per statement) cost 0.13 ms of CPU per statement beside asyncpg's 0.09 ms,
    measured at 16 concurrent reads: more than the read itself for one task. The types'
    conversions still apply (bind and result processors, asked of each type), so a read
    answers the same values as a session would. No ping on checkout: a connection found
    dead is dropped and the read runs once more.
    """

    def __init__(self, url: str, *, echo: bool) -> None:
        address = make_url(url)
        self.dialect: Dialect = address.get_dialect()()
        _, self._connect = self.dialect.create_connect_args(address)
        self._connect.pop("prepared_statement_cache_size", None)
        self._connect.pop("prepared_statement_name_func", None)
        self._pool: asyncpg.Pool | None = None
        self._opening = asyncio.Lock()
        # Statements are built once, so this stays small; the bound keeps one built per
        # call from growing it for good.
        self._prepared: LRUCache[ReadStatement, _Prepared] = LRUCache(maxsize=1024)
        self._observers: list[StatementObserver] = []
        self._echo = echo

    async def _open(self) -> asyncpg.Pool:
        async with self._opening:
            if self._pool is None:
                self._pool = await asyncpg.create_pool(
                    **self._connect,
                    min_size=0,
                    max_size=POSTGRES_READERS,
                    server_settings=POSTGRES_READER_SETTINGS,
                    init=_decode_json,
                    reset=_nothing_to_undo,
                )
        return self._pool

    def _prepare(self, statement: ReadStatement) -> _Prepared:
        prepared = self._prepared.get(statement)
        if prepared is None:
            prepared = self._prepared[statement] = self._compile(statement)
        return prepared

    def _compile(self, statement: ReadStatement) -> _Prepared:
        compiled = statement.compile(dialect=self.dialect)
        # Names the SQL could not carry as they are come escaped in `positiontup`.
        original = {escaped: name for name, escaped in compiled.escaped_bind_names.items()}
        positions = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[original.get(name, name)]
            if bind.expanding or bind.literal_execute:
                raise ValueError(f"{bind.key}: a read's parameters are sent as they are")
            positions.append(
                (name, bind.type.dialect_impl(self.dialect).bind_processor(self.dialect))
            )
        columns = []
        for column in getattr(statement, "selected_columns", ()):
            try:
                convert = column.type.dialect_impl(self.dialect).result_processor(
                    self.dialect, None
                )
            except TypeError:
                # A type that chooses its conversion by the driver's type code (Numeric).
                raise ValueError(f"{column}: read this type through a session") from None
            columns.append(convert)
        return _Prepared(
            sql=str(compiled),
            compiled=compiled,
            positions=tuple(positions),
            columns=tuple(columns) if any(columns) else None,
        )

    async def run(self, statements: Sequence[Statement]) -> list[Rows]:
        prepared = [(self._prepare(statement), values) for statement, values in statements]
        pool = self._pool or await self._open()
        try:
            return await self._fetch(pool, prepared)
        except (asyncpg.PostgresConnectionError, asyncpg.InterfaceError, OSError):
            # The connection died since it was last used (a restart, a network blip).
            return await self._fetch(pool, prepared)

    async def _fetch(
        self, pool: asyncpg.Pool, prepared: list[tuple[_Prepared, Mapping[str, Any]]]
    ) -> list[Rows]:
        answers: list[Rows] = []
        async with pool.acquire(timeout=POOL_TIMEOUT_SECONDS) as connection:
            for statement, values in prepared:
                arguments = statement.arguments(values)
                for observer in self._observers:
                    observer(statement.sql, arguments, True)
                if self._echo:
                    log.info("%s %r", statement.sql, arguments)
                try:
                    records = await connection.fetch(statement.sql, *arguments)
                except asyncpg.PostgresError as error:
                    if isinstance(error, asyncpg.PostgresConnectionError):
                        raise
                    raise DBAPIError(statement.sql, arguments, error) from error
                answers.append(statement.rows(records))
        return answers

    def observe(self, observer: StatementObserver) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)

    async def dispose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

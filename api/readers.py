"""The hot read path: `Database.read` runs prepared Core statements on read-only
connections of their own, one implementation per kind of database.

Authentication, the task lists and the agenda read this way rather than through an ORM
session. A read is a few statements built once with bound parameters (building one costs
more than running it); it answers rows read by position.

Both kinds work alike: SQLAlchemy compiles each statement once for the database, and
its SQL goes to the driver itself (sqlite3, asyncpg) with the parameters in order.
SQLAlchemy's own execution (a pool checkout, an execution context and a result per
statement, and on asyncpg a greenlet) cost 0.13 ms of CPU per statement on PostgreSQL
beside asyncpg's 0.09 ms, and on SQLite a tenth of the agenda: more than the read itself
for one task. The types' conversions still apply (bind and result processors, asked of
each type), so a read answers the same values as a session would.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import sqlite3
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import asyncpg
from cachetools import LRUCache
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError
from sqlalchemy.sql import CompoundSelect, Select, TextClause
from sqlalchemy.sql.compiler import SQLCompiler

# Connections that serve reads. On PostgreSQL they stay open and requests beyond them
# wait for one: a connection opened and closed per burst costs more than its reads.
# On SQLite, this many idle ones are kept for the reads that must wait for a lock.
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


def readers_for(url: str, busy_timeout_ms: int, *, echo: bool) -> Readers:
    if url.startswith("sqlite"):
        return SQLiteReaders(url, busy_timeout_ms, echo=echo)
    return PostgresReaders(url, echo=echo)


# Statements compiled once


@dataclass(frozen=True)
class _Prepared:
    """A statement compiled once: its SQL, its parameters' names in the driver's order,
    their types' bind conversions, and the conversions its columns need when read."""

    sql: str
    compiled: SQLCompiler
    order: tuple[str, ...]  # on SQLite, a parameter used twice in the SQL comes twice
    binds: tuple[tuple[str, Callable[[Any], Any]], ...]  # (parameter, conversion)
    conversions: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column, conversion)

    def arguments(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        try:
            # Literal values compiled into the statement are parameters too: they come
            # back, by the names `order` holds.
            bound = self.compiled.construct_params(dict(values), escape_names=False)
            # Once per parameter: the agenda's boundaries appear 17 times in its SQL.
            for name, convert in self.binds:
                bound[name] = convert(bound[name])
        except Exception as error:
            # As a session reports a missing value, or one its type refuses.
            raise StatementError(str(error), self.sql, dict(values), error) from error
        return tuple([bound[name] for name in self.order])

    def rows(self, records: Sequence[Iterable[Any]]) -> Rows:
        if not self.conversions or not records:
            return cast(Rows, records)  # sqlite3's tuples, asyncpg's Records: both index
        # Column by column: each conversion mapped over its column costs a third less
        # than a tuple built per row.
        columns: list[Iterable[Any]] = list(zip(*records, strict=True))
        for index, convert in self.conversions:
            columns[index] = map(convert, columns[index])
        return list(zip(*columns, strict=True))


class _Statements:
    """Statements compiled for one database, kept while they are in use. They are built
    once, so this stays small; the bound keeps one built per call from growing it."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self._prepared: LRUCache[ReadStatement, _Prepared] = LRUCache(maxsize=1024)

    def __getitem__(self, statement: ReadStatement) -> _Prepared:
        prepared = self._prepared.get(statement)
        if prepared is None:
            prepared = self._prepared[statement] = self._compile(statement)
        return prepared

    def _compile(self, statement: ReadStatement) -> _Prepared:
        dialect = self.dialect
        compiled = statement.compile(dialect=dialect)
        # The parameters' own names, even those the SQL carries escaped.
        order = tuple(compiled.positiontup or ())
        binds = {}
        for name in order:
            bind = compiled.binds[name]
            if bind.expanding or bind.literal_execute:
                raise ValueError(f"{bind.key}: a read's parameters are sent as they are")
            convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if convert is not None:
                binds[name] = convert
        conversions = []
        for index, column in enumerate(getattr(statement, "selected_columns", ())):
            try:
                convert = column.type.dialect_impl(dialect).result_processor(dialect, None)
            except TypeError:
                # A type that chooses its conversion by the driver's type code (Numeric).
                raise ValueError(f"{column}: read this type through a session") from None
            if convert is not None:
                conversions.append((index, convert))
        return _Prepared(
            sql=str(compiled),
            compiled=compiled,
            order=order,
            binds=tuple(binds.items()),
            conversions=tuple(conversions),
        )


class _Observers:
    """Who is told of each statement a reader sends (and the log, when echoing)."""

    def __init__(self, *, echo: bool) -> None:
        self._observers: list[StatementObserver] = []
        self._echo = echo

    def tell(self, sql: str, arguments: Sequence[Any]) -> None:
        for observer in self._observers:
            observer(sql, arguments, True)
        if self._echo:
            log.info("%s %r", sql, arguments)

    def add(self, observer: StatementObserver) -> Callable[[], None]:
        self._observers.append(observer)
        return lambda: self._observers.remove(observer)


# SQLite


# SQLITE_BUSY and SQLITE_LOCKED, and their extended codes (the low byte is the primary).
SQLITE_BUSY_CODES = frozenset(code | (extended << 8) for code in (5, 6) for extended in range(8))


class SQLiteReaders:
    """Reads on sqlite3 connections of their own, in query-only mode, run on the event
    loop.

    A hot read is an indexed read of one row or one page (at most 100 rows): well under a
    millisecond of SQLite work, less than handing it to a thread costs. Measured under
    load, a reader thread doubled the CPU time of a page (GIL hand-offs between the loop
    and the thread) while the read itself never waited: in WAL mode readers do not wait
    for the writer. So the read runs right here with a busy timeout of zero, on the loop's
    own connection (a read on the loop never yields, so one is enough), and only a read
    that would have to wait for a lock (a checkpoint resetting the log, another process
    holding the database exclusively) is retried on a thread with the usual timeout, so
    the loop itself never waits. Each read is one deferred transaction: its statements
    see one snapshot.
    """

    def __init__(self, url: str, busy_timeout_ms: int, *, echo: bool) -> None:
        address = make_url(url).set(drivername="sqlite")
        self.dialect: Dialect = address.get_dialect()()
        arguments, options = self.dialect.create_connect_args(address)
        options.update(isolation_level=None, check_same_thread=False)
        self._connect = functools.partial(sqlite3.connect, *arguments, **options)
        self._busy_timeout_seconds = busy_timeout_ms / 1000
        self._statements = _Statements(self.dialect)
        self._observers = _Observers(echo=echo)
        # One connection for each thread that runs an event loop (a server has one; a
        # thread that ends keeps its connection open until `dispose`).
        self._on_loop = threading.local()
        self._loop_connections: set[sqlite3.Connection] = set()
        # The idle connections of reads that wait on a thread. A waiting read takes one
        # (or opens one: the executor's threads bound how many) and gives it back.
        self._waiting: deque[sqlite3.Connection] = deque()
        # `dispose` starts a new generation: a waiting read's connection from an older
        # one is closed when the read ends, not given back.
        self._generation = 0

    def _open(self, busy_timeout_seconds: float) -> sqlite3.Connection:
        connection = None
        try:
            connection = self._connect(timeout=busy_timeout_seconds)
            connection.execute("PRAGMA query_only=ON")
        except sqlite3.Error as error:
            if connection is not None:
                connection.close()
            raise DBAPIError.instance(None, None, error, sqlite3.Error) from error
        return connection

    def _loop_connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._on_loop, "connection", None)
        if connection is None:
            connection = self._on_loop.connection = self._open(0)
            self._loop_connections.add(connection)
        return connection

    async def run(self, statements: Sequence[Statement]) -> list[Rows]:
        prepared = [(self._statements[statement], values) for statement, values in statements]
        connection = self._loop_connection()
        try:
            return self._read(connection, prepared)
        except OperationalError as error:
            if getattr(error.orig, "sqlite_errorcode", None) not in SQLITE_BUSY_CODES:
                raise
        finally:
            if not _reusable(connection):
                self._on_loop.connection = None
                self._loop_connections.discard(connection)
                connection.close()
        return await asyncio.to_thread(self._read_waiting, prepared)

    def _read_waiting(self, prepared: list[tuple[_Prepared, Mapping[str, Any]]]) -> list[Rows]:
        generation = self._generation
        try:
            connection = self._waiting.pop()
        except IndexError:
            connection = self._open(self._busy_timeout_seconds)
        try:
            return self._read(connection, prepared)
        finally:
            if (
                generation == self._generation
                and _reusable(connection)
                and len(self._waiting) < SQLITE_READERS
            ):
                self._waiting.append(connection)
            else:
                connection.close()

    def _read(
        self, connection: sqlite3.Connection, prepared: list[tuple[_Prepared, Mapping[str, Any]]]
    ) -> list[Rows]:
        self._fetch(connection, "BEGIN", ())
        try:
            answers = []
            for statement, values in prepared:
                arguments = statement.arguments(values)
                rows = self._fetch(connection, statement.sql, arguments)
                answers.append(statement.rows(rows))
        finally:
            # Reads change nothing: ending the snapshot is all that is left to do. Should
            # that fail, the error in flight is the one to report, and the connection,
            # still in its transaction, is not used again (`_reusable`).
            with contextlib.suppress(sqlite3.Error):
                connection.rollback()
        return answers

    def _fetch(self, connection: sqlite3.Connection, sql: str, arguments: Sequence[Any]) -> Rows:
        self._observers.tell(sql, arguments)
        try:
            rows: Rows = connection.execute(sql, arguments).fetchall()
            return rows
        except sqlite3.Error as error:
            # As a session reports it (OperationalError, IntegrityError...).
            raise DBAPIError.instance(sql, arguments, error, sqlite3.Error) from error

    def observe(self, observer: StatementObserver) -> Callable[[], None]:
        return self._observers.add(observer)

    async def dispose(self) -> None:
        """Close the connections (when reads have stopped: at shutdown, after tests)."""
        self._generation += 1
        self._on_loop = threading.local()
        connections = [*self._loop_connections, *self._waiting]
        self._loop_connections.clear()
        self._waiting.clear()
        for connection in connections:
            connection.close()


def _reusable(connection: sqlite3.Connection) -> bool:
    """Whether a connection can serve another read: not one closed, nor one whose
    snapshot could not be ended."""
    try:
        return not connection.in_transaction
    except sqlite3.Error:
        return False


# PostgreSQL


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
    """PostgreSQL: an asyncpg pool of autocommit connections, and each statement sent as
    asyncpg's prepared statement. No ping on checkout: a connection found dead is dropped
    and the read runs once more."""

    def __init__(self, url: str, *, echo: bool) -> None:
        address = make_url(url)
        self.dialect: Dialect = address.get_dialect()()
        _, self._connect = self.dialect.create_connect_args(address)
        self._connect.pop("prepared_statement_cache_size", None)
        self._connect.pop("prepared_statement_name_func", None)
        self._pool: asyncpg.Pool | None = None
        self._opening = asyncio.Lock()
        self._statements = _Statements(self.dialect)
        self._observers = _Observers(echo=echo)

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

    async def run(self, statements: Sequence[Statement]) -> list[Rows]:
        prepared = [(self._statements[statement], values) for statement, values in statements]
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
                self._observers.tell(statement.sql, arguments)
                try:
                    records = await connection.fetch(statement.sql, *arguments)
                except asyncpg.PostgresError as error:
                    if isinstance(error, asyncpg.PostgresConnectionError):
                        raise
                    raise DBAPIError(statement.sql, arguments, error) from error
                answers.append(statement.rows(records))
        return answers

    def observe(self, observer: StatementObserver) -> Callable[[], None]:
        return self._observers.add(observer)

    async def dispose(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

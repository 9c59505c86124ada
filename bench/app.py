"""The application under benchmark, plus its denominators, in one server process.

`create_bench_app()` is `api.main.create_app()` with three routes added:

- `/bench/s0`: a bare ASGI endpoint with a constant body (S0). It still passes through
  the application's pure-ASGI middleware and router, but no FastAPI request handling.
- `/bench/s1`: a FastAPI endpoint returning a constant dict (S1), the denominator of R:
  the most a FastAPI route on this stack can do in this process.
- `/bench/sql-count`: how many SQL statements the engine has sent since start
  (transaction bookkeeping left out), read before and after N requests to get
  statements per request without timing anything.

Run it the way the benchmark does:
`uvicorn bench.app:create_bench_app --factory --loop asyncio --http httptools`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from api.config import Settings
from api.db import Database
from api.main import create_app

_BOOKKEEPING = re.compile(r"^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)\b", re.I)
_S0_BODY = b'{"ok":true}'
_S0_HEADERS = [
    (b"content-type", b"application/json"),
    (b"content-length", str(len(_S0_BODY)).encode()),
]


class ConstantASGI:
    """S0: the smallest HTTP answer an ASGI application can give."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": _S0_HEADERS})
        await send({"type": "http.response.body", "body": _S0_BODY})


class StatementCounter:
    """Counts the statements the app sends (BEGIN, COMMIT, PRAGMA... left out)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, statement: str, _parameters: Any, _by_readers: bool) -> None:
        if not _BOOKKEEPING.match(statement):
            self.count += 1


def create_bench_app(settings: Settings | None = None) -> FastAPI:
    app = create_app(settings)
    counter = StatementCounter()
    app.state.sql_counter = counter
    application_lifespan = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: FastAPI) -> AsyncIterator[None]:
        async with application_lifespan(application):
            db: Database = application.state.db
            with db.observe(counter):
                yield

    app.router.lifespan_context = lifespan

    async def s1() -> dict[str, object]:
        return {"ok": True, "service": "afterword", "scenario": "S1"}

    async def sql_count() -> dict[str, int]:
        return {"statements": counter.count}

    # Before every other route, so nothing (the SPA's fallback included) can shadow them.
    app.router.routes.insert(0, Route("/bench/s0", ConstantASGI(), methods=["GET"]))
    app.add_api_route("/bench/s1", s1, methods=["GET"], include_in_schema=False)
    app.add_api_route("/bench/sql-count", sql_count, methods=["GET"], include_in_schema=False)
    return app

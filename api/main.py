"""create_app(): routers, error handlers, middleware and the SPA."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute
from starlette.middleware.cors import CORSMiddleware

from api import __version__
from api.accomplishments.router import router as accomplishments_router
from api.auth.cache import CredentialCache
from api.auth.router import router as auth_router
from api.calendar.router import router as calendar_router
from api.config import Settings, get_settings
from api.contacts.router import router as contacts_router
from api.db import Database
from api.discussion_points.router import router as discussion_points_router
from api.drafts.router import router as drafts_router
from api.drafts.router import templates_router
from api.errors import install_error_handlers
from api.etags import ConditionalGetMiddleware
from api.health.router import router as health_router
from api.idempotency import service as idempotency_service
from api.idempotency.middleware import IdempotencyMiddleware
from api.interviews.router import router as interviews_router
from api.middleware import QueryGuardMiddleware, RequestBodyGuardMiddleware, RequestIdMiddleware
from api.openapi import build_openapi
from api.pagination import CursorCodec
from api.playbook.router import router as playbook_router
from api.portability.router import router as portability_router
from api.ratelimit.middleware import RateLimiter, RateLimitMiddleware
from api.reflections.router import router as reflections_router
from api.resources.router import router as resources_router
from api.spa import mount_spa
from api.tasks.router import agenda_router
from api.tasks.router import router as tasks_router
from api.tokens.router import router as tokens_router
from api.webhooks.router import router as webhooks_router
from api.webhooks.runner import build_worker
from api.webhooks.worker import WebhookWorker

logger = logging.getLogger("afterword")

DESCRIPTION = """\
Afterword turns each interview into the follow-up work that wins offers: a specific
thank-you to every interviewer within two working days, a follow-up when the stated timeline
passes, updates that keep you top-of-mind and, after a no, a gracious note, a request
for feedback and a reason to stay in touch.

**Authentication**: the web app uses a session cookie (unsafe requests echo the `aw_csrf`
cookie in `X-CSRF-Token`); scripts and partners send `Authorization: Bearer aw_pat_…`.
**Errors** are RFC 9457 `application/problem+json` with a stable `code` and
`errors[].pointer` naming each bad field. **Lists** use keyset cursors:
`{data, has_more, next_cursor}` and a `Link: <…>; rel="next"` header.
"""


async def _maintenance_loop(db: Database, every_seconds: float = 3600) -> None:
    """Housekeeping for the embedded default: forget expired idempotency keys."""
    while True:
        try:
            await idempotency_service.prune(db)
        except Exception:
            logger.exception("idempotency key pruning failed; retrying later")
        await asyncio.sleep(every_seconds)


def _operation_id(route: APIRoute) -> str:
    # The handler's name is the operationId: list_interviews, create_interview, ...
    return route.name


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        secret_key = settings.resolved_secret_key()
        app.state.secret_key = secret_key
        app.state.cursors = CursorCodec(secret_key)
        app.state.credentials = CredentialCache(settings.credential_cache_seconds)
        db = Database(
            settings.resolved_database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms
        )
        app.state.db = db
        background = [asyncio.create_task(_maintenance_loop(db), name="afterword-maintenance")]
        stop = asyncio.Event()
        worker: WebhookWorker | None = None
        if settings.worker_in_process:
            worker = build_worker(db, settings)
            background.append(
                asyncio.create_task(worker.run_forever(stop), name="afterword-worker")
            )
        # What start-up built lives as long as the process: keep it out of the cyclic
        # collector's full passes, which otherwise walk it again and again under load.
        gc.freeze()
        try:
            yield
        finally:
            stop.set()
            for task in background:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            if worker is not None:
                await worker.close()
            await db.dispose()

    app = FastAPI(
        title="Afterword",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
        docs_url="/v1/docs",
        redoc_url=None,
        openapi_url="/v1/openapi.json",
    )
    app.state.settings = settings

    install_error_handlers(app)
    # Routes are matched in order: the ones clients call most come first.
    for router in (
        tasks_router,
        agenda_router,
        health_router,
        auth_router,
        tokens_router,
        calendar_router,
        interviews_router,
        discussion_points_router,
        reflections_router,
        contacts_router,
        drafts_router,
        templates_router,
        accomplishments_router,
        resources_router,
        playbook_router,
        webhooks_router,
        portability_router,
    ):
        app.include_router(router)
    mount_spa(app, settings)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = build_openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    # Added innermost first; the last one added runs first on the way in.
    app.add_middleware(ConditionalGetMiddleware)
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(QueryGuardMiddleware)
    app.add_middleware(
        RequestBodyGuardMiddleware,
        max_body_bytes=settings.max_body_bytes,
        raw_body_paths=("/import-ics",),
        large_body_paths={"/v1/import": settings.max_import_bytes},
    )
    if settings.rate_limits_enabled:
        app.state.rate_limiter = RateLimiter(settings)
        app.add_middleware(RateLimitMiddleware, limiter=app.state.rate_limiter)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "If-Match",
                "If-None-Match",
                "X-CSRF-Token",
                "X-Request-ID",
            ],
            expose_headers=[
                "ETag",
                "Link",
                "Location",
                "Retry-After",
                "RateLimit",
                "RateLimit-Policy",
                "X-Request-ID",
            ],
        )
    app.add_middleware(RequestIdMiddleware)
    return app

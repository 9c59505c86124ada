"""Build and run the webhook worker: in-process under `serve`, or as `afterword worker`."""

from __future__ import annotations

import asyncio
import importlib
import logging
import signal

from api.config import Settings
from api.db import Database
from api.webhooks.task_events import announce_due_tasks
from api.webhooks.worker import PeriodicJob, WebhookWorker

logger = logging.getLogger("afterword.worker")


def periodic_jobs() -> list[PeriodicJob]:
    """Jobs of other features that run on the worker's rounds."""
    return [announce_due_tasks]


def build_worker(db: Database, settings: Settings) -> WebhookWorker:
    return WebhookWorker(db, settings, extra_jobs=periodic_jobs())


async def run_worker(settings: Settings) -> None:
    """Deliver until SIGINT/SIGTERM; any number of these can run against PostgreSQL."""
    # Foreign keys name other features' tables: register every table before querying.
    importlib.import_module("api.models")
    db = Database(settings.resolved_database_url, busy_timeout_ms=settings.sqlite_busy_timeout_ms)
    worker = build_worker(db, settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    logger.info("webhook worker started")
    try:
        await worker.run_forever(stop)
    finally:
        await worker.close()
        await db.dispose()

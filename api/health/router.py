"""Liveness and readiness for load balancers and orchestrators."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from api.errors import AppError, problem_responses

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str


class DatabaseUnavailable(AppError):
    status, code, title = 503, "database_unavailable", "Database unavailable"


@router.get("/healthz")
async def get_health() -> Health:
    """The process is up."""
    return Health(status="ok")


@router.get("/readyz", responses=problem_responses(503))
async def get_readiness(request: Request) -> Health:
    """The database answers."""
    try:
        async with request.app.state.db.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        raise DatabaseUnavailable("The database does not answer.") from exc
    return Health(status="ok")

"""Structural performance rules: no lazy loads, no buffering middleware."""

from __future__ import annotations

from typing import Any

from starlette.middleware.base import BaseHTTPMiddleware

import api.models  # noqa: F401 (every model registered)
from api.config import Settings
from api.db import Base
from api.main import create_app


def test_every_relationship_refuses_to_lazy_load() -> None:
    # A lazy load in an async session is an N+1 at best and a crash at worst: every
    # relationship must be loaded on purpose (selectinload, joins) or not at all.
    relationships = [
        (mapper.class_.__name__, relationship.key, relationship.lazy)
        for mapper in Base.registry.mappers
        for relationship in mapper.relationships
    ]
    assert relationships, "no relationships found: the check would prove nothing"
    assert [r for r in relationships if r[2] != "raise"] == []


def _chain(app: Any) -> list[Any]:
    """The ASGI apps a request passes through, outermost first, down to the router."""
    layers = []
    while app is not None and not any(layer is app for layer in layers):
        layers.append(app)
        app = getattr(app, "app", None)
    return layers


def test_no_middleware_buffers_the_response(settings: Settings) -> None:
    # BaseHTTPMiddleware (and @app.middleware("http")) runs every request in an extra
    # task and buffers streaming bodies; the stack is pure ASGI, with every optional
    # middleware switched on.
    configured = settings.model_copy(
        update={"rate_limits_enabled": True, "cors_origins": ["https://app.example"]}
    )
    app = create_app(configured)
    declared = [middleware.cls for middleware in app.user_middleware]
    layers = _chain(app.build_middleware_stack())
    names = {type(layer).__name__ for layer in layers}
    assert {"CORSMiddleware", "RateLimitMiddleware", "IdempotencyMiddleware"} <= names
    assert "Router" in names or "APIRouter" in names, names
    assert [c for c in declared if isinstance(c, type) and issubclass(c, BaseHTTPMiddleware)] == []
    assert [type(layer).__name__ for layer in layers if isinstance(layer, BaseHTTPMiddleware)] == []

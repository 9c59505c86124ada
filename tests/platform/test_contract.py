"""The committed openapi.json is the app's contract, and it is kept honest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from api.openapi import render

ROOT = Path(__file__).resolve().parents[2]


def test_committed_openapi_matches_the_app(app: FastAPI) -> None:
    committed = (ROOT / "openapi.json").read_text()
    assert committed == render(app), "openapi.json is stale: run `make openapi`"


def _operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in app.openapi()["paths"].items()
        for method, operation in item.items()
    ]


def test_operation_ids_are_the_handler_names(app: FastAPI) -> None:
    handlers = {
        context.name
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute) and context.include_in_schema
    }
    operation_ids = [operation["operationId"] for _, _, operation in _operations(app)]
    assert sorted(operation_ids) == sorted(handlers)
    assert len(set(operation_ids)) == len(operation_ids)


def test_every_error_response_is_problem_json(app: FastAPI) -> None:
    for path, method, operation in _operations(app):
        statuses = operation["responses"].keys()
        assert "500" in statuses, (path, method)
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                assert list(response["content"]) == ["application/problem+json"], (path, status)
        if path.startswith("/v1/") and not path.startswith("/v1/auth/"):
            assert "401" in statuses, (path, method)
        if "{" in path:
            assert "404" in statuses or "422" in statuses, (path, method)
    schemas = app.openapi()["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    assert set(schemas["Problem"]["required"]) >= {"type", "title", "status", "detail", "code"}

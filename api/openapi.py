"""The committed contract: FastAPI's document, with problem+json for every error."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.errors import PROBLEM_MEDIA_TYPE

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


def build_openapi(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    for path, path_item in schema.get("paths", {}).items():
        for method, operation in path_item.items():
            _add_shared_responses(path, method, operation)
            for status, response in operation.get("responses", {}).items():
                if status.startswith(("4", "5")):
                    # FastAPI's own validation schema never reaches a client: ours does.
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}}
            operation["responses"].setdefault(
                "500",
                {
                    "description": "Internal Server Error",
                    "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}},
                },
            )
    _standard_bounds(schema)
    components = schema.get("components", {}).get("schemas", {})
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    return schema


_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _standard_bounds(node: Any) -> None:
    """Pydantic writes bounds of validator-wrapped numbers as ge/le; JSON Schema says
    minimum/maximum (and clients and fuzzers read only those)."""
    if isinstance(node, dict):
        if isinstance(node.get("type"), str) and node["type"] in {"integer", "number"}:
            for short, standard in _BOUNDS.items():
                if short in node:
                    node[standard] = node.pop(short)
        for value in node.values():
            _standard_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _standard_bounds(value)


_SHARED = {
    "400": "Bad Request",
    "409": "Conflict",
    "412": "Precondition Failed",
    "413": "Content Too Large",
    "415": "Unsupported Media Type",
    "422": "Unprocessable Content",
    "429": "Too Many Requests",
    "503": "Service Unavailable (the database is busy saving other changes; retry after "
    "`Retry-After` seconds)",
}


def _add_shared_responses(path: str, method: str, operation: dict[str, Any]) -> None:
    """Answers the middleware can give on any operation, documented where they apply."""
    statuses: set[str] = set()
    if path.startswith("/v1/"):
        statuses.add("429")
    if method in {"post", "put", "patch", "delete"}:
        # A write that waited too long for its turn on SQLite (code database_busy).
        statuses.add("503")
    if "requestBody" in operation:
        # Malformed JSON, oversized bodies, wrong media type, invalid fields.
        statuses |= {"400", "413", "415", "422"}
    if any(param.get("in") == "query" for param in operation.get("parameters", [])):
        # Unknown query parameters, unknown sorts and bad cursors.
        statuses.add("400")
    if method == "post" and not path.startswith("/v1/auth/"):
        # Idempotency-Key: malformed (400), still running (409), reused (422).
        statuses |= {"400", "409", "422"}
    if method in {"put", "patch", "delete"} and "{" in path:
        statuses.add("412")
    responses = operation.setdefault("responses", {})
    for status in sorted(statuses):
        responses.setdefault(status, {"description": _SHARED[status]})
    if method == "get" and "{" in path and "200" in responses:
        responses.setdefault("304", {"description": "Not Modified (If-None-Match matched)"})


def render(app: FastAPI) -> str:
    """Deterministic text: sorted keys, fixed indentation, final newline."""
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"

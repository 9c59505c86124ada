"""One error hierarchy, rendered as RFC 9457 problem+json everywhere."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, Field
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import Send

from api.db import database_busy

logger = logging.getLogger("afterword.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"


class FieldError(BaseModel):
    pointer: str = Field(
        description="JSON pointer to the offending input: "
        "'/body/...', '/query/<name>' or '/path/<name>'."
    )
    detail: str


class Problem(BaseModel):
    """RFC 9457 problem details, with a stable machine-readable ``code``."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    request_id: str | None = None
    errors: list[FieldError] = Field(default_factory=list)


def problem_type(code: str) -> str:
    return f"urn:afterword:problem:{code.replace('_', '-')}"


class AppError(Exception):
    """Base of every error a client may see; subclasses fix status and code."""

    status: int = 400
    code: str = "bad_request"
    title: str = "Bad request"

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: Sequence[FieldError] = (),
        headers: dict[str, str] | None = None,
    ) -> None:
        self.detail = detail or self.title
        self.errors = list(errors)
        self.headers = headers or {}
        super().__init__(self.detail)

    def to_problem(self, request_id: str | None = None) -> Problem:
        return Problem(
            type=problem_type(self.code),
            title=self.title,
            status=self.status,
            detail=self.detail,
            code=self.code,
            request_id=request_id,
            errors=self.errors,
        )


class BadRequest(AppError):
    status, code, title = 400, "bad_request", "Bad request"


class MalformedJSON(AppError):
    status, code, title = 400, "malformed_json", "Malformed JSON"


class BadCursor(AppError):
    status, code, title = 400, "bad_cursor", "Invalid cursor"


class UnknownParameter(AppError):
    status, code, title = 400, "unknown_parameter", "Unknown parameter"


class UnknownSort(AppError):
    status, code, title = 400, "unknown_sort", "Unknown sort order"


class Unauthenticated(AppError):
    status, code, title = 401, "unauthenticated", "Authentication required"

    def __init__(self, detail: str | None = None) -> None:
        super().__init__(detail, headers={"WWW-Authenticate": 'Bearer realm="afterword"'})


class InvalidCredentials(AppError):
    status, code, title = 401, "invalid_credentials", "Invalid email or password"


class Forbidden(AppError):
    status, code, title = 403, "forbidden", "Forbidden"


class MissingScope(AppError):
    status, code, title = 403, "missing_scope", "Missing scope"

    def __init__(self, scope: str) -> None:
        self.scope = scope
        super().__init__(f"This token lacks the '{scope}' scope.")


class CSRFFailed(AppError):
    status, code, title = 403, "csrf_failed", "CSRF check failed"


class NotFound(AppError):
    status, code, title = 404, "not_found", "Not found"


class MethodNotAllowed(AppError):
    status, code, title = 405, "method_not_allowed", "Method not allowed"


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class PreconditionFailed(AppError):
    status, code, title = 412, "precondition_failed", "Precondition failed"


class PayloadTooLarge(AppError):
    status, code, title = 413, "payload_too_large", "Request body too large"


class UnsupportedMediaType(AppError):
    status, code, title = 415, "unsupported_media_type", "Unsupported media type"


class ValidationFailed(AppError):
    status, code, title = 422, "validation_failed", "The request is not valid"


class RateLimited(AppError):
    status, code, title = 429, "rate_limited", "Too many requests"


class InternalError(AppError):
    status, code, title = 500, "internal_error", "Internal server error"


class DatabaseBusy(AppError):
    status, code, title = 503, "database_busy", "Busy saving other changes"

    def __init__(self, detail: str) -> None:
        super().__init__(detail, headers={"Retry-After": "1"})


def request_id_of(request: Request) -> str | None:
    value = request.scope.get("state", {}).get("request_id")
    return value if isinstance(value, str) else None


def problem_response(error: AppError, request: Request) -> JSONResponse:
    request_id = request_id_of(request)
    headers = dict(error.headers)
    if request_id:
        headers["X-Request-ID"] = request_id
    # Only a server error quotes the request id in its body: a 4xx body depends on the
    # request alone, so another user's id answers byte-for-byte like a missing one.
    quoted_id = request_id if error.status >= 500 else None
    return JSONResponse(
        error.to_problem(quoted_id).model_dump(mode="json"),
        status_code=error.status,
        headers=headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )


async def send_problem(send: Send, error: AppError) -> None:
    """Answer from pure ASGI middleware, before any route runs."""
    body = json.dumps(error.to_problem().model_dump(mode="json")).encode()
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(name.lower().encode(), value.encode()) for name, value in error.headers.items()]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def pointer(location: Sequence[str | int]) -> str:
    """('body', 'interviewers', 0, 'email') -> '/body/interviewers/0/email' (RFC 6901)."""
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in location]
    return "/" + "/".join(parts)


def _validation_error(exc: RequestValidationError) -> AppError:
    raw: Sequence[Any] = exc.errors()
    if any(err.get("type") == "json_invalid" for err in raw):
        detail = next(err.get("ctx", {}).get("error", "") for err in raw)
        return MalformedJSON(f"The request body is not valid JSON: {detail}".rstrip(": "))
    unknown_query = [
        err
        for err in raw
        if err.get("type") == "extra_forbidden" and tuple(err.get("loc", ()))[:1] == ("query",)
    ]
    if unknown_query:
        names = ", ".join(str(err["loc"][-1]) for err in unknown_query)
        return UnknownParameter(
            f"Unknown query parameter: {names}.",
            errors=[
                FieldError(pointer=pointer(err["loc"]), detail="Unknown parameter")
                for err in unknown_query
            ],
        )
    bad_sort = [err for err in raw if tuple(err.get("loc", ())) == ("query", "sort")]
    if bad_sort:
        return UnknownSort(
            f"Unknown sort order. {_message(bad_sort[0])}",
            errors=[FieldError(pointer="/query/sort", detail=_message(bad_sort[0]))],
        )
    field_errors = [
        FieldError(pointer=pointer(location), detail=_message(err))
        for err in raw
        for location in _locations(err)
    ]
    fields = ", ".join(sorted({fe.pointer for fe in field_errors}))
    return ValidationFailed(f"Check these fields: {fields}.", errors=field_errors)


def _locations(err: Any) -> list[tuple[str | int, ...]]:
    location = tuple(err.get("loc", ()))
    if err.get("type") == "null_not_allowed":
        # A model-level check that names its fields: point at each of them.
        return [(*location, name) for name in err.get("ctx", {}).get("names", [])]
    return [location]


def _message(err: Any) -> str:
    if err.get("type") == "null_not_allowed":
        return "This field cannot be cleared (null)."
    if err.get("type") == "extra_forbidden":
        return "Unknown field; it is not part of this resource or it is set by the server."
    if err.get("type") == "missing":
        return "This field is required."
    message = str(err.get("msg", "Invalid value"))
    return message.removeprefix("Value error, ")


def install_error_handlers(app: FastAPI) -> None:
    async def on_app_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, AppError)
        return problem_response(exc, request)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(_validation_error(exc), request)

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        error: AppError
        if exc.status_code == 404:
            error = NotFound("No resource at this address.")
        elif exc.status_code == 405:
            allowed = _allowed_methods(request)
            error = MethodNotAllowed(
                f"{request.method} is not allowed here; use {', '.join(allowed)}.",
                headers={"Allow": ", ".join(allowed)},
            )
        else:
            error = AppError(str(exc.detail))
            error.status = exc.status_code
            error.title = HTTPStatus(exc.status_code).phrase
            error.code = error.title.lower().replace(" ", "_").replace("-", "_")
        return problem_response(error, request)

    async def on_stale_write(request: Request, exc: Exception) -> JSONResponse:
        # Someone else's write landed between our read and our UPDATE ... WHERE version=.
        return problem_response(
            PreconditionFailed(
                "This resource changed while your request ran; fetch it again and retry."
            ),
            request,
        )

    async def on_database_error(request: Request, exc: Exception) -> JSONResponse:
        if database_busy(exc):
            # Other writers held SQLite for longer than the busy timeout; the request's
            # transaction was rolled back, and the same request can succeed in a moment.
            detail = "Other changes are being saved right now; nothing was changed. "
            return problem_response(DatabaseBusy(detail + "Try again in a moment."), request)
        return await on_unexpected(request, exc)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        if database_busy(exc):
            # Busy outside a route (the idempotency middleware's own writes).
            detail = "Other changes are being saved right now; try again in a moment."
            return problem_response(DatabaseBusy(detail), request)
        request_id = request_id_of(request)
        logger.exception("unhandled error (request %s)", request_id, exc_info=exc)
        return problem_response(
            InternalError(f"Something went wrong on our side. Quote request id {request_id}."),
            request,
        )

    app.add_exception_handler(AppError, on_app_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(StaleDataError, on_stale_write)
    app.add_exception_handler(OperationalError, on_database_error)
    app.add_exception_handler(Exception, on_unexpected)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route offers at this path (Starlette names only the first)."""
    methods: set[str] = set()
    for context in iter_route_contexts(request.app.routes):
        match, _ = context.matches(request.scope)
        if match != Match.NONE and context.methods:
            methods |= set(context.methods)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses an operation can give."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }

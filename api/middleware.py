"""Pure ASGI middleware (no BaseHTTPMiddleware: it buffers and costs a task per request)."""

from __future__ import annotations

import re
import uuid
from urllib.parse import parse_qsl

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import (
    BadRequest,
    FieldError,
    PayloadTooLarge,
    UnsupportedMediaType,
    send_problem,
)


class RepeatedParameter(BadRequest):
    code = "repeated_parameter"
    title = "Repeated query parameter"


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{8,128}$")
_JSON_TYPES = re.compile(r"^application/([a-z0-9.+\-]+\+)?json$")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class RequestIdMiddleware:
    """Every response carries an X-Request-ID (the caller's, when it is sane)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        # Mutate the shared scope so that the outermost error handler sees it too.
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["X-Request-ID"] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)


class QueryGuardMiddleware:
    """Each query parameter may appear once: no API parameter takes a list, and quietly
    keeping only the last of several values would hide a client's mistake."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/v1/"):
            names = [name for name, _ in parse_qsl(scope["query_string"].decode("latin-1"))]
            repeated = sorted({name for name in names if names.count(name) > 1})
            if repeated:
                await send_problem(
                    send,
                    RepeatedParameter(
                        f"Give each query parameter once; repeated: {', '.join(repeated)}.",
                        errors=[
                            FieldError(pointer=f"/query/{name}", detail="Given more than once.")
                            for name in repeated
                        ],
                    ),
                )
                return
        await self.app(scope, receive, send)


class RequestBodyGuardMiddleware:
    """Bodies under /v1 must be JSON (unless a route accepts files) and not too large."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        raw_body_paths: tuple[str, ...] = (),
        large_body_paths: dict[str, int] | None = None,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.raw_body_paths = raw_body_paths
        self.large_body_paths = large_body_paths or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        limit = self.large_body_paths.get(path, self.max_body_bytes)
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await send_problem(send, _too_large(limit))
            return
        has_body = (length is not None and length != "0") or "transfer-encoding" in headers
        if path.startswith("/v1/") and has_body and not path.endswith(self.raw_body_paths):
            media_type = headers.get("content-type", "").split(";")[0].strip().lower()
            if not _JSON_TYPES.match(media_type):
                sent = media_type or "no Content-Type"
                error = UnsupportedMediaType(
                    f"Send JSON (Content-Type: application/json), not {sent}."
                )
                await send_problem(send, error)
                return

        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _too_large(limit)
            return message

        await self.app(scope, counting_receive, send)


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"Request bodies here are limited to {limit} bytes.")

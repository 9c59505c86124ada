"""Idempotency-Key on every POST: a retry never creates twice.

The key is scoped to the credential that sent it (a token or a browser session) and
kept for 24 hours with a fingerprint of the request. A replay answers with the stored
status, headers and body; the same key with another body is refused (422); a retry
while the first request is still running gets 409. Requests that fail (4xx/5xx) are not
stored, so the client can correct them and try again with the same key.
"""

from __future__ import annotations

import hashlib
import json

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.db import Database
from api.errors import BadRequest, Conflict, ValidationFailed, send_problem
from api.idempotency import service
from api.security import digest

HEADER = "idempotency-key"
MAX_KEY_LENGTH = 255
# Never replayed: these set or clear credentials.
_EXCLUDED_PREFIXES = ("/v1/auth/",)
_NOT_REPLAYED_HEADERS = frozenset(
    {"set-cookie", "date", "server", "x-request-id", "content-length", "ratelimit", "retry-after"}
)


class IdempotencyKeyReused(ValidationFailed):
    code = "idempotency_key_reused"
    title = "Idempotency key reused"


class IdempotencyInProgress(Conflict):
    code = "idempotency_in_progress"
    title = "Request in progress"


class InvalidIdempotencyKey(BadRequest):
    code = "invalid_idempotency_key"
    title = "Invalid Idempotency-Key"


def principal_of(headers: Headers) -> str | None:
    """Who is asking, without a database round trip: a digest of the credential."""
    authorization = headers.get("authorization", "")
    if authorization.lower().startswith("bearer "):
        return "token:" + digest(authorization[7:].strip())[:64]
    for part in headers.get("cookie", "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == "aw_session" and value:
            return "session:" + digest(value)[:64]
    return None


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        key = headers.get(HEADER)
        principal = principal_of(headers)
        path: str = scope["path"]
        if key is None or principal is None or path.startswith(_EXCLUDED_PREFIXES):
            await self.app(scope, receive, send)
            return
        if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            await send_problem(
                send,
                InvalidIdempotencyKey(
                    f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} printable characters."
                ),
            )
            return

        body, more = await _read_body(receive)
        if more:
            # Bodies over the size limit are refused by the body guard further in.
            await self.app(scope, _replaying(body, receive, more_body=True), send)
            return
        fingerprint = request_fingerprint(scope, body)
        db: Database = scope["app"].state.db
        claim = await service.claim(db, principal, key, fingerprint)
        if isinstance(claim, service.Mismatch):
            await send_problem(
                send,
                IdempotencyKeyReused(
                    "This Idempotency-Key was used with a different request; use a new key."
                ),
            )
            return
        if isinstance(claim, service.InProgress):
            await send_problem(
                send,
                IdempotencyInProgress(
                    "A request with this Idempotency-Key is still running; retry shortly."
                ),
            )
            return
        if isinstance(claim, service.Replay):
            replay_headers = [(n.encode(), v.encode()) for n, v in claim.headers]
            replay_headers.append((b"idempotent-replayed", b"true"))
            replay_headers.append((b"content-length", str(len(claim.body)).encode()))
            await send(
                {"type": "http.response.start", "status": claim.status, "headers": replay_headers}
            )
            await send({"type": "http.response.body", "body": claim.body})
            return

        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            await self.app(scope, _replaying(body, receive), capture)
        except BaseException:
            await service.release(db, claim.record_id)
            raise
        assert start is not None
        status: int = start["status"]
        response_body = b"".join(chunks)
        if status < 400:
            stored = [
                [name.decode("latin-1"), value.decode("latin-1")]
                for name, value in start.get("headers", [])
                if name.decode("latin-1").lower() not in _NOT_REPLAYED_HEADERS
            ]
            await service.complete(db, claim.record_id, status, stored, response_body)
        else:
            await service.release(db, claim.record_id)
        await send(start)
        await send({"type": "http.response.body", "body": response_body})


async def _read_body(receive: Receive, limit: int = 2_000_000) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks), False
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False
        if size > limit:
            return b"".join(chunks), True


def _replaying(body: bytes, receive: Receive, *, more_body: bool = False) -> Receive:
    """Hand the already-read body to the app, then continue with the real stream."""
    pending = [body]

    async def replay() -> Message:
        if pending:
            return {"type": "http.request", "body": pending.pop(), "more_body": more_body}
        return await receive()

    return replay


def request_fingerprint(scope: Scope, body: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    target = f"{scope['method']} {scope['path']}?{scope.get('query_string', b'').decode()}"
    return hashlib.sha256(target.encode() + b"\n" + canonical).hexdigest()

"""Strong ETags from row versions; If-Match checked in the writing transaction.

Every versioned row (`version_id_col`) carries an integer that SQLAlchemy bumps on each
UPDATE and checks in its WHERE clause, so a stale write that slips past the header check
still fails at flush (StaleDataError → 412) instead of overwriting.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Protocol

from fastapi import Request, Response
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import PreconditionFailed


class Versioned(Protocol):
    id: uuid.UUID
    version: int


def etag_of(entity: Versioned) -> str:
    raw = f"{entity.id}:{entity.version}".encode()
    return '"' + hashlib.sha256(raw).hexdigest()[:27] + '"'


def set_etag(response: Response, entity: Versioned) -> None:
    response.headers["ETag"] = etag_of(entity)


def _tags(header: str) -> list[str]:
    return [tag.strip() for tag in header.split(",") if tag.strip()]


def check_if_match(request: Request, entity: Versioned) -> None:
    """A write with a stale If-Match changes nothing (RFC 9110 strong comparison)."""
    header = request.headers.get("if-match")
    if header is None:
        return
    tags = _tags(header)
    if "*" in tags or etag_of(entity) in tags:
        return
    raise PreconditionFailed(
        "This resource changed since you read it; fetch it again and reapply your change."
    )


class ConditionalGetMiddleware:
    """GET/HEAD with a matching If-None-Match → 304 Not Modified (weak comparison)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in {"GET", "HEAD"}:
            await self.app(scope, receive, send)
            return
        wanted = Headers(scope=scope).get("if-none-match")
        if not wanted:
            await self.app(scope, receive, send)
            return
        wanted_tags = {tag.removeprefix("W/") for tag in _tags(wanted)}
        not_modified = False

        async def maybe_304(message: Message) -> None:
            nonlocal not_modified
            if message["type"] == "http.response.start":
                etag = MutableHeaders(scope=message).get("etag")
                if (
                    message["status"] == 200
                    and etag
                    and ("*" in wanted_tags or etag.removeprefix("W/") in wanted_tags)
                ):
                    not_modified = True
                    headers = MutableHeaders(scope=message)
                    for name in ("content-length", "content-type"):
                        if name in headers:
                            del headers[name]
                    message = {**message, "status": 304}
                await send(message)
            elif not_modified:
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
            else:
                await send(message)

        await self.app(scope, receive, maybe_304)

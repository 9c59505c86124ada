"""Keyset pagination with opaque, tamper-evident cursors bound to their filters."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from fastapi import Request, Response
from pydantic import BaseModel, Field

from api.errors import BadCursor

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class Page(BaseModel, Generic[T]):
    data: list[T]
    has_more: bool
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


class CursorCodec:
    """Signs cursor positions so a client can neither forge nor reuse them elsewhere."""

    def __init__(self, secret_key: str) -> None:
        self._key = hashlib.sha256(b"afterword-cursor:" + secret_key.encode()).digest()

    def encode(self, position: Sequence[Any], binding: str) -> str:
        payload = json.dumps([_plain(v) for v in position], separators=(",", ":")).encode()
        mac = self._mac(payload, binding)
        return _b64(payload) + "." + _b64(mac)

    def decode(self, cursor: str, binding: str) -> list[Any]:
        try:
            payload_part, mac_part = cursor.split(".")
            payload = _unb64(payload_part)
            mac = _unb64(mac_part)
        except ValueError:
            raise BadCursor("The cursor is malformed; start again without it.") from None
        if not hmac.compare_digest(mac, self._mac(payload, binding)):
            raise BadCursor(
                "The cursor was changed or belongs to other filters or another sort; "
                "start again without it."
            )
        position: list[Any] = json.loads(payload)
        return position

    def _mac(self, payload: bytes, binding: str) -> bytes:
        return hmac.new(self._key, binding.encode() + b"\0" + payload, hashlib.sha256).digest()[:16]


def time_and_id(position: Sequence[Any]) -> tuple[datetime, UUID]:
    """The position of a list ordered by a time, then by id."""
    try:
        moment, identifier = position
        return datetime.fromisoformat(moment), UUID(identifier)
    except (TypeError, ValueError, AttributeError):
        raise BadCursor("The cursor is malformed; start again without it.") from None


def text_and_id(position: Sequence[Any]) -> tuple[str, UUID]:
    """The position of a list ordered by a text (a name), then by id."""
    try:
        text, identifier = position
        if not isinstance(text, str):
            raise TypeError(text)
        return text, UUID(identifier)
    except (TypeError, ValueError, AttributeError):
        raise BadCursor("The cursor is malformed; start again without it.") from None


def binding_for(owner: UUID, sort: str, filters: Mapping[str, Any]) -> str:
    """A cursor is valid only for the same owner, sort and filters."""
    normalized = {key: _plain(value) for key, value in sorted(filters.items()) if value is not None}
    return json.dumps([str(owner), sort, normalized], separators=(",", ":"), sort_keys=True)


def set_link_header(request: Request, response: Response, next_cursor: str | None) -> None:
    if next_cursor is None:
        return
    url = request.url.include_query_params(cursor=next_cursor)
    response.headers["Link"] = f'<{url}>; rel="next"'


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("bad base64") from exc

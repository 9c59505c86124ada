"""Rate limits per principal, stricter on sign-in and sign-up, with standard headers.

Counters live in memory by default and in Redis when AFTERWORD_REDIS_URL is set, so
that every process shares them. Each credential (token or browser session) has its own
quota, anonymous callers are counted by address, and sign-in/sign-up attempts are also
counted per email and per address. Every /v1 response says where the caller stands
(`RateLimit-Policy`, `RateLimit`); a refusal is a 429 problem with `Retry-After`.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.aio.storage import Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.config import Settings
from api.errors import RateLimited, send_problem
from api.idempotency.middleware import principal_of

_AUTH_PATHS = frozenset({"/v1/auth/login", "/v1/auth/register"})


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    policy: str
    limit: int
    window: int
    remaining: int
    reset_in: int


class RateLimiter:
    def __init__(self, settings: Settings) -> None:
        uri = f"async+{settings.redis_url}" if settings.redis_url else "async+memory://"
        storage = storage_from_string(uri)
        assert isinstance(storage, Storage), "an async storage is expected"
        self.storage = storage
        self.strategy = SlidingWindowCounterRateLimiter(self.storage)
        self.default = parse(settings.rate_limit)
        self.auth = parse(settings.auth_rate_limit)

    async def check(self, item: RateLimitItem, policy: str, *identity: str) -> Verdict:
        allowed = await self.strategy.hit(item, policy, *identity)
        stats = await self.strategy.get_window_stats(item, policy, *identity)
        return Verdict(
            allowed=allowed,
            policy=policy,
            limit=item.amount,
            window=item.get_expiry(),
            remaining=max(stats.remaining, 0),
            reset_in=max(math.ceil(stats.reset_time - time.time()), 0),
        )

    async def reset(self) -> None:
        await self.storage.reset()


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, *, limiter: RateLimiter) -> None:
        self.app = app
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        address = (scope.get("client") or ("unknown", 0))[0]
        principal = principal_of(headers) or f"address:{address}"
        verdicts = [await self.limiter.check(self.limiter.default, "default", principal)]

        if scope["method"] == "POST" and path in _AUTH_PATHS:
            body, receive = await _peek_body(receive)
            verdicts.append(await self.limiter.check(self.limiter.auth, "auth", address))
            email = _email_in(body)
            if email:
                verdicts.append(await self.limiter.check(self.limiter.auth, "auth-email", email))

        # The tightest verdict is the one the caller needs to know about.
        refused = [v for v in verdicts if not v.allowed]
        shown = (
            max(refused, key=lambda v: v.reset_in)
            if refused
            else min(verdicts, key=lambda v: v.remaining)
        )
        header_values = _headers_for(shown)
        if refused:
            error = RateLimited(
                f"Too many requests; try again in {shown.reset_in} seconds.",
                headers={"Retry-After": str(max(shown.reset_in, 1)), **header_values},
            )
            await send_problem(send, error)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                mutable = MutableHeaders(scope=message)
                for name, value in header_values.items():
                    mutable[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _headers_for(verdict: Verdict) -> dict[str, str]:
    # draft-ietf-httpapi-ratelimit-headers: a named policy and the caller's standing in it.
    return {
        "RateLimit-Policy": f'"{verdict.policy}";q={verdict.limit};w={verdict.window}',
        "RateLimit": f'"{verdict.policy}";r={verdict.remaining};t={verdict.reset_in}',
    }


async def _peek_body(receive: Receive, limit: int = 64_000) -> tuple[bytes, Receive]:
    """Read a small auth body to find the email, and hand it on unchanged."""
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        if message["type"] != "http.request":
            break
        size += len(message.get("body", b""))
        if not message.get("more_body", False) or size > limit:
            break
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")

    async def replay() -> Message:
        if messages:
            return messages.pop(0)
        return await receive()

    return body, replay


def _email_in(body: bytes) -> str | None:
    try:
        document = json.loads(body)
    except ValueError:
        return None
    email = document.get("email") if isinstance(document, dict) else None
    return email.strip().lower()[:254] if isinstance(email, str) and email.strip() else None

"""A real HTTP receiver on loopback that verifies every Standard Webhooks signature."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError


@dataclass
class Received:
    webhook_id: str
    payload: dict[str, Any]
    headers: dict[str, str]
    size: int


@dataclass
class Receiver:
    """Answers with the scripted statuses in turn (then 204) and records what it verified."""

    secret: str = ""
    port: int = 0
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    delay_seconds: float = 0.0
    received: list[Received] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    requests: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def unique_ids(self) -> set[str]:
        return {r.webhook_id for r in self.received}

    def handle(self, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str]]:
        with self.lock:
            # Counted on arrival: a test can act while requests are still in flight.
            self.requests += 1
        if self.delay_seconds:
            time.sleep(self.delay_seconds)
        with self.lock:
            try:
                payload = Webhook(self.secret).verify(body, headers)
            except WebhookVerificationError as exc:
                self.rejected.append(str(exc))
                return 401, {}
            status, extra = self.script.pop(0) if self.script else (204, {})
            if 200 <= status < 300:
                self.received.append(
                    Received(headers["webhook-id"], payload, dict(headers), len(body))
                )
            return status, extra


@contextmanager
def running(receiver: Receiver) -> Iterator[Receiver]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra = receiver.handle(body, headers)
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            reply = json.dumps({"echo": "a receiver body the log must never show"}).encode()
            self.send_header("content-length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", receiver.port), Handler)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()

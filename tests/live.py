"""A real `afterword serve` process on a free loopback port, for tests that need one."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_ready(url: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited early with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not become ready in time")


@contextmanager
def live_server(env: Mapping[str, str], *, timeout: float = 60) -> Iterator[str]:
    """Start the server with these AFTERWORD_* settings; yield its base URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    afterword = Path(sys.executable).with_name("afterword")
    server = subprocess.Popen(
        [str(afterword), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait_ready(url, server, timeout)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def _post_json(url: str, body: object, headers: Mapping[str, str]) -> urllib.request.Request:
    return urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **headers},
        method="POST",
    )


def sign_up_with_token(url: str, email: str, scopes: Iterable[str]) -> str:
    """Register a user on a live server and mint them a token with these scopes."""
    registration = _post_json(
        f"{url}/v1/auth/register", {"email": email, "password": "correct horse battery"}, {}
    )
    with urllib.request.urlopen(registration, timeout=10) as response:
        cookies = response.headers.get_all("Set-Cookie") or []
    jar = "; ".join(cookie.split(";")[0] for cookie in cookies)
    csrf = next(c.split("=", 1)[1] for c in jar.split("; ") if c.startswith("aw_csrf="))
    minting = _post_json(
        f"{url}/v1/tokens",
        {"name": "live", "scopes": sorted(scopes)},
        {"Cookie": jar, "X-CSRF-Token": csrf},
    )
    with urllib.request.urlopen(minting, timeout=10) as response:
        token: str = json.loads(response.read())["token"]
    return token

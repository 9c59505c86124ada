"""Run a command against a real `afterword serve` on a fresh SQLite database.

    python -m tests.e2e_server -- npm --prefix frontend run e2e

Starts the server on a free loopback port with a temporary data folder, waits until
it is ready, runs the command with AFTERWORD_E2E_URL set, then stops the server.
Without Chromium the browser tests are reported as not run (exit 0), unless
AFTERWORD_REQUIRE_BROWSER=1, as in CI, where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CHROMIUM = Path(os.environ.get("AFTERWORD_CHROMIUM", "/usr/bin/chromium"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_ready(url: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited early with code {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not become ready in time")


def main(argv: list[str]) -> int:
    command = argv[argv.index("--") + 1 :] if "--" in argv else argv
    if not command:
        raise SystemExit("usage: python -m tests.e2e_server -- COMMAND...")
    if not CHROMIUM.exists():
        if os.environ.get("AFTERWORD_REQUIRE_BROWSER") == "1":
            print(f"browser tests required but {CHROMIUM} is missing", file=sys.stderr)
            return 1
        print(f"browser tests not run: {CHROMIUM} is missing (apt-get install chromium)")
        return 0
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    data_dir = tempfile.mkdtemp(prefix="afterword-e2e-")
    env = {
        **os.environ,
        "AFTERWORD_DATA_DIR": data_dir,
        "AFTERWORD_WEBHOOKS_ALLOW_PRIVATE": "true",
    }
    env.pop("AFTERWORD_DATABASE_URL", None)
    afterword = Path(sys.executable).with_name("afterword")
    server = subprocess.Popen(
        [str(afterword), "serve", "--host", "127.0.0.1", "--port", str(port)], env=env
    )
    try:
        _wait_ready(url, server)
        return subprocess.call(command, env={**env, "AFTERWORD_E2E_URL": url})
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

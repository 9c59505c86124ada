"""Run a command against a real `afterword serve` on a fresh SQLite database.

    python -m tests.e2e_server -- npm --prefix frontend run e2e

Starts the server on a free loopback port with a temporary data folder, waits until
it is ready, runs the command with AFTERWORD_E2E_URL set, then stops the server.
Without Chromium the browser tests are reported as not run (exit 0), unless
AFTERWORD_REQUIRE_BROWSER=1, as in CI, where that is a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.live import live_server

CHROMIUM = Path(os.environ.get("AFTERWORD_CHROMIUM", "/usr/bin/chromium"))


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
    with tempfile.TemporaryDirectory(prefix="afterword-e2e-") as data_dir:
        env = {
            "AFTERWORD_DATA_DIR": data_dir,
            "AFTERWORD_DATABASE_URL": "",
            "AFTERWORD_WEBHOOKS_ALLOW_PRIVATE": "true",
        }
        with live_server(env) as url:
            return subprocess.call(command, env={**os.environ, **env, "AFTERWORD_E2E_URL": url})


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

#!/usr/bin/env bash
# The benchmark end to end: data, server, wrk, bench/results/<date>.md.
#
#   bench/run.sh                      SQLite, 10k tasks, every scenario (about 4 minutes)
#   BENCH_DATABASE_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/afterword_bench \
#     bench/run.sh --full             both databases, 100k and 1k tasks (about 15 minutes)
#
# Any argument is passed to `python -m bench` (see `bench/run.sh --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PYTHON="${BENCH_PYTHON:-.venv/bin/python}"

if ! command -v wrk >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
        echo "wrk is missing: installing it with apt-get" >&2
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        echo "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install -y wrk)" >&2
        exit 1
    fi
fi

exec "$BENCH_PYTHON" -m bench "$@"

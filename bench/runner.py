"""Prepare a database, start the server, drive the scenarios with wrk, collect numbers."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from api.auth.passwords import hash_password
from api.auth.scopes import ALL_SCOPES
from api.cli import SERVER_LOOP
from api.config import normalize_database_url
from api.db import Database, open_session
from api.pagination import CursorCodec, binding_for
from api.tasks.models import FollowUpTask
from api.tokens.service import mint_token
from bench import data
from bench.scenarios import DEFAULT_CLIENTS, Fixture, Request, Scenario

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
WORK = BENCH / ".work"
LUA = BENCH / "lua" / "plan.lua"
# Signs cursors in the benchmark server, so the driver can build the 90 % cursor.
SECRET_KEY = "afterword-benchmark-secret-key-not-for-production"  # noqa: S105 (bench only)
STATEMENT_SAMPLES = 20
DEEP = 0.9


@dataclass
class Measurement:
    backend: str
    size: str
    scenario: str
    title: str
    clients: int
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    requests: int
    errors: int
    timeouts: int
    locked: int
    sql_per_request: float | None
    # Server CPU time (all its threads) per request: unlike req/s, not moved by other
    # processes competing for the cores.
    cpu_ms: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Options:
    duration: float = 10.0
    warmup: float = 3.0
    timeout: str = "2s"
    # Each measurement is the best of this many runs: on a shared machine other processes
    # only ever slow a run down.
    rounds: int = 1
    profile: set[str] = field(default_factory=set)
    only: set[str] | None = None
    mix_clients: tuple[int, ...] = (4, 16, 64)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def python() -> str:
    return sys.executable


# The database


def sqlite_url(size: str) -> str:
    folder = WORK / f"sqlite-{size}"
    return f"sqlite+aiosqlite:///{folder / 'afterword.db'}"


def reset_database(url: str) -> None:
    """Start from nothing. PostgreSQL: the public schema of a benchmark database is dropped."""
    if url.startswith("sqlite"):
        path = Path(make_url(url).database or "")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    name = make_url(url).database or ""
    if "bench" not in name:
        raise SystemExit(
            f"refusing to empty the database '{name}': the benchmark drops every table in the "
            "database it is given, so its name must contain 'bench' (createdb afterword_bench)"
        )

    async def drop() -> None:
        engine = create_async_engine(url)
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await engine.dispose()

    asyncio.run(drop())


def upgrade(url: str) -> None:
    """The schema comes from the migrations, through the command line."""
    afterword = Path(python()).with_name("afterword")
    env = {**os.environ, "AFTERWORD_DATABASE_URL": url, "AFTERWORD_DATA_DIR": str(WORK / "data")}
    subprocess.run([str(afterword), "db", "upgrade"], env=env, check=True, cwd=ROOT)


async def _prepare(url: str, size: str, seed: int) -> Fixture:
    tasks = data.SIZES[size]
    shape = data.shape_for(tasks)
    password_hash = await hash_password("benchmark password")
    engine = create_async_engine(url)
    started = time.perf_counter()
    generated = await data.generate(engine, shape, password_hash=password_hash, seed=seed)
    elapsed = time.perf_counter() - started
    rows = ", ".join(f"{count} {table}" for table, count in generated.counts.items())
    log(f"generated {rows} in {elapsed:.1f} s; {generated.drafts_note}")
    if engine.dialect.name == "postgresql":
        # What autovacuum does after a bulk load: statistics and the visibility map.
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text("VACUUM ANALYZE"))
    heavy = generated.heavy
    async with engine.connect() as connection:
        offset = int(len(heavy.task_ids) * DEEP) - 1
        row = (
            await connection.execute(
                select(FollowUpTask.due_at, FollowUpTask.id)
                .where(FollowUpTask.user_id == heavy.user_id)
                .order_by(FollowUpTask.due_at, FollowUpTask.id)
                .offset(offset)
                .limit(1)
            )
        ).one()
        history = (
            await connection.execute(
                select(FollowUpTask.id)
                .where(FollowUpTask.user_id == heavy.user_id, FollowUpTask.status != "open")
                .order_by(FollowUpTask.id)
                .limit(500)
            )
        ).scalars()
        history_ids = list(history)
    await engine.dispose()
    cursor = CursorCodec(SECRET_KEY).encode(
        [row[0], row[1]], binding_for(heavy.user_id, "due_at", {})
    )
    db = Database(url)
    try:
        async with open_session(db, write=True) as session:
            _, token = await mint_token(
                session,
                user_id=heavy.user_id,
                name="benchmark",
                scopes=sorted(ALL_SCOPES),
                expires_in_days=1,
                grantable=ALL_SCOPES,
            )
            await session.commit()
    finally:
        await db.dispose()
    rng = random.Random(seed + 1)
    pairs = [
        (interview_id, people[0][0] if people else None)
        for interview_id, people in heavy.people.items()
    ]
    return Fixture(
        token=token,
        anchor=generated.anchor,
        task_ids=rng.sample(heavy.task_ids, min(1000, len(heavy.task_ids))),
        history_task_ids=history_ids,
        interviews=rng.sample(pairs, min(50, len(pairs))),
        deep_cursor=cursor,
        heavy_tasks=len(heavy.task_ids),
        notes=[f"{size} tasks: {generated.drafts_note}"],
    )


def prepare(url: str, size: str, seed: int = data.DEFAULT_SEED) -> Fixture:
    log(f"preparing {backend_of(url)} with {size} tasks for the heavy user")
    reset_database(url)
    upgrade(url)
    return asyncio.run(_prepare(url, size, seed))


def backend_of(url: str) -> str:
    return "postgresql" if url.startswith("postgresql") else "sqlite"


# The server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


@contextmanager
def server(url: str, label: str) -> Iterator[Server]:
    """One uvicorn process, one worker, served as `afterword serve` serves (its event
    loop, httptools), rate limits off."""
    port = free_port()
    log_path = WORK / f"server-{label}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "AFTERWORD_DATABASE_URL": url,
        "AFTERWORD_DATA_DIR": str(WORK / "data"),
        "AFTERWORD_SECRET_KEY": SECRET_KEY,
        "AFTERWORD_ENVIRONMENT": "production",
        "AFTERWORD_RATE_LIMITS_ENABLED": "false",
        "AFTERWORD_WORKER_IN_PROCESS": "false",
        "AFTERWORD_FRONTEND_DIR": str(WORK / "no-frontend"),
    }
    command = [
        python(),
        "-m",
        "uvicorn",
        "bench.app:create_bench_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        "1",
        "--loop",
        SERVER_LOOP,
        "--http",
        "httptools",
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    with log_path.open("wb") as log_file:
        process = subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(base, process)
            yield Server(url=base, process=process, log_path=log_path)
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_ready(base: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode}")
        try:
            if http_request(base, "GET", "/readyz", timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not become ready")


# Requests outside the load generator: checks and statement counts


def _send(base: str, token: str, request: Request, number: int) -> tuple[int, bytes]:
    unique = f"check-{time.time_ns()}-{number}"
    body = request.body.replace("{n}", unique).encode() if request.body else None
    headers = {"Accept": "application/json", "Authorization": f"Bearer {token}"}
    if body is not None:
        headers["Content-Type"] = "application/json"
    if request.method == "POST":
        headers["Idempotency-Key"] = unique
    return http_request(base, request.method, request.path, body=body, headers=headers)


def http_request(
    base: str,
    method: str,
    path: str,
    *,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30,
) -> tuple[int, bytes]:
    """One request on a fresh connection to the local benchmark server."""
    address = urlsplit(base)
    connection = http.client.HTTPConnection(address.hostname or "", address.port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def check(base: str, token: str, scenario: Scenario) -> None:
    """Every kind of request in the scenario answers as expected before it is timed."""
    seen: set[tuple[str, str]] = set()
    for number, request in enumerate(scenario.requests):
        shape = (request.method, request.path.split("?")[0].rsplit("/", 1)[0])
        if shape in seen:
            continue
        seen.add(shape)
        status, body = _send(base, token, request, number)
        allowed = scenario.expected
        if status not in allowed:
            raise RuntimeError(
                f"{scenario.key}: {request.method} {request.path} answered {status}: {body[:300]!r}"
            )


def statements_per_request(base: str, token: str, scenario: Scenario) -> float:
    """Counted, not timed: the server's statement counter before and after N requests."""
    requests = scenario.requests
    count = STATEMENT_SAMPLES if len(requests) <= STATEMENT_SAMPLES else min(len(requests), 200)
    before = _sql_count(base)
    for number in range(count):
        _send(base, token, requests[number % len(requests)], number)
    return (_sql_count(base) - before) / count


def settle(base: str, quiet: float = 0.5, limit: float = 60) -> None:
    """Wait until the server sends no SQL for a moment: the previous run's queued
    requests are done and will not count in the next one."""
    deadline = time.monotonic() + limit
    last = _sql_count(base)
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = _sql_count(base)
        if now == last:
            return
        last = now


def _sql_count(base: str) -> int:
    status, body = http_request(base, "GET", "/bench/sql-count", timeout=10)
    if status != 200:
        raise RuntimeError(f"/bench/sql-count answered {status}")
    counted: int = json.loads(body)["statements"]
    return counted


# The load generator


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise SystemExit(
            "wrk is not installed: on Debian or Ubuntu run `apt-get install -y wrk` "
            "(bench/run.sh does it for you when it can)"
        )
    return found


def run_wrk(
    base: str, token: str, plan: Path, clients: int, seconds: float, timeout: str, label: str
) -> dict[str, Any]:
    env = {**os.environ, "BENCH_PLAN": str(plan), "BENCH_TOKEN": token, "BENCH_RUN": label}
    command = [
        wrk_binary(),
        "-t1",
        f"-c{clients}",
        f"-d{max(1, round(seconds))}s",
        f"--timeout={timeout}",
        "-s",
        str(LUA),
        base + "/",
    ]
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    for line in finished.stdout.splitlines():
        if line.startswith("BENCH_JSON "):
            result: dict[str, Any] = json.loads(line.removeprefix("BENCH_JSON "))
            return result
    raise RuntimeError(f"wrk printed no summary:\n{finished.stdout}\n{finished.stderr}")


def write_plan(scenario: Scenario, label: str) -> Path:
    path = WORK / "plans" / f"{label}-{scenario.key}.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(request.line() for request in scenario.requests) + "\n")
    return path


def measure(
    srv: Server,
    fixture: Fixture,
    scenario: Scenario,
    *,
    backend: str,
    size: str,
    options: Options,
) -> list[Measurement]:
    label = f"{backend}-{size}"
    token = fixture.token if scenario.authenticated else ""
    settle(srv.url)
    check(srv.url, fixture.token, scenario)
    sql = statements_per_request(srv.url, fixture.token, scenario)
    plan = write_plan(scenario, label)
    results: list[Measurement] = []
    for clients in scenario.clients:
        run = f"{label}-{scenario.key}-c{clients}-{time.time_ns()}"
        if options.warmup > 0:
            run_wrk(srv.url, token, plan, clients, options.warmup, options.timeout, run + "-w")
        best: tuple[dict[str, Any], float, float, str] | None = None
        profile = None
        for round_number in range(max(1, options.rounds)):
            settle(srv.url)
            log_start = len(srv.log_text())
            load = os.getloadavg()[0]
            profiler = _start_profiler(srv, scenario.key, clients, label, options)
            cpu_before = process_cpu_seconds(srv.process.pid)
            raw = run_wrk(
                srv.url,
                token,
                plan,
                clients,
                options.duration,
                options.timeout,
                f"{run}-{round_number}",
            )
            cpu = process_cpu_seconds(srv.process.pid) - cpu_before
            profile = _stop_profiler(profiler) or profile
            if best is None or raw["requests"] > best[0]["requests"]:
                best = (raw, cpu, load, srv.log_text()[log_start:])
        assert best is not None
        raw, cpu, load, server_log = best
        errors = raw["errors"]
        measurement = Measurement(
            backend=backend,
            size=size,
            scenario=scenario.key,
            title=scenario.title,
            clients=clients,
            rps=raw["requests"] / (raw["duration_us"] / 1e6),
            p50_ms=raw["latency_us"]["p50"] / 1000,
            p90_ms=raw["latency_us"]["p90"] / 1000,
            p99_ms=raw["latency_us"]["p99"] / 1000,
            requests=raw["requests"],
            errors=errors["connect"] + errors["read"] + errors["write"] + errors["status"],
            timeouts=errors["timeout"],
            locked=server_log.count("database is locked"),
            sql_per_request=sql,
            cpu_ms=1000 * cpu / raw["requests"] if raw["requests"] else None,
            detail={
                "wrk": raw,
                "server_errors": server_log.count("Traceback"),
                "load_average": round(load, 2),
                "server_cpu_seconds": round(cpu, 2),
            },
        )
        if profile:
            measurement.detail["profile"] = profile
        log(
            f"{backend} {size} {scenario.key} c={clients}: {measurement.rps:,.0f} rps, "
            f"p50 {measurement.p50_ms:.1f} ms, p99 {measurement.p99_ms:.1f} ms, "
            f"errors {measurement.errors}, timeouts {measurement.timeouts}, "
            f"SQL/request {sql:.2f}, server CPU {measurement.cpu_ms or 0:.2f} ms/request"
        )
        results.append(measurement)
    return results


def process_cpu_seconds(pid: int) -> float:
    """User and system time of a process and its threads, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    # Fields 14 and 15 of the file (utime, stime), counted after the command name.
    return (int(fields[11]) + int(fields[12])) / ticks


# Profiling (py-spy, when it is installed and asked for)


@dataclass
class _Profiler:
    process: subprocess.Popen[bytes]
    output: Path


def _start_profiler(
    srv: Server, key: str, clients: int, label: str, options: Options
) -> _Profiler | None:
    if key not in options.profile:
        return None
    spy = shutil.which("py-spy")
    if spy is None:
        log("py-spy is not installed; no profile taken (pip install py-spy)")
        return None
    output = WORK / "profiles" / f"{label}-{key}-c{clients}.txt"
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        spy,
        "record",
        "--pid",
        str(srv.process.pid),
        "--duration",
        str(max(1, round(options.duration))),
        "--rate",
        "250",
        "--format",
        "raw",
        # Only the thread holding the GIL: where the one process spends its Python time.
        "--gil",
        "--nonblocking",
        "--output",
        str(output),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _Profiler(process=process, output=output)


def _stop_profiler(profiler: _Profiler | None) -> dict[str, Any] | None:
    if profiler is None:
        return None
    profiler.process.wait(timeout=120)
    if not profiler.output.exists():
        return None
    return {"file": str(profiler.output.relative_to(ROOT)), "top": summarize(profiler.output)}


# Middleware wraps every request: on every stack, so it says nothing.
_WRAPPERS = (
    "(api/middleware.py:38)",
    "(api/middleware.py:59)",
    "(api/etags.py:64)",
    "(api/idempotency/middleware.py:65)",
    "(api/idempotency/middleware.py:66)",
)
_LAYERS = (
    ("sqlalchemy", "SQLAlchemy"),
    ("aiosqlite", "aiosqlite (driver threads)"),
    ("asyncpg", "asyncpg"),
    ("pydantic", "pydantic"),
    ("fastapi", "FastAPI"),
    ("starlette", "Starlette"),
    ("uvicorn", "uvicorn"),
    ("(api/", "Afterword (api/)"),
    ("asyncio", "asyncio"),
)


def summarize(path: Path, top: int = 12) -> dict[str, list[tuple[str, float]]]:
    """Where the samples are (collapsed stacks): self time by layer, and the heaviest
    Afterword functions counting what they call."""
    layers: dict[str, int] = {}
    inclusive: dict[str, int] = {}
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        frames = stack.split(";")
        leaf = frames[-1]
        layer = next((name for key, name in _LAYERS if key in leaf), "other")
        layers[layer] = layers.get(layer, 0) + count
        for frame in {f for f in frames if "(api/" in f and not f.endswith(_WRAPPERS)}:
            inclusive[frame] = inclusive.get(frame, 0) + count

    def ranked(counts: dict[str, int]) -> list[tuple[str, float]]:
        ordered = sorted(counts.items(), key=lambda item: item[1], reverse=True)[:top]
        return [(name, round(100 * count / max(total, 1), 1)) for name, count in ordered]

    return {"self_by_layer": ranked(layers), "afterword_inclusive": ranked(inclusive)}


# One backend at one size


def run_backend(url: str, size: str, scenarios_for: Any, options: Options) -> list[Measurement]:
    """Every scenario (or those in `options.only`) at one size."""
    url = normalize_database_url(url)
    backend = backend_of(url)
    fixture = prepare(url, size)
    scenarios = _selected(scenarios_for(fixture), options.only)
    results: list[Measurement] = []
    with server(url, f"{backend}-{size}") as srv:
        for scenario in scenarios:
            results.extend(
                measure(srv, fixture, scenario, backend=backend, size=size, options=options)
            )
    return results


SCALING = ("S1", "S3", "S6")


def run_full(
    large_url: str, small_url: str, scenarios_for: Any, options: Options, ab_rounds: int = 3
) -> list[Measurement]:
    """Every scenario at 100k tasks; S1, S3 and S6 at 100k and at 1k, in turns.

    The two sizes are served at once by two processes and measured alternately, each
    kept at its best of `ab_rounds`: load from other processes on the machine then
    weighs on both sides of the comparison alike.
    """
    large_url, small_url = normalize_database_url(large_url), normalize_database_url(small_url)
    backend = backend_of(large_url)
    small_fixture = prepare(small_url, "1k")
    large_fixture = prepare(large_url, "100k")
    sides = [("1k", small_fixture), ("100k", large_fixture)]
    results: list[Measurement] = []
    with (
        server(small_url, f"{backend}-1k") as small,
        server(large_url, f"{backend}-100k") as large,
    ):
        servers = {"1k": small, "100k": large}
        best: dict[tuple[str, str], Measurement] = {}
        headline = replace(options, rounds=1)
        for _ in range(ab_rounds):
            for size, fixture in sides:
                for scenario in _selected(scenarios_for(fixture), set(SCALING)):
                    single = replace(scenario, clients=(DEFAULT_CLIENTS,))
                    for m in measure(
                        servers[size], fixture, single, backend=backend, size=size, options=headline
                    ):
                        key = (size, m.scenario)
                        if key not in best or m.rps > best[key].rps:
                            best[key] = m
        for m in best.values():
            m.detail["interleaved_rounds"] = ab_rounds
        results.extend(best[("100k", key)] for key in SCALING if ("100k", key) in best)
        for scenario in _selected(scenarios_for(large_fixture), options.only):
            if scenario.key in SCALING:
                scenario = replace(
                    scenario, clients=tuple(c for c in scenario.clients if c != DEFAULT_CLIENTS)
                )
            if scenario.clients:
                results.extend(
                    measure(
                        large,
                        large_fixture,
                        scenario,
                        backend=backend,
                        size="100k",
                        options=options,
                    )
                )
        results.extend(best[("1k", key)] for key in SCALING if ("1k", key) in best)
    return _ordered(results)


def _ordered(results: list[Measurement]) -> list[Measurement]:
    sizes = {"1k": 1, "10k": 2, "100k": 3}
    return sorted(results, key=lambda m: (-sizes.get(m.size, 0), int(m.scenario[1:]), m.clients))


def _selected(scenarios: list[Scenario], keys: set[str] | None) -> list[Scenario]:
    return [s for s in scenarios if keys is None or s.key in keys]


def small_database_url(url: str) -> str:
    """Beside a PostgreSQL benchmark database, one for the 1k comparison (created here)."""
    parsed = make_url(normalize_database_url(url))
    name = f"{parsed.database}_1k"

    async def create() -> None:
        engine = create_async_engine(parsed.render_as_string(hide_password=False))
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            exists = await autocommit.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not exists:
                await autocommit.execute(text(f'CREATE DATABASE "{name}"'))
        await engine.dispose()

    asyncio.run(create())
    return parsed.set(database=name).render_as_string(hide_password=False)


def as_json(measurements: list[Measurement]) -> list[dict[str, Any]]:
    return [asdict(m) for m in measurements]

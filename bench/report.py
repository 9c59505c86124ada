"""The results table, with each target met or missed on the row it is about."""

from __future__ import annotations

import platform
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.runner import Measurement

BACKEND_LABEL = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
R_S3 = {"sqlite": 0.15, "postgresql": 0.20}
R_S2 = 0.30
R_S6 = 0.12
DEEP_VS_FIRST = 0.8
SCALING = 0.8
P99_OVER_P50 = 8
SQLITE_4_P50_MS = 8.0
SQLITE_4_P99_MS = 40.0
README_START = "<!-- bench:table:start -->"
README_END = "<!-- bench:table:end -->"


@dataclass(frozen=True)
class Verdict:
    backend: str
    size: str
    scenario: str
    clients: int
    target: str
    observed: str
    met: bool

    def cell(self) -> str:
        return f"{'met' if self.met else '**missed**'}: {self.target} ({self.observed})"


class Results:
    def __init__(self, measurements: Iterable[Measurement]) -> None:
        self.all = list(measurements)

    def get(self, backend: str, size: str, scenario: str, clients: int) -> Measurement | None:
        for m in self.all:
            if (m.backend, m.size, m.scenario, m.clients) == (backend, size, scenario, clients):
                return m
        return None

    def r(self, m: Measurement) -> float | None:
        s1 = self.get(m.backend, m.size, "S1", 16)
        return m.rps / s1.rps if s1 and s1.rps else None

    def r_cpu(self, m: Measurement) -> float | None:
        """R from server CPU time per request: what R would be with a core to itself."""
        s1 = self.get(m.backend, m.size, "S1", 16)
        if not (s1 and s1.cpu_ms and m.cpu_ms):
            return None
        return s1.cpu_ms / m.cpu_ms

    def backends(self) -> list[str]:
        return list(dict.fromkeys(m.backend for m in self.all))

    def sizes(self, backend: str) -> list[str]:
        return list(dict.fromkeys(m.size for m in self.all if m.backend == backend))


def _size_value(size: str) -> int:
    return int(size.removesuffix("k")) * 1000


def verdicts(results: Results) -> list[Verdict]:
    found: list[Verdict] = []
    for backend in results.backends():
        for size in results.sizes(backend):
            found.extend(_at_size(results, backend, size))
        sizes = sorted(results.sizes(backend), key=_size_value)
        if len(sizes) > 1:
            small, large = sizes[0], sizes[-1]
            for key in ("S3", "S6"):
                a = results.get(backend, small, key, 16)
                b = results.get(backend, large, key, 16)
                if a and b:
                    ratio = b.rps / a.rps
                    cpu = f"; CPU/req {a.cpu_ms / b.cpu_ms:.2f} ×" if a.cpu_ms and b.cpu_ms else ""
                    found.append(
                        Verdict(
                            backend,
                            large,
                            key,
                            16,
                            f"≥ {SCALING:.1f} × rps at {small}",
                            f"{ratio:.2f} × ({b.rps:,.0f} vs {a.rps:,.0f} req/s{cpu})",
                            ratio >= SCALING,
                        )
                    )
    return found


def _at_size(results: Results, backend: str, size: str) -> list[Verdict]:
    found: list[Verdict] = []

    def ratio_target(key: str, floor: float) -> None:
        m = results.get(backend, size, key, 16)
        r = results.r(m) if m else None
        if m and r is not None:
            found.append(
                Verdict(
                    backend, size, key, 16, f"R ≥ {floor:.2f}", f"R {_ratio(r, floor)}", r >= floor
                )
            )

    ratio_target("S3", R_S3[backend])
    ratio_target("S2", R_S2)
    ratio_target("S6", R_S6)
    s3 = results.get(backend, size, "S3", 16)
    s4 = results.get(backend, size, "S4", 16)
    if s3 and s4:
        ratio = s4.rps / s3.rps
        found.append(
            Verdict(
                backend,
                size,
                "S4",
                16,
                f"≥ {DEEP_VS_FIRST:.1f} × S3",
                f"{ratio:.2f} ×",
                ratio >= DEEP_VS_FIRST,
            )
        )
    busy = results.get(backend, size, "S3", 64)
    if busy:
        spread = busy.p99_ms / busy.p50_ms if busy.p50_ms else float("inf")
        found.append(
            Verdict(
                backend,
                size,
                "S3",
                64,
                f"no timeouts, p99 ≤ {P99_OVER_P50} × p50",
                f"{busy.timeouts} timeouts, p99 = {spread:.1f} × p50",
                busy.timeouts == 0 and spread <= P99_OVER_P50,
            )
        )
    light = results.get(backend, size, "S3", 4)
    if light and backend == "sqlite":
        found.append(
            Verdict(
                backend,
                size,
                "S3",
                4,
                f"p50 ≤ {SQLITE_4_P50_MS:.0f} ms, p99 ≤ {SQLITE_4_P99_MS:.0f} ms",
                f"{light.p50_ms:.1f} / {light.p99_ms:.1f} ms",
                light.p50_ms <= SQLITE_4_P50_MS and light.p99_ms <= SQLITE_4_P99_MS,
            )
        )
    if backend == "sqlite":
        for key in ("S8", "S9"):
            m = results.get(backend, size, key, 64)
            if m:
                found.append(
                    Verdict(
                        backend,
                        size,
                        key,
                        64,
                        'no "database is locked"',
                        f"{m.locked} locked, {m.errors} errors",
                        m.locked == 0,
                    )
                )
    return found


def table(results: Results) -> str:
    found = verdicts(results)
    header = (
        "| DB | tasks | scenario | clients | req/s | p50 ms | p90 ms | p99 ms "
        "| errors / timeouts | SQL/req | CPU ms/req | R | R (CPU) | targets |\n"
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    )
    lines = [header]
    for m in results.all:
        r = results.r(m)
        r_cpu = results.r_cpu(m)
        targets = [
            v.cell()
            for v in found
            if (v.backend, v.size, v.scenario, v.clients)
            == (m.backend, m.size, m.scenario, m.clients)
        ]
        sql = "–" if m.sql_per_request is None else f"{m.sql_per_request:.2f}"
        cpu = "–" if m.cpu_ms is None else f"{m.cpu_ms:.2f}"
        lines.append(
            f"| {BACKEND_LABEL[m.backend]} | {m.size} | {m.scenario} {m.title} | {m.clients} "
            f"| {m.rps:,.0f} | {m.p50_ms:.2f} | {m.p90_ms:.2f} | {m.p99_ms:.2f} "
            f"| {m.errors} / {m.timeouts} | {sql} | {cpu} | {_num(r)} | {_num(r_cpu)} "
            f"| {'; '.join(targets)} |"
        )
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def summary(results: Results) -> str:
    found = verdicts(results)
    met = sum(v.met for v in found)
    lines = [f"{met} of {len(found)} targets met."]
    for v in found:
        if not v.met:
            lines.append(
                f"- missed on {BACKEND_LABEL[v.backend]} ({v.size}), {v.scenario} at "
                f"{v.clients} clients: {v.target}; observed {v.observed}"
            )
    return "\n".join(lines)


def environment(options_text: str, postgres_version: str | None) -> str:
    wrk = shutil.which("wrk")
    wrk_version = "?"
    if wrk:
        probe = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False)
        wrk_version = (probe.stdout or probe.stderr).split("\n")[0].split(" [")[0]
    cpu = _cpu_model()
    parts = [
        f"- machine: {cpu}, {_cores()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
        + (f", PostgreSQL {postgres_version}" if postgres_version else ""),
        f"- load: {wrk_version}, one thread, on the same machine as the server; {options_text}",
        "- server: one uvicorn process (asyncio's loop, httptools), one worker, rate limits off, "
        "webhook worker not in process, access log off",
    ]
    return "\n".join(parts)


def _load_range(results: Results) -> str:
    loads = [float(m.detail.get("load_average", 0)) for m in results.all]
    if not loads:
        return "–"
    return f"{min(loads):.1f} to {max(loads):.1f} on {_cores()} cores"


def _cores() -> int:
    import os

    return os.cpu_count() or 0


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return platform.processor() or "unknown CPU"
    match = re.search(r"model name\s*:\s*(.+)", text)
    return match.group(1).strip() if match else "unknown CPU"


def document(
    results: Results, *, day: str, environment_text: str, notes: list[str], command: str
) -> str:
    parts = [
        f"# Benchmark results, {day}",
        "",
        environment_text,
        f"- reproduce: `{command}`",
        "",
        table(results),
        "",
        "R = req/s ÷ req/s of S1 (a FastAPI endpoint returning a constant dict) in the same "
        "server process, on the same database and data. SQL/req is counted separately, "
        "without load, over the same requests. Errors are socket errors and non-2xx "
        "answers; timeouts are requests with no answer within the timeout. CPU ms/req is "
        "the server process's CPU time (every thread) over the run divided by the requests "
        "answered: unlike req/s it hardly moves when other processes share the cores. "
        "R (CPU) is the same ratio from CPU time per request (S1's over the scenario's): "
        "what R would be with a core to the server alone; on PostgreSQL it leaves out the "
        "database server's own work. In a full run, S1, S3 and S6 at 16 clients are "
        "measured at 1k and 100k tasks in turns (two servers up at once), each the best "
        "of three. "
        f"Load average while measuring: {_load_range(results)}.",
        "",
        "## Targets",
        "",
        summary(results),
        "",
        "What limits each scenario, with the profiles and plans behind it: "
        "bench/README.md, 'What limits it'.",
    ]
    if notes:
        parts += ["", "## Notes", "", *[f"- {note}" for note in notes]]
    return "\n".join(parts) + "\n"


def update_readme(readme: Path, table_text: str, day: str, transform: Callable[[str], str]) -> None:
    """Replace the table between the markers in bench/README.md."""
    text = readme.read_text()
    if README_START not in text or README_END not in text:
        return
    head, rest = text.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    block = (
        f"{README_START}\nMeasured {day} (`bench/results/{day}.md`):\n\n"
        f"{transform(table_text)}\n{README_END}"
    )
    readme.write_text(head + block + tail)


def _ratio(value: float, floor: float) -> str:
    """Two decimals, or three when two would round a miss up to the target (or a pass down)."""
    text = f"{value:.2f}"
    if (float(text) >= floor) != (value >= floor):
        text = f"{value:.3f}"
    return text

"""`python -m bench`: generate data, serve, load with wrk, write bench/results/<date>.md.

python -m bench                          # SQLite, 10k tasks, every scenario
BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1/afterword_bench python -m bench
                                         # ... and PostgreSQL too
python -m bench --full                   # 100k tasks, plus 1k for the scaling targets
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shlex
import sys
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from api.config import normalize_database_url
from bench import data, report, runner, scenarios
from bench.runner import Measurement, Options


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=list(data.SIZES), default="10k")
    parser.add_argument(
        "--full",
        action="store_true",
        help="every scenario at 100k tasks; S1, S3 and S6 also at 1k, measured in turns "
        "with 100k for the scaling targets (PostgreSQL: in <database>_1k, created here)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL") or None,
        help="PostgreSQL to benchmark as well (default: $BENCH_DATABASE_URL). Every table "
        "in it is dropped: its name must contain 'bench'.",
    )
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per measurement")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up first")
    parser.add_argument(
        "--rounds", type=int, default=1, help="runs per measurement; the best one is kept"
    )
    parser.add_argument("--only", help="comma-separated scenarios, e.g. S1,S3,S6")
    parser.add_argument(
        "--profile", default="", help="scenarios to profile with py-spy, e.g. S3,S6"
    )
    parser.add_argument("--output", type=Path, help="default: bench/results/<date>.md")
    parser.add_argument(
        "--update-readme",
        action="store_true",
        help="put the table in bench/README.md and README.md",
    )
    parser.add_argument(
        "--from-json",
        type=Path,
        help="write the report (and README table) again from a results .json; run nothing",
    )
    return parser.parse_args(argv)


def _keys(text_value: str | None) -> set[str] | None:
    if not text_value:
        return None
    return {part.strip().upper() for part in text_value.split(",") if part.strip()}


def _postgres_version(url: str) -> str | None:
    async def probe() -> str:
        engine = create_async_engine(normalize_database_url(url))
        async with engine.connect() as connection:
            version = str((await connection.execute(text("SHOW server_version"))).scalar())
        await engine.dispose()
        return version

    return asyncio.run(probe()).split(" ")[0]


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    if args.from_json:
        return rewrite(args)
    runner.wrk_binary()
    only = _keys(args.only)
    options = Options(
        duration=args.duration,
        warmup=args.warmup,
        rounds=args.rounds,
        profile=_keys(args.profile) or set(),
        only=only,
    )
    targets: list[str] = []
    if not args.no_sqlite:
        targets.append(runner.sqlite_url(args.size if not args.full else "100k"))
    if args.database_url:
        targets.append(args.database_url)
    if not targets:
        raise SystemExit("nothing to run: --no-sqlite needs a PostgreSQL URL")

    started = time.monotonic()
    measurements: list[Measurement] = []
    notes: set[str] = set()

    def build(fixture: scenarios.Fixture) -> list[scenarios.Scenario]:
        notes.update(fixture.notes)
        return scenarios.build(fixture, mix_clients=options.mix_clients)

    for target in targets:
        is_sqlite = target.startswith("sqlite")
        if args.full:
            small = runner.sqlite_url("1k") if is_sqlite else runner.small_database_url(target)
            large = runner.sqlite_url("100k") if is_sqlite else target
            measurements.extend(runner.run_full(large, small, build, options))
        else:
            url = runner.sqlite_url(args.size) if is_sqlite else target
            measurements.extend(runner.run_backend(url, args.size, build, options))

    day = time.strftime("%Y-%m-%d")
    output = args.output or runner.BENCH / "results" / f"{day}.md"
    output.parent.mkdir(parents=True, exist_ok=True)
    results = report.Results(measurements)
    postgres = _postgres_version(args.database_url) if args.database_url else None
    options_text = (
        f"{args.duration:g} s per measurement after {args.warmup:g} s of warm-up, "
        f"best of {options.rounds}, timeout {options.timeout}"
    )
    command = "python -m bench " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    document = report.document(
        results,
        day=day,
        environment_text=report.environment(options_text, postgres),
        notes=sorted(notes),
        command=command.strip(),
    )
    output.write_text(document)
    output.with_suffix(".json").write_text(
        json.dumps(runner.as_json(measurements), indent=1, default=str) + "\n"
    )
    if args.update_readme:
        update_readmes(report.table(results), day)
    print(document)
    runner.log(f"wrote {output} in {time.monotonic() - started:.0f} s")
    return 0


def rewrite(args: argparse.Namespace) -> int:
    """The report again from saved measurements (same date, environment lines kept)."""
    source: Path = args.from_json
    measurements = [Measurement(**row) for row in json.loads(source.read_text())]
    results = report.Results(measurements)
    markdown = source.with_suffix(".md")
    day = source.stem
    head = markdown.read_text().split("\n\n| DB |")[0] if markdown.exists() else f"# {day}"
    lines = head.split("\n")
    environment_text = "\n".join(line for line in lines if line.startswith("- "))
    command = next((line for line in lines if line.startswith("- reproduce:")), "")
    notes = [n.removeprefix("- ") for n in _section(markdown, "## Notes")]
    document = report.document(
        results,
        day=day,
        environment_text="\n".join(
            line for line in environment_text.split("\n") if line != command
        ),
        notes=notes,
        command=command.removeprefix("- reproduce: `").removesuffix("`"),
    )
    (args.output or markdown).write_text(document)
    if args.update_readme:
        update_readmes(report.table(results), day)
    print(document)
    return 0


def update_readmes(table_text: str, day: str) -> None:
    """The table in bench/README.md and in the project's README (its Performance)."""
    for readme in (runner.BENCH / "README.md", runner.ROOT / "README.md"):
        report.update_readme(readme, table_text, day, str)


def _section(markdown: Path, title: str) -> list[str]:
    if not markdown.exists():
        return []
    text = markdown.read_text()
    if title not in text:
        return []
    body = text.split(title, 1)[1].split("\n## ", 1)[0]
    return [line for line in body.strip().split("\n") if line.startswith("- ")]


if __name__ == "__main__":
    raise SystemExit(main())

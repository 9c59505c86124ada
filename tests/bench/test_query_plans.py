"""Each list reads its page in index order: no full scan, no sort of the account's rows.

The SQL is what the service really sends (captured from the engine while the endpoint
answers); its plan is asked of the database with the same parameters. The test account
is small, so on PostgreSQL sequential and bitmap scans are switched off for the EXPLAIN:
what is left is an index scan, and a Sort remains only when no index gives the order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import event

from tests.bench.conftest import Account
from tests.bench.lists import COVERED, ListEndpoint, Variant

_SQLITE_SORT = "USE TEMP B-TREE FOR"


@contextmanager
def captured(app: FastAPI) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    engines = app.state.db.sync_engines
    for engine in engines:
        event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", record)


async def page_statement(
    app: FastAPI, account: Account, endpoint: ListEndpoint, params: dict[str, Any]
) -> tuple[str, Any]:
    """The statement that reads the list's table (the last one the request sends)."""
    with captured(app) as seen:
        response = await account.client.get(endpoint.path(account.webhook_id), params=params)
    assert response.status_code == 200, response.text
    reads = [
        (sql, parameters)
        for sql, parameters in seen
        if sql.lstrip().upper().startswith("SELECT") and f"FROM {endpoint.table}" in sql
    ]
    assert reads, f"no statement read {endpoint.table}"
    return reads[-1]


def _calls(endpoint: ListEndpoint) -> Iterator[tuple[Variant, bool]]:
    for variant in endpoint.variants:
        yield variant, False
        if endpoint.paginated:
            yield variant, True


CASES = [
    pytest.param(
        endpoint,
        variant,
        following,
        id=f"{endpoint.route}-{variant.name}{' (next page)' if following else ''}",
    )
    for endpoint in COVERED
    for variant, following in _calls(endpoint)
]


@pytest.mark.parametrize(("endpoint", "variant", "following"), CASES)
async def test_list_page_is_read_in_index_order_without_a_sort(
    app: FastAPI, account: Account, endpoint: ListEndpoint, variant: Variant, following: bool
) -> None:
    params: dict[str, Any] = {**variant.params, "limit": 20}
    if following:
        first = await account.client.get(endpoint.path(account.webhook_id), params=params)
        params["cursor"] = first.json()["next_cursor"]
        assert params["cursor"]
    sql, parameters = await page_statement(app, account, endpoint, params)
    async with app.state.db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = (await connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, parameters)).all()
            problems = sqlite_problems([(r[0], r[1], r[3]) for r in rows], endpoint, variant)
        else:
            await connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            await connection.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            document = (
                await connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql, parameters)
            ).scalar_one()
            plan = json.loads(document) if isinstance(document, str) else document
            problems = postgres_problems(plan[0]["Plan"], endpoint, variant)
    assert problems == [], f"{problems}\n{sql}"


def sqlite_problems(
    rows: list[tuple[int, int, str]], endpoint: ListEndpoint, variant: Variant
) -> list[str]:
    """EXPLAIN QUERY PLAN rows are (id, parent, detail), one level per query or subquery."""
    reads = [
        (node, parent, detail)
        for node, parent, detail in rows
        if detail.startswith(("SCAN", "SEARCH"))
        and detail.split()[1] == endpoint.table
        # Fetching rows by primary key after the page is chosen reads nothing more.
        and not detail.endswith("(id=?)")
    ]
    # SQLite, without statistics, may pick either of the user's ordered indexes for a
    # status filter (seen to vary from run to run); both read in order, without a sort.
    problems = [
        f"{endpoint.table} is not read through {variant.index}: {detail}"
        for _, _, detail in reads
        if f"INDEX {variant.index}" not in detail
        and f"INDEX ix_{endpoint.table}_user_" not in detail
    ]
    if not reads:
        problems.append(f"{endpoint.table} does not appear in the plan")
    levels = {parent for _, parent, _ in reads}
    for _, parent, detail in rows:
        if not detail.startswith(_SQLITE_SORT):
            continue
        # A sort at the level that reads the table sorts the account's rows; one further
        # out sorts the page after its LIMIT (an interview's interviewers joined to it).
        if parent in levels or not endpoint.sorts_page_after_limit:
            problems.append(f"temporary sort: {detail}")
    return problems


def postgres_problems(plan: dict[str, Any], endpoint: ListEndpoint, variant: Variant) -> list[str]:
    problems: list[str] = []
    found = False
    for path in _paths(plan, []):
        node = path[-1]
        if node.get("Relation Name") != endpoint.table:
            continue
        if node.get("Index Name") == f"pk_{endpoint.table}":
            continue  # fetching rows by primary key after the page is chosen
        found = True
        if node.get("Index Name") != variant.index or "Index" not in node["Node Type"]:
            problems.append(
                f"{endpoint.table} is read by {node['Node Type']} "
                f"{node.get('Index Name', '')}, not through {variant.index}"
            )
        # Between the scan and the LIMIT that makes it a page, nothing may sort.
        for ancestor in reversed(path[:-1]):
            if ancestor["Node Type"] == "Limit":
                break
            if "Sort" in ancestor["Node Type"]:
                problems.append(f"{ancestor['Node Type']} on {ancestor.get('Sort Key')}")
    if not found:
        problems.append(f"{endpoint.table} does not appear in the plan")
    if not endpoint.sorts_page_after_limit:
        problems += [
            f"{node['Node Type']} on {node.get('Sort Key')}"
            for path in _paths(plan, [])
            for node in path[-1:]
            if "Sort" in node["Node Type"]
        ]
    return sorted(set(problems))


def _paths(node: dict[str, Any], above: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    path = [*above, node]
    yield path
    for child in node.get("Plans", []):
        yield from _paths(child, path)

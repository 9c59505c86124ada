"""Each list reads its page in index order: no full scan, no sort of the account's rows.

The SQL is what the service really sends (captured from the engine while the endpoint
answers); its plan is asked of the database with the same parameters. The test account
is small, so on PostgreSQL sequential and bitmap scans are switched off for the EXPLAIN:
what is left is an index scan, and a Sort remains only when no index gives the order.
A statement sent on PostgreSQL's read connections is explained as they run it: with
their settings, as a prepared statement's generic plan, which knows no values.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection

from api.readers import POSTGRES_READER_SETTINGS
from tests.bench.conftest import Account
from tests.bench.lists import COVERED, ListEndpoint, Variant

_SQLITE_SORT = "USE TEMP B-TREE FOR"


@dataclass(frozen=True)
class Sent:
    sql: str
    parameters: Any
    by_readers: bool  # on `Database.read`'s connections rather than a session's


@contextmanager
def captured(app: FastAPI) -> Iterator[list[Sent]]:
    seen: list[Sent] = []

    def record(statement: str, parameters: Any, by_readers: bool) -> None:
        seen.append(Sent(statement, parameters, by_readers))

    with app.state.db.observe(record):
        yield seen


async def page_statement(
    app: FastAPI, account: Account, endpoint: ListEndpoint, params: dict[str, Any]
) -> Sent:
    """The statement that reads the list's table (the last one the request sends)."""
    with captured(app) as seen:
        response = await account.client.get(endpoint.path(account.webhook_id), params=params)
    assert response.status_code == 200, response.text
    reads = [
        sent
        for sent in seen
        if sent.sql.lstrip().upper().startswith("SELECT") and f"FROM {endpoint.table}" in sent.sql
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
    sent = await page_statement(app, account, endpoint, params)
    async with app.state.db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            explain = "EXPLAIN QUERY PLAN " + sent.sql
            rows = (await connection.exec_driver_sql(explain, sent.parameters)).all()
            problems = sqlite_problems([(r[0], r[1], r[3]) for r in rows], endpoint, variant)
        else:
            plan = await postgres_plan(connection, sent)
            problems = postgres_problems(plan, endpoint, variant)
    assert problems == [], f"{problems}\n{sent.sql}"


async def postgres_plan(connection: AsyncConnection, sent: Sent) -> dict[str, Any]:
    await connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    await connection.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
    if sent.by_readers:
        for name, value in POSTGRES_READER_SETTINGS.items():
            await connection.exec_driver_sql(f"SET LOCAL {name} = {value}")
        # A generic plan is made without the values, so any will do to ask for it.
        await connection.exec_driver_sql(f"PREPARE gate AS {sent.sql}")
        nulls = ", ".join("NULL" for _ in sent.parameters)
        explain = f"EXPLAIN (FORMAT JSON) EXECUTE gate({nulls})"
        document = (await connection.exec_driver_sql(explain)).scalar_one()
        await connection.exec_driver_sql("DEALLOCATE gate")
    else:
        explain = "EXPLAIN (FORMAT JSON) " + sent.sql
        document = (await connection.exec_driver_sql(explain, sent.parameters)).scalar_one()
    plan = json.loads(document) if isinstance(document, str) else document
    root: dict[str, Any] = plan[0]["Plan"]
    return root


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

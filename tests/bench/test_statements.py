"""The SQL a list costs does not grow with its page: no statement per row (no N+1)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.bench.conftest import Account
from tests.bench.lists import CAPPED, COVERED, LISTS, PRESENT, ListEndpoint
from tests.support import StatementCounter


def test_every_list_endpoint_is_covered_by_the_gates() -> None:
    # A new list needs an entry in tests/bench/lists.py: how to call it, which index.
    assert PRESENT - set(LISTS) - CAPPED == set()
    assert {"list_tasks", "list_interviews", "get_agenda"} <= PRESENT


async def _count(
    account: Account, statements: StatementCounter, path: str, params: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    with statements.counting() as window:
        response = await account.client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return len(window), body


def _shown(body: dict[str, Any]) -> int:
    if "data" in body:
        return len(body["data"])
    return sum(len(body[group]) for group in ("overdue", "today", "upcoming"))


@pytest.mark.parametrize("endpoint", COVERED, ids=lambda e: e.route)
async def test_statements_per_request_do_not_grow_with_the_page(
    account: Account, statements: StatementCounter, endpoint: ListEndpoint
) -> None:
    path = endpoint.path(account.webhook_id)
    for variant in endpoint.variants:
        small, small_body = await _count(account, statements, path, {**variant.params, "limit": 5})
        large, large_body = await _count(
            account, statements, path, {**variant.params, "limit": 100}
        )
        # The pages really differ in size, so a statement per row would show.
        assert _shown(small_body) <= 5 * 3
        assert _shown(large_body) > _shown(small_body), variant.name
        assert large == small, (endpoint.route, variant.name, statements.statements[-large:])
        if endpoint.paginated:
            assert small_body["next_cursor"], variant.name
            following, _ = await _count(
                account,
                statements,
                path,
                {**variant.params, "limit": 5, "cursor": small_body["next_cursor"]},
            )
            assert following == small, (endpoint.route, variant.name)

"""Many writes at once that name the same new interviewer: one contact, never a 500.

A board syncing a recruiter's postings in parallel sends one request per posting, each
naming the recruiter; the first to commit creates the contact, the others link to it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import create_async_engine

from api.auth.scopes import ALL_SCOPES
from api.models import metadata
from tests.live import live_server, sign_up_with_token
from tests.support import Client, bearer, interview_body, sign_up

PARALLEL = 32
RECRUITER = {"name": "Rita Moreno", "title": "Recruiter", "email": "rita@board.example"}


def _posting(number: int) -> dict[str, Any]:
    return interview_body(position=f"Engineer {number}", interviewers=[RECRUITER])


def _contacts_of(interviews: list[dict[str, Any]]) -> set[str]:
    return {person["contact_id"] for body in interviews for person in body["interviewers"]}


async def _one_contact_for_the_recruiter(client: Client) -> str:
    listed = await client.get("/v1/contacts", params={"limit": 100})
    assert listed.status_code == 200, listed.text
    contacts = [
        {key: contact[key] for key in ("name", "email", "title", "company")}
        for contact in listed.json()["data"]
    ]
    assert contacts == [
        {
            "name": "Rita Moreno",
            "email": "rita@board.example",
            "title": "Recruiter",
            "company": "Acme Robotics",
        }
    ]
    contact_id: str = listed.json()["data"][0]["id"]
    return contact_id


async def test_parallel_writes_naming_one_new_email_all_succeed_with_one_contact(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    puts = [
        anon.put(f"/v1/interviews/by-external-id/board/post-{n}", json=_posting(n))
        for n in range(PARALLEL // 2)
    ]
    posts = [anon.post("/v1/interviews", json=_posting(n)) for n in range(PARALLEL // 2, PARALLEL)]
    responses = await asyncio.gather(*puts, *posts)

    assert [response.status_code for response in responses] == [201] * PARALLEL
    contact_id = await _one_contact_for_the_recruiter(anon)
    assert _contacts_of([response.json() for response in responses]) == {contact_id}


@pytest.fixture
def two_servers(
    migrated_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """Two `afterword serve` processes on the test database, as behind a load balancer."""
    env = {
        "AFTERWORD_DATABASE_URL": migrated_database,
        "AFTERWORD_DATA_DIR": str(tmp_path_factory.mktemp("two-servers")),
        "AFTERWORD_SECRET_KEY": "parallel-secret-key-that-is-long-enough",
        "AFTERWORD_RATE_LIMIT": "1000000/minute",
        "AFTERWORD_AUTH_RATE_LIMIT": "1000000/minute",
        "AFTERWORD_WORKER_IN_PROCESS": "false",
    }
    try:
        with live_server(env) as first, live_server(env) as second:
            yield first, second
    finally:
        asyncio.run(_empty(migrated_database))


async def _empty(url: str) -> None:
    """Leave the shared test database as the other tests expect it: empty."""
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            await connection.execute(table.delete())
    await engine.dispose()


@pytest.mark.postgres_only
async def test_parallel_upserts_on_two_servers_naming_one_new_email_make_one_contact(
    two_servers: tuple[str, str],
) -> None:
    first, second = two_servers
    token = await asyncio.to_thread(sign_up_with_token, first, "board-sync@example.com", ALL_SCOPES)
    limits = httpx.Limits(max_connections=PARALLEL)
    async with httpx.AsyncClient(headers=bearer(token), timeout=60, limits=limits) as client:
        for server in (first, second):
            # Warm: the first request of a process is slow, and would let the others pass.
            assert (await client.get(f"{server}/v1/interviews")).status_code == 200
        responses = await asyncio.gather(
            *(
                client.put(
                    f"{(first, second)[n % 2]}/v1/interviews/by-external-id/board/post-{n}",
                    json=_posting(n),
                )
                for n in range(PARALLEL)
            )
        )
        assert [response.status_code for response in responses] == [201] * PARALLEL, [
            response.text for response in responses if response.status_code != 201
        ]
        client.base_url = httpx.URL(second)
        contact_id = await _one_contact_for_the_recruiter(client)
    assert _contacts_of([response.json() for response in responses]) == {contact_id}


async def test_parallel_contact_creations_with_one_email_make_one_and_answer_409(
    anon: Client,
) -> None:
    await sign_up(anon)
    body = {"name": "Rita Moreno", "email": "Rita@Board.example"}
    responses = await asyncio.gather(*(anon.post("/v1/contacts", json=body) for _ in range(8)))

    assert sorted(response.status_code for response in responses) == [201] + [409] * 7
    refused = next(response for response in responses if response.status_code == 409)
    assert refused.json()["errors"] == [
        {"pointer": "/body/email", "detail": "Another contact has this email."}
    ]
    listed = (await anon.get("/v1/contacts")).json()["data"]
    assert [(contact["name"], contact["email"]) for contact in listed] == [
        ("Rita Moreno", "rita@board.example")
    ]

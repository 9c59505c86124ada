"""Resources: articles and links the user saved, so that a note sharing one carries it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi import FastAPI

from tests.support import Client, bearer, mint_token, new_client, sign_up

QUEUES = {
    "url": "https://blog.example.com/queues-in-practice",
    "title": "Queues in practice",
    "note": "Their billing team is moving to queues.",
    "topics": ["queues", "billing"],
}


async def _create(client: Client, **fields: Any) -> dict[str, Any]:
    response = await client.post("/v1/resources", json=fields)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_create_resource_answers_it_whole_with_an_etag(anon: Client) -> None:
    await sign_up(anon)

    response = await anon.post("/v1/resources", json=QUEUES)

    assert response.status_code == 201
    created = response.json()
    assert created == {
        "id": created["id"],
        **QUEUES,
        "created_at": created["created_at"],
        "updated_at": created["updated_at"],
    }
    assert response.headers["Location"] == f"/v1/resources/{created['id']}"
    got = await anon.get(f"/v1/resources/{created['id']}")
    assert (got.json(), got.headers["etag"]) == (created, response.headers["etag"])


BAD_INPUT: list[tuple[str, dict[str, Any], str, str]] = [
    ("no url", {"title": "Queues"}, "/body/url", "This field is required."),
    ("no title", {"url": "https://blog.example.com/q"}, "/body/title", "This field is required."),
    (
        "not a web address",
        {"url": "javascript:alert(1)", "title": "Queues"},
        "/body/url",
        "must be an http(s) URL, such as https://www.linkedin.com/in/name",
    ),
    (
        "blank title",
        {"url": "https://blog.example.com/q", "title": " "},
        "/body/title",
        "must not be blank; write a few words",
    ),
    (
        "blank topic",
        {"url": "https://blog.example.com/q", "title": "Queues", "topics": ["  "]},
        "/body/topics/0",
        "must not be blank; write a few words",
    ),
    (
        "topics not a list",
        {"url": "https://blog.example.com/q", "title": "Queues", "topics": "queues"},
        "/body/topics",
        "Input should be a valid list",
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "pointer", "detail"), BAD_INPUT, ids=[case[0] for case in BAD_INPUT]
)
async def test_create_resource_with_bad_input_answers_422_naming_the_field(
    anon: Client, case: str, body: dict[str, Any], pointer: str, detail: str
) -> None:
    await sign_up(anon)

    response = await anon.post("/v1/resources", json=body)

    assert response.status_code == 422, case
    assert response.json()["errors"] == [{"pointer": pointer, "detail": detail}]
    assert (await anon.get("/v1/resources")).json()["data"] == []


async def test_list_resources_newest_first_a_page_at_a_time(anon: Client) -> None:
    await sign_up(anon)
    for n in range(1, 4):
        await _create(anon, url=f"https://blog.example.com/{n}", title=f"Article {n}")

    first = (await anon.get("/v1/resources", params={"limit": 2})).json()
    second = (
        await anon.get("/v1/resources", params={"limit": 2, "cursor": first["next_cursor"]})
    ).json()

    assert [item["title"] for item in first["data"]] == ["Article 3", "Article 2"]
    assert first["has_more"] is True
    assert [item["title"] for item in second["data"]] == ["Article 1"]
    assert (second["has_more"], second["next_cursor"]) == (False, None)


async def test_update_resource_merges_the_patch_and_refuses_to_clear_the_url(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await _create(anon, **QUEUES)

    changed = await anon.patch(
        f"/v1/resources/{created['id']}", json={"note": None, "title": "Queues, in practice"}
    )
    refused = await anon.patch(f"/v1/resources/{created['id']}", json={"url": None})

    assert changed.json() == {
        **created,
        "note": None,
        "title": "Queues, in practice",
        "updated_at": changed.json()["updated_at"],
    }
    assert refused.status_code == 422
    assert refused.json()["errors"] == [
        {"pointer": "/body/url", "detail": "This field cannot be cleared (null)."}
    ]


async def test_update_resource_with_a_stale_if_match_answers_412(anon: Client) -> None:
    await sign_up(anon)
    created = await anon.post("/v1/resources", json=QUEUES)
    etag = created.headers["etag"]
    resource_id = created.json()["id"]
    await anon.patch(f"/v1/resources/{resource_id}", json={"title": "Queues, again"})

    stale = await anon.patch(
        f"/v1/resources/{resource_id}", json={"title": "Mine"}, headers={"If-Match": etag}
    )

    assert stale.status_code == 412
    assert (await anon.get(f"/v1/resources/{resource_id}")).json()["title"] == "Queues, again"


async def test_delete_resource_answers_204_then_404(anon: Client) -> None:
    await sign_up(anon)
    created = await _create(anon, **QUEUES)

    assert (await anon.delete(f"/v1/resources/{created['id']}")).status_code == 204
    assert (await anon.get(f"/v1/resources/{created['id']}")).status_code == 404


async def test_another_users_resources_are_invisible(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        await sign_up(ben)
        mine = await _create(ana, **QUEUES)

        theirs = await ben.get(f"/v1/resources/{mine['id']}")
        unknown = await ben.get(f"/v1/resources/{uuid.uuid4()}")
        deleted = await ben.delete(f"/v1/resources/{mine['id']}")

        assert (theirs.status_code, deleted.status_code) == (404, 404)
        assert theirs.content == unknown.content
        assert (await ben.get("/v1/resources")).json()["data"] == []
        assert (await ana.get(f"/v1/resources/{mine['id']}")).status_code == 200


async def test_token_scopes_guard_reading_and_writing_resources(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["resources:write"])
    async with new_client(app, headers=bearer(token)) as script:
        created = await script.post("/v1/resources", json=QUEUES)
        refused = await script.get("/v1/resources")

    assert created.status_code == 201
    assert (refused.status_code, refused.json()["code"]) == (403, "missing_scope")
    assert "'resources:read'" in refused.json()["detail"]

"""Accomplishments: what the user did, recorded so that an update cites it and never invents."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI

from tests.support import Client, bearer, mint_token, new_client, sign_up

SHIPPED = {
    "title": "Shipped the billing migration",
    "detail": "Moved 40 services from cron jobs to a queue, with no downtime.",
    "happened_on": "2026-11-25",
    "link": "https://github.com/ana/billing",
    "topics": ["queues", "migrations"],
}


async def _create(client: Client, **fields: Any) -> dict[str, Any]:
    response = await client.post("/v1/accomplishments", json=fields)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def test_create_accomplishment_with_every_field_answers_it_whole(anon: Client) -> None:
    await sign_up(anon)

    response = await anon.post("/v1/accomplishments", json=SHIPPED)

    assert response.status_code == 201
    created = response.json()
    assert created == {
        "id": created["id"],
        **SHIPPED,
        "created_at": created["created_at"],
        "updated_at": created["updated_at"],
    }
    assert response.headers["Location"] == f"/v1/accomplishments/{created['id']}"
    got = await anon.get(f"/v1/accomplishments/{created['id']}")
    assert got.json() == created
    assert got.headers["etag"] == response.headers["etag"]
    again = await anon.get(
        f"/v1/accomplishments/{created['id']}", headers={"If-None-Match": got.headers["etag"]}
    )
    assert again.status_code == 304


async def test_create_accomplishment_with_title_only_leaves_the_rest_empty(anon: Client) -> None:
    await sign_up(anon)

    created = await _create(
        anon, title="  Passed the CKA exam  ", topics=["Kubernetes", "kubernetes"]
    )

    assert {key: created[key] for key in ("title", "detail", "happened_on", "link", "topics")} == {
        "title": "Passed the CKA exam",
        "detail": None,
        "happened_on": None,
        "link": None,
        "topics": ["Kubernetes"],
    }


BAD_INPUT: list[tuple[str, dict[str, Any], str, str]] = [
    ("no title", {"detail": "x"}, "/body/title", "This field is required."),
    ("blank title", {"title": "   "}, "/body/title", "must not be blank; write a few words"),
    (
        "long title",
        {"title": "x" * 201},
        "/body/title",
        "String should have at most 200 characters",
    ),
    (
        "long detail",
        {"title": "Talk", "detail": "x" * 2001},
        "/body/detail",
        "String should have at most 2000 characters",
    ),
    (
        "ftp link",
        {"title": "Talk", "link": "ftp://files.example.com/talk.pdf"},
        "/body/link",
        "must be an http(s) URL, such as https://www.linkedin.com/in/name",
    ),
    (
        "date in another format",
        {"title": "Talk", "happened_on": "25/11/2026"},
        "/body/happened_on",
        "must be a date like 2026-12-04",
    ),
    (
        "impossible date",
        {"title": "Talk", "happened_on": "2026-02-30"},
        "/body/happened_on",
        "Input should be a valid date or datetime, day value is outside expected range",
    ),
    (
        "21 topics",
        {"title": "Talk", "topics": [f"topic {n}" for n in range(21)]},
        "/body/topics",
        "List should have at most 20 items after validation, not 21",
    ),
    (
        "long topic",
        {"title": "Talk", "topics": ["x" * 51]},
        "/body/topics/0",
        "String should have at most 50 characters",
    ),
    (
        "server-owned id",
        {"title": "Talk", "id": str(uuid.uuid4())},
        "/body/id",
        "Unknown field; it is not part of this resource or it is set by the server.",
    ),
]


@pytest.mark.parametrize(
    ("case", "body", "pointer", "detail"), BAD_INPUT, ids=[case[0] for case in BAD_INPUT]
)
async def test_create_accomplishment_with_bad_input_answers_422_naming_the_field(
    anon: Client, case: str, body: dict[str, Any], pointer: str, detail: str
) -> None:
    await sign_up(anon)

    response = await anon.post("/v1/accomplishments", json=body)

    assert response.status_code == 422, case
    problem = response.json()
    assert problem["code"] == "validation_failed"
    assert problem["errors"] == [{"pointer": pointer, "detail": detail}]
    assert (await anon.get("/v1/accomplishments")).json()["data"] == []


async def test_list_accomplishments_newest_first_undated_ones_on_the_day_recorded(
    anon: Client,
) -> None:
    await sign_up(anon, timezone="Pacific/Auckland")
    older = await _create(anon, title="Older", happened_on="2020-03-01")
    newer = await _create(anon, title="Newer", happened_on="2021-06-15")
    undated = await _create(anon, title="Undated")
    same_day_first = await _create(anon, title="Same day, recorded first", happened_on="2020-03-01")

    listed = (await anon.get("/v1/accomplishments")).json()

    # Undated: listed today (after 2021) in the user's own time zone.
    assert [item["title"] for item in listed["data"]] == [
        "Undated",
        "Newer",
        "Same day, recorded first",
        "Older",
    ]
    assert [item["id"] for item in listed["data"]] == [
        undated["id"],
        newer["id"],
        same_day_first["id"],
        older["id"],
    ]
    assert (listed["has_more"], listed["next_cursor"]) == (False, None)


async def test_list_accomplishments_pages_with_a_cursor_bound_to_the_list(anon: Client) -> None:
    await sign_up(anon)
    for day in range(1, 6):
        await _create(anon, title=f"Day {day}", happened_on=f"2026-11-0{day}")

    first = await anon.get("/v1/accomplishments", params={"limit": 2})
    page = first.json()
    second = await anon.get(
        "/v1/accomplishments", params={"limit": 2, "cursor": page["next_cursor"]}
    )
    third = await anon.get(
        "/v1/accomplishments", params={"limit": 2, "cursor": second.json()["next_cursor"]}
    )

    assert [item["title"] for item in page["data"]] == ["Day 5", "Day 4"]
    assert page["has_more"] is True
    assert 'rel="next"' in first.headers["link"]
    assert [item["title"] for item in second.json()["data"]] == ["Day 3", "Day 2"]
    assert [item["title"] for item in third.json()["data"]] == ["Day 1"]
    assert third.json()["has_more"] is False
    forged = await anon.get(
        "/v1/accomplishments", params={"cursor": page["next_cursor"][:-2] + "AA"}
    )
    assert (forged.status_code, forged.json()["code"]) == (400, "bad_cursor")


async def test_update_accomplishment_merges_the_patch_and_moves_it_in_the_list(
    anon: Client,
) -> None:
    await sign_up(anon)
    first = await _create(anon, **SHIPPED)
    second = await _create(anon, title="Gave a talk", happened_on="2026-11-30")

    response = await anon.patch(
        f"/v1/accomplishments/{first['id']}",
        json={"happened_on": "2026-12-02", "detail": None, "topics": ["queues"]},
    )

    assert response.status_code == 200
    assert response.json() == {
        **first,
        "happened_on": "2026-12-02",
        "detail": None,
        "topics": ["queues"],
        "updated_at": response.json()["updated_at"],
    }
    listed = (await anon.get("/v1/accomplishments")).json()["data"]
    assert [item["id"] for item in listed] == [first["id"], second["id"]]


async def test_update_accomplishment_clearing_the_date_lists_it_on_the_day_recorded(
    anon: Client,
) -> None:
    await sign_up(anon, timezone="UTC")
    dated = await _create(anon, title="Dated", happened_on="2099-01-01")
    await _create(anon, title="Other", happened_on="2030-01-01")

    await anon.patch(f"/v1/accomplishments/{dated['id']}", json={"happened_on": None})

    listed = (await anon.get("/v1/accomplishments")).json()["data"]
    recorded = datetime.fromisoformat(dated["created_at"]).astimezone(ZoneInfo("UTC")).date()
    assert recorded.year < 2030
    assert [item["title"] for item in listed] == ["Other", "Dated"]


async def test_update_accomplishment_refuses_to_clear_the_title(anon: Client) -> None:
    await sign_up(anon)
    created = await _create(anon, title="Gave a talk")

    response = await anon.patch(f"/v1/accomplishments/{created['id']}", json={"title": None})

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {"pointer": "/body/title", "detail": "This field cannot be cleared (null)."}
    ]


async def test_update_accomplishment_with_a_stale_if_match_changes_nothing(anon: Client) -> None:
    await sign_up(anon)
    created = await anon.post("/v1/accomplishments", json={"title": "Gave a talk"})
    etag = created.headers["etag"]
    accomplishment_id = created.json()["id"]
    changed = await anon.patch(
        f"/v1/accomplishments/{accomplishment_id}",
        json={"title": "Gave two talks"},
        headers={"If-Match": etag},
    )
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag

    stale = await anon.patch(
        f"/v1/accomplishments/{accomplishment_id}",
        json={"title": "Gave three talks"},
        headers={"If-Match": etag},
    )
    stale_delete = await anon.delete(
        f"/v1/accomplishments/{accomplishment_id}", headers={"If-Match": etag}
    )

    assert (stale.status_code, stale.json()["code"]) == (412, "precondition_failed")
    assert stale_delete.status_code == 412
    got = await anon.get(f"/v1/accomplishments/{accomplishment_id}")
    assert got.json()["title"] == "Gave two talks"


async def test_delete_accomplishment_answers_204_then_404(anon: Client) -> None:
    await sign_up(anon)
    created = await _create(anon, title="Gave a talk")

    deleted = await anon.delete(f"/v1/accomplishments/{created['id']}")

    assert deleted.status_code == 204
    missing = await anon.get(f"/v1/accomplishments/{created['id']}")
    assert (missing.status_code, missing.json()["detail"]) == (
        404,
        "No accomplishment with this id.",
    )


async def test_another_users_accomplishments_are_invisible(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        await sign_up(ben)
        mine = await _create(ana, title="Gave a talk")

        theirs = await ben.get(f"/v1/accomplishments/{mine['id']}")
        unknown = await ben.get(f"/v1/accomplishments/{uuid.uuid4()}")
        patched = await ben.patch(f"/v1/accomplishments/{mine['id']}", json={"title": "Mine"})
        deleted = await ben.delete(f"/v1/accomplishments/{mine['id']}")
        listed = (await ben.get("/v1/accomplishments")).json()

        assert (theirs.status_code, patched.status_code, deleted.status_code) == (404, 404, 404)
        assert theirs.content == unknown.content
        assert listed["data"] == []
        assert (await ana.get(f"/v1/accomplishments/{mine['id']}")).json() == mine


async def test_token_scopes_guard_reading_and_writing_accomplishments(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["accomplishments:read"])
    async with new_client(app, headers=bearer(token)) as script:
        listed = await script.get("/v1/accomplishments")
        refused = await script.post("/v1/accomplishments", json={"title": "Gave a talk"})

    assert listed.status_code == 200
    assert (refused.status_code, refused.json()["code"]) == (403, "missing_scope")
    assert "'accomplishments:write'" in refused.json()["detail"]

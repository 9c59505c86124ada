from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select

from api.interviews.models import Interview
from tests.support import Client, interview_body, sign_up

URL = "/v1/interviews/by-external-id/jobboard/req-42"


def _partner_body(**changes: Any) -> dict[str, Any]:
    body = interview_body(**changes)
    return body


async def _count(app: FastAPI) -> int:
    async with app.state.db.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Interview)) or 0)


async def test_put_unknown_external_id_creates_201_then_same_body_is_200_unchanged(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    created = await anon.put(URL, json=_partner_body())
    assert created.status_code == 201
    interview = created.json()
    assert (interview["source"], interview["external_id"]) == ("jobboard", "req-42")
    assert created.headers["location"] == f"/v1/interviews/{interview['id']}"
    replay = await anon.put(URL, json=_partner_body())
    assert replay.status_code == 200
    assert replay.json() == interview
    assert replay.headers["etag"] == created.headers["etag"]
    assert await _count(app) == 1


async def test_put_changed_body_replaces_board_fields_and_keeps_named_interviewers_ids(
    anon: Client,
) -> None:
    await sign_up(anon)
    first = (
        await anon.put(
            URL,
            json=_partner_body(
                notes="from the board",
                interviewers=[
                    {"name": "Dana Lee", "email": "dana@acme.example"},
                    {"name": "Sam Ortiz"},
                ],
            ),
        )
    ).json()
    dana = first["interviewers"][0]
    replaced = await anon.put(
        URL,
        json=_partner_body(
            position="Senior Platform Engineer",
            interviewers=[{"name": "Dana L.", "email": "DANA@acme.example", "title": "VP"}],
        ),
    )
    assert replaced.status_code == 200
    body = replaced.json()
    assert body["position"] == "Senior Platform Engineer"
    assert body["notes"] == "from the board"  # the user's from creation on: kept
    assert [p["id"] for p in body["interviewers"]] == [dana["id"]]
    assert body["interviewers"][0]["title"] == "VP"
    assert body["id"] == first["id"]


async def test_put_is_per_user_and_bad_body_changes_nothing(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    bad = await anon.put(URL, json={**_partner_body(), "source": "other"})
    assert bad.status_code == 422
    assert [e["pointer"] for e in bad.json()["errors"]] == ["/body/source"]
    assert await _count(app) == 0


async def test_create_with_a_used_external_id_is_409_not_a_second_row(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    body = _partner_body(source="jobboard", external_id="req-42")
    assert (await anon.post("/v1/interviews", json=body)).status_code == 201
    again = await anon.post("/v1/interviews", json=body)
    assert again.status_code == 409
    assert again.json()["code"] == "duplicate_external_id"
    other = await anon.post("/v1/interviews", json=_partner_body())
    moved = await anon.patch(
        f"/v1/interviews/{other.json()['id']}",
        json={"source": "jobboard", "external_id": "req-42"},
    )
    assert moved.status_code == 409
    assert await _count(app) == 2


async def test_text_of_separator_characters_is_kept_not_stripped_to_nothing(
    anon: Client,
) -> None:
    """U+001C..U+001F count as text to the schema, so trimming must not remove them
    (a point of only those once validated, then stripped to '' and failed with 500)."""
    await sign_up(anon)
    body = _partner_body(
        interviewers=[{"name": "Dana Lee", "discussion_points": ["\x1c", " \x1f roadmap "]}]
    )
    created = await anon.put(URL, json=body)
    assert created.status_code == 201, created.text
    points = created.json()["interviewers"][0]["discussion_points"]
    assert points == [
        {"text": "\x1c", "topic": None, "my_angle": None},
        {"text": "\x1f roadmap", "topic": None, "my_angle": None},
    ]

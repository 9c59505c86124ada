"""POST /v1/discussion-points/preview: how points will read in a note, nothing saved."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import func, select

from api.interviews.models import Interview
from tests.support import Client, bearer, mint_token, new_client, sign_up

URL = "/v1/discussion-points/preview"
LONG = (
    "We talked about their migration from MySQL to Postgres, how they handled downtime "
    "during the cutover, and what they would do differently next time"
)


async def test_preview_points_answers_phrase_quotable_count_and_nudge(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        URL,
        json={
            "points": [
                "Talked about their migration to Postgres.",
                {"text": LONG},
                {"text": LONG, "topic": "their Postgres migration", "my_angle": "I did one"},
            ],
            "to_speaker": True,
        },
    )
    assert response.status_code == 200, response.text
    assert response.json() == [
        {
            "phrase": "your team's migration to Postgres",
            "quotable": True,
            "word_count": 6,
            "nudge": None,
        },
        {
            "phrase": "your team's migration from MySQL to Postgres",
            "quotable": False,
            "word_count": 24,
            "nudge": "Long points are summarised by their topic; give it a short topic or "
            "shorten it to 15 words or fewer.",
        },
        {
            "phrase": "your team's Postgres migration",
            "quotable": False,
            "word_count": 24,
            "nudge": "Over 15 words, so a note uses your topic instead; shorten the point to "
            "have it used as written.",
        },
    ]


async def test_preview_points_to_anyone_keeps_the_person(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(URL, json={"points": ["the cost of their Snowflake warehouse"]})
    assert [item["phrase"] for item in response.json()] == ["the cost of their Snowflake warehouse"]


async def test_preview_points_bad_point_is_422_naming_it_and_saves_nothing(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    response = await anon.post(
        URL, json={"points": ["fine", {"text": "x", "topic": "one two three four five six seven"}]}
    )
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/body/points/1/topic"]
    empty = await anon.post(URL, json={"points": []})
    assert [e["pointer"] for e in empty.json()["errors"]] == ["/body/points"]
    async with app.state.db.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Interview)) == 0


async def test_preview_points_needs_the_interviews_read_scope(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    token = await mint_token(anon, ["interviews:read"])
    async with new_client(app, headers=bearer(token)) as script:
        allowed = await script.post(URL, json={"points": ["team rituals"]})
    assert allowed.json() == [
        {"phrase": "team rituals", "quotable": True, "word_count": 2, "nudge": None}
    ]

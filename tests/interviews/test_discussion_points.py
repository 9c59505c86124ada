"""Discussion points: sent as text or as {text, topic, my_angle}, always answered as the
object, on create, PATCH and the partner's PUT; bad objects are refused naming the field."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic import command
from fastapi import FastAPI
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import create_async_engine

from api.interviews.models import Interview
from api.migrate import alembic_config
from tests.support import Client, create_interview, interview_body, sign_up

MIGRATION = "5d0c1e7a9b42"
BEFORE_MIGRATION = "5b8e2f1c7a30"
PARTNER_URL = "/v1/interviews/by-external-id/jobboard/req-7"


def _point(text: str, topic: str | None = None, my_angle: str | None = None) -> dict[str, Any]:
    return {"text": text, "topic": topic, "my_angle": my_angle}


async def test_create_interview_with_text_and_object_points_answers_objects(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await create_interview(
        anon,
        discussion_points=[
            "  Talked about on-call rotation. ",
            {
                "text": "Their migration to Postgres",
                "topic": "the Postgres migration",
                "my_angle": "I moved our billing tables off MySQL last year",
            },
            {"text": "Team rituals", "topic": None},
        ],
        interviewers=[{"name": "Dana Lee", "discussion_points": [{"text": "Kubernetes"}]}],
    )
    assert created["discussion_points"] == [
        _point("Talked about on-call rotation."),
        _point(
            "Their migration to Postgres",
            topic="the Postgres migration",
            my_angle="I moved our billing tables off MySQL last year",
        ),
        _point("Team rituals"),
    ]
    assert created["interviewers"][0]["discussion_points"] == [_point("Kubernetes")]
    fetched = (await anon.get(f"/v1/interviews/{created['id']}")).json()
    assert fetched["discussion_points"] == created["discussion_points"]
    listed = (await anon.get("/v1/interviews")).json()["data"][0]
    assert listed["interviewers"][0]["discussion_points"] == [_point("Kubernetes")]


async def test_patch_points_as_objects_sets_topic_and_angle_of_interview_and_interviewer(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    person = created["interviewers"][0]
    response = await anon.patch(
        f"/v1/interviews/{created['id']}",
        json={
            "discussion_points": [{"text": "team rituals", "my_angle": "I ran our retros"}],
            "interviewers": [
                {
                    "id": person["id"],
                    "discussion_points": ["their SLOs", {"text": "hiring", "topic": "hiring"}],
                }
            ],
        },
    )
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["discussion_points"] == [_point("team rituals", my_angle="I ran our retros")]
    assert updated["interviewers"][0]["discussion_points"] == [
        _point("their SLOs"),
        _point("hiring", topic="hiring"),
    ]


async def test_partner_put_same_points_as_text_then_as_objects_changes_nothing(
    anon: Client,
) -> None:
    await sign_up(anon)
    as_text = interview_body(discussion_points=["team rituals"])
    created = await anon.put(PARTNER_URL, json=as_text)
    assert created.status_code == 201, created.text
    as_objects = interview_body(
        discussion_points=[{"text": "team rituals", "topic": None, "my_angle": None}],
        interviewers=[
            {
                **as_text["interviewers"][0],
                "discussion_points": [{"text": "the migration to Kubernetes"}],
            }
        ],
    )
    replay = await anon.put(PARTNER_URL, json=as_objects)
    assert replay.status_code == 200
    assert replay.headers["etag"] == created.headers["etag"]
    assert replay.json() == created.json()
    changed = await anon.put(
        PARTNER_URL,
        json=interview_body(discussion_points=[{"text": "team rituals", "topic": "rituals"}]),
    )
    assert changed.status_code == 200
    # Points are the user's: a later upsert never changes them, a PATCH does.
    assert changed.json()["discussion_points"] == [_point("team rituals")]
    patched = await anon.patch(
        PARTNER_URL,
        json={"discussion_points": [{"text": "team rituals", "topic": "rituals"}]},
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["discussion_points"] == [_point("team rituals", topic="rituals")]


BAD_POINTS: list[tuple[str, Any, str]] = [
    ("empty text", [""], "/body/discussion_points/0"),
    ("blank text", ["\u2003 \t"], "/body/discussion_points/0"),
    ("blank object text", [{"text": "  "}], "/body/discussion_points/0/text"),
    ("object without text", [{"topic": "rituals"}], "/body/discussion_points/0/text"),
    ("text too long", [{"text": "x" * 501}], "/body/discussion_points/0/text"),
    (
        "topic of seven words",
        [{"text": "a", "topic": "a b c d e f g"}],
        "/body/discussion_points/0/topic",
    ),
    ("topic too long", [{"text": "a", "topic": "x" * 61}], "/body/discussion_points/0/topic"),
    ("blank topic", [{"text": "a", "topic": "\u00a0"}], "/body/discussion_points/0/topic"),
    (
        "angle too long",
        [{"text": "a", "my_angle": "x" * 501}],
        "/body/discussion_points/0/my_angle",
    ),
    ("blank angle", [{"text": "a", "my_angle": " "}], "/body/discussion_points/0/my_angle"),
    ("NUL in angle", [{"text": "a", "my_angle": "a\x00b"}], "/body/discussion_points/0/my_angle"),
    ("unknown key", ["ok", {"text": "a", "colour": "blue"}], "/body/discussion_points/1/colour"),
    ("a number", [42], "/body/discussion_points/0"),
    ("text a number", [{"text": 42}], "/body/discussion_points/0/text"),
]


@pytest.mark.parametrize(
    ("points", "pointer"), [case[1:] for case in BAD_POINTS], ids=[case[0] for case in BAD_POINTS]
)
async def test_create_interview_with_bad_point_is_422_naming_the_field(
    app: FastAPI, anon: Client, points: Any, pointer: str
) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/interviews", json=interview_body(discussion_points=points))
    assert response.status_code == 422, response.text
    assert [error["pointer"] for error in response.json()["errors"]] == [pointer]
    interviewer = interview_body(interviewers=[{"name": "Dana Lee", "discussion_points": points}])
    response = await anon.post("/v1/interviews", json=interviewer)
    assert response.status_code == 422, response.text
    assert [error["pointer"] for error in response.json()["errors"]] == [
        pointer.replace("/body/", "/body/interviewers/0/")
    ]
    async with app.state.db.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Interview)) == 0


async def test_seven_word_topic_is_refused_in_plain_words(anon: Client) -> None:
    await sign_up(anon)
    body = interview_body(
        discussion_points=[{"text": "a", "topic": "one two three four five six seven"}]
    )
    response = await anon.post("/v1/interviews", json=body)
    assert response.json()["errors"] == [
        {
            "pointer": "/body/discussion_points/0/topic",
            "detail": "must be at most six words: a short label such as 'the Postgres migration'",
        }
    ]


async def test_migration_turns_stored_text_points_into_objects_and_back(
    migrated_database: str,
) -> None:
    config = alembic_config(migrated_database)
    await asyncio.to_thread(command.downgrade, config, BEFORE_MIGRATION)
    engine = create_async_engine(migrated_database)
    user_id, interview_id, person_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    now = datetime(2026, 1, 1, tzinfo=UTC)
    try:
        async with engine.begin() as connection:
            ident = (lambda value: value.hex) if connection.dialect.name == "sqlite" else str
            await connection.execute(
                text(
                    "INSERT INTO user_account (id, email, password_hash, timezone, working_days, "
                    "playbook_settings, version, created_at, updated_at) VALUES (:id, "
                    "'a@b.example', 'x', 'UTC', '[1,2,3,4,5]', '{}', 1, :now, :now)"
                ),
                {"id": ident(user_id), "now": now},
            )
            await connection.execute(
                text(
                    "INSERT INTO interview (id, user_id, company, position, scheduled_at, "
                    "timezone, status, outcome, discussion_points, version, created_at, "
                    "updated_at) VALUES (:id, :user, 'Acme', 'Engineer', :now, 'UTC', "
                    "'scheduled', 'pending', :points, 1, :now, :now)"
                ),
                {
                    "id": ident(interview_id),
                    "user": ident(user_id),
                    "now": now,
                    "points": json.dumps(["Talked about on-call rotation.", "team rituals"]),
                },
            )
            await connection.execute(
                text(
                    "INSERT INTO interviewer (id, interview_id, user_id, position, name, "
                    "is_hiring_manager, discussion_points) VALUES (:id, :interview, :user, 0, "
                    "'Dana Lee', false, :points)"
                ),
                {
                    "id": ident(person_id),
                    "interview": ident(interview_id),
                    "user": ident(user_id),
                    "points": json.dumps(["their migration to Postgres"]),
                },
            )
        await asyncio.to_thread(command.upgrade, config, MIGRATION)
        assert await _stored_points(engine) == (
            [_point("Talked about on-call rotation."), _point("team rituals")],
            [_point("their migration to Postgres")],
        )
        await asyncio.to_thread(command.downgrade, config, BEFORE_MIGRATION)
        assert await _stored_points(engine) == (
            ["Talked about on-call rotation.", "team rituals"],
            ["their migration to Postgres"],
        )
    finally:
        await engine.dispose()
        # Leave the shared database as the other tests expect it: migrated and empty.
        await asyncio.to_thread(command.downgrade, config, "base")
        await asyncio.to_thread(command.upgrade, config, "head")


async def _stored_points(engine: Any) -> tuple[Any, Any]:
    async with engine.connect() as connection:
        interview = (
            await connection.execute(text("SELECT discussion_points FROM interview"))
        ).scalar()
        person = (
            await connection.execute(text("SELECT discussion_points FROM interviewer"))
        ).scalar()
    return _decoded(interview), _decoded(person)


def _decoded(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value

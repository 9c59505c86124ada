"""The agenda: open, unsnoozed tasks as overdue, today and upcoming, in the user's time zone,
in one statement however many tasks there are."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI

from api.db import utcnow
from api.playbook.guidance import GUIDANCE, TaskKind
from api.tasks.models import FollowUpTask
from tests.support import Client, StatementCounter, create_interview, sign_up
from tests.tasks.helpers import patch_task


def _z(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


async def _task(client: Client, interview_id: str, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/tasks", json={"interview_id": interview_id, **body})
    assert response.status_code == 201, response.text
    task: dict[str, Any] = response.json()
    return task


def _ids(tasks: list[dict[str, Any]]) -> list[str]:
    return [task["id"] for task in tasks]


async def test_agenda_groups_overdue_today_and_upcoming(anon: Client) -> None:
    await sign_up(anon, timezone="Pacific/Auckland")
    interview = await create_interview(
        anon,
        scheduled_at="2020-01-06T10:00:00+13:00",
        timezone="Pacific/Auckland",
        interviewers=[{"name": "Dana Lee"}],
        next_steps=None,
    )
    now = utcnow()
    past_deadline = await _task(
        anon,
        interview["id"],
        due_at=_z(now - timedelta(days=2)),
        deadline_at=_z(now - timedelta(minutes=5)),
    )
    due_not_late = await _task(
        anon,
        interview["id"],
        due_at=_z(now - timedelta(hours=1)),
        deadline_at=_z(now + timedelta(hours=1)),
    )
    upcoming = await _task(anon, interview["id"], due_at=_z(now + timedelta(days=2)))
    next_month = await _task(anon, interview["id"], due_at=_z(now + timedelta(days=30)))
    snoozed = await _task(
        anon,
        interview["id"],
        due_at=_z(now - timedelta(days=1)),
        snoozed_until=_z(now + timedelta(days=1)),
    )
    snooze_over = await _task(
        anon,
        interview["id"],
        due_at=_z(now + timedelta(days=3)),
        snoozed_until=_z(now - timedelta(minutes=1)),
    )
    done = await _task(anon, interview["id"], due_at=_z(now + timedelta(days=1)))
    await patch_task(anon, done["id"], status="done")

    response = await anon.get("/v1/agenda")

    assert response.status_code == 200
    agenda = response.json()
    # The 2020 interview's thank-you and LinkedIn tasks are long overdue.
    generated = [task for task in agenda["overdue"] if task["origin"] != "manual"]
    assert {task["kind"] for task in generated} == {"thank_you", "periodic_update"}
    assert [task["id"] for task in agenda["overdue"] if task["origin"] == "manual"] == [
        past_deadline["id"]
    ]
    assert all(task["is_overdue"] for task in agenda["overdue"])
    assert _ids(agenda["today"]) == [due_not_late["id"]]
    assert _ids(agenda["upcoming"]) == [upcoming["id"], snooze_over["id"]]
    assert agenda["totals"] == {
        "overdue": len(agenda["overdue"]),
        "today": 1,
        "upcoming": 2,
    }
    # Embedded so that a client needs no second request.
    assert agenda["today"][0]["interview"] == {
        "id": interview["id"],
        "company": "Acme Robotics",
        "position": "Platform Engineer",
    }
    thank_you = next(task for task in generated if task["kind"] == "thank_you")
    assert thank_you["interviewer"] == {
        "id": interview["interviewers"][0]["id"],
        "name": "Dana Lee",
    }
    everything = {
        task["id"] for group in ("overdue", "today", "upcoming") for task in agenda[group]
    }
    assert not everything & {next_month["id"], snoozed["id"], done["id"]}

    wider = (await anon.get("/v1/agenda?days=31")).json()
    assert _ids(wider["upcoming"]) == [upcoming["id"], snooze_over["id"], next_month["id"]]


async def test_agenda_today_ends_at_midnight_in_the_users_time_zone(anon: Client) -> None:
    await sign_up(anon, timezone="Asia/Tokyo")
    interview_id = (await create_interview(anon, next_steps=None))["id"]
    tokyo = utcnow().astimezone(ZoneInfo("Asia/Tokyo"))
    midnight = tokyo.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
    before_midnight = await _task(anon, interview_id, due_at=_z(midnight - timedelta(seconds=1)))
    at_midnight = await _task(anon, interview_id, due_at=_z(midnight))

    agenda = (await anon.get("/v1/agenda")).json()

    assert before_midnight["id"] in _ids(agenda["today"])
    assert at_midnight["id"] in _ids(agenda["upcoming"])


async def test_agenda_caps_each_group_and_counts_them_all(app: FastAPI, anon: Client) -> None:
    user = await sign_up(anon)
    await _insert_open_tasks(app, user["id"], 12)

    agenda = (await anon.get("/v1/agenda?limit=5")).json()

    assert len(agenda["overdue"]) == len(agenda["upcoming"]) == 5
    assert agenda["totals"] == {"overdue": 6, "today": 0, "upcoming": 6}
    assert [task["due_at"] for task in agenda["overdue"]] == sorted(
        task["due_at"] for task in agenda["overdue"]
    )


async def test_agenda_bad_parameters_are_refused(anon: Client) -> None:
    await sign_up(anon)
    for query, status, pointer in (
        ("days=0", 422, "/query/days"),
        ("days=91", 422, "/query/days"),
        ("limit=101", 422, "/query/limit"),
        ("status=open", 400, "/query/status"),
    ):
        response = await anon.get(f"/v1/agenda?{query}")
        assert response.status_code == status, query
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer], query


@pytest.mark.parametrize("count", [10, 1000])
async def test_agenda_costs_at_most_three_statements_however_many_tasks(
    app: FastAPI, anon: Client, statements: StatementCounter, count: int
) -> None:
    user = await sign_up(anon)
    await _insert_open_tasks(app, user["id"], count)

    with statements.counting() as window:
        response = await anon.get("/v1/agenda")

    assert response.status_code == 200
    assert sum(response.json()["totals"].values()) == count
    assert len(window) <= 3, window


async def _insert_open_tasks(app: FastAPI, user_id: str, count: int) -> None:
    """Half overdue, half due in the coming days; rows straight through the session."""
    owner = uuid.UUID(user_id)
    now = utcnow()
    async with app.state.db.write_sessionmaker.begin() as session:
        session.add_all(
            FollowUpTask(
                user_id=owner,
                kind="custom",
                title=f"Task {n}",
                guidance=GUIDANCE[TaskKind.CUSTOM],
                due_at=now - timedelta(days=2, minutes=n)
                if n % 2
                else now + timedelta(days=2, minutes=n % 600),
            )
            for n in range(count)
        )

"""A board's upsert replaces what the board knows and never what the user recorded.

Boards resend their postings whenever they like, often unchanged. The user meanwhile
records the outcome, notes, discussion points, who the hiring manager was, a reflection,
and closes tasks. None of that may be undone by a resync, and no task the user or the
playbook closed may open again; the board's own facts (time, role, interviewers) still
follow the board.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from fastapi import FastAPI

from tests.support import Client, new_client, sign_up
from tests.tasks.helpers import all_tasks, patch_interview, patch_task

URL = "/v1/interviews/by-external-id/jobboard/req-42"

BOARD_BODY: dict[str, Any] = {
    "company": "Acme Robotics",
    "position": "Platform Engineer",
    "stage": "Onsite",
    "scheduled_at": "2026-11-30T14:00:00+01:00",
    "timezone": "Europe/Berlin",
    "duration_minutes": 60,
    "format": "video",
    "location": "https://meet.example.com/abc",
    "status": "scheduled",
    "outcome": "pending",
    "notes": "Bring your laptop.",
    "discussion_points": [],
    "interviewers": [
        {"name": "Dana Lee", "title": "Engineering Manager", "email": "dana@acme.example"},
        {"name": "Sam Ortiz", "title": "Staff Engineer"},
    ],
}


def _board(**changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(BOARD_BODY)
    body.update(changes)
    return body


async def _put(client: Client, body: dict[str, Any], expected: int) -> dict[str, Any]:
    response = await client.put(URL, json=body)
    assert response.status_code == expected, response.text
    interview: dict[str, Any] = response.json()
    return interview


async def _state(client: Client, interview_id: str) -> dict[str, Any]:
    """Everything the user can see of the interview: itself, its tasks, its reflection."""
    interview = await client.get(f"/v1/interviews/{interview_id}")
    reflection = await client.get(f"/v1/interviews/{interview_id}/reflection")
    return {
        "interview": interview.json(),
        "etag": interview.headers["etag"],
        "tasks": await all_tasks(client, interview_id=interview_id),
        "reflection": reflection.json() if reflection.status_code == 200 else None,
    }


def _task_statuses(tasks: list[dict[str, Any]]) -> list[tuple[str, str | None, str]]:
    """(kind, whom it is about, status) of each task, sorted."""
    return sorted(
        (task["kind"], (task["interviewer"] or task["contact"] or {}).get("name"), task["status"])
        for task in tasks
    )


Edit = Callable[[Client, dict[str, Any]], Awaitable[None]]


def _patch(**changes: Any) -> Edit:
    async def edit(client: Client, interview: dict[str, Any]) -> None:
        await patch_interview(client, interview["id"], **changes)

    return edit


def _patch_people(dana: dict[str, Any], sam: dict[str, Any]) -> Edit:
    async def edit(client: Client, interview: dict[str, Any]) -> None:
        dana_id, sam_id = (person["id"] for person in interview["interviewers"])
        await patch_interview(
            client, interview["id"], interviewers=[{"id": dana_id, **dana}, {"id": sam_id, **sam}]
        )

    return edit


def _close_thank_you(status: str) -> Edit:
    async def edit(client: Client, interview: dict[str, Any]) -> None:
        dana_id = interview["interviewers"][0]["id"]
        tasks = await all_tasks(client, interview_id=interview["id"])
        task = next(t for t in tasks if t["origin"] == f"thank_you:{dana_id}")
        await patch_task(client, task["id"], status=status)

    return edit


async def _reflect(client: Client, interview: dict[str, Any]) -> None:
    response = await client.put(
        f"/v1/interviews/{interview['id']}/reflection",
        json={"went_well": "The system design round.", "questions_to_prepare": ["on-call"]},
    )
    assert response.status_code == 201, response.text


# Each kind of user edit, and what the user must still see after the board resends.
USER_EDITS: dict[str, tuple[Edit, Callable[[dict[str, Any]], Any], Any]] = {
    "outcome": (_patch(outcome="offer"), lambda s: s["interview"]["outcome"], "offer"),
    "status": (
        _patch(status="completed"),
        lambda s: s["interview"]["status"],
        "completed",
    ),
    "cancelled": (
        _patch(status="cancelled"),
        lambda s: (s["interview"]["status"], {t["status"] for t in s["tasks"]}),
        ("cancelled", {"skipped"}),
    ),
    "rejected": (
        _patch(status="completed", outcome="rejected"),
        lambda s: (s["interview"]["outcome"], [t["status"] for t in s["tasks"]].count("open")),
        # The rejection thank-you supersedes the open thank-you to Dana.
        ("rejected", 5),
    ),
    "notes": (
        _patch(notes="They asked how I would run on-call."),
        lambda s: s["interview"]["notes"],
        "They asked how I would run on-call.",
    ),
    "discussion points": (
        _patch(discussion_points=["on-call rotations", "the 2027 roadmap"]),
        lambda s: s["interview"]["discussion_points"],
        [
            {"text": "on-call rotations", "topic": None, "my_angle": None},
            {"text": "the 2027 roadmap", "topic": None, "my_angle": None},
        ],
    ),
    "next steps": (
        _patch(next_steps={"description": "A call on Friday", "expected_by": "2026-12-11"}),
        lambda s: s["interview"]["next_steps"],
        {"description": "A call on Friday", "expected_by": "2026-12-11"},
    ),
    "interviewer points": (
        _patch_people({"discussion_points": ["her move from Berlin"]}, {}),
        lambda s: [p["discussion_points"] for p in s["interview"]["interviewers"]],
        [[{"text": "her move from Berlin", "topic": None, "my_angle": None}], []],
    ),
    "hiring manager": (
        _patch_people({"is_hiring_manager": True}, {}),
        lambda s: [p["is_hiring_manager"] for p in s["interview"]["interviewers"]],
        [True, False],
    ),
    "linkedin": (
        _patch_people({}, {"linkedin_url": "https://www.linkedin.com/in/samortiz"}),
        lambda s: [p["linkedin_url"] for p in s["interview"]["interviewers"]],
        [None, "https://www.linkedin.com/in/samortiz"],
    ),
    "reflection": (
        _reflect,
        lambda s: (s["reflection"]["went_well"], s["reflection"]["questions_to_prepare"]),
        ("The system design round.", ["on-call"]),
    ),
    "task skipped": (
        _close_thank_you("skipped"),
        lambda s: _task_statuses(s["tasks"]),
        [
            ("periodic_update", "Dana Lee", "open"),
            ("thank_you", "Dana Lee", "skipped"),
            ("thank_you", "Sam Ortiz", "open"),
        ],
    ),
    "task done": (
        _close_thank_you("done"),
        lambda s: _task_statuses(s["tasks"]),
        [
            ("periodic_update", "Dana Lee", "open"),
            ("thank_you", "Dana Lee", "done"),
            ("thank_you", "Sam Ortiz", "open"),
        ],
    ),
}


@pytest.mark.parametrize("kind", list(USER_EDITS))
async def test_board_resends_same_body_after_user_edit_changes_nothing(
    anon: Client, kind: str
) -> None:
    edit, seen, expected = USER_EDITS[kind]
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    await edit(anon, created)
    before = await _state(anon, created["id"])
    assert seen(before) == expected

    replayed = await anon.put(URL, json=_board())

    assert replayed.status_code == 200, replayed.text
    assert replayed.json() == before["interview"]
    assert replayed.headers["etag"] == before["etag"]
    after = await _state(anon, created["id"])
    assert after == before
    assert seen(after) == expected


async def _record_everything(client: Client, created: dict[str, Any]) -> None:
    dana, sam = (person["id"] for person in created["interviewers"])
    await patch_interview(
        client,
        created["id"],
        status="completed",
        outcome="advanced",
        notes="They asked how I would run on-call.",
        discussion_points=["on-call rotations"],
        next_steps={"description": "A call on Friday", "expected_by": "2026-12-11"},
        interviewers=[
            {"id": dana, "is_hiring_manager": True, "discussion_points": ["her move"]},
            {"id": sam, "linkedin_url": "https://www.linkedin.com/in/samortiz"},
        ],
    )
    await _reflect(client, created)
    await _close_thank_you("skipped")(client, created)


async def test_board_resends_same_body_after_every_user_edit_keeps_all_of_it(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    dana, sam = created["interviewers"]
    await _record_everything(anon, created)
    before = await _state(anon, created["id"])

    replayed = await _put(anon, _board(), 200)

    assert replayed == {
        "id": created["id"],
        "company": "Acme Robotics",
        "position": "Platform Engineer",
        "stage": "Onsite",
        "scheduled_at": "2026-11-30T13:00:00Z",
        "timezone": "Europe/Berlin",
        "duration_minutes": 60,
        "format": "video",
        "location": "https://meet.example.com/abc",
        "notes": "They asked how I would run on-call.",
        "status": "completed",
        "outcome": "advanced",
        "outcome_decided_at": before["interview"]["outcome_decided_at"],
        "discussion_points": [{"text": "on-call rotations", "topic": None, "my_angle": None}],
        "interviewers": [
            {
                "id": dana["id"],
                "name": "Dana Lee",
                "title": "Engineering Manager",
                "email": "dana@acme.example",
                "linkedin_url": None,
                "is_hiring_manager": True,
                "discussion_points": [{"text": "her move", "topic": None, "my_angle": None}],
                "contact_id": dana["contact_id"],
            },
            {
                "id": sam["id"],
                "name": "Sam Ortiz",
                "title": "Staff Engineer",
                "email": None,
                "linkedin_url": "https://www.linkedin.com/in/samortiz",
                "is_hiring_manager": False,
                "discussion_points": [],
                "contact_id": sam["contact_id"],
            },
        ],
        "next_steps": {"description": "A call on Friday", "expected_by": "2026-12-11"},
        "source": "jobboard",
        "external_id": "req-42",
        "created_at": created["created_at"],
        "updated_at": before["interview"]["updated_at"],
    }
    after = await _state(anon, created["id"])
    assert after == before
    assert _task_statuses(after["tasks"]) == [
        ("linkedin_connect", "Sam Ortiz", "open"),
        ("periodic_update", "Dana Lee", "skipped"),
        ("thank_you", "Dana Lee", "skipped"),
        ("thank_you", "Sam Ortiz", "open"),
    ]


async def test_board_changes_its_own_fields_and_keeps_the_users(anon: Client) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    dana, sam = created["interviewers"]
    await _record_everything(anon, created)
    before = await _state(anon, created["id"])

    moved = await _put(
        anon,
        _board(
            position="Senior Platform Engineer",
            scheduled_at="2026-12-01T10:30:00+01:00",
            duration_minutes=45,
            interviewers=[
                {
                    "name": "Dana Lee-Park",
                    "title": "Director of Engineering",
                    "email": "DANA@acme.example",
                },
                {
                    "name": "Kim Park",
                    "email": "kim@acme.example",
                    "is_hiring_manager": True,
                    "discussion_points": ["the team's charter"],
                },
            ],
        ),
        200,
    )

    kim = moved["interviewers"][1]
    assert moved == {
        **before["interview"],
        "position": "Senior Platform Engineer",
        "scheduled_at": "2026-12-01T09:30:00Z",
        "duration_minutes": 45,
        "interviewers": [
            {
                "id": dana["id"],
                "name": "Dana Lee-Park",
                "title": "Director of Engineering",
                "email": "DANA@acme.example",
                "linkedin_url": None,
                "is_hiring_manager": True,
                "discussion_points": [{"text": "her move", "topic": None, "my_angle": None}],
                "contact_id": dana["contact_id"],
            },
            {
                "id": kim["id"],
                "name": "Kim Park",
                "title": None,
                "email": "kim@acme.example",
                "linkedin_url": None,
                "is_hiring_manager": True,
                "discussion_points": [
                    {"text": "the team's charter", "topic": None, "my_angle": None}
                ],
                "contact_id": kim["contact_id"],
            },
        ],
        "updated_at": moved["updated_at"],
    }
    assert kim["id"] not in (dana["id"], sam["id"])
    assert moved["updated_at"] > before["interview"]["updated_at"]
    tasks = await all_tasks(anon, interview_id=created["id"])
    assert _task_statuses(tasks) == [
        ("linkedin_connect", "Sam Ortiz", "skipped"),
        ("periodic_update", "Dana Lee-Park", "skipped"),
        ("thank_you", "Dana Lee-Park", "skipped"),
        ("thank_you", "Kim Park", "open"),
        ("thank_you", "Sam Ortiz", "skipped"),
    ]
    dropped = [t["skip_reason"] for t in tasks if sam["id"] in t["origin"]]
    assert dropped == ["The interviewer was removed from the interview."] * 2


async def test_board_linkedin_address_fills_an_empty_one_and_never_replaces_one(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    dana, sam = (person["id"] for person in created["interviewers"])
    await patch_interview(
        anon,
        created["id"],
        interviewers=[{"id": dana}, {"id": sam, "linkedin_url": "https://example.com/sam"}],
    )
    people = copy.deepcopy(BOARD_BODY["interviewers"])
    people[0]["linkedin_url"] = "https://www.linkedin.com/in/danalee"
    people[1]["linkedin_url"] = "https://www.linkedin.com/in/sam-from-the-board"

    updated = await _put(anon, _board(interviewers=people), 200)

    assert [person["linkedin_url"] for person in updated["interviewers"]] == [
        "https://www.linkedin.com/in/danalee",
        "https://example.com/sam",
    ]


# PATCH by external id: the same merge patch as PATCH /v1/interviews/{id}


async def test_patch_by_external_id_merges_like_patch_by_id(anon: Client) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)

    response = await anon.patch(
        URL,
        json={"outcome": "advanced", "notes": None},
        headers={"Content-Type": "application/merge-patch+json"},
    )

    assert response.status_code == 200, response.text
    patched = response.json()
    assert {key: patched[key] for key in ("id", "outcome", "notes", "status")} == {
        "id": created["id"],
        "outcome": "advanced",
        "notes": None,
        "status": "scheduled",
    }
    fetched = await anon.get(f"/v1/interviews/{created['id']}")
    assert fetched.json() == patched
    assert fetched.headers["etag"] == response.headers["etag"]


async def test_patch_by_external_id_with_stale_if_match_is_412_and_changes_nothing(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    read = await anon.get(f"/v1/interviews/{created['id']}")
    first = await anon.patch(
        URL, json={"notes": "First edit."}, headers={"If-Match": read.headers["etag"]}
    )
    assert first.status_code == 200, first.text

    stale = await anon.patch(
        URL, json={"notes": "Second edit."}, headers={"If-Match": read.headers["etag"]}
    )

    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    current = await anon.get(f"/v1/interviews/{created['id']}")
    assert current.json()["notes"] == "First edit."
    assert current.headers["etag"] == first.headers["etag"]


async def test_patch_by_external_id_unknown_or_another_users_is_404(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon)
    await _put(anon, _board(), 201)
    missing = await anon.patch("/v1/interviews/by-external-id/jobboard/req-43", json={"notes": "x"})
    async with new_client(app) as other:
        await sign_up(other)
        theirs = await other.patch(URL, json={"notes": "x"})
    assert missing.status_code == theirs.status_code == 404
    assert missing.json() == theirs.json()
    assert missing.json()["code"] == "not_found"


async def test_patch_by_external_id_refuses_null_for_required_field_with_422(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await _put(anon, _board(), 201)
    refused = await anon.patch(URL, json={"company": None})
    assert refused.status_code == 422
    assert [e["pointer"] for e in refused.json()["errors"]] == ["/body/company"]
    current = await anon.get(f"/v1/interviews/{created['id']}")
    assert current.json() == created


# The contract says who owns each field


BOARD = "Owned by the board: replaced on every upsert."
USER = "Owned by the user: set on create, never changed by later upserts."


def _owners(app: FastAPI, schema: str) -> dict[str, str]:
    properties = app.openapi()["components"]["schemas"][schema]["properties"]
    owners = {}
    for name, prop in properties.items():
        description = prop["description"]
        assert description.startswith((BOARD, USER)), (name, description)
        owners[name] = "board" if description.startswith(BOARD) else "user"
    return owners


def test_upsert_schema_names_the_owner_of_every_field(app: FastAPI) -> None:
    assert _owners(app, "InterviewReplace") == {
        "company": "board",
        "position": "board",
        "stage": "board",
        "scheduled_at": "board",
        "timezone": "board",
        "duration_minutes": "board",
        "format": "board",
        "location": "board",
        "interviewers": "board",
        "status": "user",
        "outcome": "user",
        "notes": "user",
        "discussion_points": "user",
        "next_steps": "user",
    }
    assert _owners(app, "InterviewerReplace") == {
        "name": "board",
        "title": "board",
        "email": "board",
        "linkedin_url": "user",
        "is_hiring_manager": "user",
        "discussion_points": "user",
    }
    interview = app.openapi()["components"]["schemas"]["InterviewCreate"]["properties"]
    assert not any(
        prop.get("description", "").startswith((BOARD, USER)) for prop in interview.values()
    )

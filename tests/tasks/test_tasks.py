"""Tasks through HTTP: added by hand, completed, skipped, reopened, snoozed, re-dated,
listed a page at a time, and invisible to anyone else."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from fastapi import FastAPI

from api.db import Base, utcnow
from api.models import metadata
from api.playbook.guidance import GUIDANCE, TaskKind
from api.tasks.models import FollowUpTask
from tests.support import (
    Client,
    StatementCounter,
    bearer,
    create_interview,
    mint_token,
    new_client,
    sign_up,
)
from tests.tasks.helpers import all_tasks, patch_task, tasks_by_origin

DANA = {
    "name": "Dana Lee",
    "email": "dana@acme.example",
    "linkedin_url": "https://www.linkedin.com/in/danalee",
    "is_hiring_manager": True,
}


def _z(moment: Any) -> str:
    return str(moment.isoformat().replace("+00:00", "Z"))


async def _post_task(client: Client, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/tasks", json=body)
    assert response.status_code == 201, response.text
    task: dict[str, Any] = response.json()
    return task


# Added by hand


async def test_create_task_for_an_interviewer_names_them_and_is_manual(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    dana = interview["interviewers"][0]

    response = await anon.post(
        "/v1/tasks",
        json={
            "kind": "share_resource",
            "interview_id": interview["id"],
            "interviewer_id": dana["id"],
            "due_at": "2054-12-02T10:00:00+01:00",
            "deadline_at": "2054-12-03T10:00:00+01:00",
        },
    )

    assert response.status_code == 201
    task = response.json()
    assert response.headers["location"] == f"/v1/tasks/{task['id']}"
    assert task == {
        "id": task["id"],
        "kind": "share_resource",
        "title": "Share a relevant article or resource with Dana Lee at Acme Robotics",
        "guidance": GUIDANCE[TaskKind.SHARE_RESOURCE],
        "interview_id": interview["id"],
        "interviewer_id": dana["id"],
        "contact_id": dana["contact_id"],
        "due_at": "2054-12-02T09:00:00Z",
        "deadline_at": "2054-12-03T09:00:00Z",
        "status": "open",
        "snoozed_until": None,
        "origin": "manual",
        "completed_at": None,
        "skip_reason": None,
        "draft_id": None,
        "is_overdue": False,
        "interview": {
            "id": interview["id"],
            "company": "Acme Robotics",
            "position": "Platform Engineer",
        },
        "interviewer": {"id": dana["id"], "name": "Dana Lee"},
        "contact": {"id": dana["contact_id"], "name": "Dana Lee"},
        "created_at": task["created_at"],
        "updated_at": task["updated_at"],
    }
    got = await anon.get(f"/v1/tasks/{task['id']}")
    assert got.json() == task
    assert got.headers["etag"] == response.headers["etag"]


async def test_create_custom_task_for_a_contact_only(anon: Client) -> None:
    await sign_up(anon)
    contact = (
        await anon.post("/v1/contacts", json={"name": "Rosa Park", "company": "Globex"})
    ).json()

    task = await _post_task(
        anon, contact_id=contact["id"], title="Coffee with Rosa", due_at="2054-12-02T10:00:00Z"
    )

    assert (task["kind"], task["title"], task["origin"]) == ("custom", "Coffee with Rosa", "manual")
    assert (task["interview"], task["contact"]) == (
        None,
        {"id": contact["id"], "name": "Rosa Park"},
    )
    assert task["guidance"] == GUIDANCE[TaskKind.CUSTOM]
    untitled = await _post_task(anon, contact_id=contact["id"], due_at="2054-12-02T10:00:00Z")
    assert untitled["title"] == "Follow up with Rosa Park at Globex"


async def test_create_task_bad_links_are_refused_naming_the_field(anon: Client) -> None:
    await sign_up(anon)
    first = await create_interview(anon, interviewers=[DANA])
    second = await create_interview(anon, interviewers=[{"name": "Sam Ortiz"}])
    due = "2054-12-02T10:00:00Z"
    cases: list[tuple[dict[str, Any], str]] = [
        ({"due_at": due}, "/body/interview_id"),
        ({"interview_id": None, "due_at": due}, "/body/interview_id"),
        (
            {
                "interview_id": first["id"],
                "interviewer_id": second["interviewers"][0]["id"],
                "due_at": due,
            },
            "/body/interviewer_id",
        ),
        (
            {
                "interviewer_id": first["interviewers"][0]["id"],
                "contact_id": second["interviewers"][0]["contact_id"],
                "due_at": due,
            },
            "/body/contact_id",
        ),
        (
            {
                "interview_id": first["id"],
                "due_at": due,
                "deadline_at": "2054-12-01T10:00:00Z",
            },
            "/body/deadline_at",
        ),
        ({"interview_id": first["id"]}, "/body/due_at"),
        ({"interview_id": first["id"], "due_at": "2054-12-02T10:00:00"}, "/body/due_at"),
        ({"interview_id": first["id"], "due_at": due, "kind": "chat"}, "/body/kind"),
        ({"interview_id": first["id"], "due_at": due, "origin": "x"}, "/body/origin"),
        ({"interview_id": first["id"], "due_at": due, "status": "done"}, "/body/status"),
    ]
    before = await all_tasks(anon)
    for body, pointer in cases:
        response = await anon.post("/v1/tasks", json=body)
        assert response.status_code == 422, body
        assert response.headers["content-type"] == "application/problem+json"
        assert [error["pointer"] for error in response.json()["errors"]] == [pointer], body
    for body, pointer in (
        ({"interview_id": str(uuid.uuid4()), "due_at": due}, "/body/interview_id"),
        ({"interviewer_id": str(uuid.uuid4()), "due_at": due}, "/body/interviewer_id"),
        ({"contact_id": str(uuid.uuid4()), "due_at": due}, "/body/contact_id"),
    ):
        response = await anon.post("/v1/tasks", json=body)
        assert (response.status_code, response.json()["code"]) == (404, "not_found"), body
        assert [error["pointer"] for error in response.json()["errors"]] == [pointer], body
    assert await all_tasks(anon) == before


async def test_create_task_with_interviewer_only_takes_its_interview(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    dana = interview["interviewers"][0]

    task = await _post_task(anon, interviewer_id=dana["id"], due_at="2054-12-02T10:00:00Z")

    assert (task["interview_id"], task["contact_id"]) == (interview["id"], dana["contact_id"])
    assert task["title"] == "Follow up with Dana Lee at Acme Robotics"


# Completing, skipping, reopening, snoozing, re-dating


async def test_complete_task_sets_completed_at_and_marks_contact_contacted(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    dana = interview["interviewers"][0]
    thank_you = (await tasks_by_origin(anon))[f"thank_you:{dana['id']}"]

    done = await patch_task(anon, thank_you["id"], status="done")

    assert done == {
        **thank_you,
        "status": "done",
        "completed_at": done["completed_at"],
        "updated_at": done["updated_at"],
    }
    assert done["completed_at"] is not None
    contact = (await anon.get(f"/v1/contacts/{dana['contact_id']}")).json()
    assert contact["last_contacted_at"] == done["completed_at"]

    reopened = await patch_task(anon, thank_you["id"], status="open")
    assert reopened == {**thank_you, "updated_at": reopened["updated_at"]}


async def test_skip_task_with_a_reason_and_reason_needs_skipped(anon: Client) -> None:
    await sign_up(anon)
    task = await _post_task(
        anon,
        interview_id=(await create_interview(anon))["id"],
        due_at="2054-12-02T10:00:00Z",
    )

    refused = await anon.patch(f"/v1/tasks/{task['id']}", json={"skip_reason": "No need"})
    assert refused.status_code == 422
    assert [e["pointer"] for e in refused.json()["errors"]] == ["/body/skip_reason"]

    skipped = await patch_task(anon, task["id"], status="skipped", skip_reason="Met them today")
    assert (skipped["status"], skipped["skip_reason"], skipped["completed_at"]) == (
        "skipped",
        "Met them today",
        None,
    )
    reopened = await patch_task(anon, task["id"], status="open")
    assert (reopened["status"], reopened["skip_reason"]) == ("open", None)


async def test_reflection_task_completed_marks_nobody_contacted(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    task = await _post_task(
        anon,
        kind="reflection",
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][0]["id"],
        due_at="2054-12-02T10:00:00Z",
    )

    await patch_task(anon, task["id"], status="done")

    contact = (await anon.get(f"/v1/contacts/{task['contact_id']}")).json()
    assert contact["last_contacted_at"] is None


async def test_snoozed_task_keeps_its_due_time_and_unsnoozes_with_null(anon: Client) -> None:
    await sign_up(anon)
    task = await _post_task(
        anon, interview_id=(await create_interview(anon))["id"], due_at="2054-12-02T10:00:00Z"
    )

    snoozed = await patch_task(anon, task["id"], snoozed_until="2054-12-05T08:00:00+01:00")
    assert (snoozed["snoozed_until"], snoozed["due_at"]) == (
        "2054-12-05T07:00:00Z",
        "2054-12-02T10:00:00Z",
    )
    cleared = await patch_task(anon, task["id"], snoozed_until=None)
    assert cleared["snoozed_until"] is None


async def test_redated_task_moves_its_deadline_by_as_much(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    thank_you = (await tasks_by_origin(anon))[f"thank_you:{interview['interviewers'][0]['id']}"]
    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-11-30T14:00:00Z",
        "2054-12-01T14:00:00Z",
    )

    redated = await patch_task(anon, thank_you["id"], due_at="2054-12-01T09:00:00Z")
    assert (redated["due_at"], redated["deadline_at"]) == (
        "2054-12-01T09:00:00Z",
        "2054-12-02T09:00:00Z",
    )
    both = await patch_task(anon, thank_you["id"], due_at="2054-12-03T09:00:00Z", deadline_at=None)
    assert (both["due_at"], both["deadline_at"]) == ("2054-12-03T09:00:00Z", None)


async def test_update_task_bad_values_are_422_and_change_nothing(anon: Client) -> None:
    await sign_up(anon)
    task = await _post_task(
        anon,
        interview_id=(await create_interview(anon))["id"],
        due_at="2054-12-02T10:00:00Z",
        deadline_at="2054-12-03T10:00:00Z",
    )
    cases: list[tuple[dict[str, Any], str]] = [
        ({"status": None}, "/body/status"),
        ({"status": "finished"}, "/body/status"),
        ({"due_at": None}, "/body/due_at"),
        ({"title": ""}, "/body/title"),
        ({"deadline_at": "2054-12-01T10:00:00Z"}, "/body/deadline_at"),
        ({"completed_at": "2054-12-01T10:00:00Z"}, "/body/completed_at"),
        ({"origin": "thank_you"}, "/body/origin"),
        ({"id": str(uuid.uuid4())}, "/body/id"),
    ]
    for body, pointer in cases:
        response = await anon.patch(f"/v1/tasks/{task['id']}", json=body)
        assert response.status_code == 422, body
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer], body
    assert (await anon.get(f"/v1/tasks/{task['id']}")).json() == task


async def test_stale_if_match_is_412_and_changes_nothing(anon: Client) -> None:
    await sign_up(anon)
    task = await _post_task(
        anon, interview_id=(await create_interview(anon))["id"], due_at="2054-12-02T10:00:00Z"
    )
    read = await anon.get(f"/v1/tasks/{task['id']}")
    etag = read.headers["etag"]
    assert (
        await anon.get(f"/v1/tasks/{task['id']}", headers={"If-None-Match": etag})
    ).status_code == 304

    changed = await anon.patch(
        f"/v1/tasks/{task['id']}", json={"title": "Mine"}, headers={"If-Match": etag}
    )
    assert changed.status_code == 200
    assert changed.headers["etag"] != etag
    stale = await anon.patch(
        f"/v1/tasks/{task['id']}", json={"status": "done"}, headers={"If-Match": etag}
    )
    assert stale.status_code == 412
    assert (await anon.get(f"/v1/tasks/{task['id']}")).json() == changed.json()


async def test_delete_manual_task_204_generated_task_409(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    manual = await _post_task(anon, interview_id=interview["id"], due_at="2054-12-02T10:00:00Z")
    generated = (await tasks_by_origin(anon))[f"thank_you:{interview['interviewers'][0]['id']}"]

    assert (await anon.delete(f"/v1/tasks/{manual['id']}")).status_code == 204
    assert (await anon.get(f"/v1/tasks/{manual['id']}")).status_code == 404
    refused = await anon.delete(f"/v1/tasks/{generated['id']}")
    assert refused.status_code == 409
    assert "skip it instead" in refused.json()["detail"]
    assert (await anon.get(f"/v1/tasks/{generated['id']}")).json() == generated


# Lists


async def test_list_filters_by_status_kind_interview_contact_and_due_range(
    anon: Client,
) -> None:
    await sign_up(anon)
    first = await create_interview(anon, interviewers=[DANA], next_steps=None)
    second = await create_interview(
        anon,
        scheduled_at="2054-12-07T10:00:00+01:00",
        interviewers=[{"name": "Sam Ortiz"}],
        next_steps=None,
    )
    dana, sam = first["interviewers"][0], second["interviewers"][0]
    tasks = await all_tasks(anon)
    ids = {(task["interview_id"], task["origin"]): task["id"] for task in tasks}
    await patch_task(anon, ids[(first["id"], f"thank_you:{dana['id']}")], status="done")

    async def ids_for(**params: Any) -> set[str]:
        return {task["id"] for task in await all_tasks(anon, **params)}

    assert await ids_for(status="done") == {ids[(first["id"], f"thank_you:{dana['id']}")]}
    assert await ids_for(kind="thank_you", status="open") == {
        ids[(second["id"], f"thank_you:{sam['id']}")]
    }
    assert await ids_for(interview_id=second["id"]) == {
        task_id for (interview_id, _), task_id in ids.items() if interview_id == second["id"]
    }
    assert await ids_for(contact_id=sam["contact_id"]) == await ids_for(interview_id=second["id"])
    assert await ids_for(due_after="2054-12-07T00:00:00Z") == {
        task["id"] for task in tasks if task["due_at"] >= "2054-12-07T00:00:00Z"
    }
    assert await ids_for(due_before="2054-12-01T00:00:00Z") == {
        task["id"] for task in tasks if task["due_at"] < "2054-12-01T00:00:00Z"
    }
    assert await ids_for() == {task["id"] for task in tasks}


async def test_list_overdue_only_open_tasks_past_deadline_or_due_time(anon: Client) -> None:
    await sign_up(anon)
    interview_id = (await create_interview(anon, next_steps=None))["id"]
    now = utcnow()
    late = await _post_task(anon, interview_id=interview_id, due_at=_z(now - timedelta(days=3)))
    within_deadline = await _post_task(
        anon,
        interview_id=interview_id,
        due_at=_z(now - timedelta(hours=1)),
        deadline_at=_z(now + timedelta(days=1)),
    )
    past_deadline = await _post_task(
        anon,
        interview_id=interview_id,
        due_at=_z(now - timedelta(days=2)),
        deadline_at=_z(now - timedelta(days=1)),
    )
    done_late = await _post_task(
        anon, interview_id=interview_id, due_at=_z(now - timedelta(days=3))
    )
    await patch_task(anon, done_late["id"], status="done")

    overdue = await all_tasks(anon, overdue="true")
    assert [task["id"] for task in overdue] == [late["id"], past_deadline["id"]]
    assert all(task["is_overdue"] for task in overdue)
    not_overdue = {task["id"] for task in await all_tasks(anon, overdue="false")}
    assert {within_deadline["id"], done_late["id"]} <= not_overdue
    assert not not_overdue & {late["id"], past_deadline["id"]}


async def test_list_pages_walk_every_task_once_in_due_order(app: FastAPI, anon: Client) -> None:
    user = await sign_up(anon)
    await _insert_tasks(app, user["id"], 23, same_due_every=4)

    seen: list[dict[str, Any]] = []
    url = "/v1/tasks?limit=5"
    while True:
        response = await anon.get(url)
        page = response.json()
        seen.extend(page["data"])
        if not page["has_more"]:
            assert "link" not in response.headers
            break
        assert response.headers["link"].endswith('>; rel="next"')
        url = f"/v1/tasks?limit=5&cursor={page['next_cursor']}"

    assert len(seen) == len({task["id"] for task in seen}) == 23
    keys = [(task["due_at"], task["id"]) for task in seen]
    assert keys == sorted(keys)
    backwards = await all_tasks(anon, sort="-due_at")
    assert [task["id"] for task in backwards] == [task["id"] for task in reversed(seen)]


async def test_list_unknown_filter_or_foreign_cursor_is_400(anon: Client) -> None:
    await sign_up(anon)
    await create_interview(anon, interviewers=[DANA])
    unknown = await anon.get("/v1/tasks?priority=high")
    assert (unknown.status_code, unknown.json()["code"]) == (400, "unknown_parameter")
    cursor = (await anon.get("/v1/tasks?limit=1")).json()["next_cursor"]
    other_filter = await anon.get(f"/v1/tasks?limit=1&status=open&cursor={cursor}")
    assert (other_filter.status_code, other_filter.json()["code"]) == (400, "bad_cursor")
    forged = await anon.get("/v1/tasks?cursor=abc.def")
    assert (forged.status_code, forged.json()["code"]) == (400, "bad_cursor")
    bad_sort = await anon.get("/v1/tasks?sort=title")
    assert bad_sort.status_code == 400


async def test_list_costs_the_same_statements_at_limit_5_and_100(
    app: FastAPI, anon: Client, statements: StatementCounter
) -> None:
    user = await sign_up(anon)
    await _insert_tasks(app, user["id"], 150)
    counts = []
    for limit in (5, 100):
        with statements.counting() as window:
            response = await anon.get(f"/v1/tasks?limit={limit}&status=open")
        assert response.status_code == 200
        assert len(response.json()["data"]) == limit
        counts.append(len(window))
    # One to authenticate, one for the page with its names.
    assert counts == [2, 2]


async def _insert_tasks(app: FastAPI, user_id: str, count: int, *, same_due_every: int = 1) -> None:
    owner = uuid.UUID(user_id)
    start = utcnow().replace(microsecond=0) + timedelta(days=1)
    async with app.state.db.write_sessionmaker.begin() as session:
        for n in range(count):
            session.add(
                FollowUpTask(
                    user_id=owner,
                    kind="custom",
                    title=f"Task {n}",
                    guidance=GUIDANCE[TaskKind.CUSTOM],
                    due_at=start + timedelta(hours=n // same_due_every),
                )
            )


# Scopes and tenancy


async def test_token_scopes_tasks_read_cannot_write(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    await create_interview(anon, interviewers=[DANA])
    task = (await all_tasks(anon))[0]
    token = await mint_token(anon, ["tasks:read"])
    async with new_client(app, headers=bearer(token)) as script:
        assert (await script.get(f"/v1/tasks/{task['id']}")).json() == task
        assert (await script.get("/v1/agenda")).status_code == 200
        refused = await script.patch(f"/v1/tasks/{task['id']}", json={"status": "done"})
    assert refused.status_code == 403
    assert "tasks:write" in refused.json()["detail"]


async def test_second_user_cannot_list_read_change_or_delete_first_users_tasks(
    app: FastAPI,
) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        interview = await create_interview(owner, interviewers=[DANA])
        manual = await _post_task(
            owner, interview_id=interview["id"], due_at="2054-12-02T10:00:00Z"
        )
        before = await all_tasks(owner)
        await sign_up(intruder)
        token = await mint_token(intruder, ["tasks:read", "tasks:write"])
        async with new_client(app, headers=bearer(token)) as intruder_script:
            for client in (intruder, intruder_script):
                assert await all_tasks(client) == []
                assert await all_tasks(client, interview_id=interview["id"]) == []
                agenda = (await client.get("/v1/agenda")).json()
                assert (agenda["overdue"], agenda["today"], agenda["upcoming"]) == ([], [], [])
                random_id = uuid.uuid4()
                for method, body in (
                    ("GET", None),
                    ("PATCH", {"status": "done"}),
                    ("DELETE", None),
                ):
                    theirs = await client.request(method, f"/v1/tasks/{manual['id']}", json=body)
                    missing = await client.request(method, f"/v1/tasks/{random_id}", json=body)
                    assert theirs.status_code == 404, method
                    assert theirs.content == missing.content, method
                # Their interview is as unknown to a new task as a random id.
                theirs = await client.post(
                    "/v1/tasks",
                    json={"interview_id": interview["id"], "due_at": "2054-12-02T10:00:00Z"},
                )
                missing = await client.post(
                    "/v1/tasks",
                    json={"interview_id": str(random_id), "due_at": "2054-12-02T10:00:00Z"},
                )
                assert theirs.status_code == 404
                assert theirs.content == missing.content
        assert await all_tasks(owner) == before


def test_every_relationship_refuses_lazy_loading() -> None:
    # A lazy load in async code is an N+1 at best and an error at worst: every
    # relationship must be loaded on purpose (selectinload, joins) or not at all.
    lazy = {
        f"{mapper.class_.__name__}.{relationship.key}": relationship.lazy
        for mapper in Base.registry.mappers
        for relationship in mapper.relationships
    }
    assert lazy
    assert lazy == dict.fromkeys(lazy, "raise")
    assert {"follow_up_task", "contact", "reflection"} <= set(metadata.tables)

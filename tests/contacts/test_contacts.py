"""Contacts: one per person (by email, any case), linked from every interview they were in."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI

from tests.support import Client, bearer, create_interview, mint_token, new_client, sign_up
from tests.tasks.helpers import patch_interview, patch_task, tasks_by_origin

DANA = {
    "name": "Dana Lee",
    "title": "Engineering Manager",
    "email": "Dana@Acme.example",
    "linkedin_url": "https://www.linkedin.com/in/danalee",
    "is_hiring_manager": True,
}


async def _contact(client: Client, contact_id: str) -> dict[str, Any]:
    response = await client.get(f"/v1/contacts/{contact_id}")
    assert response.status_code == 200, response.text
    contact: dict[str, Any] = response.json()
    return contact


async def test_interviewers_with_the_same_email_in_any_case_share_one_contact(
    anon: Client,
) -> None:
    await sign_up(anon)
    first = await create_interview(anon, interviewers=[DANA], next_steps=None)
    second = await create_interview(
        anon,
        company="Globex",
        scheduled_at="2054-12-14T10:00:00+01:00",
        interviewers=[{"name": "Dana Lee-Smith", "email": "dana@ACME.example"}],
        next_steps=None,
    )
    contact_id = first["interviewers"][0]["contact_id"]
    assert second["interviewers"][0]["contact_id"] == contact_id

    contact = await _contact(anon, contact_id)

    assert contact == {
        "id": contact_id,
        "name": "Dana Lee",
        "email": "dana@acme.example",
        "title": "Engineering Manager",
        "company": "Acme Robotics",
        "linkedin_url": "https://www.linkedin.com/in/danalee",
        "notes": None,
        "last_contacted_at": None,
        "keep_in_touch_interval_days": None,
        "interviews": [
            {
                "id": second["id"],
                "interviewer_id": second["interviewers"][0]["id"],
                "company": "Globex",
                "position": "Platform Engineer",
                "scheduled_at": "2054-12-14T09:00:00Z",
                "status": "scheduled",
                "outcome": "pending",
            },
            {
                "id": first["id"],
                "interviewer_id": first["interviewers"][0]["id"],
                "company": "Acme Robotics",
                "position": "Platform Engineer",
                "scheduled_at": "2054-11-27T13:00:00Z",
                "status": "scheduled",
                "outcome": "pending",
            },
        ],
        "open_tasks": contact["open_tasks"],
        "created_at": contact["created_at"],
        "updated_at": contact["updated_at"],
    }
    assert [task["due_at"] for task in contact["open_tasks"]] == sorted(
        task["due_at"] for task in contact["open_tasks"]
    )
    assert {(task["interview_id"], task["kind"]) for task in contact["open_tasks"]} == {
        (first["id"], "thank_you"),
        (first["id"], "linkedin_connect"),
        (first["id"], "periodic_update"),
        (second["id"], "thank_you"),
        (second["id"], "periodic_update"),
    }
    listed = (await anon.get("/v1/contacts")).json()["data"]
    assert [item["id"] for item in listed] == [contact_id]


async def test_interviewer_without_email_gets_own_contact_and_keeps_it_when_email_added(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, interviewers=[{"name": "Sam Ortiz"}, {"name": "Sam Ortiz"}], next_steps=None
    )
    first, second = interview["interviewers"]
    assert first["contact_id"] != second["contact_id"]

    updated = await patch_interview(
        anon,
        interview["id"],
        interviewers=[{"id": first["id"], "email": "sam@acme.example"}, {"id": second["id"]}],
    )

    assert updated["interviewers"][0]["contact_id"] == first["contact_id"]
    assert (await _contact(anon, first["contact_id"]))["email"] == "sam@acme.example"
    # The same address elsewhere now finds that contact.
    other = await create_interview(
        anon, interviewers=[{"name": "S. Ortiz", "email": "SAM@acme.example"}]
    )
    assert other["interviewers"][0]["contact_id"] == first["contact_id"]


async def test_interviewer_email_changed_to_a_known_address_links_that_contact(
    anon: Client,
) -> None:
    await sign_up(anon)
    known = await create_interview(anon, interviewers=[DANA])
    interview = await create_interview(
        anon, interviewers=[{"name": "Dana", "email": "dana.lee@home.example"}]
    )
    person = interview["interviewers"][0]

    updated = await patch_interview(
        anon, interview["id"], interviewers=[{"id": person["id"], "email": "dana@acme.example"}]
    )

    assert updated["interviewers"][0]["contact_id"] == known["interviewers"][0]["contact_id"]
    thank_you = (await tasks_by_origin(anon, interview_id=interview["id"]))[
        f"thank_you:{person['id']}"
    ]
    assert thank_you["contact_id"] == known["interviewers"][0]["contact_id"]


async def test_contact_email_edited_by_hand_keeps_its_interviewers(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    contact_id = interview["interviewers"][0]["contact_id"]
    response = await anon.patch(
        f"/v1/contacts/{contact_id}", json={"email": "dana.lee@newjob.example"}
    )
    assert response.status_code == 200

    updated = await patch_interview(anon, interview["id"], notes="Follow-up call booked.")

    assert updated["interviewers"][0]["contact_id"] == contact_id
    assert [item["id"] for item in (await anon.get("/v1/contacts")).json()["data"]] == [contact_id]


async def test_create_contact_by_hand_and_duplicate_email_is_409(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        "/v1/contacts",
        json={
            "name": "Rosa Park",
            "email": "Rosa@Globex.example",
            "company": "Globex",
            "keep_in_touch_interval_days": 60,
        },
    )
    assert response.status_code == 201
    contact = response.json()
    assert response.headers["location"] == f"/v1/contacts/{contact['id']}"
    assert contact == {
        "id": contact["id"],
        "name": "Rosa Park",
        "email": "rosa@globex.example",
        "title": None,
        "company": "Globex",
        "linkedin_url": None,
        "notes": None,
        "last_contacted_at": None,
        "keep_in_touch_interval_days": 60,
        "interviews": [],
        "open_tasks": [],
        "created_at": contact["created_at"],
        "updated_at": contact["updated_at"],
    }

    duplicate = await anon.post(
        "/v1/contacts", json={"name": "R. Park", "email": "ROSA@globex.example"}
    )
    assert duplicate.status_code == 409
    assert [e["pointer"] for e in duplicate.json()["errors"]] == ["/body/email"]
    # An interviewer with that address is linked to the contact made by hand.
    interview = await create_interview(
        anon, interviewers=[{"name": "Rosa", "email": "rosa@globex.example"}]
    )
    assert interview["interviewers"][0]["contact_id"] == contact["id"]


async def test_update_contact_merge_patch_and_email_conflict(anon: Client) -> None:
    await sign_up(anon)
    rosa = (await anon.post("/v1/contacts", json={"name": "Rosa Park"})).json()
    await anon.post("/v1/contacts", json={"name": "Dana Lee", "email": "dana@acme.example"})

    response = await anon.patch(
        f"/v1/contacts/{rosa['id']}",
        json={"notes": "Met at PyCon", "last_contacted_at": "2054-11-20T10:00:00+01:00"},
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated == {
        **rosa,
        "notes": "Met at PyCon",
        "last_contacted_at": "2054-11-20T09:00:00Z",
        "updated_at": updated["updated_at"],
    }
    conflict = await anon.patch(f"/v1/contacts/{rosa['id']}", json={"email": "DANA@acme.example"})
    assert conflict.status_code == 409
    for body, pointer in (
        ({"name": None}, "/body/name"),
        ({"keep_in_touch_interval_days": 3}, "/body/keep_in_touch_interval_days"),
        ({"email": "not an email"}, "/body/email"),
        ({"interviews": []}, "/body/interviews"),
    ):
        refused = await anon.patch(f"/v1/contacts/{rosa['id']}", json=body)
        assert refused.status_code == 422, body
        assert [e["pointer"] for e in refused.json()["errors"]] == [pointer], body
    assert await _contact(anon, rosa["id"]) == updated


async def test_completing_a_contact_facing_task_marks_the_contact_contacted(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    dana = interview["interviewers"][0]
    linkedin = (await tasks_by_origin(anon))[f"linkedin_connect:{dana['id']}"]

    done = await patch_task(anon, linkedin["id"], status="done")

    contact = await _contact(anon, dana["contact_id"])
    assert contact["last_contacted_at"] == done["completed_at"]
    assert linkedin["id"] not in {task["id"] for task in contact["open_tasks"]}


async def test_contact_list_pages_by_name_and_searches(anon: Client) -> None:
    await sign_up(anon)
    names = [f"Person {n:02d}" for n in range(7)]
    for name in reversed(names):
        await anon.post("/v1/contacts", json={"name": name, "company": f"Co {name[-1]}"})

    seen: list[str] = []
    url = "/v1/contacts?limit=3"
    while True:
        page = (await anon.get(url)).json()
        seen.extend(item["name"] for item in page["data"])
        if not page["has_more"]:
            break
        url = f"/v1/contacts?limit=3&cursor={page['next_cursor']}"
    assert seen == names

    found = (await anon.get("/v1/contacts?q=co%205")).json()["data"]
    assert [item["name"] for item in found] == ["Person 05"]
    cursor = (await anon.get("/v1/contacts?limit=1")).json()["next_cursor"]
    refused = await anon.get(f"/v1/contacts?limit=1&q=person&cursor={cursor}")
    assert (refused.status_code, refused.json()["code"]) == (400, "bad_cursor")


async def test_contact_etag_changes_when_its_tasks_change(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    contact_id = interview["interviewers"][0]["contact_id"]
    first = await anon.get(f"/v1/contacts/{contact_id}")
    etag = first.headers["etag"]
    assert (
        await anon.get(f"/v1/contacts/{contact_id}", headers={"If-None-Match": etag})
    ).status_code == 304

    await patch_task(anon, first.json()["open_tasks"][0]["id"], status="skipped")

    again = await anon.get(f"/v1/contacts/{contact_id}", headers={"If-None-Match": etag})
    assert again.status_code == 200
    stale = await anon.patch(
        f"/v1/contacts/{contact_id}", json={"notes": "x"}, headers={"If-Match": etag}
    )
    assert stale.status_code == 412
    fresh = await anon.patch(
        f"/v1/contacts/{contact_id}",
        json={"notes": "x"},
        headers={"If-Match": again.headers["etag"]},
    )
    assert fresh.status_code == 200


async def test_second_user_cannot_list_read_or_change_first_users_contacts(
    app: FastAPI,
) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        interview = await create_interview(owner, interviewers=[DANA])
        contact_id = interview["interviewers"][0]["contact_id"]
        before = await _contact(owner, contact_id)
        await sign_up(intruder)
        token = await mint_token(intruder, ["contacts:read", "contacts:write", "tasks:read"])
        async with new_client(app, headers=bearer(token)) as intruder_script:
            for client in (intruder, intruder_script):
                listed = await client.get("/v1/contacts")
                assert listed.json() == {"data": [], "has_more": False, "next_cursor": None}
                random_id = uuid.uuid4()
                for method, body in (("GET", None), ("PATCH", {"notes": "mine"})):
                    theirs = await client.request(method, f"/v1/contacts/{contact_id}", json=body)
                    missing = await client.request(method, f"/v1/contacts/{random_id}", json=body)
                    assert theirs.status_code == 404, method
                    assert theirs.content == missing.content, method
                tasks = await client.get(f"/v1/tasks?contact_id={contact_id}")
                assert tasks.json()["data"] == []
            # The same email in another account is another person's contact.
            theirs = await create_interview(intruder, interviewers=[DANA])
            assert theirs["interviewers"][0]["contact_id"] != contact_id
        assert await _contact(owner, contact_id) == before

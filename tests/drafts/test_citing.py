"""What a draft cites: the accomplishment or resource the user names, else the most relevant
one they recorded (never one invented, never the same one twice to the same person)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI

from api.drafts.citing import stems
from tests.drafts.helpers import DANA, OMAR, create_draft
from tests.support import Client, create_interview, new_client, sign_up

# Ends Friday 20 November 2026 at 15:00 in Berlin: "since the interview" starts that day.
INTERVIEW = {
    "company": "Acme Robotics",
    "position": "Platform Engineer",
    "scheduled_at": "2026-11-20T14:00:00+01:00",
    "timezone": "Europe/Berlin",
    "duration_minutes": 60,
    "discussion_points": ["team rituals"],
    "interviewers": [DANA, OMAR],
    "next_steps": {"description": "A decision in December", "expected_by": "2026-12-18"},
}


async def _record(client: Client, path: str, **fields: Any) -> str:
    response = await client.post(path, json=fields)
    assert response.status_code == 201, response.text
    record_id: str = response.json()["id"]
    return record_id


async def _update(client: Client, interview: dict[str, Any], person: int = 0) -> dict[str, Any]:
    return await create_draft(
        client,
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][person]["id"],
        kind="periodic_update",
        channel="email",
    )


def test_stems_match_a_word_in_any_inflection_or_derivation() -> None:
    assert (
        stems(["Migrating the clusters"]) == stems(["cluster migration"]) == {"migrat", "cluster"}
    )
    assert stems(["Led the rollout"]) == {"lead", "rollout"}
    assert stems(["the team and its role"]) == set()


async def test_create_update_cites_the_most_relevant_accomplishment_since_the_interview(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    migrated = await _record(
        anon,
        "/v1/accomplishments",
        title="Migrated our CI runners to Kubernetes",
        happened_on="2026-11-20",
        topics=["containers"],
    )
    await _record(
        anon,
        "/v1/accomplishments",
        title="Ran our first team ritual retro",
        happened_on="2026-12-01",
    )
    await _record(
        anon, "/v1/accomplishments", title="Finished a course on Rust", happened_on="2026-12-03"
    )
    # More relevant still, but from before the interview: not news to Dana.
    await _record(
        anon,
        "/v1/accomplishments",
        title="Led a Kubernetes migration for a platform team",
        happened_on="2026-11-19",
    )

    draft = await _update(anon, interview)

    assert draft["accomplishment_id"] == migrated
    assert draft["resource_id"] is None
    got = await anon.get(f"/v1/drafts/{draft['id']}")
    assert got.json()["accomplishment_id"] == migrated


async def test_create_update_never_repeats_an_accomplishment_to_the_same_person(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    migrated = await _record(
        anon,
        "/v1/accomplishments",
        title="Migrated our CI runners to Kubernetes",
        happened_on="2026-11-25",
    )
    ritual = await _record(
        anon,
        "/v1/accomplishments",
        title="Ran our first team ritual retro",
        happened_on="2026-12-01",
    )
    rust = await _record(
        anon, "/v1/accomplishments", title="Finished a course on Rust", happened_on="2026-12-03"
    )

    first = await _update(anon, interview)
    second = await _update(anon, interview)
    third = await _update(anon, interview)
    # Everything was told to Dana: the most relevant one again rather than nothing.
    fourth = await _update(anon, interview)
    # Omar has heard nothing yet; his own point ("event sourcing for the billing ledger")
    # matches none, the interview's "team rituals" matches the retro.
    to_omar = await _update(anon, interview, person=1)

    assert [first["accomplishment_id"], second["accomplishment_id"]] == [migrated, ritual]
    assert [third["accomplishment_id"], fourth["accomplishment_id"]] == [rust, migrated]
    assert to_omar["accomplishment_id"] == ritual


async def test_create_update_ignores_notes_that_were_discarded(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    migrated = await _record(
        anon, "/v1/accomplishments", title="Migrated CI to Kubernetes", happened_on="2026-11-25"
    )
    await _record(anon, "/v1/accomplishments", title="Wrote a blog post", happened_on="2026-12-01")
    first = await _update(anon, interview)
    discarded = await anon.patch(f"/v1/drafts/{first['id']}", json={"status": "discarded"})
    assert discarded.status_code == 200

    again = await _update(anon, interview)

    assert again["accomplishment_id"] == migrated


async def test_create_update_on_a_tie_cites_the_most_recent_accomplishment(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    await _record(anon, "/v1/accomplishments", title="Wrote a blog post", happened_on="2026-11-28")
    newest = await _record(
        anon, "/v1/accomplishments", title="Finished a course on Rust", happened_on="2026-12-02"
    )
    await _record(
        anon, "/v1/accomplishments", title="Passed a security exam", happened_on="2026-11-30"
    )

    draft = await _update(anon, interview)

    assert draft["accomplishment_id"] == newest


async def test_create_update_without_accomplishments_since_the_interview_cites_none(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    await _record(
        anon, "/v1/accomplishments", title="Migrated CI to Kubernetes", happened_on="2026-11-19"
    )

    draft = await _update(anon, interview)

    assert draft["accomplishment_id"] is None


async def test_create_update_with_a_named_accomplishment_cites_it(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    await _record(
        anon, "/v1/accomplishments", title="Migrated CI to Kubernetes", happened_on="2026-11-25"
    )
    older = await _record(
        anon, "/v1/accomplishments", title="Gave a talk on Rust", happened_on="2026-01-10"
    )

    draft = await create_draft(
        anon,
        interview_id=interview["id"],
        kind="periodic_update",
        channel="email",
        accomplishment_id=older,
    )

    assert draft["accomplishment_id"] == older


async def test_create_share_resource_cites_the_most_relevant_resource(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    ledger = await _record(
        anon,
        "/v1/resources",
        url="https://blog.example.com/ledgers",
        title="Event-sourced ledgers",
        topics=["billing"],
    )
    await _record(anon, "/v1/resources", url="https://blog.example.com/rust", title="Rust in 2026")

    to_omar = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][1]["id"],
        kind="share_resource",
        channel="email",
    )
    named = await create_draft(
        anon,
        interview_id=interview["id"],
        kind="share_resource",
        channel="email",
        resource_id=ledger,
    )

    assert (to_omar["resource_id"], to_omar["accomplishment_id"]) == (ledger, None)
    assert named["resource_id"] == ledger


async def test_create_draft_naming_a_missing_record_answers_404_naming_the_field(
    app: FastAPI,
) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        await sign_up(ben)
        theirs = await _record(ana, "/v1/accomplishments", title="Migrated CI to Kubernetes")
        interview = await create_interview(ben, **INTERVIEW)
        body = {"interview_id": interview["id"], "kind": "periodic_update", "channel": "email"}

        other_users = await ben.post("/v1/drafts", json={**body, "accomplishment_id": theirs})
        unknown = await ben.post(
            "/v1/drafts", json={**body, "accomplishment_id": str(uuid.uuid4())}
        )
        no_resource = await ben.post(
            "/v1/drafts",
            json={**body, "kind": "share_resource", "resource_id": str(uuid.uuid4())},
        )

        assert other_users.status_code == 404
        assert other_users.json()["errors"] == [
            {"pointer": "/body/accomplishment_id", "detail": "No accomplishment with this id."}
        ]
        assert other_users.content == unknown.content
        assert no_resource.json()["errors"] == [
            {"pointer": "/body/resource_id", "detail": "No resource with this id."}
        ]
        assert (await ben.get("/v1/drafts")).json()["data"] == []


async def test_create_draft_citing_a_record_its_kind_does_not_use_answers_422(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    accomplishment = await _record(anon, "/v1/accomplishments", title="Migrated CI")
    resource = await _record(
        anon, "/v1/resources", url="https://blog.example.com/ledgers", title="Ledgers"
    )

    thank_you = await anon.post(
        "/v1/drafts",
        json={
            "interview_id": interview["id"],
            "kind": "thank_you",
            "channel": "email",
            "accomplishment_id": accomplishment,
            "resource_id": resource,
        },
    )
    update = await anon.post(
        "/v1/drafts",
        json={
            "interview_id": interview["id"],
            "kind": "periodic_update",
            "channel": "email",
            "resource_id": resource,
        },
    )

    assert thank_you.status_code == 422
    assert thank_you.json()["errors"] == [
        {
            "pointer": "/body/accomplishment_id",
            "detail": "Only a periodic_update cites an accomplishment; leave it out for a "
            "thank_you note.",
        },
        {
            "pointer": "/body/resource_id",
            "detail": "Only a share_resource note carries a resource; leave it out for a "
            "thank_you note.",
        },
    ]
    assert update.json()["errors"] == [
        {
            "pointer": "/body/resource_id",
            "detail": "Only a share_resource note carries a resource; leave it out for a "
            "periodic_update note.",
        }
    ]


async def test_thank_you_cites_nothing_even_with_accomplishments_recorded(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    await _record(anon, "/v1/accomplishments", title="Migrated CI to Kubernetes")
    await _record(anon, "/v1/resources", url="https://blog.example.com/k8s", title="Kubernetes")

    draft = await create_draft(
        anon, interview_id=interview["id"], kind="thank_you", channel="email"
    )

    assert (draft["accomplishment_id"], draft["resource_id"]) == (None, None)


async def test_task_draft_for_a_periodic_update_cites_an_accomplishment(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    migrated = await _record(
        anon, "/v1/accomplishments", title="Migrated CI to Kubernetes", happened_on="2026-11-25"
    )
    tasks = await anon.get(f"/v1/tasks?interview_id={interview['id']}&kind=periodic_update")
    task = tasks.json()["data"][0]
    assert "Record it under Accomplishments first: the update cites it" in task["guidance"]

    response = await anon.post(f"/v1/tasks/{task['id']}/draft")

    assert response.status_code == 201, response.text
    assert response.json()["accomplishment_id"] == migrated


async def test_deleting_a_cited_accomplishment_keeps_the_draft_and_forgets_the_link(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    migrated = await _record(
        anon, "/v1/accomplishments", title="Migrated CI to Kubernetes", happened_on="2026-11-25"
    )
    draft = await _update(anon, interview)
    assert draft["accomplishment_id"] == migrated

    assert (await anon.delete(f"/v1/accomplishments/{migrated}")).status_code == 204

    after = (await anon.get(f"/v1/drafts/{draft['id']}")).json()
    assert after["accomplishment_id"] is None
    assert after["body"] == draft["body"]


async def test_own_template_writes_the_cited_accomplishment_and_resource(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, **INTERVIEW)
    await _record(
        anon,
        "/v1/accomplishments",
        title="Migrated our CI runners to Kubernetes",
        happened_on="2026-11-25",
        link="https://github.com/ana/ci",
    )
    await _record(
        anon, "/v1/resources", url="https://blog.example.com/ledgers", title="Event-sourced ledgers"
    )
    for kind, body in (
        ("periodic_update", "{{ greeting }}\n\nSince we spoke: {{ accomplishment }} "
         "({{ accomplishment_link }})."),
        ("share_resource", "{{ greeting }}\n\nThis made me think of you: {{ resource_title }}, "
         "{{ resource_url }}."),
    ):  # fmt: skip
        saved = await anon.put(
            f"/v1/templates/{kind}/email", json={"subject": "A note", "body": body}
        )
        assert saved.status_code in {200, 201}, saved.text

    update = await _update(anon, interview)
    shared = await create_draft(
        anon, interview_id=interview["id"], kind="share_resource", channel="email"
    )

    assert update["body"] == (
        "Hi Dana,\n\nSince we spoke: Migrated our CI runners to Kubernetes "
        "(https://github.com/ana/ci)."
    )
    assert shared["body"] == (
        "Hi Dana,\n\nThis made me think of you: Event-sourced ledgers, "
        "https://blog.example.com/ledgers."
    )

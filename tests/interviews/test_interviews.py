from __future__ import annotations

import uuid
from typing import Any

from tests.support import Client, create_interview, interview_body, sign_up


async def test_create_interview_full_body_returns_it_in_utc_with_ids(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/interviews", json=interview_body())
    assert response.status_code == 201
    created = response.json()
    assert response.headers["location"] == f"/v1/interviews/{created['id']}"
    person = created["interviewers"][0]
    assert created == {
        "id": created["id"],
        "company": "Acme Robotics",
        "position": "Platform Engineer",
        "stage": "Onsite",
        "scheduled_at": "2054-11-27T13:00:00Z",
        "timezone": "Europe/Berlin",
        "duration_minutes": 60,
        "format": "video",
        "location": "https://meet.example.com/abc",
        "notes": None,
        "status": "scheduled",
        "outcome": "pending",
        "outcome_decided_at": None,
        "discussion_points": [{"text": "team rituals", "topic": None, "my_angle": None}],
        "interviewers": [
            {
                "id": person["id"],
                **{k: v for k, v in person.items() if k not in {"id", "contact_id"}},
                **({"contact_id": person["contact_id"]} if "contact_id" in person else {}),
            }
        ],
        "next_steps": {"description": "A decision by Friday", "expected_by": "2054-12-04"},
        "source": None,
        "external_id": None,
        "created_at": created["created_at"],
        "updated_at": created["updated_at"],
    }
    assert person["name"] == "Dana Lee"
    assert person["linkedin_url"] == "https://www.linkedin.com/in/danalee"
    uuid.UUID(person["id"])
    assert (await anon.get(f"/v1/interviews/{created['id']}")).json() == created


async def test_create_interview_without_time_zone_uses_the_users(anon: Client) -> None:
    await sign_up(anon, timezone="America/Chicago")
    body = interview_body()
    del body["timezone"]
    response = await anon.post("/v1/interviews", json=body)
    assert response.status_code == 201
    assert response.json()["timezone"] == "America/Chicago"


async def test_update_interview_merge_patch_changes_only_sent_fields(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    response = await anon.patch(
        f"/v1/interviews/{created['id']}",
        json={"stage": None, "notes": "Bring the portfolio", "next_steps": {"expected_by": None}},
        headers={"Content-Type": "application/merge-patch+json"},
    )
    assert response.status_code == 200
    updated = response.json()
    assert updated == {
        **created,
        "stage": None,
        "notes": "Bring the portfolio",
        "next_steps": {"description": "A decision by Friday", "expected_by": None},
        "updated_at": updated["updated_at"],
    }
    assert updated["updated_at"] > created["updated_at"]


async def test_update_interview_null_on_required_field_is_422_and_changes_nothing(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    for field in ("company", "scheduled_at", "timezone", "status", "interviewers"):
        response = await anon.patch(f"/v1/interviews/{created['id']}", json={field: None})
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == [f"/body/{field}"]
    assert (await anon.get(f"/v1/interviews/{created['id']}")).json() == created


async def test_update_interviewers_keeps_ids_of_kept_adds_and_removes(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(
        anon,
        interviewers=[
            {"name": "Dana Lee", "discussion_points": ["Kubernetes"]},
            {"name": "Sam Ortiz", "title": "Staff Engineer"},
        ],
    )
    dana, sam = created["interviewers"]
    response = await anon.patch(
        f"/v1/interviews/{created['id']}",
        json={
            "interviewers": [
                {"id": sam["id"], "title": "Principal Engineer"},
                {"name": "Kim Park", "is_hiring_manager": True},
            ]
        },
    )
    assert response.status_code == 200
    kept, added = response.json()["interviewers"]
    assert kept == {**sam, "title": "Principal Engineer"}
    assert added["name"] == "Kim Park"
    assert added["is_hiring_manager"] is True
    assert added["id"] not in {dana["id"], sam["id"]}


async def test_update_interviewers_unknown_id_or_new_without_name_is_422(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    response = await anon.patch(
        f"/v1/interviews/{created['id']}",
        json={"interviewers": [{"id": str(uuid.uuid4()), "name": "X"}, {"title": "No name"}]},
    )
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == [
        "/body/interviewers/0/id",
        "/body/interviewers/1/name",
    ]
    assert (await anon.get(f"/v1/interviews/{created['id']}")).json() == created


async def test_update_outcome_to_decided_sets_decided_time_and_back_clears_it(
    anon: Client,
) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    rejected = (
        await anon.patch(f"/v1/interviews/{created['id']}", json={"outcome": "rejected"})
    ).json()
    assert rejected["outcome_decided_at"] is not None
    pending = (
        await anon.patch(f"/v1/interviews/{created['id']}", json={"outcome": "pending"})
    ).json()
    assert pending["outcome_decided_at"] is None


async def test_delete_interview_then_it_is_gone(anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    assert (await anon.delete(f"/v1/interviews/{created['id']}")).status_code == 204
    missing = await anon.get(f"/v1/interviews/{created['id']}")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    assert (await anon.delete(f"/v1/interviews/{created['id']}")).status_code == 404


async def _ids(client: Client, query: str) -> list[str]:
    response = await client.get(f"/v1/interviews?{query}")
    assert response.status_code == 200, response.text
    return [item["company"] for item in response.json()["data"]]


async def test_list_interviews_filters_and_search(anon: Client) -> None:
    await sign_up(anon)
    await create_interview(
        anon, company="Acme", scheduled_at="2054-10-01T10:00:00Z", status="completed"
    )
    await create_interview(
        anon,
        company="Globex",
        position="Data Engineer",
        scheduled_at="2054-11-01T10:00:00Z",
        outcome="rejected",
        interviewers=[{"name": "Zoë Brandt"}],
    )
    await create_interview(anon, company="Initech", scheduled_at="2054-12-01T10:00:00Z")
    assert await _ids(anon, "") == ["Initech", "Globex", "Acme"]
    assert await _ids(anon, "sort=scheduled_at") == ["Acme", "Globex", "Initech"]
    assert await _ids(anon, "status=completed") == ["Acme"]
    assert await _ids(anon, "outcome=rejected") == ["Globex"]
    assert await _ids(anon, "company=globex") == ["Globex"]
    assert await _ids(anon, "q=data") == ["Globex"]
    assert await _ids(anon, "q=brandt") == ["Globex"]
    assert await _ids(anon, "q=100%25") == []
    assert await _ids(
        anon, "scheduled_after=2054-10-15T00:00:00Z&scheduled_before=2054-11-15T00:00:00%2B00:00"
    ) == ["Globex"]


async def test_list_interviews_bad_query_is_4xx_problem(anon: Client) -> None:
    await sign_up(anon)
    cases: list[tuple[str, int, str]] = [
        ("sort=company", 400, "unknown_sort"),
        ("colour=blue", 400, "unknown_parameter"),
        ("limit=101", 422, "validation_failed"),
        ("limit=0", 422, "validation_failed"),
        ("status=lost", 422, "validation_failed"),
        ("scheduled_after=2054-02-30T10:00:00Z", 422, "validation_failed"),
        ("scheduled_after=2054-01-01T10:00:00", 422, "validation_failed"),
        ("cursor=not-a-cursor", 400, "bad_cursor"),
    ]
    for query, status, code in cases:
        response = await anon.get(f"/v1/interviews?{query}")
        assert (response.status_code, response.json()["code"]) == (status, code), query
        assert response.headers["content-type"] == "application/problem+json"


async def test_list_interviews_tampered_or_rebound_cursor_is_400(anon: Client) -> None:
    await sign_up(anon)
    for day in range(1, 4):
        await create_interview(anon, scheduled_at=f"2054-10-0{day}T10:00:00Z")
    first = (await anon.get("/v1/interviews?limit=1")).json()
    cursor: str = first["next_cursor"]
    payload, mac = cursor.split(".")
    tampered = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB") + "." + mac
    assert (await anon.get(f"/v1/interviews?limit=1&cursor={tampered}")).status_code == 400
    other_filter = await anon.get(f"/v1/interviews?limit=1&status=scheduled&cursor={cursor}")
    assert other_filter.status_code == 400
    other_sort = await anon.get(f"/v1/interviews?limit=1&sort=scheduled_at&cursor={cursor}")
    assert other_sort.status_code == 400
    same = await anon.get(f"/v1/interviews?limit=1&cursor={cursor}")
    assert same.status_code == 200


async def test_list_interviews_link_header_points_to_next_page(anon: Client) -> None:
    await sign_up(anon)
    for day in range(1, 4):
        await create_interview(anon, scheduled_at=f"2054-10-0{day}T10:00:00Z")
    response = await anon.get("/v1/interviews?limit=2")
    page: dict[str, Any] = response.json()
    assert page["has_more"] is True
    link = response.headers["link"]
    assert link.endswith('>; rel="next"')
    assert f"cursor={page['next_cursor']}" in link
    last = await anon.get(link[1 : link.index(">")].removeprefix("http://test"))
    assert last.json()["has_more"] is False
    assert last.json()["next_cursor"] is None
    assert "link" not in last.headers

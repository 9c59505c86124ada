from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api.portability.document import SECTIONS
from tests.support import Client, create_interview, new_client, sign_up


async def _build_account(client: Client) -> None:
    await sign_up(client, name="Ana Diaz", timezone="Europe/Berlin")
    await client.patch("/v1/me", json={"working_days": [1, 2, 3, 4], "holiday_country": "DE-BE"})
    first = await create_interview(
        client,
        interviewers=[
            {"name": "Dana Lee", "email": "dana@acme.example", "is_hiring_manager": True,
             "discussion_points": [
                 "the migration to Kubernetes",
                 {"text": "Their on-call rotation and how they cut pages by half last year",
                  "topic": "the on-call rotation", "my_angle": "I ran our pager rotation"},
             ]},
            {"name": "Sam Ortiz", "linkedin_url": "https://www.linkedin.com/in/sam"},
        ],
    )  # fmt: skip
    await create_interview(
        client, company="Globex", outcome="rejected", scheduled_at="2054-10-01T09:00:00Z"
    )
    tasks = (await client.get(f"/v1/tasks?interview_id={first['id']}")).json()["data"]
    await client.patch(f"/v1/tasks/{tasks[0]['id']}", json={"status": "done"})
    await client.post(
        "/v1/tasks",
        json={
            "kind": "custom",
            "title": "Read their engineering blog",
            "due_at": "2054-12-01T09:00:00Z",
            "interview_id": first["id"],
        },
    )
    await client.put(
        f"/v1/interviews/{first['id']}/reflection",
        json={"went_well": "System design", "to_improve": "Shorter answers"},
    )
    await client.post(
        "/v1/accomplishments",
        json={
            "title": "Migrated CI to Kubernetes",
            "detail": "Forty services, no downtime.",
            "happened_on": "2054-11-28",
            "link": "https://github.com/ana/ci",
            "topics": ["kubernetes"],
        },
    )
    await client.post("/v1/accomplishments", json={"title": "Gave a talk on queues"})
    await client.post(
        "/v1/resources",
        json={"url": "https://blog.example.com/k8s", "title": "Kubernetes at scale",
              "note": "For Dana", "topics": ["kubernetes"]},
    )  # fmt: skip
    for kind in ("periodic_update", "share_resource"):
        draft = await client.post(
            "/v1/drafts", json={"interview_id": first["id"], "kind": kind, "channel": "email"}
        )
        assert draft.status_code == 201, draft.text


def _canonical(document: dict[str, Any]) -> dict[str, Any]:
    """The document without ids: each reference becomes the content of the row it names,
    and each section a sorted list, so two accounts with the same data compare equal."""
    doc = copy.deepcopy(document)
    doc.pop("exported_at")
    content: dict[str, str] = {}
    for section in SECTIONS:
        rows = []
        for row in doc.get(section.name, []):
            own_id = row.pop("id")
            for key, value in list(row.items()):
                if key in section.references and value is not None:
                    # References to later sections are not known yet; keep their presence.
                    row[key] = content.get(value, "a row of " + section.references[key])
            text = json.dumps(row, sort_keys=True)
            content[own_id] = text
            rows.append(text)
        doc[section.name] = sorted(rows)
    return doc


async def test_export_then_import_into_another_account_round_trips(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        exported = (await ana.get("/v1/export")).json()
        assert exported["format"] == "afterword-export"
        assert exported["version"] == 1
        assert len(exported["interviews"]) == 2
        assert len(exported["interviewers"]) == 3
        assert len(exported["reflections"]) == 1
        assert len(exported["tasks"]) >= 6
        assert len(exported["accomplishments"]) == 2
        assert len(exported["resources"]) == 1
        cited = {(d["kind"], d["accomplishment_id"] is not None, d["resource_id"] is not None)
                 for d in exported["drafts"]}  # fmt: skip
        assert cited == {("periodic_update", True, False), ("share_resource", False, True)}
        await sign_up(ben, name=None, timezone="UTC")
        imported = await ben.post("/v1/import", json=exported)
        assert imported.status_code == 200, imported.text
        assert imported.json()["interviews"] == 2
        assert (imported.json()["accomplishments"], imported.json()["resources"]) == (2, 1)
        again = (await ben.get("/v1/export")).json()
        assert _canonical(again) == _canonical(exported)
        ids = {row["id"] for section in SECTIONS for row in again.get(section.name, [])}
        assert ids.isdisjoint(
            {row["id"] for section in SECTIONS for row in exported.get(section.name, [])}
        )
        me = (await ben.get("/v1/me")).json()
        assert (me["name"], me["timezone"], me["working_days"], me["holiday_country"]) == (
            "Ana Diaz",
            "Europe/Berlin",
            [1, 2, 3, 4],
            "DE-BE",
        )


async def _rows(app: FastAPI) -> int:
    total = 0
    async with app.state.db.sessionmaker() as session:
        for section in SECTIONS:
            total += int(await session.scalar(select(func.count()).select_from(section.table)) or 0)
    return total


BAD: list[tuple[str, Any, str]] = [
    ("not a document", [], "/body"),
    ("wrong version", {"format": "afterword-export", "version": 99}, "/body/version"),
    (
        "unknown section",
        {"format": "afterword-export", "version": 1, "secrets": []},
        "/body/secrets",
    ),
    (
        "unknown holiday country",
        {"format": "afterword-export", "version": 1, "profile": {"holiday_country": "XX"}},
        "/body/profile/holiday_country",
    ),
]


@pytest.mark.parametrize(("case", "document", "pointer"), BAD, ids=[b[0] for b in BAD])
async def test_bad_documents_change_nothing(
    app: FastAPI, anon: Client, case: str, document: Any, pointer: str
) -> None:
    await sign_up(anon)
    before = await _rows(app)
    response = await anon.post("/v1/import", json=document)
    assert response.status_code == 422, case
    assert pointer in [e["pointer"] for e in response.json()["errors"]]
    assert await _rows(app) == before


async def test_a_document_broken_deep_inside_changes_nothing(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        document = (await ana.get("/v1/export")).json()
        document["tasks"][-1]["due_at"] = "tomorrow"
        document["interviewers"][0]["interview_id"] = "00000000-0000-0000-0000-000000000000"
        document["interviews"][1]["company"] = "x" * 500
        await sign_up(ben)
        before = await _rows(app)
        response = await ben.post("/v1/import", json=document)
        assert response.status_code == 422
        pointers = {e["pointer"] for e in response.json()["errors"]}
        assert pointers == {
            f"/body/tasks/{len(document['tasks']) - 1}/due_at",
            "/body/interviewers/0/interview_id",
            "/body/interviews/1/company",
        }
        assert await _rows(app) == before


async def test_importing_twice_into_the_same_account_clashes_and_changes_nothing(
    app: FastAPI, anon: Client
) -> None:
    await _build_account(anon)
    document = (await anon.get("/v1/export")).json()
    before = await _rows(app)
    response = await anon.post("/v1/import", json=document)
    assert response.status_code == 409
    assert await _rows(app) == before


async def test_export_carries_points_as_objects_with_topic_and_angle(anon: Client) -> None:
    await _build_account(anon)
    exported = (await anon.get("/v1/export")).json()
    points = sorted(
        (row["discussion_points"] for row in exported["interviewers"]), key=len, reverse=True
    )
    assert points[0] == [
        {"text": "the migration to Kubernetes", "topic": None, "my_angle": None},
        {
            "text": "Their on-call rotation and how they cut pages by half last year",
            "topic": "the on-call rotation",
            "my_angle": "I ran our pager rotation",
        },
    ]


async def test_import_takes_points_as_text_as_older_documents_have_them(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        document = (await ana.get("/v1/export")).json()
        for row in document["interviews"]:
            row["discussion_points"] = [point["text"] for point in row["discussion_points"]]
        document["interviewers"][0]["discussion_points"] = ["  their SLOs ", {"text": "hiring"}]
        await sign_up(ben)
        imported = await ben.post("/v1/import", json=document)
        assert imported.status_code == 200, imported.text
        again = (await ben.get("/v1/export")).json()
        assert [row["discussion_points"] for row in again["interviews"]] == [
            [{"text": "team rituals", "topic": None, "my_angle": None}]
        ] * 2
        assert [
            {"text": "their SLOs", "topic": None, "my_angle": None},
            {"text": "hiring", "topic": None, "my_angle": None},
        ] in [row["discussion_points"] for row in again["interviewers"]]


BAD_POINTS: list[tuple[str, Any, str]] = [
    ("blank text", ["  "], "/0"),
    ("seven-word topic", [{"text": "a", "topic": "a b c d e f g"}], "/0/topic"),
    ("unknown key", ["ok", {"text": "a", "angle": "b"}], "/1/angle"),
    ("not a list", {"text": "a"}, ""),
]


@pytest.mark.parametrize(
    ("points", "suffix"), [b[1:] for b in BAD_POINTS], ids=[b[0] for b in BAD_POINTS]
)
async def test_import_with_a_bad_point_names_it_and_changes_nothing(
    app: FastAPI, points: Any, suffix: str
) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        document = (await ana.get("/v1/export")).json()
        document["interviewers"][1]["discussion_points"] = points
        await sign_up(ben)
        before = await _rows(app)
        response = await ben.post("/v1/import", json=document)
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == [
            "/body/interviewers/1/discussion_points" + suffix
        ]
        assert await _rows(app) == before


@pytest.mark.parametrize(
    ("interval", "detail"),
    [
        (10**12, "must be at most 365"),
        (-3, "must be at least 7"),
        (6, "must be at least 7"),
        (366, "must be at most 365"),
    ],
)
async def test_import_with_a_keep_in_touch_interval_the_api_refuses_is_422_and_changes_nothing(
    app: FastAPI, interval: int, detail: str
) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        document = (await ana.get("/v1/export")).json()
        document["contacts"][0]["keep_in_touch_interval_days"] = interval
        await sign_up(ben)
        before = await _rows(app)
        response = await ben.post("/v1/import", json=document)
        assert response.status_code == 422, response.text
        assert [(e["pointer"], e["detail"]) for e in response.json()["errors"]] == [
            ("/body/contacts/0/keep_in_touch_interval_days", detail)
        ]
        assert await _rows(app) == before


async def test_csv_exports_for_spreadsheets(anon: Client) -> None:
    await _build_account(anon)
    interviews = await anon.get("/v1/export/interviews.csv")
    assert interviews.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(interviews.content.decode("utf-8-sig"))))
    assert sorted(r["company"] for r in rows) == ["Acme Robotics", "Globex"]
    acme = next(r for r in rows if r["company"] == "Acme Robotics")
    assert acme["interviewers"] == "Dana Lee; Sam Ortiz"
    tasks = list(
        csv.DictReader(
            io.StringIO((await anon.get("/v1/export/tasks.csv")).content.decode("utf-8-sig"))
        )
    )
    assert any(
        t["title"] == "Read their engineering blog" and t["origin"] == "manual" for t in tasks
    )
    assert {t["status"] for t in tasks} >= {"open", "done"}


@pytest.mark.parametrize("exported_at", ["2024-01-01T12:99:00Z", "2024-02-30T12:00:00Z", 5])
async def test_import_with_an_impossible_exported_at_is_422_and_changes_nothing(
    app: FastAPI, exported_at: Any
) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await _build_account(ana)
        document = {**(await ana.get("/v1/export")).json(), "exported_at": exported_at}
        await sign_up(ben)
        before = await _rows(app)
        response = await ben.post("/v1/import", json=document)
        assert response.status_code == 422, response.text
        assert [(e["pointer"], e["detail"]) for e in response.json()["errors"]] == [
            ("/body/exported_at", "must be an RFC 3339 time")
        ]
        assert await _rows(app) == before

"""Times and dates are taken from 1900-01-01 to 2200-01-01, wherever they enter: request
bodies, query parameters, imported documents and calendar invitations. Outside that range
a value is refused with a 422 naming the field and changes nothing; within it, everything
that reads the value works, up to the edges."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from pydantic import BaseModel, ValidationError

from api.validation import InputModel, QueryModel
from tests.support import Client, create_interview, interview_body, new_client, sign_up

TIME_DETAIL = "must be between 1900-01-01T00:00:00 and 2200-01-01T00:00:00"
DATE_DETAIL = "must be between 1900-01-01 and 2200-01-01"
FIRST_INSTANT = "0001-01-01T00:00:00Z"
LAST_INSTANT = "9999-12-31T23:59:59.999999Z"


def _subclasses(base: type[BaseModel]) -> Iterator[type[BaseModel]]:
    for model in base.__subclasses__():
        yield model
        yield from _subclasses(model)


def _dated_fields() -> list[tuple[type[BaseModel], str, str]]:
    """Every time and date field of every input model, found in its published schema."""
    found = []
    for model in {*_subclasses(InputModel), *_subclasses(QueryModel)}:
        properties = model.model_json_schema()["properties"]
        for name, schema in properties.items():
            options = schema.get("anyOf", [schema])
            formats = {option.get("format") for option in options}
            if "date-time" in formats:
                found.append((model, name, "date-time"))
            elif "date" in formats:
                found.append((model, name, "date"))
    return sorted(found, key=lambda f: (f[0].__name__, f[1]))


DATED_FIELDS = _dated_fields()


def test_dated_fields_are_found_in_every_input_model() -> None:
    names = {f"{model.__name__}.{name}" for model, name, _ in DATED_FIELDS}
    assert {
        "InterviewCreate.scheduled_at",
        "InterviewUpdate.scheduled_at",
        "InterviewReplace.scheduled_at",
        "NextSteps.expected_by",
        "TaskCreate.due_at",
        "TaskCreate.snoozed_until",
        "TaskCreate.deadline_at",
        "TaskUpdate.due_at",
        "DraftUpdate.sent_at",
        "ContactCreate.last_contacted_at",
        "ContactUpdate.last_contacted_at",
        "TaskListParams.due_after",
        "InterviewListParams.scheduled_before",
    } <= names


@pytest.mark.parametrize(
    ("model", "name", "kind"), DATED_FIELDS, ids=[f"{m.__name__}.{n}" for m, n, _ in DATED_FIELDS]
)
def test_every_dated_input_field_refuses_years_1_and_9999_and_takes_the_boundaries(
    model: type[BaseModel], name: str, kind: str
) -> None:
    if kind == "date-time":
        outside = [FIRST_INSTANT, LAST_INSTANT, "1899-12-31T23:59:00Z", "2200-01-01T00:01:00Z"]
        inside = ["1900-01-01T00:00:00Z", "2200-01-01T00:00:00Z"]
        detail = TIME_DETAIL
    else:
        outside = ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-02"]
        inside = ["1900-01-01", "2200-01-01"]
        detail = DATE_DETAIL
    for value in outside:
        errors = _errors(model, {name: value})
        assert [e["msg"] for e in errors if e["loc"] == (name,)] == [f"Value error, {detail}"]
    for value in inside:
        assert [e for e in _errors(model, {name: value}) if e["loc"] == (name,)] == []


def _errors(model: type[BaseModel], data: dict[str, Any]) -> list[Any]:
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return list(exc.errors())
    return []


async def _refused(response: Any, pointer: str, detail: str = TIME_DETAIL) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"] == [{"pointer": pointer, "detail": detail}]


async def _everything(client: Client) -> dict[str, Any]:
    """What a user can read: every list, the agenda and both exports, all answering 200."""
    seen: dict[str, Any] = {}
    for path in (
        "/v1/interviews",
        "/v1/tasks",
        "/v1/contacts",
        "/v1/drafts",
        "/v1/agenda?days=31",
        "/v1/export",
        "/v1/export/tasks.csv",
        "/v1/export/interviews.csv",
    ):
        response = await client.get(path)
        assert response.status_code == 200, (path, response.text)
        # The export names when it was made; the rest is compared whole.
        seen[path] = response.text if path != "/v1/export" else _without_time(response.json())
    return seen


def _without_time(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


@pytest.mark.parametrize("moment", [FIRST_INSTANT, LAST_INSTANT])
async def test_api_bodies_refuse_years_1_and_9999_and_change_nothing(
    anon: Client, moment: str
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    task = (
        await anon.post(
            "/v1/tasks", json={"interview_id": interview["id"], "due_at": "2054-12-02T10:00:00Z"}
        )
    ).json()
    contact = (await anon.post("/v1/contacts", json={"name": "Dana Lee"})).json()
    draft = (
        await anon.post(
            "/v1/drafts",
            json={"interview_id": interview["id"], "kind": "thank_you", "channel": "email"},
        )
    ).json()
    before = await _everything(anon)
    day = moment[:10]
    cases: list[tuple[str, str, dict[str, Any], str, str]] = [
        ("POST", "/v1/interviews", interview_body(scheduled_at=moment), "/body/scheduled_at", ""),
        (
            "POST",
            "/v1/interviews",
            interview_body(next_steps={"expected_by": day}),
            "/body/next_steps/expected_by",
            DATE_DETAIL,
        ),
        (
            "PATCH",
            f"/v1/interviews/{interview['id']}",
            {"scheduled_at": moment},
            "/body/scheduled_at",
            "",
        ),
        (
            "PUT",
            "/v1/interviews/by-external-id/board/job-1",
            interview_body(scheduled_at=moment),
            "/body/scheduled_at",
            "",
        ),
        (
            "POST",
            "/v1/playbook/preview",
            interview_body(scheduled_at=moment),
            "/body/scheduled_at",
            "",
        ),
        (
            "POST",
            "/v1/tasks",
            {"interview_id": interview["id"], "due_at": moment},
            "/body/due_at",
            "",
        ),
        ("PATCH", f"/v1/tasks/{task['id']}", {"due_at": moment}, "/body/due_at", ""),
        ("PATCH", f"/v1/tasks/{task['id']}", {"snoozed_until": moment}, "/body/snoozed_until", ""),
        ("PATCH", f"/v1/tasks/{task['id']}", {"deadline_at": moment}, "/body/deadline_at", ""),
        (
            "POST",
            "/v1/contacts",
            {"name": "Sam Ortiz", "last_contacted_at": moment},
            "/body/last_contacted_at",
            "",
        ),
        (
            "PATCH",
            f"/v1/contacts/{contact['id']}",
            {"last_contacted_at": moment},
            "/body/last_contacted_at",
            "",
        ),
        (
            "PATCH",
            f"/v1/drafts/{draft['id']}",
            {"status": "sent", "sent_at": moment},
            "/body/sent_at",
            "",
        ),
    ]
    for method, url, body, pointer, detail in cases:
        response = await anon.request(method, url, json=body)
        await _refused(response, pointer, detail or TIME_DETAIL)
    for url, pointer in (
        (f"/v1/tasks?due_after={moment}", "/query/due_after"),
        (f"/v1/interviews?scheduled_before={moment}", "/query/scheduled_before"),
    ):
        response = await anon.get(url)
        assert response.status_code in {400, 422}, response.text
        assert response.json()["errors"] == [{"pointer": pointer, "detail": TIME_DETAIL}]
    assert await _everything(anon) == before


@pytest.mark.parametrize("moment", [FIRST_INSTANT, LAST_INSTANT])
async def test_import_refuses_years_1_and_9999_naming_the_row_field(
    app: FastAPI, moment: str
) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        await create_interview(ana)
        document = (await ana.get("/v1/export")).json()
        document["tasks"][0]["due_at"] = moment
        document["interviews"][0]["next_steps_expected_by"] = moment[:10]
        await sign_up(ben)
        before = await _everything(ben)
        response = await ben.post("/v1/import", json=document)
        assert response.status_code == 422, response.text
        assert sorted((e["pointer"], e["detail"]) for e in response.json()["errors"]) == [
            ("/body/interviews/0/next_steps_expected_by", DATE_DETAIL),
            # An export may carry times the playbook planned past 2200: it imports again.
            (
                "/body/tasks/0/due_at",
                "must be between 1800-01-01T00:00:00Z and 2300-01-01T00:00:00Z",
            ),
        ]
        assert await _everything(ben) == before


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        ("DTSTART:00010101T000000Z", "year 1"),
        ("DTSTART:99991231T235959Z", "year 9999"),
        # Year 1 in Tokyo is before the first instant Python knows, in UTC.
        ("DTSTART;TZID=Asia/Tokyo:00010101T000000", "year 1, east of UTC"),
        ("DTSTART;TZID=America/Los_Angeles:99991231T230000", "year 9999, west of UTC"),
        ("DTSTART:18991231T235900Z", "a minute before 1900"),
    ],
)
async def test_invitation_outside_the_range_is_refused_naming_dtstart(
    anon: Client, start: str, reason: str
) -> None:
    await sign_up(anon)
    before = await _everything(anon)
    response = await anon.post(
        "/v1/interviews/import-ics",
        content=_invitation(start),
        headers={"Content-Type": "text/calendar"},
    )
    detail = f"The start time (DTSTART) {TIME_DETAIL}."
    assert response.status_code == 422, (reason, response.text)
    assert response.json()["detail"] == detail
    assert response.json()["errors"] == [{"pointer": "/body", "detail": detail}]
    assert await _everything(anon) == before


def _invitation(start: str) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Invite//EN",
        "BEGIN:VEVENT",
        "UID:edge@example.com",
        start,
        "SUMMARY:Platform Engineer at Acme",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize(
    ("moment", "stored"),
    [
        ("1900-01-01T00:00:00Z", "1900-01-01T00:00:00Z"),
        ("2200-01-01T00:00:00Z", "2200-01-01T00:00:00Z"),
    ],
)
async def test_task_due_on_a_boundary_is_kept_and_everything_reads(
    anon: Client, moment: str, stored: str
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon)
    response = await anon.post(
        "/v1/tasks", json={"interview_id": interview["id"], "due_at": moment, "title": "Edge"}
    )
    assert response.status_code == 201, response.text
    task = response.json()
    assert task["due_at"] == stored
    assert (await anon.get(f"/v1/tasks/{task['id']}")).json()["due_at"] == stored
    await _everything(anon)
    patched = await anon.patch(f"/v1/tasks/{task['id']}", json={"status": "done"})
    assert patched.status_code == 200, patched.text
    assert (await anon.delete(f"/v1/tasks/{task['id']}")).status_code == 204


@pytest.mark.parametrize(
    ("scheduled_at", "expected_by"),
    [
        ("2199-12-31T23:59:00Z", "2200-01-01"),
        ("1900-01-01T00:00:00Z", "1900-01-01"),
    ],
)
async def test_interview_at_the_edges_plans_and_reads_without_error(
    anon: Client, scheduled_at: str, expected_by: str
) -> None:
    await sign_up(anon)
    preview = await anon.post(
        "/v1/playbook/preview",
        json=interview_body(
            scheduled_at=scheduled_at,
            next_steps={"description": "A decision", "expected_by": expected_by},
        ),
    )
    assert preview.status_code == 200, preview.text
    interview = await create_interview(
        anon,
        scheduled_at=scheduled_at,
        next_steps={"description": "A decision", "expected_by": expected_by},
    )
    assert interview["scheduled_at"] == scheduled_at
    assert interview["next_steps"]["expected_by"] == expected_by
    for change in ({"status": "completed"}, {"outcome": "rejected"}):
        response = await anon.patch(f"/v1/interviews/{interview['id']}", json=change)
        assert response.status_code == 200, response.text
    contact = await anon.post(
        "/v1/contacts", json={"name": "Sam Ortiz", "last_contacted_at": scheduled_at}
    )
    assert contact.status_code == 201, contact.text
    # The farthest the playbook plans: a dozen updates half a year apart, a yearly check-in.
    settings = await anon.patch(
        "/v1/me/playbook",
        json={
            "periodic_update_interval_days": 180,
            "periodic_update_count": 12,
            "keep_in_touch_interval_days": 365,
            "next_steps_grace_days": 30,
        },
    )
    assert settings.status_code == 200, settings.text
    tasks = (await anon.get("/v1/tasks")).json()["data"]
    assert tasks != []
    await _everything(anon)


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2199-12-31T23:30:00-05:00", "2200-01-01T04:30:00Z"),
        ("1900-01-01T00:30:00+01:00", "1899-12-31T23:30:00Z"),
    ],
)
async def test_time_written_in_range_is_kept_though_its_utc_instant_is_past_the_edge(
    anon: Client, written: str, stored: str
) -> None:
    # The range applies to the time as written, as the contract's pattern says; the
    # value is validated again once in UTC (by the partner upsert, say) and still holds.
    await sign_up(anon)
    created = await anon.put(
        "/v1/interviews/by-external-id/board/edge", json=interview_body(scheduled_at=written)
    )
    assert created.status_code == 201, created.text
    assert created.json()["scheduled_at"] == stored
    again = await anon.put(
        "/v1/interviews/by-external-id/board/edge",
        json=interview_body(scheduled_at=written, stage="Final"),
    )
    assert again.status_code == 200, again.text
    assert again.json()["scheduled_at"] == stored
    await _everything(anon)


async def test_time_written_in_range_west_of_utc_exports_and_imports_again(app: FastAPI) -> None:
    # 2199-12-31 23:16 in New York is 2200-01-01 04:16 in UTC: in range as written, and
    # the export that answers it in UTC (with the deadline planned after it) must still
    # match the contract and import again.
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        interview = await create_interview(ana)
        tasks = (await ana.get("/v1/tasks", params={"interview_id": interview["id"]})).json()
        task_id = tasks["data"][0]["id"]
        moved = await ana.patch(
            f"/v1/tasks/{task_id}",
            json={"due_at": "2199-12-31T23:16:00-05:00"},
            headers={"Content-Type": "application/merge-patch+json"},
        )
        assert moved.status_code == 200, moved.text
        assert moved.json()["due_at"] == "2200-01-01T04:16:00Z"

        document = (await ana.get("/v1/export")).json()
        assert "2200-01-01T04:16:00Z" in [task["due_at"] for task in document["tasks"]]
        await sign_up(ben)
        imported = await ben.post("/v1/import", json=document)
        assert imported.status_code in (200, 201), imported.text
        again = (await ben.get("/v1/export")).json()
        assert "2200-01-01T04:16:00Z" in [task["due_at"] for task in again["tasks"]]
        beyond = {**document, "tasks": [{**document["tasks"][0], "due_at": "2300-01-02T04:16:00Z"}]}
        refused = await ben.post("/v1/import", json=beyond)
        assert refused.status_code == 422, refused.text

"""A table of bad inputs: each gets the right 4xx problem and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api.interviews.models import Interview, Interviewer
from tests.support import Client, create_interview, interview_body, sign_up

LONG = "x" * 201


def _with(**changes: Any) -> dict[str, Any]:
    return interview_body(**changes)


def _interviewer(**changes: Any) -> dict[str, Any]:
    return _with(interviewers=[{"name": "Dana Lee", **changes}])


BAD_BODIES: list[tuple[str, Any, str]] = [
    ("missing company", {k: v for k, v in _with().items() if k != "company"}, "/body/company"),
    ("company wrong type", _with(company=42), "/body/company"),
    ("company empty", _with(company="   "), "/body/company"),
    ("company too long", _with(company=LONG), "/body/company"),
    ("unknown field", _with(colour="blue"), "/body/colour"),
    ("server-owned id", _with(id="6d1f4b8e-55a5-4c8e-9a43-8a0e1a1f0d11"), "/body/id"),
    ("server-owned created_at", _with(created_at="2026-01-01T00:00:00Z"), "/body/created_at"),
    ("bad time zone", _with(timezone="Europe/Atlantis"), "/body/timezone"),
    ("time zone abbreviation", _with(timezone="CEST"), "/body/timezone"),
    ("impossible date", _with(scheduled_at="2026-02-30T10:00:00Z"), "/body/scheduled_at"),
    ("time without offset", _with(scheduled_at="2026-03-01T10:00:00"), "/body/scheduled_at"),
    ("not a time", _with(scheduled_at="next Tuesday"), "/body/scheduled_at"),
    ("duration zero", _with(duration_minutes=0), "/body/duration_minutes"),
    ("duration a string", _with(duration_minutes="long"), "/body/duration_minutes"),
    ("unknown status", _with(status="lost"), "/body/status"),
    ("unknown outcome", _with(outcome="ghosted"), "/body/outcome"),
    ("unknown format", _with(format="carrier pigeon"), "/body/format"),
    ("points not a list", _with(discussion_points="Kubernetes"), "/body/discussion_points"),
    ("empty point", _with(discussion_points=[""]), "/body/discussion_points/0"),
    (
        "impossible expected date",
        _with(next_steps={"expected_by": "2026-13-01"}),
        "/body/next_steps/expected_by",
    ),
    ("unknown next-steps field", _with(next_steps={"when": "soon"}), "/body/next_steps/when"),
    ("bad email", _interviewer(email="dana-at-acme"), "/body/interviewers/0/email"),
    ("bad url", _interviewer(linkedin_url="linkedin/dana"), "/body/interviewers/0/linkedin_url"),
    (
        "javascript url",
        _interviewer(linkedin_url="javascript:alert(1)"),
        "/body/interviewers/0/linkedin_url",
    ),
    (
        "interviewer id on create",
        _interviewer(id="6d1f4b8e-55a5-4c8e-9a43-8a0e1a1f0d11"),
        "/body/interviewers/0/id",
    ),
    (
        "interviewer name missing",
        _with(interviewers=[{"title": "CTO"}]),
        "/body/interviewers/0/name",
    ),
    (
        "hiring manager not bool",
        _interviewer(is_hiring_manager="maybe"),
        "/body/interviewers/0/is_hiring_manager",
    ),
    ("unix time instead of RFC 3339", _with(scheduled_at=1764248400), "/body/scheduled_at"),
    ("date-time without seconds", _with(scheduled_at="2026-03-01T10:00Z"), "/body/scheduled_at"),
    ("duration with a fraction", _with(duration_minutes=60.5), "/body/duration_minutes"),
    ("duration as a numeric string", _with(duration_minutes="60"), "/body/duration_minutes"),
    (
        "expected date as a number",
        _with(next_steps={"expected_by": 20261204}),
        "/body/next_steps/expected_by",
    ),
    (
        "hiring manager as 1",
        _interviewer(is_hiring_manager=1),
        "/body/interviewers/0/is_hiring_manager",
    ),
    ("body is a list", [interview_body()], "/body"),
]


async def _counts(app: FastAPI) -> tuple[int, int]:
    async with app.state.db.sessionmaker() as session:
        interviews = await session.scalar(select(func.count()).select_from(Interview))
        people = await session.scalar(select(func.count()).select_from(Interviewer))
    return interviews or 0, people or 0


@pytest.mark.parametrize(("case", "body", "pointer"), BAD_BODIES, ids=[c[0] for c in BAD_BODIES])
async def test_create_interview_bad_body_is_422_naming_the_field(
    app: FastAPI, anon: Client, case: str, body: Any, pointer: str
) -> None:
    await sign_up(anon)
    before = await _counts(app)
    response = await anon.post("/v1/interviews", json=body)
    assert response.status_code == 422, case
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["code"] == "validation_failed"
    assert pointer in [error["pointer"] for error in problem["errors"]], problem
    assert await _counts(app) == before


async def test_create_interview_malformed_json_is_400(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        "/v1/interviews",
        content=b'{"company": "Acme",',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "malformed_json"
    assert await _counts(app) == (0, 0)


async def test_create_interview_wrong_content_type_is_415(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = await anon.post(
            "/v1/interviews",
            content=b"company=Acme",
            headers={"Content-Type": content_type},
        )
        assert response.status_code == 415, content_type
        assert response.json()["code"] == "unsupported_media_type"
    assert await _counts(app) == (0, 0)


async def test_create_interview_oversized_body_is_413(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/interviews", json=interview_body(notes="x" * 1_200_000))
    assert response.status_code == 413
    assert response.json()["code"] == "payload_too_large"
    assert await _counts(app) == (0, 0)


async def test_create_interview_oversized_notes_is_422(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/interviews", json=interview_body(notes="x" * 20_001))
    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/body/notes"]


async def test_get_interview_malformed_id_is_404_like_any_missing_id(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.get("/v1/interviews/not-a-uuid")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


async def test_patch_interview_bad_values_change_nothing(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    created = await create_interview(anon)
    for body in (
        {"timezone": "Nowhere/Special"},
        {"scheduled_at": "2026-11-31T10:00:00Z"},
        {"company": LONG},
        {"user_id": created["id"]},
        {"updated_at": "2026-01-01T00:00:00Z"},
    ):
        response = await anon.patch(f"/v1/interviews/{created['id']}", json=body)
        assert response.status_code == 422, body
    assert (await anon.get(f"/v1/interviews/{created['id']}")).json() == created

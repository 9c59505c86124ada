from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from api.interviews.models import Interview
from tests.support import Client, sign_up

INVITES = Path(__file__).parent / "invites"
URL = "/v1/interviews/import-ics"


async def _import(client: Client, raw: bytes, query: str = "") -> Any:
    return await client.post(
        f"{URL}{query}", content=raw, headers={"Content-Type": "text/calendar; charset=utf-8"}
    )


async def _count(app: FastAPI) -> int:
    async with app.state.db.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Interview)) or 0)


def _people(interview: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(p["name"], p["email"]) for p in interview["interviewers"]]


async def test_google_invite_becomes_an_interview_without_the_user(anon: Client) -> None:
    await sign_up(anon, email="ana@example.com")
    response = await _import(anon, (INVITES / "google.ics").read_bytes())
    assert response.status_code == 201
    interview = response.json()
    assert (interview["company"], interview["position"]) == ("Acme Robotics", "Platform Engineer")
    assert interview["scheduled_at"] == "2026-12-01T15:00:00Z"
    assert interview["timezone"] == "UTC"
    assert interview["duration_minutes"] == 45
    assert interview["location"] == "https://meet.google.com/abc-defg-hij"
    assert interview["format"] == "video"
    assert _people(interview) == [
        ("Priya Shah", "priya.shah@acme-robotics.example"),
        ("dana.lee@acme-robotics.example", "dana.lee@acme-robotics.example"),
    ]
    assert (interview["source"], interview["external_id"]) == (
        "ics",
        "5k3b0v2q1c9s8d7f6g5h4j3k2l@google.com",
    )


async def test_outlook_invite_maps_windows_time_zone_and_skips_rooms(anon: Client) -> None:
    await sign_up(anon, email="ana@example.com")
    response = await _import(anon, (INVITES / "outlook.ics").read_bytes())
    assert response.status_code == 201
    interview = response.json()
    assert (interview["company"], interview["position"]) == (
        "Globex",
        "Data Engineer (second round)",
    )
    # 14:00 in Berlin on 3 December (CET, +01:00).
    assert interview["scheduled_at"] == "2026-12-03T13:00:00Z"
    assert interview["timezone"] == "Europe/Berlin"
    assert interview["duration_minutes"] == 60
    assert interview["location"].startswith("https://teams.microsoft.com/l/meetup-join/")
    assert _people(interview) == [
        ("Jonas Weber", "jonas.weber@globex.example"),
        ("Mareike Schulz", "mareike.schulz@globex.example"),
    ]


async def test_zoom_invite_reads_its_zone_link_and_host(anon: Client) -> None:
    await sign_up(anon, email="ana@example.com")
    response = await _import(anon, (INVITES / "zoom.ics").read_bytes())
    assert response.status_code == 201
    interview = response.json()
    assert (interview["company"], interview["position"]) == ("Initech", "Backend Developer")
    assert interview["scheduled_at"] == "2026-12-08T17:30:00Z"
    assert interview["timezone"] == "America/Los_Angeles"
    assert interview["duration_minutes"] == 50
    assert interview["location"] == "https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoP"
    assert _people(interview) == [("Sam Ortiz", "sam.ortiz@initech.example")]


async def test_importing_the_same_invite_again_updates_the_same_interview(
    app: FastAPI, anon: Client
) -> None:
    await sign_up(anon, email="ana@example.com")
    raw = (INVITES / "zoom.ics").read_bytes()
    first = await _import(anon, raw)
    moved = raw.replace(b"20261208T093000", b"20261209T110000").replace(
        b"20261208T102000", b"20261209T115000"
    )
    second = await _import(anon, moved)
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert second.json()["scheduled_at"] == "2026-12-09T19:00:00Z"
    assert await _count(app) == 1


async def test_company_and_position_can_be_given_when_the_title_says_nothing(
    anon: Client,
) -> None:
    await sign_up(anon, email="ana@example.com")
    raw = (
        (INVITES / "zoom.ics")
        .read_bytes()
        .replace(b"SUMMARY:Backend Developer at Initech", b"SUMMARY:Quick chat")
    )
    guessed = await _import(anon, raw)
    assert (guessed.json()["company"], guessed.json()["position"]) == ("Initech", "Quick chat")
    given = await _import(anon, raw, "?company=Initech%20Labs&position=Staff%20Engineer")
    assert (given.json()["company"], given.json()["position"]) == ("Initech Labs", "Staff Engineer")


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "The file is empty."),
    ("not a calendar", b"Hello, this is an email, not an invitation.", "not a valid iCalendar"),
    (
        "no event",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n",
        "no event (VEVENT)",
    ),
    (
        "all-day event",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        b"DTSTART;VALUE=DATE:20261201\r\nSUMMARY:Interview at Acme\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n",
        "lasts all day",
    ),
    (
        "no start",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n"
        b"SUMMARY:Interview at Acme\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "no start time",
    ),
    (
        "cancellation",
        (INVITES / "zoom.ics").read_bytes().replace(b"METHOD:REQUEST", b"METHOD:CANCEL"),
        "cancels a meeting",
    ),
    ("huge", b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"x" * 300_000 + b"\r\n", "larger than"),
]


@pytest.mark.parametrize(("case", "raw", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
async def test_bad_files_are_422_with_the_reason_and_change_nothing(
    app: FastAPI, anon: Client, case: str, raw: bytes, reason: str
) -> None:
    await sign_up(anon, email="ana@example.com")
    response = await _import(anon, raw)
    assert response.status_code == 422, (case, response.text)
    problem = response.json()
    assert reason in problem["detail"], problem
    assert [e["pointer"] for e in problem["errors"]] == ["/body"]
    assert await _count(app) == 0


async def test_wrong_media_type_is_415(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post(
        URL, content=(INVITES / "zoom.ics").read_bytes(), headers={"Content-Type": "text/html"}
    )
    assert response.status_code == 415
    assert await _count(app) == 0

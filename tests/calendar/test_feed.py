from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar

from tests.support import Client, create_interview, sign_up


async def _feed_url(client: Client) -> str:
    response = await client.post("/v1/calendar/rotate")
    assert response.status_code == 200
    url: str = response.json()["url"]
    assert url.startswith("http://test/v1/calendar/awcal_")
    assert url.endswith(".ics")
    return url.removeprefix("http://test")


SOON = (datetime.now(UTC) + timedelta(days=10)).replace(hour=14, minute=0, second=0, microsecond=0)
SOON_TEXT = SOON.strftime("%Y-%m-%dT%H:%M:%SZ")
# The decision is expected a week after the interview, inside the feed's window.
SOON_NEXT_STEPS = {
    "description": "A decision within a week",
    "expected_by": (SOON + timedelta(days=7)).date().isoformat(),
}


def _events(body: bytes) -> dict[str, Any]:
    calendar = Calendar.from_ical(body)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


async def test_feed_lists_open_tasks_with_alarms_and_interviews(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, scheduled_at=SOON_TEXT, next_steps=SOON_NEXT_STEPS)
    tasks = (await anon.get(f"/v1/tasks?interview_id={interview['id']}&limit=100")).json()["data"]
    assert tasks
    url = await _feed_url(anon)
    response = await anon.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/calendar")
    body = response.content
    # RFC 5545: CRLF line ends, no line over 75 octets.
    lines = body.split(b"\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")
    assert max(len(line) for line in lines) <= 75
    calendar = Calendar.from_ical(body)
    assert str(calendar["PRODID"]) == "-//Afterword//Follow-ups//EN"
    events = _events(body)
    for task in tasks:
        event = events[f"task-{task['id']}@afterword"]
        assert str(event["SUMMARY"]) == task["title"]
        assert event["DTSTART"].to_ical().decode().endswith("Z")
        assert event["DTSTAMP"].to_ical().decode().endswith("Z")
        assert int(event["SEQUENCE"]) >= 1
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
    meeting = events[f"interview-{interview['id']}@afterword"]
    assert str(meeting["SUMMARY"]) == "Interview: Platform Engineer at Acme Robotics"
    assert meeting["DTSTART"].to_ical().decode() == SOON.strftime("%Y%m%dT%H%M%SZ")


async def test_feed_sequence_grows_on_change_and_etag_gives_304(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, scheduled_at=SOON_TEXT, next_steps=SOON_NEXT_STEPS)
    url = await _feed_url(anon)
    first = await anon.get(url)
    assert (
        await anon.get(url, headers={"If-None-Match": first.headers["etag"]})
    ).status_code == 304
    await anon.patch(f"/v1/interviews/{interview['id']}", json={"location": "Room 4"})
    second = await anon.get(url)
    assert second.headers["etag"] != first.headers["etag"]
    uid = f"interview-{interview['id']}@afterword"
    before = int(_events(first.content)[uid]["SEQUENCE"])
    after = int(_events(second.content)[uid]["SEQUENCE"])
    assert after > before
    assert str(_events(second.content)[uid]["LOCATION"]) == "Room 4"


async def test_rotated_or_disabled_feed_address_answers_404(anon: Client) -> None:
    await sign_up(anon)
    old = await _feed_url(anon)
    new = await _feed_url(anon)
    assert (await anon.get(old)).status_code == 404
    assert (await anon.get(new)).status_code == 200
    assert (await anon.get("/v1/calendar")).json()["enabled"] is True
    assert (await anon.delete("/v1/calendar")).status_code == 204
    assert (await anon.get(new)).status_code == 404
    assert (await anon.get("/v1/calendar")).json() == {"enabled": False, "created_at": None}
    assert (await anon.get("/v1/calendar/not-a-secret.ics")).status_code == 404

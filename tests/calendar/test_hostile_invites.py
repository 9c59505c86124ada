"""Invitations built to be slow or to break the reader: each is read in bounded time, and
refused or imported, never a 500 and never a frozen server."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.ext.asyncio import create_async_engine

from api.calendar.invites import InviteRejected, read_invite
from api.calendar.service import Role, guess_role, interview_from_invite
from api.errors import ValidationFailed
from api.models import metadata
from tests.live import live_server

# CPU seconds one hostile invitation may cost: generous for a loaded machine, and far
# below the seconds each of these took when the heuristics backtracked.
CPU_BOUND = 0.5


def _invitation(summary: str, *, description: str | None = None, start: str = "") -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Example//Invite//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:hostile@example.com",
        start or "DTSTART:20261201T150000Z",
        "DTEND:20261201T160000Z",
        f"SUMMARY:{summary}",
        *([f"DESCRIPTION:{description}"] if description is not None else []),
        "ORGANIZER;CN=Priya Shah:mailto:priya@acme.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


SPACES = "a" + " " * 32_000 + "b"
ATS = " at" * 21_000
ATS_THEN_BRACKET = "x" + " at" * 21_000 + " ("
LINKS = "https://" * 8_000


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Interview: Platform Engineer at Acme", Role("Acme", "Platform Engineer")),
        (
            "Updated invitation: Interview - Data Engineer @ Globex",
            Role("Globex", "Data Engineer"),
        ),
        ("Phone screen with Globex | Data Engineer", Role("Globex", "Data Engineer")),
        ("Acme Robotics - Platform Engineer", Role("Acme Robotics", "Platform Engineer")),
        ("at Acme: Engineer", Role("at Acme", "Engineer")),
        ("Engineer at Acme (remote)", Role(None, "Engineer at Acme (remote)")),
        ("Engineer at", Role(None, "Engineer at")),
        ("Quick chat", Role(None, "Quick chat")),
        ("Engineer\nNotes at Acme", Role(None, "Engineer\nNotes at Acme")),
        (None, Role(None, None)),
    ],
)
def test_guess_role_reads_titles_as_people_write_them(summary: str | None, expected: Role) -> None:
    assert guess_role(summary) == expected


@pytest.mark.parametrize(
    "summary", [SPACES, ATS, ATS_THEN_BRACKET], ids=["spaces", "ats", "ats-then-bracket"]
)
def test_guess_role_on_a_huge_title_takes_a_bounded_time(summary: str) -> None:
    started = time.process_time()
    role = guess_role(summary)
    assert time.process_time() - started < CPU_BOUND
    assert role.position is not None
    assert len(role.position) <= 300


@pytest.mark.parametrize(
    ("raw", "location"),
    [
        (_invitation("Engineer at Acme", description=LINKS), None),
        (
            _invitation(
                "Engineer at Acme",
                description=LINKS + " Join: HTTPS://us02web.zoom.us/j/812?pwd=x. Thanks",
            ),
            "HTTPS://us02web.zoom.us/j/812?pwd=x.",
        ),
    ],
    ids=["links-only", "links-then-zoom"],
)
def test_read_invite_with_a_description_full_of_links_takes_a_bounded_time(
    raw: bytes, location: str | None
) -> None:
    started = time.process_time()
    invite = read_invite(raw)
    assert time.process_time() - started < CPU_BOUND
    assert invite.location == location


def test_read_invite_with_a_5000_character_tzid_is_refused_with_the_reason() -> None:
    raw = _invitation("Engineer at Acme", start="DTSTART;TZID=" + "A" * 5000 + ":20261201T150000")
    with pytest.raises(InviteRejected) as refused:
        read_invite(raw)
    assert str(refused.value) == (
        "This is not a valid iCalendar file: it names a time zone (TZID) that does not exist."
    )


_TEXT = st.text(
    alphabet=st.sampled_from(" \t\n\r\x85\u2028@:|-–()[]atATxhps/.zoomeetwith"), max_size=400
) | st.text(max_size=400)


@settings(max_examples=300, deadline=200, derandomize=True, database=None)
@given(summary=_TEXT)
def test_guess_role_takes_any_text_without_error(summary: str) -> None:
    role = guess_role(summary)
    assert all(part is None or isinstance(part, str) for part in (role.company, role.position))


_LINE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"),
    max_size=300,
)


@settings(
    max_examples=200,
    deadline=500,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    summary=_LINE_TEXT,
    description=_LINE_TEXT,
    tzid=_LINE_TEXT,
    start=st.datetimes().map(lambda moment: f"{moment:%Y%m%dT%H%M%S}"),
)
def test_reading_any_invitation_imports_it_or_says_why(
    summary: str, description: str, tzid: str, start: str
) -> None:
    zone = f";TZID={tzid}" if tzid else ""
    raw = _invitation(summary, description=description, start=f"DTSTART{zone}:{start}")
    try:
        invite = read_invite(raw)
        interview_from_invite(invite, "ana@example.com", company=None, position=None)
    except (InviteRejected, ValidationFailed):
        pass


def _request(
    url: str, *, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes, list[str]]:
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), response.headers.get_all("Set-Cookie") or []
    except urllib.error.HTTPError as error:
        return error.code, error.read(), []


def _json(body: object) -> bytes:
    return json.dumps(body).encode()


@pytest.fixture(scope="module")
def server(
    migrated_database: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """A real server and a token that may import interviews."""
    env = {
        "AFTERWORD_DATABASE_URL": migrated_database,
        "AFTERWORD_DATA_DIR": str(tmp_path_factory.mktemp("hostile-invites")),
        "AFTERWORD_SECRET_KEY": "hostile-invite-secret-key-long-enough",
    }
    with live_server(env) as url:
        status, body, cookies = _request(
            f"{url}/v1/auth/register",
            body=_json({"email": "ana@example.com", "password": "correct horse battery"}),
            headers={"Content-Type": "application/json"},
        )
        assert status == 201, body
        jar = "; ".join(cookie.split(";")[0] for cookie in cookies)
        csrf = next(c.split("=", 1)[1] for c in jar.split("; ") if c.startswith("aw_csrf="))
        status, body, _ = _request(
            f"{url}/v1/tokens",
            body=_json({"name": "import", "scopes": ["interviews:write"]}),
            headers={"Content-Type": "application/json", "Cookie": jar, "X-CSRF-Token": csrf},
        )
        assert status == 201, body
        yield url, json.loads(body)["token"]
    asyncio.run(_empty(migrated_database))


async def _empty(url: str) -> None:
    """Leave the shared test database as the other tests expect it: empty."""
    engine = create_async_engine(url)
    async with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            await connection.execute(table.delete())
    await engine.dispose()


def test_healthz_answers_while_hostile_invitations_are_imported(server: tuple[str, str]) -> None:
    url, token = server
    statuses: list[int] = []

    def import_them() -> None:
        for summary in (SPACES, ATS_THEN_BRACKET):
            status, _, _ = _request(
                f"{url}/v1/interviews/import-ics",
                body=_invitation(summary),
                headers={"Content-Type": "text/calendar", "Authorization": f"Bearer {token}"},
            )
            statuses.append(status)

    importer = threading.Thread(target=import_them)
    importer.start()
    try:
        # Asked while the imports run: a server busy on one request answers the others.
        for _ in range(10):
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                assert response.status == 200
            time.sleep(0.05)
    finally:
        importer.join(timeout=120)
    # The same invitation (one UID) imported twice: created, then updated.
    assert statuses == [201, 200]

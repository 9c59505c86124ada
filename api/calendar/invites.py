"""Calendar invitations (.ics, METHOD:REQUEST) read into interview facts.

Google Calendar, Outlook and Zoom send RFC 5545 files that differ in the details: Outlook
names time zones the Windows way ("W. Europe Standard Time") beside a VTIMEZONE, Google
puts the Meet link in X-GOOGLE-CONFERENCE, Teams in X-MICROSOFT-SKYPETEAMSMEETINGURL,
Zoom in LOCATION or the description. This module turns any of them into the fields of an
interview, and says plainly what is wrong with a file it cannot use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from api.validation import time_zone_names, timestamp

MAX_INVITE_BYTES = 256 * 1024
# Each link is read once, whole; which service it is for is asked of the link afterwards,
# so a description full of "https://" costs time in proportion to its length.
_LINK = re.compile(r"https://[^\s<>\"']*+", re.IGNORECASE)
_MEETING_SERVICES = ("zoom.us/j", "meet.google.com", "teams.microsoft.com", "webex.com")
_ROOMS = frozenset({"ROOM", "RESOURCE"})
# No time zone's name is longer; a longer TZID is not looked up as a file name.
_LONGEST_ZONE_NAME = 64


class InviteRejected(ValueError):
    """The file cannot become an interview; the message says why, for the user."""


@dataclass(frozen=True)
class InvitedPerson:
    name: str
    email: str | None


@dataclass(frozen=True)
class Invite:
    uid: str
    summary: str | None
    starts_at: datetime
    timezone: str
    duration_minutes: int | None
    location: str | None
    organizer: InvitedPerson | None
    attendees: list[InvitedPerson] = field(default_factory=list)
    description: str | None = None


def read_invite(raw: bytes) -> Invite:
    if not raw.strip():
        raise InviteRejected("The file is empty.")
    if len(raw) > MAX_INVITE_BYTES:
        raise InviteRejected(f"The file is larger than {MAX_INVITE_BYTES // 1024} KB.")
    try:
        calendar = Calendar.from_ical(raw.decode("utf-8-sig", errors="replace"))
    except ValueError as exc:
        raise InviteRejected(f"This is not a valid iCalendar file: {exc}") from None
    except OSError:
        # A TZID no time zone file has (one 5,000 characters long, say) is looked up as
        # a file name while the calendar is read.
        raise InviteRejected(
            "This is not a valid iCalendar file: it names a time zone (TZID) that does not exist."
        ) from None
    if not isinstance(calendar, Calendar) or calendar.name != "VCALENDAR":
        raise InviteRejected("This is not an iCalendar file (no VCALENDAR).")
    if str(calendar.get("METHOD", "")).upper() == "CANCEL":
        raise InviteRejected("This invitation cancels a meeting; there is nothing to import.")
    event = _main_event(calendar)
    starts_at, zone = _start(event)
    return Invite(
        uid=str(event.get("UID") or "").strip() or _fallback_uid(event, starts_at),
        summary=_text(event.get("SUMMARY")),
        starts_at=starts_at,
        timezone=zone,
        duration_minutes=_duration_minutes(event, starts_at),
        location=_location(event),
        organizer=_person(event.get("ORGANIZER")),
        attendees=[
            person
            for value in _as_list(event.get("ATTENDEE"))
            if str(getattr(value, "params", {}).get("CUTYPE", "INDIVIDUAL")).upper() not in _ROOMS
            and (person := _person(value)) is not None
        ],
        description=_text(event.get("DESCRIPTION")),
    )


def _main_event(calendar: Calendar) -> Event:
    events = [c for c in calendar.walk("VEVENT") if isinstance(c, Event)]
    if not events:
        raise InviteRejected("The file has no event (VEVENT) in it.")
    # A recurring series may carry overrides (RECURRENCE-ID); the master comes first.
    masters = [e for e in events if e.get("RECURRENCE-ID") is None]
    live = [e for e in (masters or events) if str(e.get("STATUS", "")).upper() != "CANCELLED"]
    if not live:
        raise InviteRejected("The event in this file is cancelled.")
    return live[0]


def _start(event: Event) -> tuple[datetime, str]:
    prop = event.get("DTSTART")
    if prop is None:
        raise InviteRejected("The event has no start time (DTSTART).")
    try:
        value = prop.dt
    except (AttributeError, ValueError) as exc:
        raise InviteRejected(f"The start time cannot be read: {exc}") from None
    if not isinstance(value, datetime):
        if isinstance(value, date):
            raise InviteRejected("The event lasts all day; an interview needs a start time.")
        raise InviteRejected("The start time cannot be read.")
    tzid = str(prop.params.get("TZID", "")).strip().strip('"')
    zone = _zone_name(tzid, value)
    if value.tzinfo is None:
        # Floating time: read it in the time zone the file names, else in UTC.
        value = value.replace(tzinfo=ZoneInfo(zone))
    try:
        # The API's own rule for times: a start in year 1 or 9999 is refused here as it
        # would be in a request body.
        return timestamp(value), zone
    except ValueError as exc:
        raise InviteRejected(f"The start time (DTSTART) {exc}.") from None


def _zone_name(tzid: str, start: datetime) -> str:
    """An IANA name for the event's zone: as given, mapped from Windows, or UTC."""
    for candidate in (tzid, WINDOWS_TO_OLSON.get(tzid, ""), getattr(start.tzinfo, "key", "")):
        if candidate and candidate in time_zone_names():
            return candidate
    if start.tzinfo is not None and start.utcoffset() == timedelta(0):
        return "UTC"
    if tzid and len(tzid) <= _LONGEST_ZONE_NAME:
        try:
            return ZoneInfo(tzid).key
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return "UTC"


def _duration_minutes(event: Event, starts_at: datetime) -> int | None:
    end = event.get("DTEND")
    length: timedelta | None = None
    if end is not None and isinstance(end.dt, datetime):
        finish = end.dt if end.dt.tzinfo else end.dt.replace(tzinfo=starts_at.tzinfo)
        try:
            length = finish.astimezone(UTC) - starts_at
        except OverflowError:
            return None  # an end in year 9999 says nothing about the length
    elif event.get("DURATION") is not None:
        length = event.get("DURATION").dt
    if length is None or length <= timedelta(0):
        return None
    return min(int(length.total_seconds() // 60), 24 * 60) or None


def _location(event: Event) -> str | None:
    for key in ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL"):
        if event.get(key):
            return str(event.get(key)).strip()[:2048]
    location = _text(event.get("LOCATION"))
    if location:
        return location[:2048]
    return _meeting_link(_text(event.get("DESCRIPTION")) or "")


def _meeting_link(text: str) -> str | None:
    for link in _LINK.finditer(text):
        address = link.group(0)
        if any(service in address.lower() for service in _MEETING_SERVICES):
            return address[:2048]
    return None


def _person(value: object) -> InvitedPerson | None:
    if value is None:
        return None
    address = str(value).strip()
    email = address[7:] if address.lower().startswith("mailto:") else None
    params = getattr(value, "params", {})
    name = str(params.get("CN", "")).strip().strip('"') or (email.split("@")[0] if email else "")
    if not name:
        return None
    return InvitedPerson(name=name[:200], email=email.lower()[:254] if email else None)


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _fallback_uid(event: Event, starts_at: datetime) -> str:
    return f"{starts_at.isoformat()}-{_text(event.get('SUMMARY')) or 'event'}"[:255]

"""From an invitation to an interview: who, when, where, and for which role."""

from __future__ import annotations

import re
from dataclasses import dataclass

from fastapi import Request
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.calendar.invites import Invite, InvitedPerson
from api.errors import FieldError, ValidationFailed
from api.interviews import partner
from api.interviews.schemas import InterviewerReplace, InterviewReplace

SOURCE = "ics"
_PREFIX = re.compile(
    r"^\s*(?:(?:invitation|updated invitation|invite)\s*:\s*)?"
    r"(?:(?:phone|video|onsite|technical|final|first|second)\s+)*"
    r"(?:interview|call|chat|screen(?:ing)?)\b\s*(?:with\s+|for\s+|[:\-–|]\s*)?",
    re.IGNORECASE,
)
_AT = re.compile(r"^(?P<position>.+?)\s+(?:at|@)\s+(?P<company>[^()\[\]|]+?)\s*$", re.IGNORECASE)
_SPLIT = re.compile(r"^(?P<company>[^:\-–|]+?)\s*[:\-–|]\s*(?P<position>.+)$")
# Addresses at these domains say nothing about the employer.
_PERSONAL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "proton.me",
        "protonmail.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "zoom.us",
        "calendar.google.com",
        "group.calendar.google.com",
    }
)


@dataclass(frozen=True)
class Role:
    company: str | None
    position: str | None


def guess_role(summary: str | None) -> Role:
    """'Interview: Platform Engineer at Acme' → (Acme, Platform Engineer)."""
    if not summary:
        return Role(None, None)
    text = _PREFIX.sub("", summary).strip(" -–:|")
    if match := _AT.match(text):
        return Role(match["company"].strip(), match["position"].strip())
    if match := _SPLIT.match(text):
        return Role(match["company"].strip(), match["position"].strip())
    return Role(None, text or summary.strip())


def company_from_people(people: list[InvitedPerson]) -> str | None:
    for person in people:
        if not person.email or "@" not in person.email:
            continue
        domain = person.email.rsplit("@", 1)[1]
        if domain in _PERSONAL_DOMAINS:
            continue
        labels = domain.split(".")
        name = labels[-2] if len(labels) >= 2 else labels[0]
        return name.replace("-", " ").title()
    return None


def interview_from_invite(
    invite: Invite, user: User, *, company: str | None, position: str | None
) -> InterviewReplace:
    people = [p for p in [invite.organizer, *invite.attendees] if p is not None]
    others = _distinct([p for p in people if p.email != user.email])
    role = guess_role(invite.summary)
    company = company or role.company or company_from_people(others)
    position = position or role.position or invite.summary
    errors = []
    if not company:
        errors.append(FieldError(pointer="/query/company", detail="Name the company."))
    if not position:
        errors.append(FieldError(pointer="/query/position", detail="Name the position."))
    if not company or not position:
        raise ValidationFailed(
            "The invitation does not say which company or role it is for; "
            "pass ?company=…&position=… with the file.",
            errors=errors,
        )
    try:
        return _replacement(invite, others, company, position)
    except ValidationError as exc:
        # What the file says (a name, a place) can break a rule the API keeps.
        raise ValidationFailed(
            "The invitation holds values an interview cannot take.",
            errors=[
                FieldError(pointer="/body", detail=f"{'.'.join(map(str, e['loc']))}: {e['msg']}")
                for e in exc.errors()
            ],
        ) from None


def _replacement(
    invite: Invite, others: list[InvitedPerson], company: str, position: str
) -> InterviewReplace:
    return InterviewReplace(
        company=company[:200],
        position=position[:200],
        scheduled_at=invite.starts_at,
        timezone=invite.timezone,
        duration_minutes=invite.duration_minutes,
        location=invite.location,
        format="video" if invite.location and invite.location.startswith("http") else None,
        interviewers=[
            InterviewerReplace(name=person.name, email=person.email) for person in others[:20]
        ],
    )


def _distinct(people: list[InvitedPerson]) -> list[InvitedPerson]:
    seen: set[str] = set()
    kept = []
    for person in people:
        key = (person.email or person.name).lower()
        if key not in seen:
            seen.add(key)
            kept.append(person)
    return kept


async def import_invite(
    session: AsyncSession,
    request: Request,
    user: User,
    invite: Invite,
    *,
    company: str | None,
    position: str | None,
) -> partner.Upserted:
    """An invitation imported twice (or updated) updates the same interview, by its UID."""
    body = interview_from_invite(invite, user, company=company, position=position)
    return await partner.upsert(session, request, user, SOURCE, invite.uid[:255], body)

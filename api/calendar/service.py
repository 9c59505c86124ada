"""From an invitation to an interview: who, when, where, and for which role."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from anyio import to_thread
from fastapi import Request
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.calendar.invites import Invite, InvitedPerson
from api.errors import FieldError, ValidationFailed
from api.interviews import partner
from api.interviews.schemas import InterviewerReplace, InterviewReplace

SOURCE = "ics"
# A title longer than this is not a title; the heuristics read only its beginning, so no
# invitation can make them slow (a role and a company fit well within it).
TITLE_CHARS_READ = 300
# Possessive quantifiers: nothing here backtracks, so the work grows with the text's length.
_PREFIX = re.compile(
    r"^\s*+(?:(?:invitation|updated invitation|invite)\s*+:\s*+)?+"
    r"(?:(?:phone|video|onsite|technical|final|first|second)\s++)*+"
    r"(?:interview|call|chat|screen(?:ing)?+)\b\s*+(?:with\s++|for\s++|[:\-–|]\s*+)?+",
    re.IGNORECASE,
)
# "at" or "@" standing alone as a word.
_AT_WORD = re.compile(r"(?<!\S)(?:at|@)(?!\S)", re.IGNORECASE)
_COMPANY_SEPARATORS = ":-–|"
_NOT_IN_COMPANY_AFTER_AT = "()[]|"
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
    summary = summary[:TITLE_CHARS_READ]
    text = _PREFIX.sub("", summary, count=1).strip(" -–:|")
    return (
        _position_at_company(text)
        or _company_then_position(text)
        or Role(None, text or summary.strip())
    )


def _position_at_company(text: str) -> Role | None:
    """'Platform Engineer at Acme': the first lone 'at' (or '@') with text on both sides
    and no bracket or bar after it ('Engineer at Acme (remote)' names no company)."""
    after_brackets = max(text.rfind(mark) for mark in _NOT_IN_COMPANY_AFTER_AT) + 1
    for match in _AT_WORD.finditer(text, after_brackets):
        position = text[: match.start()].rstrip()
        if not position.strip():
            continue  # "at" opens the text: a later one may still split it.
        company = text[match.end() :]
        # The position is one line; the company needs a space after "at" and some text.
        if "\n" in position or not company[:1].isspace() or not company.strip():
            return None
        return Role(company.strip(), position.strip())
    return None


def _company_then_position(text: str) -> Role | None:
    """'Acme - Platform Engineer': the text before the first separator, and the line after."""
    cut = min((i for i in map(text.find, _COMPANY_SEPARATORS) if i >= 0), default=-1)
    if cut < 1:
        return None
    position = text[cut + 1 :].lstrip()
    # One line of text, which may end the title with a line break.
    line = position.removesuffix("\n")
    if not line or "\n" in line:
        return None
    return Role(text[:cut].strip(), position.strip())


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
    invite: Invite, user_email: str, *, company: str | None, position: str | None
) -> InterviewReplace:
    people = [p for p in [invite.organizer, *invite.attendees] if p is not None]
    others = _distinct([p for p in people if p.email != user_email])
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
    # Reading the invitation is CPU work: done on a worker thread, other requests go on.
    body = await to_thread.run_sync(
        partial(interview_from_invite, invite, user.email, company=company, position=position)
    )
    return await partner.upsert(session, request, user, SOURCE, invite.uid[:255], body)

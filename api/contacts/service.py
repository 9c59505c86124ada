"""Contacts: one per person and user, linked from every interview they took part in."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.contacts.models import Contact
from api.contacts.schemas import (
    ContactCreate,
    ContactDetail,
    ContactInterview,
    ContactListParams,
    ContactRead,
    ContactUpdate,
)
from api.db import contains_pattern, utcnow
from api.errors import Conflict, FieldError, NotFound
from api.interviews.models import Interview, Interviewer
from api.pagination import MAX_LIMIT, CursorCodec, binding_for, text_and_id
from api.playbook import reconcile
from api.tasks import service as tasks

_SORT = "name"
# How each database names the (user, email) constraint when a write breaks it.
_EMAIL_TAKEN_MARKS = ("uq_contact_user_email", "contact.user_id, contact.email")
_INTERVIEW_FIELDS = (
    "id",
    "interviewer_id",
    "company",
    "position",
    "scheduled_at",
    "status",
    "outcome",
)


async def link_interviewers(session: AsyncSession, interview: Interview) -> None:
    """Point each new interviewer, and each whose email changed, at their contact.

    The contact is the user's contact with the same email (any case), else a new one;
    an interviewer without an email gets a contact of their own. An interviewer whose
    email did not change keeps their contact, even if the contact's own email was edited.
    """
    people = [person for person in interview.interviewers if _needs_link(person)]
    if not people:
        return
    emails = {person.email.lower() for person in people if person.email}
    current_ids = {person.contact_id for person in people if person.contact_id}
    # The interview is mid-edit: nothing may be flushed before its contacts exist.
    with session.no_autoflush:
        result = await session.execute(
            select(Contact).where(
                Contact.user_id == interview.user_id,
                or_(Contact.email.in_(sorted(emails)), Contact.id.in_(sorted(current_ids))),
            )
        )
        known = list(result.scalars())
    by_email = {contact.email: contact for contact in known if contact.email}
    by_id = {contact.id: contact for contact in known}
    # New addresses are claimed together after the loop (see _claim_emails).
    unclaimed: dict[str, dict[str, Any]] = {}
    waiting: list[tuple[Interviewer, str]] = []
    for person in people:
        email = person.email.lower() if person.email else None
        current = by_id.get(person.contact_id) if person.contact_id else None
        contact: Contact | None
        if email is None or (current is not None and current.email == email):
            contact = current
        elif email in by_email:
            contact = by_email[email]
        elif email in unclaimed:
            waiting.append((person, email))
            continue
        elif current is not None and current.email is None:
            # The person now has an address: their contact takes it.
            contact = current
            contact.email = email
        else:
            unclaimed[email] = _new_contact_values(interview, person, email)
            waiting.append((person, email))
            continue
        if contact is None:
            # No address, so no one else can claim this person: a contact of their own.
            contact = Contact(**_new_contact_values(interview, person, None))
            session.add(contact)
        else:
            _fill_blanks(contact, person, interview.company)
        if email is not None:
            by_email[email] = contact
        by_id[contact.id] = contact
        person.contact_id = contact.id
    if unclaimed:
        claimed = await _claim_emails(session, interview.user_id, unclaimed)
        for person, email in waiting:
            contact = claimed[email]
            _fill_blanks(contact, person, interview.company)
            person.contact_id = contact.id


def _new_contact_values(
    interview: Interview, person: Interviewer, email: str | None
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "user_id": interview.user_id,
        "name": person.name,
        "email": email,
        "title": person.title,
        "company": interview.company,
        "linkedin_url": person.linkedin_url,
    }


async def _claim_emails(
    session: AsyncSession, user_id: uuid.UUID, unclaimed: dict[str, dict[str, Any]]
) -> dict[str, Contact]:
    """The user's contacts with these emails, creating those that do not exist yet.

    Parallel requests may name the same new address (a board syncing a recruiter's
    postings): the insert skips a row another transaction holds on (user, email),
    waiting for it to commit where it must, and the read then finds that contact.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    emails = sorted(unclaimed)
    # One statement, rows in one order for every request: two never wait on each other.
    statement = (
        insert(Contact)
        .values([unclaimed[email] for email in emails])
        .on_conflict_do_nothing(index_elements=[Contact.user_id, Contact.email])
    )
    with session.no_autoflush:
        await session.execute(statement)
        result = await session.execute(
            select(Contact).where(Contact.user_id == user_id, Contact.email.in_(emails))
        )
    return {contact.email: contact for contact in result.scalars() if contact.email}


def _needs_link(person: Interviewer) -> bool:
    if person.contact_id is None:
        return True
    return bool(inspect(person).attrs.email.history.has_changes())


def _fill_blanks(contact: Contact, person: Interviewer, company: str) -> None:
    """What the contact does not know yet, the interviewer record may tell."""
    if contact.title is None and person.title is not None:
        contact.title = person.title
    if contact.linkedin_url is None and person.linkedin_url is not None:
        contact.linkedin_url = person.linkedin_url
    if contact.company is None:
        contact.company = company


async def get_contact(session: AsyncSession, user_id: uuid.UUID, contact_id: uuid.UUID) -> Contact:
    """The caller's contact; another user's id is simply missing."""
    contact = (
        await session.execute(
            select(Contact).where(Contact.id == contact_id, Contact.user_id == user_id)
        )
    ).scalar_one_or_none()
    if contact is None:
        raise NotFound("No contact with this id.")
    return contact


async def detail(session: AsyncSession, contact: Contact) -> ContactDetail:
    """The contact with their interviews (most recent first) and open tasks."""
    rows = (
        await session.execute(
            select(
                Interview.id,
                Interviewer.id,
                Interview.company,
                Interview.position,
                Interview.scheduled_at,
                Interview.status,
                Interview.outcome,
            )
            .join(Interviewer, Interviewer.interview_id == Interview.id)
            .where(Interviewer.contact_id == contact.id, Interview.user_id == contact.user_id)
            .order_by(Interview.scheduled_at.desc(), Interview.id, Interviewer.position)
            .limit(MAX_LIMIT)
        )
    ).all()
    views = await tasks.open_tasks_for_contact(
        session, contact.user_id, contact.id, limit=MAX_LIMIT
    )
    now = utcnow()
    return ContactDetail(
        **ContactRead.model_validate(contact).model_dump(),
        interviews=[
            ContactInterview.model_validate(dict(zip(_INTERVIEW_FIELDS, row, strict=True)))
            for row in rows
        ],
        open_tasks=[tasks.to_read(view, now) for view in views],
    )


async def create_contact(session: AsyncSession, user: User, body: ContactCreate) -> Contact:
    fields = body.model_dump()
    if body.email is not None:
        fields["email"] = body.email.lower()
        await _email_free(session, user.id, fields["email"])
    contact = Contact(id=uuid.uuid4(), user_id=user.id, **fields)
    async with _claiming_email(session):
        session.add(contact)
    return contact


async def update_contact(
    session: AsyncSession, user: User, contact: Contact, patch: ContactUpdate
) -> Contact:
    changes = patch.model_dump(exclude_unset=True)
    if changes.get("email") is not None:
        changes["email"] = changes["email"].lower()
        if changes["email"] != contact.email:
            await _email_free(session, user.id, changes["email"])
    replan = any(
        field in changes and changes[field] != getattr(contact, field)
        for field in ("last_contacted_at", "keep_in_touch_interval_days")
    )
    async with _claiming_email(session):
        for field, value in changes.items():
            setattr(contact, field, value)
    if replan:
        # A logged contact resets the keep-in-touch clock; a new cadence moves it too.
        await reconcile.replan_for_contacts(session, user, [contact.id])
    return contact


async def _email_free(session: AsyncSession, user_id: uuid.UUID, email: str) -> None:
    taken = (
        await session.execute(
            select(Contact.id).where(Contact.user_id == user_id, Contact.email == email)
        )
    ).first()
    if taken is not None:
        raise _email_taken()


@asynccontextmanager
async def _claiming_email(session: AsyncSession) -> AsyncIterator[None]:
    """Write the changes made in the block; a parallel request that took the same address
    since `_email_free` looked is a 409, as if it had been there first."""
    try:
        async with session.begin_nested():
            yield
            await session.flush()
    except IntegrityError as exc:
        if not any(mark in str(exc.orig) for mark in _EMAIL_TAKEN_MARKS):
            raise
        raise _email_taken() from None


def _email_taken() -> Conflict:
    return Conflict(
        "You already have a contact with this email.",
        errors=[FieldError(pointer="/body/email", detail="Another contact has this email.")],
    )


@dataclass(frozen=True)
class ContactPage:
    items: list[Contact]
    next_cursor: str | None


async def list_contacts(
    session: AsyncSession, codec: CursorCodec, user_id: uuid.UUID, params: ContactListParams
) -> ContactPage:
    """One statement: a page of contacts by name."""
    filters = params.model_dump(exclude={"limit", "cursor"})
    binding = binding_for(user_id, _SORT, filters)
    query = select(Contact).where(Contact.user_id == user_id)
    if params.q is not None:
        pattern = contains_pattern(params.q)
        query = query.where(
            or_(
                func.lower(Contact.name).like(pattern, escape="\\"),
                func.lower(Contact.email).like(pattern, escape="\\"),
                func.lower(Contact.company).like(pattern, escape="\\"),
            )
        )
    if params.cursor is not None:
        name, identifier = text_and_id(codec.decode(params.cursor, binding))
        query = query.where(tuple_(Contact.name, Contact.id) > (name, identifier))
    result = await session.execute(query.order_by(Contact.name, Contact.id).limit(params.limit + 1))
    contacts = list(result.scalars())
    next_cursor = None
    if len(contacts) > params.limit:
        contacts = contacts[: params.limit]
        next_cursor = codec.encode([contacts[-1].name, contacts[-1].id], binding)
    return ContactPage(items=contacts, next_cursor=next_cursor)

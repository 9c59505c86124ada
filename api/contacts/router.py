"""Contacts: the people behind interviewers, across interviews."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import ContactReader, ContactWriter, CurrentUser
from api.contacts import service
from api.contacts.dependencies import ReadableContact, WritableContact
from api.contacts.schemas import (
    ContactCreate,
    ContactDetail,
    ContactListParams,
    ContactRead,
    ContactUpdate,
)
from api.db import SessionDep
from api.errors import problem_responses
from api.etags import set_etag
from api.pagination import Page, set_link_header
from api.tasks.etag import representation

router = APIRouter(
    prefix="/v1/contacts", tags=["contacts"], responses=problem_responses(401, 403, 422)
)


@router.get("", responses=problem_responses(400))
async def list_contacts(
    principal: ContactReader,
    params: Annotated[ContactListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[ContactRead]:
    """Your contacts by name, a page at a time (keyset cursor; see `next_cursor`)."""
    page = await service.list_contacts(
        session, request.app.state.cursors, principal.user_id, params
    )
    set_link_header(request, response, page.next_cursor)
    return Page[ContactRead](
        data=[ContactRead.model_validate(contact) for contact in page.items],
        has_more=page.next_cursor is not None,
        next_cursor=page.next_cursor,
    )


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_contact(
    principal: ContactWriter,
    user: CurrentUser,
    body: ContactCreate,
    response: Response,
    session: SessionDep,
) -> ContactDetail:
    contact = await service.create_contact(session, user, body)
    response.headers["Location"] = f"/v1/contacts/{contact.id}"
    detail = await service.detail(session, contact)
    set_etag(response, representation(contact.id, detail))
    return detail


@router.get("/{contact_id:uuid}", responses=problem_responses(404))
async def get_contact(
    contact: ReadableContact, response: Response, session: SessionDep
) -> ContactDetail:
    """The contact with their interviews and open tasks. Sends an ETag; `If-None-Match`
    answers 304 when unchanged."""
    detail = await service.detail(session, contact)
    set_etag(response, representation(contact.id, detail))
    return detail


@router.patch("/{contact_id:uuid}", responses=problem_responses(404, 409, 412))
async def update_contact(
    contact: WritableContact,
    body: ContactUpdate,
    principal: ContactWriter,
    user: CurrentUser,
    response: Response,
    session: SessionDep,
) -> ContactDetail:
    """JSON Merge Patch. Setting `last_contacted_at` logs a contact: the keep-in-touch
    clock of their interviews starts again from it."""
    updated = await service.update_contact(session, user, contact, body)
    detail = await service.detail(session, updated)
    set_etag(response, representation(updated.id, detail))
    return detail

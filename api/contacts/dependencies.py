"""Ownership: a contact id in the path resolves to the caller's contact or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.auth.dependencies import ContactReader, ContactWriter
from api.contacts import service
from api.contacts.models import Contact
from api.db import SessionDep
from api.etags import check_if_match
from api.tasks.etag import representation


async def readable_contact(
    contact_id: uuid.UUID, principal: ContactReader, session: SessionDep
) -> Contact:
    return await service.get_contact(session, principal.user_id, contact_id)


async def writable_contact(
    contact_id: uuid.UUID, principal: ContactWriter, session: SessionDep, request: Request
) -> Contact:
    """The caller's contact, refused with 412 when If-Match names an older version."""
    contact = await service.get_contact(session, principal.user_id, contact_id)
    if request.headers.get("if-match") is not None:
        shown = await service.detail(session, contact)
        check_if_match(request, representation(contact.id, shown))
    return contact


ReadableContact = Annotated[Contact, Depends(readable_contact)]
WritableContact = Annotated[Contact, Depends(writable_contact)]

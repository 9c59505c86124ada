"""Ownership: a contact id in the path resolves to the caller's contact or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from api.auth.dependencies import ContactReader, ContactWriter
from api.contacts import service
from api.contacts.models import Contact
from api.db import SessionDep


async def readable_contact(
    contact_id: uuid.UUID, principal: ContactReader, session: SessionDep
) -> Contact:
    return await service.get_contact(session, principal.user_id, contact_id)


async def writable_contact(
    contact_id: uuid.UUID, principal: ContactWriter, session: SessionDep
) -> Contact:
    return await service.get_contact(session, principal.user_id, contact_id)


ReadableContact = Annotated[Contact, Depends(readable_contact)]
WritableContact = Annotated[Contact, Depends(writable_contact)]

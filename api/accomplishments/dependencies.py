"""Ownership: an accomplishment id in the path resolves to the caller's own, or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.accomplishments import service
from api.accomplishments.models import Accomplishment
from api.auth.dependencies import AccomplishmentReader, AccomplishmentWriter
from api.db import SessionDep
from api.etags import check_if_match


async def readable_accomplishment(
    accomplishment_id: uuid.UUID, principal: AccomplishmentReader, session: SessionDep
) -> Accomplishment:
    return await service.get_accomplishment(session, principal.user_id, accomplishment_id)


async def writable_accomplishment(
    accomplishment_id: uuid.UUID,
    principal: AccomplishmentWriter,
    session: SessionDep,
    request: Request,
) -> Accomplishment:
    """The caller's accomplishment, refused with 412 when If-Match names an older version."""
    accomplishment = await service.get_accomplishment(session, principal.user_id, accomplishment_id)
    check_if_match(request, accomplishment)
    return accomplishment


ReadableAccomplishment = Annotated[Accomplishment, Depends(readable_accomplishment)]
WritableAccomplishment = Annotated[Accomplishment, Depends(writable_accomplishment)]

"""Ownership: a resource id in the path resolves to the caller's own, or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.auth.dependencies import ResourceReader, ResourceWriter
from api.db import SessionDep
from api.etags import check_if_match
from api.resources import service
from api.resources.models import Resource


async def readable_resource(
    resource_id: uuid.UUID, principal: ResourceReader, session: SessionDep
) -> Resource:
    return await service.get_resource(session, principal.user_id, resource_id)


async def writable_resource(
    resource_id: uuid.UUID, principal: ResourceWriter, session: SessionDep, request: Request
) -> Resource:
    """The caller's resource, refused with 412 when If-Match names an older version."""
    resource = await service.get_resource(session, principal.user_id, resource_id)
    check_if_match(request, resource)
    return resource


ReadableResource = Annotated[Resource, Depends(readable_resource)]
WritableResource = Annotated[Resource, Depends(writable_resource)]

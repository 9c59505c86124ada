"""Resources: articles and links worth sharing, for notes that share one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import ResourceReader, ResourceWriter
from api.db import SessionDep
from api.errors import problem_responses
from api.etags import set_etag
from api.pagination import Page, set_link_header
from api.resources import service
from api.resources.dependencies import ReadableResource, WritableResource
from api.resources.schemas import ResourceCreate, ResourceListParams, ResourceRead, ResourceUpdate

router = APIRouter(
    prefix="/v1/resources", tags=["resources"], responses=problem_responses(401, 403, 422)
)


@router.get("", responses=problem_responses(400))
async def list_resources(
    principal: ResourceReader,
    params: Annotated[ResourceListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[ResourceRead]:
    """Your resources, newest first, a page at a time (keyset cursor; see `next_cursor`)."""
    page = await service.list_resources(
        session, request.app.state.cursors, principal.user_id, params
    )
    set_link_header(request, response, page.next_cursor)
    return Page[ResourceRead](
        data=[ResourceRead.model_validate(item) for item in page.items],
        has_more=page.next_cursor is not None,
        next_cursor=page.next_cursor,
    )


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_resource(
    principal: ResourceWriter, body: ResourceCreate, response: Response, session: SessionDep
) -> ResourceRead:
    """Save an article or resource. A note that shares one (`POST /v1/drafts`, kind
    `share_resource`) carries the most relevant one, or the one you name."""
    resource = await service.create_resource(session, principal.user_id, body)
    response.headers["Location"] = f"/v1/resources/{resource.id}"
    set_etag(response, resource)
    return ResourceRead.model_validate(resource)


@router.get("/{resource_id:uuid}", responses=problem_responses(404))
async def get_resource(resource: ReadableResource, response: Response) -> ResourceRead:
    """One resource. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    set_etag(response, resource)
    return ResourceRead.model_validate(resource)


@router.patch("/{resource_id:uuid}", responses=problem_responses(404, 412))
async def update_resource(
    resource: WritableResource, body: ResourceUpdate, response: Response, session: SessionDep
) -> ResourceRead:
    """JSON Merge Patch. `If-Match` guards against overwriting a newer version (412)."""
    updated = await service.update_resource(session, resource, body)
    set_etag(response, updated)
    return ResourceRead.model_validate(updated)


@router.delete(
    "/{resource_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 412),
)
async def delete_resource(resource: WritableResource, session: SessionDep) -> None:
    """Delete it. Drafts that shared it keep their text."""
    await service.delete_resource(session, resource)

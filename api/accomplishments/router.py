"""Accomplishments: what you did, for periodic updates to cite."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.accomplishments import service
from api.accomplishments.dependencies import ReadableAccomplishment, WritableAccomplishment
from api.accomplishments.schemas import (
    AccomplishmentCreate,
    AccomplishmentListParams,
    AccomplishmentRead,
    AccomplishmentUpdate,
)
from api.auth.dependencies import AccomplishmentReader, AccomplishmentWriter
from api.db import SessionDep
from api.errors import problem_responses
from api.etags import set_etag
from api.pagination import Page, set_link_header

router = APIRouter(
    prefix="/v1/accomplishments",
    tags=["accomplishments"],
    responses=problem_responses(401, 403, 422),
)


@router.get("", responses=problem_responses(400))
async def list_accomplishments(
    principal: AccomplishmentReader,
    params: Annotated[AccomplishmentListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[AccomplishmentRead]:
    """Your accomplishments, newest first (by when they happened, else when you recorded
    them), a page at a time (keyset cursor; see `next_cursor`)."""
    page = await service.list_accomplishments(
        session, request.app.state.cursors, principal.user_id, params
    )
    set_link_header(request, response, page.next_cursor)
    return Page[AccomplishmentRead](
        data=[AccomplishmentRead.model_validate(item) for item in page.items],
        has_more=page.next_cursor is not None,
        next_cursor=page.next_cursor,
    )


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_accomplishment(
    principal: AccomplishmentWriter,
    body: AccomplishmentCreate,
    response: Response,
    session: SessionDep,
) -> AccomplishmentRead:
    """Record something you did. A periodic update (`POST /v1/drafts`) cites the most
    relevant one since the interview, or the one you name."""
    accomplishment = await service.create_accomplishment(
        session, principal.user_id, principal.timezone, body
    )
    response.headers["Location"] = f"/v1/accomplishments/{accomplishment.id}"
    set_etag(response, accomplishment)
    return AccomplishmentRead.model_validate(accomplishment)


@router.get("/{accomplishment_id:uuid}", responses=problem_responses(404))
async def get_accomplishment(
    accomplishment: ReadableAccomplishment, response: Response
) -> AccomplishmentRead:
    """One accomplishment. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    set_etag(response, accomplishment)
    return AccomplishmentRead.model_validate(accomplishment)


@router.patch("/{accomplishment_id:uuid}", responses=problem_responses(404, 412))
async def update_accomplishment(
    accomplishment: WritableAccomplishment,
    body: AccomplishmentUpdate,
    principal: AccomplishmentWriter,
    response: Response,
    session: SessionDep,
) -> AccomplishmentRead:
    """JSON Merge Patch. `If-Match` guards against overwriting a newer version (412)."""
    updated = await service.update_accomplishment(session, accomplishment, principal.timezone, body)
    set_etag(response, updated)
    return AccomplishmentRead.model_validate(updated)


@router.delete(
    "/{accomplishment_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 412),
)
async def delete_accomplishment(
    accomplishment: WritableAccomplishment, session: SessionDep
) -> None:
    """Delete it. Drafts that cited it keep their text."""
    await service.delete_accomplishment(session, accomplishment)

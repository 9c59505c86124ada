"""Your data, portable: the whole account as JSON (and back), and CSV for spreadsheets."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Response

from api.auth.dependencies import CurrentUser, DataExporter, DataImporter
from api.db import SessionDep
from api.errors import problem_responses
from api.portability import service, spreadsheets
from api.portability.document import document_schema

router = APIRouter(prefix="/v1", tags=["export"], responses=problem_responses(401, 403))

_DOCUMENT_SCHEMA = document_schema()


@router.get(
    "/export",
    responses={200: {"content": {"application/json": {"schema": _DOCUMENT_SCHEMA}}}},
)
async def export_data(
    principal: DataExporter, user: CurrentUser, session: SessionDep
) -> dict[str, Any]:
    """Everything you own in Afterword, as one JSON document (import it with /v1/import)."""
    return await service.export_document(session, user)


@router.post(
    "/import",
    responses=problem_responses(409, 422),
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _DOCUMENT_SCHEMA}},
        }
    },
)
async def import_data(
    principal: DataImporter,
    user: CurrentUser,
    session: SessionDep,
    document: Annotated[dict[str, Any], Body()],
) -> dict[str, int]:
    """Load an export document into this account, all or nothing: it is checked fully first,
    every row gets a new id, and the answer counts the rows added per section."""
    return await service.import_document(session, user, document)


@router.get(
    "/export/interviews.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def export_interviews_csv(principal: DataExporter, session: SessionDep) -> Response:
    """Your interviews, one row each, for a spreadsheet."""
    text = await spreadsheets.interviews_csv(session, principal.user_id)
    return _csv_response(text, "afterword-interviews.csv")


@router.get(
    "/export/tasks.csv",
    response_class=Response,
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def export_tasks_csv(principal: DataExporter, session: SessionDep) -> Response:
    """Your follow-up tasks, one row each, for a spreadsheet."""
    text = await spreadsheets.tasks_csv(session, principal.user_id)
    return _csv_response(text, "afterword-tasks.csv")


def _csv_response(text: str, filename: str) -> Response:
    return Response(
        content=text.encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

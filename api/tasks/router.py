"""Follow-up tasks (planned by the playbook or added by hand) and the agenda.

Reads answer from Core rows encoded once (api/tasks/read_model.py); each route still
declares its response model, which documents it and which the tests hold it to.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, status

from api.auth.dependencies import CurrentUser, TaskReader, TaskWriter
from api.db import Database, SessionDep, utcnow
from api.errors import problem_responses
from api.etags import etag_of
from api.pagination import Page, set_link_header
from api.responses import EncodedJSON
from api.tasks import read_model, service
from api.tasks.dependencies import WritableTask
from api.tasks.etag import representation_of
from api.tasks.schemas import Agenda, AgendaParams, TaskCreate, TaskListParams, TaskRead, TaskUpdate

router = APIRouter(prefix="/v1/tasks", tags=["tasks"], responses=problem_responses(401, 403, 422))
agenda_router = APIRouter(prefix="/v1", tags=["tasks"], responses=problem_responses(401, 403, 422))


def _task_response(
    task_id: uuid.UUID, document: dict[str, Any], status_code: int = status.HTTP_200_OK
) -> EncodedJSON:
    """One task, with its ETag: a digest of exactly the bytes sent."""
    body = read_model.encode(document)
    return EncodedJSON(
        body,
        status_code=status_code,
        headers={"ETag": etag_of(representation_of(task_id, body))},
    )


@router.get("", response_model=Page[TaskRead], responses=problem_responses(400))
async def list_tasks(
    principal: TaskReader, params: Annotated[TaskListParams, Query()], request: Request
) -> EncodedJSON:
    """Your tasks in due order, a page at a time (keyset cursor; see `next_cursor`)."""
    db: Database = request.app.state.db
    page = await service.list_tasks(
        db, request.app.state.cursors, principal.user_id, params, utcnow()
    )
    response = EncodedJSON(
        read_model.encode(
            {
                "data": page.items,
                "has_more": page.next_cursor is not None,
                "next_cursor": page.next_cursor,
            }
        )
    )
    set_link_header(request, response, page.next_cursor)
    return response


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TaskRead,
    responses=problem_responses(404),
)
async def create_task(
    principal: TaskWriter, user: CurrentUser, body: TaskCreate, session: SessionDep
) -> EncodedJSON:
    """Add a task by hand, for an interview (and interviewer) or a contact. An id that is
    not yours answers 404, like one that does not exist."""
    view = await service.create_task(session, user, body)
    response = _task_response(
        view.task.id, service.document(view, utcnow()), status.HTTP_201_CREATED
    )
    response.headers["Location"] = f"/v1/tasks/{view.task.id}"
    return response


@router.get("/{task_id:uuid}", response_model=TaskRead, responses=problem_responses(404))
async def get_task(task_id: uuid.UUID, principal: TaskReader, request: Request) -> EncodedJSON:
    """One task. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    document = await service.read_task(request.app.state.db, principal.user_id, task_id, utcnow())
    return _task_response(task_id, document)


@router.patch("/{task_id:uuid}", response_model=TaskRead, responses=problem_responses(404, 412))
async def update_task(
    task: WritableTask,
    body: TaskUpdate,
    principal: TaskWriter,
    user: CurrentUser,
    session: SessionDep,
) -> EncodedJSON:
    """JSON Merge Patch: complete (`status: done`), skip, reopen, snooze or re-date.

    A task the playbook planned is yours once you close, reopen, re-date or retitle it:
    the playbook never changes it again. Completing a task addressed to someone marks
    them as contacted.
    """
    view = await service.update_task(session, user, task, body)
    return _task_response(view.task.id, service.document(view, utcnow()))


@router.delete(
    "/{task_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 409, 412),
)
async def delete_task(task: WritableTask, session: SessionDep) -> None:
    """Delete a task you added by hand (a planned task is skipped instead: 409)."""
    await service.delete_task(session, task.task)


@agenda_router.get("/agenda", response_model=Agenda)
async def get_agenda(
    principal: TaskReader, params: Annotated[AgendaParams, Query()], request: Request
) -> EncodedJSON:
    """Open tasks that are not snoozed: overdue, due today and upcoming, in your time zone."""
    agenda = await service.agenda(
        request.app.state.db, principal.user_id, principal.timezone, params, utcnow()
    )
    return EncodedJSON(read_model.encode(agenda))

"""Follow-up tasks (planned by the playbook or added by hand) and the agenda."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from api.auth.dependencies import CurrentUser, TaskReader, TaskWriter
from api.db import SessionDep, utcnow
from api.errors import problem_responses
from api.etags import set_etag
from api.pagination import Page, set_link_header
from api.tasks import service
from api.tasks.dependencies import ReadableTask, WritableTask
from api.tasks.etag import representation
from api.tasks.schemas import Agenda, AgendaParams, TaskCreate, TaskListParams, TaskRead, TaskUpdate

router = APIRouter(prefix="/v1/tasks", tags=["tasks"], responses=problem_responses(401, 403, 422))
agenda_router = APIRouter(prefix="/v1", tags=["tasks"], responses=problem_responses(401, 403, 422))


@router.get("", responses=problem_responses(400))
async def list_tasks(
    principal: TaskReader,
    params: Annotated[TaskListParams, Query()],
    request: Request,
    response: Response,
    session: SessionDep,
) -> Page[TaskRead]:
    """Your tasks in due order, a page at a time (keyset cursor; see `next_cursor`)."""
    now = utcnow()
    page = await service.list_tasks(
        session, request.app.state.cursors, principal.user_id, params, now
    )
    set_link_header(request, response, page.next_cursor)
    return Page[TaskRead](
        data=[service.to_read(view, now) for view in page.items],
        has_more=page.next_cursor is not None,
        next_cursor=page.next_cursor,
    )


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(404))
async def create_task(
    principal: TaskWriter,
    user: CurrentUser,
    body: TaskCreate,
    response: Response,
    session: SessionDep,
) -> TaskRead:
    """Add a task by hand, for an interview (and interviewer) or a contact. An id that is
    not yours answers 404, like one that does not exist."""
    view = await service.create_task(session, user, body)
    response.headers["Location"] = f"/v1/tasks/{view.task.id}"
    read = service.to_read(view, utcnow())
    set_etag(response, representation(view.task.id, read))
    return read


@router.get("/{task_id:uuid}", responses=problem_responses(404))
async def get_task(task: ReadableTask, response: Response) -> TaskRead:
    """One task. Sends an ETag; `If-None-Match` answers 304 when unchanged."""
    read = service.to_read(task, utcnow())
    set_etag(response, representation(task.task.id, read))
    return read


@router.patch("/{task_id:uuid}", responses=problem_responses(404, 412))
async def update_task(
    task: WritableTask,
    body: TaskUpdate,
    principal: TaskWriter,
    user: CurrentUser,
    response: Response,
    session: SessionDep,
) -> TaskRead:
    """JSON Merge Patch: complete (`status: done`), skip, reopen, snooze or re-date.

    A task the playbook planned is yours once you close, reopen, re-date or retitle it:
    the playbook never changes it again. Completing a task addressed to someone marks
    them as contacted.
    """
    view = await service.update_task(session, user, task, body)
    read = service.to_read(view, utcnow())
    set_etag(response, representation(view.task.id, read))
    return read


@router.delete(
    "/{task_id:uuid}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 409, 412),
)
async def delete_task(task: WritableTask, session: SessionDep) -> None:
    """Delete a task you added by hand (a planned task is skipped instead: 409)."""
    await service.delete_task(session, task.task)


@agenda_router.get("/agenda")
async def get_agenda(
    principal: TaskReader,
    user: CurrentUser,
    params: Annotated[AgendaParams, Query()],
    session: SessionDep,
) -> Agenda:
    """Open tasks that are not snoozed: overdue, due today and upcoming, in your time zone."""
    return await service.agenda(session, user, params, utcnow())

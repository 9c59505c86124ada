"""Ownership: a task id in the path resolves to the caller's task or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.auth.dependencies import TaskReader, TaskWriter
from api.db import SessionDep, utcnow
from api.etags import check_if_match
from api.tasks import service
from api.tasks.etag import representation
from api.tasks.service import TaskView


async def readable_task(task_id: uuid.UUID, principal: TaskReader, session: SessionDep) -> TaskView:
    return await service.get_task(session, principal.user_id, task_id)


async def writable_task(
    task_id: uuid.UUID, principal: TaskWriter, session: SessionDep, request: Request
) -> TaskView:
    """The caller's task, refused with 412 when If-Match names an older version."""
    view = await service.get_task(session, principal.user_id, task_id)
    check_if_match(request, representation(view.task.id, service.to_read(view, utcnow())))
    return view


ReadableTask = Annotated[TaskView, Depends(readable_task)]
WritableTask = Annotated[TaskView, Depends(writable_task)]

"""Ownership: a task id in the path resolves to the caller's task or 404."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from api.auth.dependencies import TaskWriter
from api.db import SessionDep, utcnow
from api.etags import check_if_match
from api.tasks import read_model, service
from api.tasks.etag import representation_of
from api.tasks.service import TaskView


async def writable_task(
    task_id: uuid.UUID, principal: TaskWriter, session: SessionDep, request: Request
) -> TaskView:
    """The caller's task, refused with 412 when If-Match names an older version."""
    view = await service.get_task(session, principal.user_id, task_id)
    shown = read_model.encode(service.document(view, utcnow()))
    check_if_match(request, representation_of(view.task.id, shown))
    return view


WritableTask = Annotated[TaskView, Depends(writable_task)]

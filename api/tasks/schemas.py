from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    GetJsonSchemaHandler,
    StringConstraints,
    field_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from api.playbook.guidance import TaskKind
from api.validation import SOME_TEXT, InputModel, MergePatch, QueryModel, Timestamp, strip_text

TaskStatus = Literal["open", "done", "skipped"]
TaskSort = Literal["due_at", "-due_at"]
Title = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300, pattern=SOME_TEXT),
    AfterValidator(strip_text),
]
Reason = Annotated[
    str,
    StringConstraints(min_length=1, max_length=500, pattern=SOME_TEXT),
    AfterValidator(strip_text),
]


class TaskCreate(InputModel):
    """A task added by hand, for an interview (and one of its interviewers) or a contact:
    send at least one of `interview_id`, `interviewer_id` and `contact_id`."""

    links: ClassVar[tuple[str, ...]] = ("interview_id", "interviewer_id", "contact_id")

    kind: TaskKind = TaskKind.CUSTOM
    title: Title | None = Field(
        default=None, description="Defaults to a title naming the person and the company."
    )
    interview_id: uuid.UUID | None = None
    interviewer_id: uuid.UUID | None = Field(
        default=None, description="One of the interview's interviewers."
    )
    contact_id: uuid.UUID | None = Field(
        default=None, description="Defaults to the interviewer's contact."
    )
    due_at: Timestamp
    deadline_at: Timestamp | None = Field(
        default=None, description="After this the task is overdue; not before `due_at`."
    )
    snoozed_until: Timestamp | None = None

    @field_validator(*links, mode="before")
    @classmethod
    def _link_is_an_id(cls, value: object) -> object:
        if value is None:
            raise ValueError("Leave the field out rather than sending null.")
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for name in cls.links:
            prop = target["properties"][name]
            options = [option for option in prop.pop("anyOf") if option.get("type") != "null"]
            prop.pop("default", None)
            prop.update(options[0])
        target["anyOf"] = [{"required": [name]} for name in cls.links]
        return schema


class TaskUpdate(MergePatch):
    """JSON Merge Patch. `status` completes (`done`), skips or reopens the task;
    `snoozed_until` hides it from the agenda until then; a `due_at` set here is yours,
    and the playbook never moves the task again (its deadline moves with it)."""

    status: TaskStatus | None = None
    skip_reason: Reason | None = Field(
        default=None, description="Why you skipped it (with `status: skipped`)."
    )
    snoozed_until: Timestamp | None = None
    due_at: Timestamp | None = None
    deadline_at: Timestamp | None = None
    title: Title | None = None

    non_nullable = frozenset({"status", "due_at", "title"})


class TaskInterview(BaseModel):
    id: uuid.UUID
    company: str
    position: str


class TaskPerson(BaseModel):
    id: uuid.UUID
    name: str


class TaskRead(BaseModel):
    id: uuid.UUID
    kind: TaskKind
    title: str
    guidance: str = Field(description="Why and how to do it, from the follow-up playbook.")
    interview_id: uuid.UUID | None
    interviewer_id: uuid.UUID | None
    contact_id: uuid.UUID | None
    due_at: datetime
    deadline_at: datetime | None
    status: TaskStatus
    snoozed_until: datetime | None
    origin: str = Field(
        description="The playbook rule that planned the task, e.g. `thank_you:<interviewer "
        "id>`, or `manual` for a task added by hand."
    )
    completed_at: datetime | None
    skip_reason: str | None = Field(description="Why the task was skipped, when it was.")
    draft_id: uuid.UUID | None
    is_overdue: bool = Field(
        description="Open, and past its deadline (or its due time when it has none)."
    )
    interview: TaskInterview | None = Field(description="The interview, for display.")
    interviewer: TaskPerson | None = Field(description="The interviewer, for display.")
    contact: TaskPerson | None = Field(description="The contact, for display.")
    created_at: datetime
    updated_at: datetime


class TaskListParams(QueryModel):
    status: TaskStatus | None = None
    kind: TaskKind | None = None
    interview_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    due_after: Timestamp | None = Field(
        default=None, description="Only tasks due at or after this time."
    )
    due_before: Timestamp | None = Field(
        default=None, description="Only tasks due before this time."
    )
    overdue: bool | None = Field(
        default=None,
        description="true: only open tasks past their deadline (or due time); "
        "false: every other task.",
    )
    sort: TaskSort = Field(default="due_at", description="'due_at' soonest first, '-due_at' last.")
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT
    cursor: Annotated[str, StringConstraints(max_length=1024)] | None = None


class AgendaParams(QueryModel):
    days: Annotated[int, Field(ge=1, le=90)] = Field(
        default=7, description="How many days after today `upcoming` covers."
    )
    limit: Annotated[int, Field(ge=1, le=MAX_LIMIT)] = Field(
        default=50, description="Most tasks listed in each group; `totals` counts them all."
    )


class AgendaTotals(BaseModel):
    overdue: int
    today: int
    upcoming: int


class Agenda(BaseModel):
    """Open tasks that are not snoozed, in your time zone."""

    overdue: list[TaskRead] = Field(description="Past their deadline, oldest first.")
    today: list[TaskRead] = Field(description="Due by the end of today and not overdue.")
    upcoming: list[TaskRead] = Field(description="Due in the following `days` days.")
    totals: AgendaTotals = Field(description="How many tasks each group has in all.")

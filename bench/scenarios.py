"""The scenarios: what each one requests, at which numbers of concurrent clients."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

PAGE = 50
# Clients for the headline numbers; S3, S8 and S9 also run at the others listed.
DEFAULT_CLIENTS = 16


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: str = ""

    @property
    def is_write(self) -> bool:
        return self.method not in {"GET", "HEAD"}

    def line(self) -> str:
        return f"{self.method}\t{self.path}\t{self.body}"


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    requests: list[Request]
    clients: tuple[int, ...] = (DEFAULT_CLIENTS,)
    expected: frozenset[int] = frozenset({200})
    authenticated: bool = True


@dataclass
class Fixture:
    """What the scenarios need to know about the generated data."""

    token: str
    anchor: datetime
    task_ids: list[uuid.UUID]
    history_task_ids: list[uuid.UUID]
    # (interview id, interviewer id or None)
    interviews: list[tuple[uuid.UUID, uuid.UUID | None]]
    deep_cursor: str
    heavy_tasks: int
    notes: list[str] = field(default_factory=list)


def _z(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def task_list(**params: str | int) -> str:
    return "/v1/tasks?" + urlencode({"limit": PAGE, **params})


def _create_task(fixture: Fixture, number: int) -> Request:
    interview_id, interviewer_id = fixture.interviews[number % len(fixture.interviews)]
    body: dict[str, str] = {
        "kind": "custom",
        "title": "Bench follow-up {n}",
        "interview_id": str(interview_id),
        # Far ahead: new tasks never enter the first page, the agenda or the deep page.
        "due_at": _z(fixture.anchor + timedelta(days=400 + number % 30)),
    }
    if interviewer_id is not None:
        body["interviewer_id"] = str(interviewer_id)
    return Request("POST", "/v1/tasks", json.dumps(body, separators=(",", ":")))


def _edit_task(fixture: Fixture, number: int) -> Request:
    task_id = fixture.history_task_ids[number % len(fixture.history_task_ids)]
    return Request("PATCH", f"/v1/tasks/{task_id}", '{"title":"Bench edit {n}"}')


def filtered_list(fixture: Fixture) -> str:
    return task_list(
        status="open",
        due_after=_z(fixture.anchor),
        due_before=_z(fixture.anchor + timedelta(days=90)),
    )


def build(fixture: Fixture, *, mix_clients: tuple[int, ...] = (4, 16, 64)) -> list[Scenario]:
    get_task = [Request("GET", f"/v1/tasks/{task_id}") for task_id in fixture.task_ids]
    first_page = Request("GET", task_list())
    deep_page = Request("GET", task_list(cursor=fixture.deep_cursor))
    filtered = Request("GET", filtered_list(fixture))
    agenda = Request("GET", "/v1/agenda")
    interviews = Request("GET", "/v1/interviews?" + urlencode({"limit": PAGE}))
    creates = [_create_task(fixture, number) for number in range(20)]
    return [
        Scenario("S0", "bare ASGI, constant response", [Request("GET", "/bench/s0")]),
        Scenario("S1", "FastAPI endpoint, constant dict", [Request("GET", "/bench/s1")]),
        Scenario("S2", "get a task by id", get_task),
        Scenario("S3", "task list, first page of 50", [first_page], clients=(4, 16, 64)),
        Scenario("S4", "task list from a cursor at 90 % depth", [deep_page]),
        Scenario("S5", "filtered list: open, due in the next 90 days", [filtered]),
        Scenario("S6", "agenda", [agenda]),
        Scenario("S7", "interview list, first page of 50", [interviews]),
        Scenario("S8", "create a task", creates, clients=(16, 64), expected=frozenset({201})),
        Scenario(
            "S9",
            "mix: 90 % reads, 10 % writes",
            _mix(fixture, get_task, first_page, filtered, agenda, interviews),
            clients=mix_clients,
            expected=frozenset({200, 201}),
        ),
    ]


def _mix(
    fixture: Fixture,
    get_task: list[Request],
    first_page: Request,
    filtered: Request,
    agenda: Request,
    interviews: Request,
) -> list[Request]:
    """1,000 requests: 900 reads across the read scenarios, 50 creates and 50 edits.

    Wrk sends the plan in order, so the (at most 64) requests in flight at once are
    neighbours in it: no two of them edit the same task.
    """
    reads = (
        get_task[:300] + [first_page] * 200 + [filtered] * 100 + [agenda] * 150 + [interviews] * 150
    )
    writes = [_create_task(fixture, n) for n in range(50)] + [
        _edit_task(fixture, n) for n in range(50)
    ]
    plan = reads + writes
    random.Random(9).shuffle(plan)
    return plan

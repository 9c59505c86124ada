"""Deterministic benchmark data, bulk-inserted through SQLAlchemy Core.

One heavy user owns 2,000 interviews, 100,000 follow-up tasks and 20,000 note drafts;
nine other users own 10,000 tasks each. Smaller sizes (1k, 10k tasks) scale every
count by the same factor. The same seed and anchor give the same rows, ids included.

What the agenda shows is held constant at every size: each user has the same number of
open tasks that are overdue, due today and due in the next days. A larger size adds
history (done and skipped tasks) and open tasks further ahead, which is how a real
account grows; comparing 1k with 100k then measures what the extra rows cost, not a
bigger response.

The schema must already exist, built by `afterword db upgrade`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import MetaData, Table, insert, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from api.auth.models import User
from api.contacts.models import Contact
from api.db import Base
from api.interviews.models import Interview, Interviewer
from api.playbook.guidance import GUIDANCE, TaskKind, task_title
from api.tasks.models import FollowUpTask

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
DEFAULT_SEED = 20261125
HEAVY_EMAIL = "heavy@bench.example"
HEAVY_TIMEZONE = "Europe/Berlin"
CHUNK = 5_000

# Open tasks the agenda shows, the same at every size (per user: heavy, others).
AGENDA_OVERDUE = (60, 5)
AGENDA_TODAY = (8, 1)
AGENDA_UPCOMING = (60, 5)
AGENDA_SNOOZED = (10, 1)
# Share of a user's tasks that are open beyond the agenda's horizon.
FUTURE_SHARE = 0.2
HISTORY_DAYS = 730

COMPANIES = [
    "Acme Robotics", "Globex", "Initech", "Umbrella Health", "Stark Logistics", "Wayne Energy",
    "Hooli", "Pied Piper", "Vandelay Imports", "Soylent Foods", "Tyrell Systems", "Cyberdyne",
    "Wonka Industries", "Oscorp", "Massive Dynamic", "Aperture Labs", "Black Mesa", "Duff",
    "Gringotts", "Monsters Inc", "Dunder Mifflin", "Prestige Worldwide", "Nakatomi", "Virtucon",
    "Bluth Company", "Sterling Cooper", "Rich Industries", "Krusty Krab", "Planet Express",
    "Blue Sun", "Weyland Yutani", "Octan", "Ollivanders", "Spacely Sprockets", "Cogswell Cogs",
    "Buy n Large", "Veridian Dynamics", "Gekko and Co", "Primatech", "Los Pollos Hermanos",
]  # fmt: skip
POSITIONS = [
    "Platform Engineer", "Backend Engineer", "Staff Engineer", "Data Engineer", "SRE",
    "Engineering Manager", "Product Engineer", "Security Engineer", "ML Engineer",
    "Frontend Engineer", "Solutions Architect", "Developer Advocate",
]  # fmt: skip
STAGES = ["Recruiter screen", "Technical phone screen", "Onsite", "Final round", "Team match"]
FIRST_NAMES = [
    "Dana", "Sam", "Alex", "Priya", "Jordan", "Mina", "Luis", "Chen", "Fatima", "Noah", "Ines",
    "Kofi", "Sofia", "Ravi", "Hana", "Omar", "Lena", "Tomas", "Aiko", "Grace",
]  # fmt: skip
LAST_NAMES = [
    "Lee", "Okafor", "Garcia", "Novak", "Schmidt", "Tanaka", "Haddad", "Silva", "Kowalski",
    "Nguyen", "Brown", "Rossi", "Ivanova", "Patel", "Larsen", "Moreau",
]  # fmt: skip
TITLES = ["Engineering Manager", "Staff Engineer", "Recruiter", "Director", "Tech Lead", "CTO"]
POINTS = [
    "the migration to Kubernetes", "on-call and incident reviews", "the data platform roadmap",
    "team rituals", "the hiring plan for next year", "API design reviews", "observability",
    "mentoring junior engineers", "the move to event sourcing", "cost of the cloud bill",
]  # fmt: skip
TIMEZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Asia/Tokyo", "UTC"]

_KIND_WEIGHTS: list[tuple[TaskKind, int]] = [
    (TaskKind.THANK_YOU, 30),
    (TaskKind.LINKEDIN_CONNECT, 15),
    (TaskKind.PERIODIC_UPDATE, 15),
    (TaskKind.NEXT_STEPS_FOLLOW_UP, 10),
    (TaskKind.KEEP_IN_TOUCH, 8),
    (TaskKind.REJECTION_THANK_YOU, 5),
    (TaskKind.FEEDBACK_REQUEST, 5),
    (TaskKind.REFLECTION, 5),
    (TaskKind.SHARE_RESOURCE, 3),
    (TaskKind.NETWORKING_EVENT, 2),
    (TaskKind.CUSTOM, 2),
]
_KINDS = [kind for kind, _ in _KIND_WEIGHTS]
_KIND_CUMULATIVE = [sum(w for _, w in _KIND_WEIGHTS[: i + 1]) for i in range(len(_KIND_WEIGHTS))]
# Kinds that are not addressed to one person.
_IMPERSONAL = frozenset({TaskKind.NEXT_STEPS_FOLLOW_UP, TaskKind.REFLECTION})


@dataclass(frozen=True)
class Shape:
    """How many rows of each kind: the heavy user's, then each other user's."""

    tasks: int
    interviews: int
    drafts: int
    other_users: int
    other_tasks: int
    other_interviews: int

    @property
    def total_tasks(self) -> int:
        return self.tasks + self.other_users * self.other_tasks


def shape_for(tasks: int) -> Shape:
    scale = tasks / 100_000
    return Shape(
        tasks=tasks,
        interviews=max(20, round(2_000 * scale)),
        drafts=round(20_000 * scale),
        other_users=9,
        other_tasks=max(200, round(10_000 * scale)),
        other_interviews=max(5, round(200 * scale)),
    )


@dataclass
class UserData:
    user_id: uuid.UUID
    email: str
    interview_ids: list[uuid.UUID] = field(default_factory=list)
    # interview id -> [(interviewer id, contact id)]
    people: dict[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]] = field(default_factory=dict)
    task_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass
class Generated:
    shape: Shape
    anchor: datetime
    heavy: UserData
    counts: dict[str, int]
    drafts_note: str


class _Ids:
    """Deterministic version-4 UUIDs from the seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


async def generate(
    engine: AsyncEngine,
    shape: Shape,
    *,
    password_hash: str,
    seed: int = DEFAULT_SEED,
    anchor: datetime | None = None,
) -> Generated:
    """Insert every user's rows; return what the driver needs to address them."""
    anchor = (anchor or datetime.now(UTC)).replace(microsecond=0)
    rng = random.Random(seed)
    builder = _Builder(rng, anchor, password_hash)
    heavy = builder.user(HEAVY_EMAIL, HEAVY_TIMEZONE, "Heavy User")
    builder.interviews(heavy, shape.interviews)
    builder.tasks(heavy, shape.tasks, agenda_index=0, timezone=HEAVY_TIMEZONE)
    for number in range(1, shape.other_users + 1):
        other = builder.user(f"user{number}@bench.example", other_timezone(number))
        builder.interviews(other, shape.other_interviews)
        builder.tasks(other, shape.other_tasks, agenda_index=1, timezone=other_timezone(number))
    async with engine.begin() as connection:
        for table, rows in builder.tables():
            await _insert(connection, table, rows)
        drafts_note = await _drafts(connection, builder, heavy, shape.drafts)
    counts = {table.name: len(rows) for table, rows in builder.tables()}
    return Generated(
        shape=shape, anchor=anchor, heavy=heavy, counts=counts, drafts_note=drafts_note
    )


def other_timezone(number: int) -> str:
    return TIMEZONES[number % len(TIMEZONES)]


async def _insert(
    connection: AsyncConnection, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    for start in range(0, len(rows), CHUNK):
        await connection.execute(insert(table), list(rows[start : start + CHUNK]))


class _Builder:
    def __init__(self, rng: random.Random, anchor: datetime, password_hash: str) -> None:
        self.rng = rng
        self.new_id = _Ids(rng)
        self.anchor = anchor
        self.password_hash = password_hash
        self.users: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.interview_rows: list[dict[str, Any]] = []
        self.interviewer_rows: list[dict[str, Any]] = []
        self.task_rows: list[dict[str, Any]] = []
        # contact id -> (name, email); interview id -> (company, position)
        self.person: dict[uuid.UUID, tuple[str, str]] = {}
        self.interview_facts: dict[uuid.UUID, tuple[str, str]] = {}

    def tables(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [
            (_table(User), self.users),
            (_table(Contact), self.contacts),
            (_table(Interview), self.interview_rows),
            (_table(Interviewer), self.interviewer_rows),
            (_table(FollowUpTask), self.task_rows),
        ]

    def moment(self, low: timedelta, high: timedelta) -> datetime:
        seconds = self.rng.uniform(low.total_seconds(), high.total_seconds())
        return (self.anchor + timedelta(seconds=seconds)).replace(microsecond=0)

    def user(self, email: str, timezone: str, name: str | None = None) -> UserData:
        user_id = self.new_id()
        created = self.anchor - timedelta(days=HISTORY_DAYS + 30)
        self.users.append(
            {
                "id": user_id,
                "email": email,
                "password_hash": self.password_hash,
                "name": name or email.split("@")[0].title(),
                "timezone": timezone,
                "working_days": [1, 2, 3, 4, 5],
                "playbook_settings": {},
                "version": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
        return UserData(user_id=user_id, email=email)

    def interviews(self, user: UserData, count: int) -> None:
        rng = self.rng
        roster: dict[tuple[str, int], uuid.UUID] = {}
        for _ in range(count):
            interview_id = self.new_id()
            company = rng.choice(COMPANIES)
            position = rng.choice(POSITIONS)
            scheduled = self.moment(timedelta(days=-HISTORY_DAYS), timedelta(days=14))
            past = scheduled < self.anchor
            status = ("cancelled" if rng.random() < 0.03 else "completed") if past else "scheduled"
            outcome = "pending"
            decided: datetime | None = None
            if status == "completed":
                outcome = rng.choices(
                    ["pending", "rejected", "advanced", "offer", "withdrawn"], [40, 30, 15, 5, 10]
                )[0]
                if outcome != "pending":
                    decided = scheduled + timedelta(days=rng.randint(2, 20))
            expected: date | None = None
            if rng.random() < 0.6:
                expected = (scheduled + timedelta(days=rng.randint(3, 14))).date()
            created = scheduled - timedelta(days=rng.randint(1, 14), minutes=rng.randint(0, 600))
            partner = rng.random() < 0.2
            self.interview_rows.append(
                {
                    "id": interview_id,
                    "user_id": user.user_id,
                    "company": company,
                    "position": position,
                    "stage": rng.choice(STAGES),
                    "scheduled_at": scheduled,
                    "timezone": rng.choice(TIMEZONES),
                    "duration_minutes": rng.choice([30, 45, 60, 90]),
                    "format": rng.choice(["phone", "video", "onsite"]),
                    "location": "https://meet.example.com/" + interview_id.hex[:10],
                    "notes": "Prepared a story about the last migration." if partner else None,
                    "status": status,
                    "outcome": outcome,
                    "outcome_decided_at": decided,
                    "discussion_points": _points(rng.sample(POINTS, 2)),
                    "next_steps_description": "A decision within two weeks" if expected else None,
                    "next_steps_expected_by": expected,
                    "source": "jobboard" if partner else None,
                    "external_id": interview_id.hex if partner else None,
                    "version": 1,
                    "created_at": created,
                    "updated_at": decided or created,
                }
            )
            self.interview_facts[interview_id] = (company, position)
            user.interview_ids.append(interview_id)
            people: list[tuple[uuid.UUID, uuid.UUID]] = []
            slots = rng.sample(range(6), rng.choices([1, 2, 3], [50, 35, 15])[0])
            for order, slot in enumerate(slots):
                contact_id = roster.get((company, slot))
                if contact_id is None:
                    contact_id = self.contact(user, company, slot, scheduled)
                    roster[(company, slot)] = contact_id
                name, email = self.person[contact_id]
                interviewer_id = self.new_id()
                self.interviewer_rows.append(
                    {
                        "id": interviewer_id,
                        "interview_id": interview_id,
                        "user_id": user.user_id,
                        "position": order,
                        "name": name,
                        "title": rng.choice(TITLES),
                        "email": email,
                        "linkedin_url": "https://www.linkedin.com/in/" + contact_id.hex[:12],
                        "is_hiring_manager": order == 0,
                        "discussion_points": _points(rng.sample(POINTS, 1)),
                        "contact_id": contact_id,
                    }
                )
                people.append((interviewer_id, contact_id))
            user.people[interview_id] = people

    def contact(self, user: UserData, company: str, slot: int, seen: datetime) -> uuid.UUID:
        rng = self.rng
        contact_id = self.new_id()
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        domain = company.lower().replace(" ", "") + ".example"
        email = f"{first}.{last}.{slot}@{domain}".lower()
        name = f"{first} {last}"
        self.person[contact_id] = (name, email)
        self.contacts.append(
            {
                "id": contact_id,
                "user_id": user.user_id,
                "name": name,
                "email": email,
                "title": rng.choice(TITLES),
                "company": company,
                "linkedin_url": "https://www.linkedin.com/in/" + contact_id.hex[:12],
                "notes": None,
                "last_contacted_at": seen + timedelta(days=1),
                "keep_in_touch_interval_days": None,
                "version": 1,
                "created_at": seen - timedelta(days=7),
                "updated_at": seen,
            }
        )
        return contact_id

    def tasks(self, user: UserData, count: int, *, agenda_index: int, timezone: str) -> None:
        """Overdue, today, upcoming and snoozed (constant), open later, then history."""
        zone = ZoneInfo(timezone)
        today = self.anchor.astimezone(zone).date()
        end_of_today = datetime.combine(today + timedelta(days=1), time(), zone).astimezone(UTC)
        until_tonight = max(end_of_today - self.anchor, timedelta(minutes=10))
        near = [
            # (how many, earliest, latest, snoozed)
            (AGENDA_OVERDUE[agenda_index], timedelta(days=-30), timedelta(days=-2), False),
            (AGENDA_TODAY[agenda_index], timedelta(minutes=5), until_tonight, False),
            (
                AGENDA_UPCOMING[agenda_index],
                end_of_today - self.anchor,
                end_of_today - self.anchor + timedelta(days=6),
                False,
            ),
            (AGENDA_SNOOZED[agenda_index], timedelta(days=1), timedelta(days=6), True),
        ]
        near_total = sum(n for n, *_ in near)
        future = round(count * FUTURE_SHARE)
        history = max(count - near_total - future, 0)
        for how_many, low, high, snoozed in near:
            for _ in range(how_many):
                self.task(user, self.moment(low, high), "open", snoozed=snoozed)
        for _ in range(future):
            self.task(user, self.moment(timedelta(days=10), timedelta(days=180)), "open")
        for _ in range(history):
            status = "done" if self.rng.random() < 0.85 else "skipped"
            self.task(user, self.moment(timedelta(days=-HISTORY_DAYS), timedelta(days=-1)), status)

    def task(self, user: UserData, due: datetime, status: str, *, snoozed: bool = False) -> None:
        rng = self.rng
        position = rng.randrange(_KIND_CUMULATIVE[-1])
        kind = next(k for k, c in zip(_KINDS, _KIND_CUMULATIVE, strict=True) if position < c)
        interview_id = rng.choice(user.interview_ids)
        company, _ = self.interview_facts[interview_id]
        interviewer_id = contact_id = None
        person = None
        if kind not in _IMPERSONAL and user.people[interview_id]:
            interviewer_id, contact_id = rng.choice(user.people[interview_id])
            person = self.person[contact_id][0]
        task_id = self.new_id()
        deadline = due + timedelta(hours=24) if kind is TaskKind.THANK_YOU else None
        closed = due + timedelta(hours=rng.randint(1, 72)) if status != "open" else None
        created = due - timedelta(days=rng.randint(1, 30))
        self.task_rows.append(
            {
                "id": task_id,
                "user_id": user.user_id,
                "interview_id": interview_id,
                "interviewer_id": interviewer_id,
                "contact_id": contact_id,
                "kind": str(kind),
                "title": task_title(kind, company=company, person=person),
                "guidance": GUIDANCE[kind],
                # Unique per interview, as the playbook's rule keys are.
                "rule_key": None if kind is TaskKind.CUSTOM else f"{kind}:{task_id.hex[:12]}",
                "status": status,
                "due_at": due,
                "deadline_at": deadline,
                "snoozed_until": self.anchor + timedelta(days=14) if snoozed else None,
                "completed_at": closed if status == "done" else None,
                "closed_at": closed,
                "skip_reason": "The outcome was decided." if status == "skipped" else None,
                "user_modified_at": None,
                "draft_id": None,
                "version": 1,
                "created_at": created,
                "updated_at": closed or created,
            }
        )
        user.task_ids.append(task_id)


def _points(texts: list[str]) -> list[dict[str, str | None]]:
    """Discussion points as the API stores them."""
    return [{"text": text, "topic": None, "my_angle": None} for text in texts]


def _table(model: type[Any]) -> Table:
    table: Table = model.__table__
    return table


# Drafts: generated only where the schema has a drafts table.

DRAFT_TABLES = ("note_draft", "draft", "drafts")


async def _drafts(
    connection: AsyncConnection, builder: _Builder, user: UserData, count: int
) -> str:
    name = await connection.run_sync(_draft_table_name)
    if name is None:
        return "no drafts table in this schema: drafts were not generated"
    if count == 0:
        return f"0 drafts at this size ({name})"
    import api.models  # noqa: F401 (every mapped table, drafts included once they exist)

    mapped = Base.metadata.tables.get(name)
    table = mapped if mapped is not None else await connection.run_sync(_reflect(name))
    rows = [_draft_row(table, builder, user, number) for number in range(count)]
    if mapped is None and connection.dialect.name == "sqlite":
        # A reflected table has no Uuid type to convert ids the way the models do.
        rows = [
            {k: v.hex if isinstance(v, uuid.UUID) else v for k, v in row.items()} for row in rows
        ]
    await _insert(connection, table, rows)
    return f"{count} drafts in {name}"


def _reflect(name: str) -> Any:
    def reflect(connection: Connection) -> Table:
        return Table(name, MetaData(), autoload_with=connection)

    return reflect


def _draft_table_name(connection: Connection) -> str | None:
    present = set(inspect(connection).get_table_names())
    return next((name for name in DRAFT_TABLES if name in present), None)


def _draft_row(table: Table, builder: _Builder, user: UserData, number: int) -> dict[str, Any]:
    """A plausible value for every column, by name first and by type otherwise."""
    rng = builder.rng
    interview_id = rng.choice(user.interview_ids)
    interviewer_id, contact_id = (
        rng.choice(user.people[interview_id]) if user.people[interview_id] else (None, None)
    )
    written = builder.moment(timedelta(days=-HISTORY_DAYS), timedelta(days=0))
    status = rng.choice(["draft", "sent", "discarded"])
    to_name, to_email = builder.person[contact_id] if contact_id else (None, None)
    known: dict[str, Any] = {
        "user_id": user.user_id,
        "interview_id": interview_id,
        "interviewer_id": interviewer_id,
        "contact_id": contact_id,
        "kind": "thank_you",
        "channel": "email",
        "status": status,
        "to_name": to_name,
        "to_email": to_email,
        "subject": f"Thank you, interview {number}",
        "body": "Dear Dana, thank you for the conversation about the platform roadmap. " * 3,
        "checks": [],
        "version": 1,
        "task_id": None,
        "sent_at": written + timedelta(hours=2) if status == "sent" else None,
        "created_at": written,
        "updated_at": written,
    }
    row: dict[str, Any] = {}
    for column in table.columns:
        if column.name in known:
            row[column.name] = known[column.name]
        elif column.primary_key:
            row[column.name] = builder.new_id()
        elif column.nullable:
            row[column.name] = None
        else:
            python_type = _python_type(column)
            row[column.name] = {
                str: "bench",
                int: 0,
                bool: False,
                datetime: written,
                list: [],
                dict: {},
            }.get(python_type)
    return row


def _python_type(column: Any) -> type:
    try:
        python_type: type = column.type.python_type
    except NotImplementedError:
        return type(None)
    return python_type

"""Properties of re-planning, through the service layer on the real database.

For any interview and any sequence of changes to it (edits of its facts, interviewers
added and removed, tasks closed, reopened, re-dated or retitled by hand):

- re-planning once more writes nothing at all (same rows, same versions);
- a task the user changed by hand stays exactly as the user left it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth import service as auth
from api.auth.models import User
from api.config import Settings
from api.interviews import service as interviews
from api.interviews.schemas import InterviewCreate, InterviewUpdate
from api.main import create_app
from api.models import metadata
from api.playbook import reconcile
from api.tasks import service as tasks
from api.tasks.models import FollowUpTask
from api.tasks.schemas import TaskUpdate

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC")
OUTCOMES = ("pending", "advanced", "offer", "rejected", "withdrawn")
STATUSES = ("scheduled", "completed", "cancelled")
HAND_EDITS = ("done", "skipped", "open", "redate", "title")

moments = st.datetimes(
    # Hypothesis takes naive bounds and attaches the time zone itself.
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001
    max_value=datetime(2031, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
).map(lambda moment: moment.replace(second=0, microsecond=0))
people = st.lists(
    st.tuples(st.booleans(), st.booleans(), st.booleans()),  # email, LinkedIn, hiring manager
    max_size=3,
)
fact_edits = st.one_of(
    moments.map(lambda moment: {"scheduled_at": moment}),
    st.sampled_from(ZONES).map(lambda zone: {"timezone": zone}),
    st.one_of(st.none(), st.integers(1, 600)).map(lambda m: {"duration_minutes": m}),
    st.sampled_from(OUTCOMES).map(lambda outcome: {"outcome": outcome}),
    st.sampled_from(STATUSES).map(lambda status: {"status": status}),
    st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2031, 12, 31))).map(
        lambda day: {"next_steps": {"expected_by": day}}
    ),
    st.sampled_from(("Acme", "Globex")).map(lambda company: {"company": company}),
)
hand_edits = st.tuples(st.integers(0, 40), st.sampled_from(HAND_EDITS))
steps = st.lists(
    st.one_of(
        fact_edits.map(lambda edit: ("facts", edit)),
        st.tuples(st.lists(st.booleans(), max_size=3), people).map(lambda p: ("people", p)),
        # Twice: hand edits are what later steps must leave alone.
        hand_edits.map(lambda h: ("hand", h)),
        hand_edits.map(lambda h: ("hand", h)),
    ),
    min_size=2,
    max_size=10,
)


def test_replanning_is_idempotent_and_leaves_hand_edited_tasks_alone(
    settings: Settings,
) -> None:
    with asyncio.Runner() as runner:
        app = create_app(settings)
        stack = AsyncExitStack()
        runner.run(stack.enter_async_context(app.router.lifespan_context(app)))
        try:
            user_id = runner.run(_new_user(app.state.db))

            @given(start=moments, zone=st.sampled_from(ZONES), team=people, changes=steps)
            @settings_for_database
            def check(
                start: datetime, zone: str, team: list[Any], changes: list[tuple[str, Any]]
            ) -> None:
                runner.run(_scenario(app.state.db, user_id, start, zone, team, changes))

            check()
        finally:
            runner.run(_empty(app.state.db))
            runner.run(stack.aclose())


settings_for_database = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


async def _scenario(
    db: Any,
    user_id: uuid.UUID,
    start: datetime,
    zone: str,
    team: list[Any],
    changes: list[tuple[str, Any]],
) -> None:
    tag = uuid.uuid4().hex[:8]
    async with _transaction(db) as session:
        user = await _user(session, user_id)
        created = await interviews.create_interview(
            session,
            user,
            InterviewCreate.model_validate(
                {
                    "company": "Acme",
                    "position": "Engineer",
                    "scheduled_at": start,
                    "timezone": zone,
                    "interviewers": [_person(tag, n, *flags) for n, flags in enumerate(team)],
                }
            ),
        )
        interview_id = created.id
    await _check_replanning_changes_nothing(db, user_id, interview_id)

    by_hand: dict[uuid.UUID, dict[str, Any]] = {}
    for number, (kind, change) in enumerate(changes):
        edited = None
        if kind == "hand":
            edited = await _edit_by_hand(db, user_id, interview_id, *change)
        else:
            async with _transaction(db) as session:
                interview = await interviews.get_interview(session, user_id, interview_id)
                patch = change if kind == "facts" else _people_patch(interview, tag, number, change)
                await interviews.update_interview(
                    session, interview, InterviewUpdate.model_validate(patch)
                )
        after = await _check_replanning_changes_nothing(db, user_id, interview_id)
        for task_id, left in by_hand.items():
            if task_id != edited:
                assert _as_left_by_user(after[task_id]) == left, (kind, change)
        if edited is not None:
            by_hand[edited] = _as_left_by_user(after[edited])


async def _check_replanning_changes_nothing(
    db: Any, user_id: uuid.UUID, interview_id: uuid.UUID
) -> dict[uuid.UUID, dict[str, Any]]:
    before = await _snapshot(db, interview_id)
    keys = [row["rule_key"] for row in before.values() if row["rule_key"] is not None]
    assert len(keys) == len(set(keys))
    async with _transaction(db) as session:
        interview = await interviews.get_interview(session, user_id, interview_id)
        await reconcile.reconcile_interview(session, interview)
        await reconcile.reconcile_interview(session, interview)
    assert await _snapshot(db, interview_id) == before
    return before


async def _edit_by_hand(
    db: Any, user_id: uuid.UUID, interview_id: uuid.UUID, pick: int, edit: str
) -> uuid.UUID | None:
    async with _transaction(db) as session:
        user = await _user(session, user_id)
        found = list(
            (
                await session.execute(
                    select(FollowUpTask.id)
                    .where(FollowUpTask.interview_id == interview_id)
                    .order_by(FollowUpTask.rule_key, FollowUpTask.id)
                )
            ).scalars()
        )
        if not found:
            return None
        view = await tasks.get_task(session, user_id, found[pick % len(found)])
        patch: dict[str, Any] = {
            "done": {"status": "done"},
            "skipped": {"status": "skipped"},
            "open": {"status": "open"},
            "redate": {"due_at": view.task.due_at + timedelta(hours=pick + 1)},
            "title": {"title": f"My own title {pick}"},
        }[edit]
        await tasks.update_task(session, user, view, TaskUpdate.model_validate(patch))
        return view.task.id if view.task.user_modified_at is not None else None


def _people_patch(interview: Any, tag: str, number: int, change: Any) -> dict[str, Any]:
    keep, added = change
    kept = [
        {"id": str(person.id), "linkedin_url": None if keeps_url else _url(person.name)}
        for person, keeps_url in zip(interview.interviewers, keep, strict=False)
    ]
    new = [_person(tag, 100 * number + n, *flags) for n, flags in enumerate(added)]
    return {"interviewers": kept + new}


def _person(tag: str, n: int, email: bool, linkedin: bool, manager: bool) -> dict[str, Any]:
    name = f"Person {n}"
    return {
        "name": name,
        "email": f"p{n}-{tag}@example.com" if email else None,
        "linkedin_url": _url(name) if linkedin else None,
        "is_hiring_manager": manager,
    }


def _url(name: str) -> str:
    return "https://www.linkedin.com/in/" + name.lower().replace(" ", "-")


def _as_left_by_user(row: dict[str, Any]) -> dict[str, Any]:
    # Only the interviewer link may go: the database clears it when the interviewer is
    # removed from the interview.
    return {field: value for field, value in row.items() if field != "interviewer_id"}


async def _snapshot(db: Any, interview_id: uuid.UUID) -> dict[uuid.UUID, dict[str, Any]]:
    async with db.sessionmaker() as session:
        rows = await session.execute(
            select(FollowUpTask.__table__).where(FollowUpTask.interview_id == interview_id)
        )
        return {row.id: dict(row._mapping) for row in rows}


async def _user(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    assert user is not None
    return user


async def _new_user(db: Any) -> uuid.UUID:
    async with _transaction(db) as session:
        user = await auth.create_user(
            session, email=f"{uuid.uuid4().hex}@example.com", password="correct horse battery"
        )
        return user.id


@asynccontextmanager
async def _transaction(db: Any) -> AsyncIterator[AsyncSession]:
    """One unit of work, like one request: committed at the end, rolled back on error."""
    async with db.write_sessionmaker() as session:
        yield session
        await session.commit()


async def _empty(db: Any) -> None:
    async with db.engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            await connection.execute(delete(table))

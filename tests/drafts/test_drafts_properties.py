"""Any draft the API generates for a realistic interview greets its recipient by name,
leaves no placeholder behind and fits its channel's length: through HTTP, on the real
database (few examples: the pure composer is explored far more in test_compose.py)."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.config import Settings
from api.drafts.facts import Channel, DraftKind
from api.main import create_app
from tests.conftest import _empty_tables
from tests.drafts.test_compose import COMPANIES, NEXT_STEPS, POSITIONS, ZONES, names, points
from tests.support import Client, new_client, sign_up

interviewers = st.lists(
    st.fixed_dictionaries(
        {
            "name": names,
            "title": st.sampled_from(["Engineering Manager", "Recruiter", "Staff Engineer"]),
            "is_hiring_manager": st.booleans(),
            "discussion_points": st.lists(points, max_size=3),
        }
    ),
    min_size=1,
    max_size=3,
)
interviews = st.fixed_dictionaries(
    {
        "company": st.sampled_from(COMPANIES),
        "position": st.sampled_from(POSITIONS),
        "scheduled_at": st.integers(min_value=-30 * 24, max_value=30 * 24).map(
            lambda hours: (
                (datetime(2026, 6, 1, 9, 0, tzinfo=UTC) + timedelta(hours=hours))
                .isoformat()
                .replace("+00:00", "Z")
            )
        ),
        "timezone": st.sampled_from(ZONES),
        "outcome": st.sampled_from(["pending", "advanced", "rejected", "withdrawn"]),
        "discussion_points": st.lists(points, max_size=3),
        "interviewers": interviewers,
        "next_steps": st.none()
        | st.fixed_dictionaries(
            {
                "description": st.none() | st.sampled_from(NEXT_STEPS),
                "expected_by": st.none() | st.sampled_from(["2026-06-05", "2026-07-01"]),
            }
        ),
    }
)


def test_create_draft_for_any_realistic_interview_is_addressed_complete_and_sized(
    settings: Settings,
) -> None:
    with asyncio.Runner() as runner:
        app = create_app(settings)
        stack = AsyncExitStack()
        runner.run(stack.enter_async_context(app.router.lifespan_context(app)))
        client: Client = runner.run(stack.enter_async_context(new_client(app)))
        runner.run(sign_up(client, name="Sam Rivera"))
        try:

            @given(
                interview=interviews,
                kind=st.sampled_from(DraftKind),
                channel=st.sampled_from(Channel),
                recipient=st.integers(min_value=0, max_value=2),
            )
            @settings_for_http
            def check(
                interview: dict[str, Any], kind: DraftKind, channel: Channel, recipient: int
            ) -> None:
                draft = runner.run(_draft(client, interview, kind, channel, recipient))
                results = {c["id"]: (c["passed"], c["message"]) for c in draft["checks"]}
                for check_id in ("addresses_by_name", "length"):
                    assert results[check_id][0], (check_id, results[check_id], draft["body"])
                # Only the marked slot for an accomplishment or resource is left to fill.
                slotted = kind in (DraftKind.PERIODIC_UPDATE, DraftKind.SHARE_RESOURCE)
                assert results["no_placeholders"][0] != slotted, (results, draft["body"])

            check()
        finally:
            runner.run(_empty_tables(app))
            runner.run(stack.aclose())


settings_for_http = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


async def _draft(
    client: Client, interview: dict[str, Any], kind: DraftKind, channel: Channel, recipient: int
) -> dict[str, Any]:
    created = await client.post("/v1/interviews", json=interview)
    assert created.status_code == 201, created.text
    people = created.json()["interviewers"]
    response = await client.post(
        "/v1/drafts",
        json={
            "interview_id": created.json()["id"],
            "interviewer_id": people[recipient % len(people)]["id"],
            "kind": kind,
            "channel": channel,
        },
    )
    assert response.status_code == 201, response.text
    draft: dict[str, Any] = response.json()
    return draft

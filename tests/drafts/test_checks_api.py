"""What the checks read from the database: the interview's other interviewers, and the
notes already written to the same person."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI
from sqlalchemy import update

from api.drafts.models import NoteDraft
from tests.drafts.helpers import DANA, check_of, create_draft, patch_draft
from tests.support import Client, create_interview, sign_up

SAM_RIVERA = {"name": "Sam Rivera", "email": "sam.rivera@acme.example", "discussion_points": []}
SAM_PARK = {"name": "Sam Park", "email": "sam.park@acme.example", "discussion_points": []}

REPEATED = "Our conversation about the migration to Kubernetes has stayed with me all week."


def _note(*sentences: str) -> str:
    return "Dear Dana,\n\n" + " ".join(sentences) + "\n\nBest regards,\nAna"


async def _draft_to_dana(client: Client, interview: dict[str, Any], kind: str) -> dict[str, Any]:
    return await create_draft(
        client,
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][0]["id"],
        kind=kind,
        channel="email",
    )


async def test_update_draft_greeting_the_other_sam_fails_addresses_by_name(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[SAM_RIVERA, SAM_PARK])
    draft = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][0]["id"],
        kind="thank_you",
        channel="email",
    )

    edited = await patch_draft(anon, draft["id"], body="Dear Sam Park,\n\nThank you.\n\nAna")

    assert check_of(edited, "addresses_by_name") == {
        "id": "addresses_by_name",
        "passed": False,
        "applies": True,
        "severity": "error",
        "message": "The greeting names Sam Park, but this note is for Sam Rivera. Greet Sam "
        'instead, for example "Dear Sam,"',
    }


async def test_update_draft_repeating_a_note_to_the_same_contact_warns(anon: Client) -> None:
    await sign_up(anon)
    first_interview = await create_interview(anon, interviewers=[DANA])
    second_interview = await create_interview(
        anon, interviewers=[DANA], company="Acme Robotics", stage="Final round"
    )
    earlier = await _draft_to_dana(anon, first_interview, "thank_you")
    await patch_draft(anon, earlier["id"], body=_note(REPEATED, "Thank you for your time."))
    draft = await _draft_to_dana(anon, second_interview, "next_steps_follow_up")

    repeated = await patch_draft(
        anon, draft["id"], body=_note(REPEATED, "I look forward to the next steps.")
    )
    await patch_draft(anon, earlier["id"], status="discarded")
    after_discarding = await patch_draft(
        anon, draft["id"], body=_note(REPEATED, "I look forward to hearing from you.")
    )

    assert check_of(repeated, "repeats_earlier_note") == {
        "id": "repeats_earlier_note",
        "passed": False,
        "applies": True,
        "severity": "warning",
        "message": f'You already wrote "{REPEATED}" to Dana in an earlier note. Say it '
        "differently, or say something new.",
    }
    # A discarded note was never sent: repeating it is fine.
    assert check_of(after_discarding, "repeats_earlier_note")["applies"] is False


async def test_create_draft_first_note_to_a_person_has_nothing_to_repeat(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])

    draft = await _draft_to_dana(anon, interview, "thank_you")

    assert check_of(draft, "repeats_earlier_note") == {
        "id": "repeats_earlier_note",
        "passed": True,
        "applies": False,
        "severity": "info",
        "message": "Nothing else has been written to this person yet.",
    }


async def test_get_draft_checks_stored_before_applies_existed_say_whether_they_apply(
    anon: Client, app: FastAPI
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    draft = await _draft_to_dana(anon, interview, "thank_you")
    stored = [
        {"id": "length", "passed": True, "severity": "info", "message": "80 words."},
        {
            "id": "distinct",
            "passed": True,
            "severity": "info",
            "message": "No other notes for this interview to compare with.",
        },
    ]
    async with app.state.db.write_sessionmaker.begin() as session:
        await session.execute(
            update(NoteDraft).where(NoteDraft.id == uuid.UUID(draft["id"])).values(checks=stored)
        )

    read = (await anon.get(f"/v1/drafts/{draft['id']}")).json()

    assert [(c["id"], c["applies"]) for c in read["checks"]] == [
        ("length", True),
        ("distinct", False),
    ]

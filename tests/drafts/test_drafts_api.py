"""Note drafts through HTTP: generated from an interview or a task, edited with their
checks recomputed, sent (completing the task), listed, exported and kept private."""

from __future__ import annotations

import email
import email.policy
import uuid
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from api.db import utcnow
from api.drafts.export import to_mailto
from api.drafts.facts import (
    ACCOMPLISHMENT_SLOT,
    RESOURCE_SLOT,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
)
from api.drafts.writer import compose
from api.webhooks.models import WebhookEvent
from tests.drafts.helpers import (
    DANA,
    OMAR,
    USER_NOTE,
    check_of,
    create_draft,
    failed_checks,
    patch_draft,
)
from tests.support import (
    Client,
    StatementCounter,
    create_interview,
    new_client,
    sign_up,
)
from tests.tasks.helpers import all_tasks


def _rfc3339(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def just_ended(hours: int = 2) -> str:
    """An interview that started `hours` ago (and lasted an hour): a thank-you is due."""
    return _rfc3339((utcnow() - timedelta(hours=hours)).replace(second=0, microsecond=0))


async def _interview(client: Client, **overrides: Any) -> dict[str, Any]:
    overrides.setdefault("scheduled_at", just_ended())
    return await create_interview(client, **overrides)


async def _thank_you_task(client: Client, interview_id: str, interviewer_id: str) -> dict[str, Any]:
    tasks = await all_tasks(client, interview_id=interview_id, kind="thank_you")
    return next(task for task in tasks if task["interviewer_id"] == interviewer_id)


BERLIN = ZoneInfo("Europe/Berlin")


# Generation


async def test_create_draft_thank_you_is_written_from_the_interview_facts(anon: Client) -> None:
    await sign_up(anon, name="Ana Diaz")
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    dana = interview["interviewers"][0]
    task = await _thank_you_task(anon, interview["id"], dana["id"])

    response = await anon.post(
        "/v1/drafts",
        json={
            "interview_id": interview["id"],
            "interviewer_id": dana["id"],
            "kind": "thank_you",
            "channel": "email",
        },
    )

    assert response.status_code == 201, response.text
    draft = response.json()
    assert response.headers["Location"] == f"/v1/drafts/{draft['id']}"
    assert response.headers["ETag"]
    scheduled = datetime.fromisoformat(interview["scheduled_at"])
    expected = compose(
        DraftFacts(
            kind=DraftKind.THANK_YOU,
            channel=Channel.EMAIL,
            company="Acme Robotics",
            position="Platform Engineer",
            stage="Onsite",
            sender_name="Ana Diaz",
            interview_end=scheduled + timedelta(minutes=60),
            timezone="Europe/Berlin",
            interview_discussion_points=("team rituals",),
            recipient=Person(
                name="Dana Lee",
                title="Engineering Manager",
                email="dana@acme.example",
                linkedin_url="https://www.linkedin.com/in/danalee",
                is_hiring_manager=True,
                discussion_points=("the migration to Kubernetes",),
            ),
            recipient_index=0,
            next_steps_description="A decision by Friday",
            next_steps_expected_by=date(2054, 12, 4),
            # Written for the day its thank-you task falls due.
            send_on=datetime.fromisoformat(task["due_at"]).astimezone(BERLIN).date(),
        )
    )
    assert {**draft, "checks": None} == {
        "id": draft["id"],
        "kind": "thank_you",
        "channel": "email",
        "interview_id": interview["id"],
        "interviewer_id": dana["id"],
        "to": {"name": "Dana Lee", "email": "dana@acme.example"},
        "subject": expected.subject,
        "body": expected.body,
        "status": "draft",
        "sent_at": None,
        "task_id": task["id"],
        "accomplishment_id": None,
        "resource_id": None,
        "checks": None,
        "mailto": to_mailto("dana@acme.example", expected.subject, expected.body),
        "created_at": draft["created_at"],
        "updated_at": draft["updated_at"],
    }
    # Nothing to compare with yet, and a thank-you needs no accomplishment: not needed.
    assert [(c["id"], c["passed"], c["applies"], c["severity"]) for c in draft["checks"]] == [
        ("addresses_by_name", True, True, "info"),
        ("references_discussion", True, True, "info"),
        ("reiterates_interest", True, True, "info"),
        ("follows_up_next_steps", True, True, "info"),
        ("prompt", True, True, "info"),
        ("length", True, True, "info"),
        ("no_placeholders", True, True, "info"),
        ("no_filler", True, True, "info"),
        ("distinct", True, False, "info"),
        ("has_substance", True, False, "info"),
        ("repeats_earlier_note", True, False, "info"),
    ]
    body = draft["body"]
    assert body.startswith("Dear Dana,\n")
    assert body.endswith("\nAna Diaz")
    for fact in ("Kubernetes", "Platform Engineer", "Acme Robotics", "Friday"):
        assert fact in body
    # The task now points at its draft.
    task_now = (await anon.get(f"/v1/tasks/{task['id']}")).json()
    assert task_now["draft_id"] == draft["id"]


async def test_create_draft_for_two_interviewers_writes_two_different_notes(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR], discussion_points=[])
    dana, omar = interview["interviewers"]

    to_dana = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=dana["id"],
        kind="thank_you",
        channel="email",
    )
    to_omar = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=omar["id"],
        kind="thank_you",
        channel="email",
    )

    assert to_dana["body"].startswith("Dear Dana,")
    assert to_omar["body"].startswith("Dear Omar,")
    assert "billing ledger" in to_omar["body"]
    assert "billing ledger" not in to_dana["body"]
    assert to_omar["to"] == {"name": "Omar Haddad", "email": "omar@acme.example"}
    assert check_of(to_omar, "distinct") == {
        "id": "distinct",
        "passed": True,
        "applies": True,
        "severity": "info",
        "message": "Reads differently from the notes to the other interviewers.",
    }


async def test_create_draft_without_recipient_writes_to_the_hiring_manager(anon: Client) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[OMAR, DANA])

    draft = await create_draft(
        anon, interview_id=interview["id"], kind="periodic_update", channel="email"
    )

    assert draft["interviewer_id"] == interview["interviewers"][1]["id"]
    assert draft["to"] == {"name": "Dana Lee", "email": "dana@acme.example"}
    assert draft["body"].startswith("Hi Dana,")


async def test_create_draft_to_a_contact_who_was_an_interviewer_uses_the_interviewer(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    omar = interview["interviewers"][1]

    draft = await create_draft(
        anon,
        interview_id=interview["id"],
        contact_id=omar["contact_id"],
        kind="keep_in_touch",
        channel="email",
    )

    assert draft["interviewer_id"] == omar["id"]
    assert draft["body"].startswith("Hi Omar,")


@pytest.mark.parametrize("kind", list(DraftKind))
async def test_create_draft_every_kind_and_channel_is_ready_to_send(
    anon: Client, kind: DraftKind
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA], outcome="rejected")

    for channel in Channel:
        draft = await create_draft(anon, interview_id=interview["id"], kind=kind, channel=channel)

        assert (draft["kind"], draft["channel"]) == (kind, channel)
        assert (draft["subject"] is not None) == (channel is Channel.EMAIL)
        assert (draft["mailto"] is not None) == (channel is Channel.EMAIL)
        # A letter opens with the date and the address block, then the salutation.
        assert "Dana" in draft["body"].splitlines()[0 if channel is not Channel.LETTER else 6]
        assert {"addresses_by_name", "length", "no_filler"}.isdisjoint(failed_checks(draft)), (
            channel,
            draft["checks"],
        )
        # Nothing is recorded to cite, so these notes leave a marked slot for it.
        slot = {
            DraftKind.PERIODIC_UPDATE: ACCOMPLISHMENT_SLOT,
            DraftKind.SHARE_RESOURCE: RESOURCE_SLOT,
        }.get(kind)
        assert (slot is not None and slot in draft["body"]) == (
            "no_placeholders" in failed_checks(draft)
        ), (channel, draft["checks"])


# One click from a task


async def test_create_task_draft_links_the_task_and_its_recipient(anon: Client) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    omar = interview["interviewers"][1]
    task = await _thank_you_task(anon, interview["id"], omar["id"])

    response = await anon.post(f"/v1/tasks/{task['id']}/draft")

    assert response.status_code == 201, response.text
    draft = response.json()
    assert (draft["kind"], draft["channel"], draft["task_id"]) == ("thank_you", "email", task["id"])
    assert (draft["interview_id"], draft["interviewer_id"]) == (interview["id"], omar["id"])
    assert draft["body"].startswith("Dear Omar,")
    assert (await anon.get(f"/v1/tasks/{task['id']}")).json()["draft_id"] == draft["id"]


async def test_create_task_draft_phrases_days_for_when_the_task_falls_due(anon: Client) -> None:
    await sign_up(anon)
    # Friday 27 November 2054, 14:00 to 15:00 in Berlin: the thank-you falls due on Monday.
    interview = await create_interview(anon, scheduled_at="2054-11-27T14:00:00+01:00")
    dana = interview["interviewers"][0]
    task = await _thank_you_task(anon, interview["id"], dana["id"])

    response = await anon.post(f"/v1/tasks/{task['id']}/draft")

    assert response.status_code == 201, response.text
    body = response.json()["body"]
    # Written on Monday 30 November: the interview was last Friday, the decision is due
    # this Friday.
    assert "Thank you for speaking with me last Friday about the Platform Engineer role" in body
    assert "I look forward to hearing about a decision by Friday." in body


async def test_create_task_draft_for_linkedin_connect_is_a_short_linkedin_note(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA])
    task = (await all_tasks(anon, interview_id=interview["id"], kind="linkedin_connect"))[0]

    response = await anon.post(f"/v1/tasks/{task['id']}/draft")

    assert response.status_code == 201, response.text
    draft = response.json()
    assert (draft["kind"], draft["channel"], draft["subject"], draft["mailto"]) == (
        "linkedin_connect",
        "linkedin",
        None,
        None,
    )
    assert len(draft["body"]) <= 300
    assert draft["body"].startswith("Hi Dana,")


async def test_create_task_draft_for_a_task_without_a_note_answers_422_naming_it(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon)
    task = (
        await anon.post(
            "/v1/tasks",
            json={
                "kind": "networking_event",
                "title": "Go to the platform meetup",
                "interview_id": interview["id"],
                "due_at": "2054-12-10T18:00:00Z",
            },
        )
    ).json()

    response = await anon.post(f"/v1/tasks/{task['id']}/draft")

    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "validation_failed"
    assert '"Go to the platform meetup"' in problem["detail"]
    assert [error["pointer"] for error in problem["errors"]] == ["/path/task_id"]
    assert (await anon.get("/v1/drafts")).json()["data"] == []


# Edits and their checks


async def _draft_to_dana(client: Client, **interview: Any) -> dict[str, Any]:
    created = await _interview(client, **interview)
    return await create_draft(
        client,
        interview_id=created["id"],
        interviewer_id=created["interviewers"][0]["id"],
        kind="thank_you",
        channel="email",
    )


async def test_update_draft_a_note_of_ones_own_passes_every_check(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)

    edited = await patch_draft(anon, draft["id"], subject="Thank you, Dana", body=USER_NOTE)

    assert (edited["subject"], edited["body"]) == ("Thank you, Dana", USER_NOTE)
    assert failed_checks(edited) == set()
    assert edited["updated_at"] > draft["updated_at"]
    assert (await anon.get(f"/v1/drafts/{draft['id']}")).json() == edited


EDITS_THAT_FAIL = {
    "addresses_by_name": ("Dear Dana,", "Dear Hiring Team,"),
    "references_discussion": (
        "our conversation about the migration to Kubernetes, and I have been thinking about "
        "how I would approach the rollout",
        "our conversation, and I have been thinking about how I would approach the work",
    ),
    "reiterates_interest": ("Acme Robotics", "your company"),
    "follows_up_next_steps": (
        " You mentioned a decision by Friday; I look forward to hearing about the next steps.",
        "",
    ),
    "no_placeholders": ("Ana Diaz", "[Your Name]"),
    "no_filler": ("Dear Dana,\n\n", "Dear Dana,\n\nI hope this email finds you well. "),
}


@pytest.mark.parametrize("check_id", sorted(EDITS_THAT_FAIL))
async def test_update_draft_an_edit_that_drops_the_advice_fails_that_check(
    anon: Client, check_id: str
) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)
    old, new = EDITS_THAT_FAIL[check_id]
    assert old in USER_NOTE

    edited = await patch_draft(anon, draft["id"], body=USER_NOTE.replace(old, new))

    assert failed_checks(edited) == {check_id}
    failed = check_of(edited, check_id)
    assert failed["severity"] in {"warning", "error"}
    assert failed["message"]


async def test_update_draft_too_short_a_note_fails_length(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)

    edited = await patch_draft(
        anon,
        draft["id"],
        body="Dear Dana,\n\nThanks for the Platform Engineer interview at Acme Robotics and "
        "the talk about the migration to Kubernetes. I am very interested; the next steps "
        "by Friday sound good.\n\nAna",
    )

    assert failed_checks(edited) == {"length"}
    assert check_of(edited, "length") == {
        "id": "length",
        "passed": False,
        "applies": True,
        "severity": "warning",
        "message": "The email is 31 words; write at least 50, for example by mentioning "
        "something you discussed.",
    }


async def test_update_draft_a_copy_of_the_note_to_another_interviewer_fails_distinct(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    dana, omar = interview["interviewers"]
    to_dana = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=dana["id"],
        kind="thank_you",
        channel="email",
    )
    to_omar = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=omar["id"],
        kind="thank_you",
        channel="email",
    )

    copied = to_dana["body"].replace("Dear Dana,", "Dear Omar,")
    edited = await patch_draft(anon, to_omar["id"], body=copied)

    assert "distinct" in failed_checks(edited)
    assert check_of(edited, "distinct")["message"].startswith("This note is ")


async def test_prompt_fails_for_a_late_thank_you_and_follows_a_rescheduled_interview(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, scheduled_at=just_ended(hours=24 * 10))
    draft = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=interview["interviewers"][0]["id"],
        kind="thank_you",
        channel="email",
    )
    assert failed_checks(draft) == {"prompt"}
    assert check_of(draft, "prompt")["message"].startswith("The two working days closed on")

    # The interview was in fact this morning: the same draft is on time.
    moved = await anon.patch(
        f"/v1/interviews/{interview['id']}", json={"scheduled_at": just_ended()}
    )
    assert moved.status_code == 200

    again = (await anon.get(f"/v1/drafts/{draft['id']}")).json()
    assert failed_checks(again) == set()
    assert check_of(again, "prompt")["message"].startswith("Send it by ")


async def test_update_draft_subject_on_a_linkedin_note_is_refused(anon: Client) -> None:
    await sign_up(anon)
    interview = await _interview(anon)
    draft = await create_draft(
        anon, interview_id=interview["id"], kind="linkedin_connect", channel="linkedin"
    )

    response = await anon.patch(f"/v1/drafts/{draft['id']}", json={"subject": "Hello"})

    assert response.status_code == 422
    assert [e["pointer"] for e in response.json()["errors"]] == ["/body/subject"]
    assert (await anon.get(f"/v1/drafts/{draft['id']}")).json() == draft


@pytest.mark.parametrize(
    ("patch", "pointer"),
    [
        ({"body": None}, "/body/body"),
        ({"body": "  "}, "/body/body"),
        ({"body": "Dear Dana,\u0000"}, "/body/body"),
        ({"status": "archived"}, "/body/status"),
        ({"sent_at": "2054-11-20T10:00:00Z"}, "/body/sent_at"),
        ({"status": "sent", "sent_at": "2999-01-01T00:00:00Z"}, "/body/sent_at"),
        ({"status": "sent", "sent_at": "yesterday"}, "/body/sent_at"),
        ({"checks": []}, "/body/checks"),
        ({"to": {"name": "Eve"}}, "/body/to"),
    ],
)
async def test_update_draft_bad_patch_is_422_and_changes_nothing(
    anon: Client, patch: dict[str, Any], pointer: str
) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)

    response = await anon.patch(f"/v1/drafts/{draft['id']}", json=patch)

    assert response.status_code == 422, response.text
    assert pointer in [e["pointer"] for e in response.json()["errors"]]
    assert (await anon.get(f"/v1/drafts/{draft['id']}")).json() == draft


# Sending


async def test_update_draft_marked_sent_completes_the_task_and_contacts_the_recipient(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon)
    dana = interview["interviewers"][0]
    task = await _thank_you_task(anon, interview["id"], dana["id"])
    draft = (await anon.post(f"/v1/tasks/{task['id']}/draft")).json()
    before = utcnow()

    sent = await patch_draft(anon, draft["id"], status="sent")

    assert sent["status"] == "sent"
    sent_at = datetime.fromisoformat(sent["sent_at"])
    assert before <= sent_at <= utcnow()
    task_now = (await anon.get(f"/v1/tasks/{task['id']}")).json()
    assert (task_now["status"], task_now["draft_id"]) == ("done", draft["id"])
    contact = (await anon.get(f"/v1/contacts/{dana['contact_id']}")).json()
    assert contact["last_contacted_at"] is not None
    assert datetime.fromisoformat(contact["last_contacted_at"]) >= sent_at


async def test_update_draft_sent_at_given_is_kept_and_marks_the_contact_then(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    omar = interview["interviewers"][1]
    draft = await create_draft(
        anon,
        interview_id=interview["id"],
        interviewer_id=omar["id"],
        kind="keep_in_touch",  # no open task of this kind: only the contact is marked
        channel="email",
    )
    assert draft["task_id"] is None
    when = _rfc3339((utcnow() - timedelta(hours=1)).replace(microsecond=0))

    sent = await patch_draft(anon, draft["id"], status="sent", sent_at=when)

    assert sent["sent_at"] == when
    contact = (await anon.get(f"/v1/contacts/{omar['contact_id']}")).json()
    assert contact["last_contacted_at"] == when


async def test_update_draft_a_sent_note_can_no_longer_change(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)
    sent = await patch_draft(anon, draft["id"], status="sent")

    for change in (
        {"body": USER_NOTE},
        {"status": "draft"},
        {"status": "discarded"},
        {"status": "sent", "sent_at": "2054-01-01T00:00:00Z"},
    ):
        response = await anon.patch(f"/v1/drafts/{draft['id']}", json=change)
        assert response.status_code == 409, change
        assert response.json()["code"] == "conflict"

    # Saying again that it was sent changes nothing, and is not an error.
    assert await patch_draft(anon, draft["id"], status="sent") == sent
    assert (await anon.get(f"/v1/drafts/{draft['id']}")).json() == sent


async def test_update_draft_discard_and_restore(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)

    discarded = await patch_draft(anon, draft["id"], status="discarded")
    restored = await patch_draft(anon, draft["id"], status="draft")

    assert (discarded["status"], restored["status"]) == ("discarded", "draft")
    assert restored["body"] == draft["body"]


async def test_draft_created_and_sent_events_are_in_the_outbox(app: FastAPI, anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)
    await patch_draft(anon, draft["id"], status="sent")

    async with app.state.db.sessionmaker() as session:
        events = (
            await session.scalars(
                select(WebhookEvent)
                .where(WebhookEvent.type.like("draft.%"))
                .order_by(WebhookEvent.created_at)
            )
        ).all()
    assert [event.type for event in events] == ["draft.created", "draft.sent"]
    data = events[1].payload["data"]
    assert (data["id"], data["status"], data["kind"]) == (draft["id"], "sent", "thank_you")
    assert data["sent_at"].endswith("Z")


# Reading, listing, exporting, deleting


async def test_get_draft_etag_if_none_match_and_stale_if_match(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)
    url = f"/v1/drafts/{draft['id']}"
    first = await anon.get(url)
    etag = first.headers["ETag"]

    assert (await anon.get(url, headers={"If-None-Match": etag})).status_code == 304
    changed = await anon.patch(url, json={"body": USER_NOTE}, headers={"If-Match": etag})
    assert changed.status_code == 200
    stale = await anon.patch(url, json={"body": "Dear Dana,\n\nOther."}, headers={"If-Match": etag})
    assert stale.status_code == 412
    assert (await anon.delete(url, headers={"If-Match": etag})).status_code == 412
    assert (await anon.get(url)).json()["body"] == USER_NOTE


async def test_list_drafts_filters_and_pages_with_a_cursor(anon: Client) -> None:
    await sign_up(anon)
    first = await _interview(anon, interviewers=[DANA, OMAR])
    second = await _interview(anon, company="Globex")
    made = []
    for interview, person in ((first, 0), (first, 1), (second, 0)):
        for kind in ("thank_you", "linkedin_connect"):
            made.append(
                await create_draft(
                    anon,
                    interview_id=interview["id"],
                    interviewer_id=interview["interviewers"][person]["id"],
                    kind=kind,
                    channel="email",
                )
            )
    await patch_draft(anon, made[0]["id"], status="discarded")

    pages: list[dict[str, Any]] = []
    query: dict[str, Any] = {"limit": 4}
    while True:
        response = await anon.get("/v1/drafts", params=query)
        assert response.status_code == 200
        pages.append(response.json())
        if not pages[-1]["has_more"]:
            break
        assert 'rel="next"' in response.headers["Link"]
        query["cursor"] = pages[-1]["next_cursor"]

    assert [len(page["data"]) for page in pages] == [4, 2]
    newest_first = [draft["id"] for page in pages for draft in page["data"]]
    assert newest_first == [draft["id"] for draft in reversed(made)]

    async def ids(**params: Any) -> list[str]:
        response = await anon.get("/v1/drafts", params=params)
        assert response.status_code == 200, response.text
        return [draft["id"] for draft in response.json()["data"]]

    assert await ids(interview_id=second["id"]) == [made[5]["id"], made[4]["id"]]
    assert await ids(status="discarded") == [made[0]["id"]]
    assert await ids(kind="thank_you", interview_id=first["id"], sort="created_at") == [
        made[0]["id"],
        made[2]["id"],
    ]
    cursor = pages[0]["next_cursor"]
    other_filter = await anon.get(
        "/v1/drafts", params={"limit": 4, "kind": "thank_you", "cursor": cursor}
    )
    assert other_filter.status_code == 400
    assert other_filter.json()["code"] == "bad_cursor"
    assert (await anon.get("/v1/drafts", params={"colour": "red"})).status_code == 400


async def test_list_drafts_is_one_statement_per_page(
    anon: Client, statements: StatementCounter
) -> None:
    await sign_up(anon)
    interview = await _interview(anon, interviewers=[DANA, OMAR])
    for person in interview["interviewers"]:
        for kind in DraftKind:
            await create_draft(
                anon,
                interview_id=interview["id"],
                interviewer_id=person["id"],
                kind=kind,
                channel="email",
            )
    counts = []
    for limit in (3, 16):
        with statements.counting() as window:
            response = await anon.get(f"/v1/drafts?limit={limit}")
        assert len(response.json()["data"]) == limit
        counts.append(len(window))
    # One to authenticate, one for the page with what its checks need.
    assert counts == [2, 2]


async def test_get_draft_eml_is_a_message_a_mail_client_opens(anon: Client) -> None:
    user = await sign_up(anon, name="Ana Diaz")
    draft = await _draft_to_dana(anon)
    url = f"/v1/drafts/{draft['id']}/eml"

    response = await anon.get(url)

    assert response.status_code == 200
    assert response.headers["content-type"] == "message/rfc822"
    assert response.headers["content-disposition"].startswith('attachment; filename="thank-you-')
    assert b"\r\n" in response.content
    assert response.content.isascii()
    message = email.message_from_bytes(response.content, policy=email.policy.default)
    assert message["To"] == "Dana Lee <dana@acme.example>"
    assert message["From"] == f"Ana Diaz <{user['email']}>"
    assert message["Subject"] == draft["subject"]
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == draft["body"]
    again = await anon.get(url)
    assert again.content == response.content
    assert (
        await anon.get(url, headers={"If-None-Match": response.headers["ETag"]})
    ).status_code == 304


async def test_delete_draft_is_gone_and_its_task_forgets_it(anon: Client) -> None:
    await sign_up(anon)
    interview = await _interview(anon)
    task = await _thank_you_task(anon, interview["id"], interview["interviewers"][0]["id"])
    draft = (await anon.post(f"/v1/tasks/{task['id']}/draft")).json()

    response = await anon.delete(f"/v1/drafts/{draft['id']}")

    assert response.status_code == 204
    assert (await anon.get(f"/v1/drafts/{draft['id']}")).status_code == 404
    task_now = (await anon.get(f"/v1/tasks/{task['id']}")).json()
    assert (task_now["draft_id"], task_now["status"]) == (None, "open")


async def test_deleting_the_interview_deletes_its_drafts(anon: Client) -> None:
    await sign_up(anon)
    draft = await _draft_to_dana(anon)

    assert (await anon.delete(f"/v1/interviews/{draft['interview_id']}")).status_code == 204

    assert (await anon.get(f"/v1/drafts/{draft['id']}")).status_code == 404
    assert (await anon.get("/v1/drafts")).json()["data"] == []


# Bad requests and other people's ids


async def test_create_draft_with_another_users_ids_is_404_like_random_ids(app: FastAPI) -> None:
    async with new_client(app) as owner, new_client(app) as intruder:
        await sign_up(owner)
        interview = await _interview(owner)
        dana = interview["interviewers"][0]
        await sign_up(intruder)
        mine = await _interview(intruder)
        for field, theirs in (
            ("interview_id", interview["id"]),
            ("interviewer_id", dana["id"]),
            ("contact_id", dana["contact_id"]),
        ):
            body = {"interview_id": mine["id"], "kind": "thank_you", "channel": "email"}
            stolen = await intruder.post("/v1/drafts", json={**body, field: theirs})
            unknown = await intruder.post("/v1/drafts", json={**body, field: str(uuid.uuid4())})
            assert stolen.status_code == 404, field
            assert stolen.content == unknown.content, field
        assert (await intruder.get("/v1/drafts")).json()["data"] == []


async def test_create_draft_ids_that_do_not_fit_together_answer_422(anon: Client) -> None:
    await sign_up(anon)
    first = await _interview(anon)
    second = await _interview(anon, interviewers=[OMAR])
    task = await _thank_you_task(anon, first["id"], first["interviewers"][0]["id"])
    body = {"interview_id": second["id"], "kind": "thank_you", "channel": "email"}

    for extra, pointer in (
        ({"interviewer_id": first["interviewers"][0]["id"]}, "/body/interviewer_id"),
        ({"task_id": task["id"]}, "/body/task_id"),
        (
            {
                "interviewer_id": second["interviewers"][0]["id"],
                "contact_id": first["interviewers"][0]["contact_id"],
            },
            "/body/contact_id",
        ),
    ):
        response = await anon.post("/v1/drafts", json={**body, **extra})
        assert response.status_code == 422, (extra, response.text)
        assert [e["pointer"] for e in response.json()["errors"]] == [pointer]
    wrong_kind = await anon.post(
        "/v1/drafts",
        json={
            "interview_id": first["id"],
            "task_id": task["id"],
            "kind": "feedback_request",
            "channel": "email",
        },
    )
    assert wrong_kind.status_code == 422
    assert (await anon.get("/v1/drafts")).json()["data"] == []


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"kind": "thank_you", "channel": "email"}, "/body/interview_id"),
        ({"kind": "love_letter", "channel": "email"}, "/body/kind"),
        ({"kind": "thank_you", "channel": "fax"}, "/body/channel"),
        ({"kind": "thank_you", "channel": "email", "body": "Hi"}, "/body/body"),
        ({"kind": "thank_you", "channel": "email", "status": "sent"}, "/body/status"),
    ],
)
async def test_create_draft_bad_body_is_422(
    anon: Client, body: dict[str, Any], pointer: str
) -> None:
    await sign_up(anon)
    interview = await _interview(anon)
    if pointer != "/body/interview_id":
        body = {"interview_id": interview["id"], **body}

    response = await anon.post("/v1/drafts", json=body)

    assert response.status_code == 422
    assert pointer in [error["pointer"] for error in response.json()["errors"]]


# Data export


async def test_export_and_import_carry_drafts_templates_and_task_links(app: FastAPI) -> None:
    async with new_client(app) as ana, new_client(app) as ben:
        await sign_up(ana)
        interview = await _interview(ana)
        task = await _thank_you_task(ana, interview["id"], interview["interviewers"][0]["id"])
        draft = (await ana.post(f"/v1/tasks/{task['id']}/draft")).json()
        await ana.put("/v1/templates/keep_in_touch/email", json={"body": "{{ greeting }}"})
        exported = (await ana.get("/v1/export")).json()
        assert [row["id"] for row in exported["drafts"]] == [draft["id"]]
        assert [row["kind"] for row in exported["templates"]] == ["keep_in_touch"]

        await sign_up(ben)
        response = await ben.post("/v1/import", json=exported)

        assert response.status_code == 200, response.text
        drafts = (await ben.get("/v1/drafts")).json()["data"]
        assert [(d["body"], d["checks"]) for d in drafts] == [(draft["body"], draft["checks"])]
        tasks = await all_tasks(ben, kind="thank_you")
        assert [t["draft_id"] for t in tasks] == [drafts[0]["id"]]
        assert drafts[0]["task_id"] == tasks[0]["id"]
        assert (await ben.get("/v1/templates/keep_in_touch/email")).status_code == 200

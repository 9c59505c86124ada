"""The playbook through HTTP: every rule of the product table, in the interview's time zone,
re-planned in the transaction of each change, and never over what the user did by hand."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from api.playbook.guidance import GUIDANCE, TaskKind
from tests.playbook.test_rules import thank_you_by
from tests.support import Client, create_interview, interview_body, sign_up
from tests.tasks.helpers import (
    all_tasks,
    open_origins,
    patch_interview,
    patch_task,
    tasks_by_origin,
)

BERLIN = ZoneInfo("Europe/Berlin")

# Friday 7 June 2030, 14:00-15:00 in Berlin (UTC+2): far enough ahead that "now" never
# catches up with the recurring rules' schedule.
FAR_FRIDAY = "2030-06-07T14:00:00+02:00"

DANA = {
    "name": "Dana Lee",
    "title": "Engineering Manager",
    "email": "dana@acme.example",
    "linkedin_url": "https://www.linkedin.com/in/danalee",
    "is_hiring_manager": True,
    "discussion_points": ["the migration to Kubernetes"],
}
SAM = {"name": "Sam Ortiz", "email": "sam@acme.example"}


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _z(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _weekdays_later_at_ten(moment: datetime, days: int) -> str:
    """`days` weekdays after `moment`'s date in Berlin, at 10:00 there, as the API writes it.

    For rules counted from "now" (a decision's time is the server's clock), written out
    here rather than computed by the code under test.
    """
    day: date = moment.astimezone(BERLIN).date()
    while days:
        day += timedelta(days=1)
        days -= day.isoweekday() <= 5
    return _z(datetime.combine(day, time(10), tzinfo=BERLIN).astimezone(ZoneInfo("UTC")))


def _calendar_days_later_at_ten(moment: datetime, days: int) -> str:
    """`days` calendar days after `moment`'s date in Berlin (a weekend moves to Monday)."""
    day: date = moment.astimezone(BERLIN).date() + timedelta(days=days)
    while day.isoweekday() > 5:
        day += timedelta(days=1)
    return _z(datetime.combine(day, time(10), tzinfo=BERLIN).astimezone(ZoneInfo("UTC")))


# thank_you: each interviewer, 24/48 working hours after the end


async def test_interview_ending_friday_thank_you_due_monday_deadline_tuesday(
    anon: Client,
) -> None:
    await sign_up(anon)
    # Friday 27 November 2054, 14:00-15:00 in Berlin (UTC+1).
    interview = await create_interview(anon, interviewers=[DANA])
    dana = interview["interviewers"][0]

    tasks = await tasks_by_origin(anon, interview_id=interview["id"])

    thank_you = tasks[f"thank_you:{dana['id']}"]
    assert thank_you == {
        "id": thank_you["id"],
        "kind": "thank_you",
        "title": "Send a thank-you note to Dana Lee",
        "guidance": thank_you_by("Tuesday, 1 December at 15:00 (Europe/Berlin)"),
        "interview_id": interview["id"],
        "interviewer_id": dana["id"],
        "contact_id": dana["contact_id"],
        "due_at": "2054-11-30T14:00:00Z",  # Monday 15:00 in Berlin
        "deadline_at": "2054-12-01T14:00:00Z",  # Tuesday 15:00
        "status": "open",
        "snoozed_until": None,
        "origin": f"thank_you:{dana['id']}",
        "completed_at": None,
        "skip_reason": None,
        "draft_id": None,
        "is_overdue": False,
        "interview": {
            "id": interview["id"],
            "company": "Acme Robotics",
            "position": "Platform Engineer",
        },
        "interviewer": {"id": dana["id"], "name": "Dana Lee"},
        "contact": {"id": dana["contact_id"], "name": "Dana Lee"},
        "created_at": thank_you["created_at"],
        "updated_at": thank_you["updated_at"],
    }


async def test_interview_ending_monday_thank_you_due_tuesday_deadline_wednesday(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, scheduled_at="2054-11-30T09:00:00+01:00", interviewers=[DANA]
    )
    dana_id = interview["interviewers"][0]["id"]

    thank_you = (await tasks_by_origin(anon))[f"thank_you:{dana_id}"]

    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-12-01T09:00:00Z",  # Tuesday 10:00 in Berlin
        "2054-12-02T09:00:00Z",  # Wednesday 10:00
    )


async def test_berlin_clocks_going_back_over_the_weekend_keep_local_due_times(
    anon: Client,
) -> None:
    await sign_up(anon)
    # Ends Friday 23 October 2054 at 15:00 CEST; clocks go back on Sunday the 25th.
    interview = await create_interview(
        anon,
        scheduled_at="2054-10-23T14:00:00+02:00",
        timezone="Europe/Berlin",
        interviewers=[DANA],
        next_steps={"expected_by": "2054-10-23"},
    )
    dana_id = interview["interviewers"][0]["id"]

    tasks = await tasks_by_origin(anon)

    thank_you = tasks[f"thank_you:{dana_id}"]
    # Monday and Tuesday 15:00 CET: 14:00 UTC, an hour later in UTC than Friday's end.
    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-10-26T14:00:00Z",
        "2054-10-27T14:00:00Z",
    )
    # Expected Friday, two working days of grace: Tuesday at 10:00 CET.
    assert tasks["next_steps_follow_up"]["due_at"] == "2054-10-27T09:00:00Z"


async def test_new_york_clocks_going_forward_over_the_weekend_keep_local_due_times(
    anon: Client,
) -> None:
    await sign_up(anon, timezone="America/New_York")
    # Ends Friday 6 March 2054 at 15:00 EST; clocks go forward on Sunday the 8th.
    interview = await create_interview(
        anon,
        scheduled_at="2054-03-06T14:00:00-05:00",
        timezone="America/New_York",
        interviewers=[DANA],
    )
    dana_id = interview["interviewers"][0]["id"]

    tasks = await tasks_by_origin(anon)

    thank_you = tasks[f"thank_you:{dana_id}"]
    # Monday and Tuesday 15:00 EDT: 19:00 UTC, an hour earlier in UTC than Friday's end.
    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-03-09T19:00:00Z",
        "2054-03-10T19:00:00Z",
    )
    assert tasks[f"linkedin_connect:{dana_id}"]["due_at"] == "2054-03-09T19:00:00Z"


async def test_each_interviewer_thanked_by_name_linkedin_only_with_a_url(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA, SAM], next_steps=None)
    dana, sam = interview["interviewers"]

    tasks = await tasks_by_origin(anon)

    assert set(tasks) == {
        f"thank_you:{dana['id']}",
        f"thank_you:{sam['id']}",
        f"linkedin_connect:{dana['id']}",
        "periodic_update:1",
    }
    assert tasks[f"thank_you:{sam['id']}"]["title"] == "Send a thank-you note to Sam Ortiz"
    linkedin = tasks[f"linkedin_connect:{dana['id']}"]
    assert (linkedin["title"], linkedin["due_at"], linkedin["deadline_at"]) == (
        "Connect with Dana Lee on LinkedIn",
        "2054-11-30T14:00:00Z",  # the next working day, at the time the interview ended
        None,
    )
    # Updates go to the hiring manager.
    assert tasks["periodic_update:1"]["interviewer_id"] == dana["id"]


async def test_interviewers_added_later_replace_the_interview_wide_thank_you(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[], next_steps=None)
    first = (await tasks_by_origin(anon))["thank_you"]
    assert first["title"] == "Send a thank-you note to your interviewers at Acme Robotics"

    updated = await patch_interview(anon, interview["id"], interviewers=[SAM])
    sam_id = updated["interviewers"][0]["id"]

    tasks = await tasks_by_origin(anon)
    assert tasks["thank_you"]["status"] == "skipped"
    assert tasks["thank_you"]["skip_reason"] == (
        "The interview now lists its interviewers, each with a thank-you of their own."
    )
    assert tasks[f"thank_you:{sam_id}"]["status"] == "open"


# next_steps_follow_up


async def test_expected_date_plans_follow_up_two_working_days_later_at_ten(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, interviewers=[DANA], next_steps={"expected_by": "2054-12-04"}
    )

    follow_up = (await tasks_by_origin(anon))["next_steps_follow_up"]
    # Friday 4 December + 2 working days = Tuesday 8 December, 10:00 in Berlin.
    assert follow_up["due_at"] == "2054-12-08T09:00:00Z"
    assert follow_up["title"] == "Follow up with Acme Robotics on next steps"
    assert follow_up["interviewer_id"] == interview["interviewers"][0]["id"]

    await patch_interview(anon, interview["id"], next_steps={"expected_by": "2054-12-07"})
    moved = (await tasks_by_origin(anon))["next_steps_follow_up"]
    assert (moved["id"], moved["due_at"]) == (follow_up["id"], "2054-12-09T09:00:00Z")

    await patch_interview(anon, interview["id"], next_steps=None)
    cleared = (await tasks_by_origin(anon))["next_steps_follow_up"]
    assert (cleared["status"], cleared["skip_reason"]) == (
        "skipped",
        "The interview no longer has next steps to follow up on.",
    )


# periodic_update: every 14 days while pending, at most 3


async def test_periodic_updates_recur_when_closed_and_stop_after_three(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, scheduled_at=FAR_FRIDAY, interviewers=[DANA], next_steps=None
    )

    first = (await tasks_by_origin(anon))["periodic_update:1"]
    assert first["due_at"] == "2030-06-21T13:00:00Z"  # 14 days after the end, 15:00 CEST
    assert first["title"] == "Send an update to Dana Lee at Acme Robotics"

    await patch_task(anon, first["id"], status="done")
    second = (await tasks_by_origin(anon))["periodic_update:2"]
    assert (second["status"], second["due_at"]) == ("open", "2030-07-05T13:00:00Z")

    # Skipping one counts as closing it, too.
    await patch_task(anon, second["id"], status="skipped")
    third = (await tasks_by_origin(anon))["periodic_update:3"]
    assert third["due_at"] == "2030-07-19T13:00:00Z"

    await patch_task(anon, third["id"], status="done")
    assert await open_origins(anon, interview["id"]) == {
        f"thank_you:{interview['interviewers'][0]['id']}",
        f"linkedin_connect:{interview['interviewers'][0]['id']}",
    }


# Outcomes


async def test_outcome_rejected_plans_rejection_tasks_and_closes_pending_follow_ups(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, interviewers=[DANA], next_steps={"expected_by": "2054-12-04"}
    )
    dana = interview["interviewers"][0]

    rejected = await patch_interview(anon, interview["id"], outcome="rejected")

    tasks = await tasks_by_origin(anon)
    reason = "The outcome is decided: the application was rejected."
    for origin in ("next_steps_follow_up", "periodic_update:1"):
        assert (tasks[origin]["status"], tasks[origin]["skip_reason"]) == ("skipped", reason)
    decided = _moment(rejected["outcome_decided_at"])
    # Due at 10:00 on working days, whatever the minute the rejection was recorded.
    expected = {
        "rejection_thank_you": (
            "Thank Dana Lee at Acme Robotics for the opportunity",
            _weekdays_later_at_ten(decided, 1),
        ),
        "feedback_request": (
            "Ask Dana Lee at Acme Robotics for feedback on your interview",
            _weekdays_later_at_ten(decided, 2),
        ),
        "reflection": (
            "Reflect on your interview at Acme Robotics",
            _weekdays_later_at_ten(decided, 2),
        ),
        "keep_in_touch:1": (
            "Keep in touch with Dana Lee at Acme Robotics",
            _calendar_days_later_at_ten(decided, 90),
        ),
    }
    assert {origin: (tasks[origin]["title"], tasks[origin]["due_at"]) for origin in expected} == (
        expected
    )
    assert all(tasks[origin]["status"] == "open" for origin in expected)
    assert tasks["rejection_thank_you"]["contact_id"] == dana["contact_id"]
    assert tasks["reflection"]["interviewer_id"] is None
    # The thank-you after the rejection thanks Dana for the interview too: it replaces hers.
    superseded = tasks[f"thank_you:{dana['id']}"]
    assert (superseded["status"], superseded["skip_reason"]) == (
        "skipped",
        "The application was rejected: the thank-you after the rejection replaces this note, "
        "and thanks them for the interview too.",
    )


async def test_outcome_offer_closes_pending_follow_ups_only(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, interviewers=[DANA], next_steps={"expected_by": "2054-12-04"}
    )
    dana_id = interview["interviewers"][0]["id"]

    await patch_interview(anon, interview["id"], outcome="offer")

    tasks = await tasks_by_origin(anon)
    assert {origin: (task["status"], task["skip_reason"]) for origin, task in tasks.items()} == {
        f"thank_you:{dana_id}": ("open", None),
        f"linkedin_connect:{dana_id}": ("open", None),
        "next_steps_follow_up": ("skipped", "The outcome is decided: you received an offer."),
        "periodic_update:1": ("skipped", "The outcome is decided: you received an offer."),
    }


async def test_rejection_reversed_closes_rejection_tasks_and_reopens_follow_ups(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA], next_steps=None)
    await patch_interview(anon, interview["id"], outcome="rejected")
    skipped_update = (await tasks_by_origin(anon))["periodic_update:1"]

    await patch_interview(anon, interview["id"], outcome="pending")

    tasks = await tasks_by_origin(anon)
    for origin in ("rejection_thank_you", "feedback_request", "reflection", "keep_in_touch:1"):
        assert (tasks[origin]["status"], tasks[origin]["skip_reason"]) == (
            "skipped",
            "The application is no longer rejected: the outcome is pending again.",
        ), origin
    # Closed by the playbook, not by the user: the same task opens again.
    reopened = tasks["periodic_update:1"]
    assert (reopened["id"], reopened["status"], reopened["skip_reason"]) == (
        skipped_update["id"],
        "open",
        None,
    )


async def test_keep_in_touch_recurs_from_the_last_contact(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, scheduled_at=FAR_FRIDAY, interviewers=[DANA], next_steps=None
    )
    rejected = await patch_interview(anon, interview["id"], outcome="rejected")
    first = (await tasks_by_origin(anon))["keep_in_touch:1"]
    assert first["due_at"] == _calendar_days_later_at_ten(
        _moment(rejected["outcome_decided_at"]), 90
    )

    done = await patch_task(anon, first["id"], status="done")

    completed = _moment(done["completed_at"])
    second = (await tasks_by_origin(anon))["keep_in_touch:2"]
    expected = _calendar_days_later_at_ten(completed, 90)
    assert (second["status"], second["due_at"]) == ("open", expected)
    contact = (await anon.get(f"/v1/contacts/{first['contact_id']}")).json()
    assert contact["last_contacted_at"] == done["completed_at"]

    # Keep in touch stops once the condition ends.
    await patch_interview(anon, interview["id"], outcome="advanced")
    assert (await tasks_by_origin(anon))["keep_in_touch:2"]["status"] == "skipped"


async def test_logged_contact_resets_the_keep_in_touch_clock(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, scheduled_at=FAR_FRIDAY, interviewers=[DANA], next_steps=None
    )
    await patch_interview(anon, interview["id"], outcome="rejected")
    contact_id = interview["interviewers"][0]["contact_id"]

    logged = "2030-08-01T09:00:00Z"
    response = await anon.patch(f"/v1/contacts/{contact_id}", json={"last_contacted_at": logged})
    assert response.status_code == 200

    keep_in_touch = (await tasks_by_origin(anon))["keep_in_touch:1"]
    # 90 days after Thursday 1 August 2030 is Wednesday 30 October, at 10:00 CET.
    assert keep_in_touch["due_at"] == "2030-10-30T09:00:00Z"

    # The contact's own cadence wins over the playbook's 90 days.
    await anon.patch(f"/v1/contacts/{contact_id}", json={"keep_in_touch_interval_days": 30})
    keep_in_touch = (await tasks_by_origin(anon))["keep_in_touch:1"]
    # 30 days after 1 August 2030 is Saturday 31 August: Monday 2 September, 10:00 CEST.
    assert keep_in_touch["due_at"] == "2030-09-02T08:00:00Z"


# Cancelled, rescheduled, interviewers removed, deleted


async def test_cancelled_interview_closes_open_tasks_and_reinstating_reopens_them(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    before = await tasks_by_origin(anon)

    await patch_interview(anon, interview["id"], status="cancelled")
    cancelled = await tasks_by_origin(anon)
    assert {(task["status"], task["skip_reason"]) for task in cancelled.values()} == {
        ("skipped", "The interview was cancelled.")
    }

    await patch_interview(anon, interview["id"], status="scheduled")
    reinstated = await tasks_by_origin(anon)
    assert {origin: task["id"] for origin, task in reinstated.items()} == {
        origin: task["id"] for origin, task in before.items()
    }
    assert all(task["status"] == "open" for task in reinstated.values())


async def test_rescheduled_interview_moves_open_tasks_but_not_hand_edited_ones(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA, SAM], next_steps=None)
    dana, sam = interview["interviewers"]
    tasks = await tasks_by_origin(anon)
    redated = await patch_task(
        anon, tasks[f"thank_you:{sam['id']}"]["id"], due_at="2054-12-03T08:00:00Z"
    )
    completed = await patch_task(anon, tasks[f"linkedin_connect:{dana['id']}"]["id"], status="done")

    # Now a Monday, 10:00-11:00 in Berlin.
    await patch_interview(anon, interview["id"], scheduled_at="2054-11-30T10:00:00+01:00")

    after = await tasks_by_origin(anon)
    assert after[f"thank_you:{dana['id']}"]["due_at"] == "2054-12-01T10:00:00Z"
    assert after[f"thank_you:{dana['id']}"]["id"] == tasks[f"thank_you:{dana['id']}"]["id"]
    assert after[f"thank_you:{sam['id']}"] == redated
    assert redated["deadline_at"] == "2054-12-04T08:00:00Z"  # the deadline moved with it
    assert after[f"linkedin_connect:{dana['id']}"] == completed

    # Cancelling leaves them alone too.
    await patch_interview(anon, interview["id"], status="cancelled")
    after = await tasks_by_origin(anon)
    assert after[f"thank_you:{sam['id']}"] == redated
    assert after[f"linkedin_connect:{dana['id']}"] == completed
    assert after[f"thank_you:{dana['id']}"]["status"] == "skipped"


async def test_removed_interviewer_their_open_tasks_close_with_a_reason(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA, SAM], next_steps=None)
    dana, sam = interview["interviewers"]

    await patch_interview(anon, interview["id"], interviewers=[{"id": sam["id"]}])

    tasks = await tasks_by_origin(anon)
    for origin in (f"thank_you:{dana['id']}", f"linkedin_connect:{dana['id']}"):
        assert (tasks[origin]["status"], tasks[origin]["skip_reason"]) == (
            "skipped",
            "The interviewer was removed from the interview.",
        )
        assert tasks[origin]["interviewer_id"] is None
    assert tasks[f"thank_you:{sam['id']}"]["status"] == "open"
    # Sam is the only interviewer left, so updates go to Sam now.
    assert tasks["periodic_update:1"]["interviewer_id"] == sam["id"]
    assert tasks["periodic_update:1"]["title"] == "Send an update to Sam Ortiz at Acme Robotics"


async def test_deleted_interview_deletes_open_generated_tasks_only(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA], next_steps=None)
    dana = interview["interviewers"][0]
    tasks = await tasks_by_origin(anon)
    done = await patch_task(anon, tasks[f"thank_you:{dana['id']}"]["id"], status="done")
    manual = await anon.post(
        "/v1/tasks",
        json={"interview_id": interview["id"], "due_at": "2054-12-10T09:00:00Z"},
    )
    assert manual.status_code == 201

    assert (await anon.delete(f"/v1/interviews/{interview['id']}")).status_code == 204

    left = {task["id"]: task for task in await all_tasks(anon)}
    assert set(left) == {done["id"], manual.json()["id"]}
    assert left[done["id"]]["status"] == "done"
    assert left[done["id"]]["interview_id"] is None
    assert left[done["id"]]["interview"] is None
    assert left[manual.json()["id"]]["interview_id"] is None


async def test_unchanged_interview_saved_again_writes_no_task(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA, SAM])
    before = await all_tasks(anon)

    await patch_interview(anon, interview["id"], notes="They liked the demo.")
    # Every interviewer sent back as it was (contact ids are the server's to set).
    same_people = [
        {field: value for field, value in person.items() if field != "contact_id"}
        for person in interview["interviewers"]
    ]
    await patch_interview(anon, interview["id"], interviewers=same_people)

    assert await all_tasks(anon) == before


# Settings


async def test_playbook_settings_default_to_the_product_table(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.get("/v1/me/playbook")
    assert response.status_code == 200
    assert response.json() == {
        "thank_you_enabled": True,
        "thank_you_due_hours": 24,
        "thank_you_deadline_hours": 48,
        "next_steps_follow_up_enabled": True,
        "next_steps_grace_days": 2,
        "next_steps_follow_up_time": "10:00:00",
        "next_steps_undated_working_days": 5,
        "periodic_update_enabled": True,
        "periodic_update_interval_days": 14,
        "periodic_update_count": 3,
        "linkedin_connect_enabled": True,
        "linkedin_connect_working_days": 1,
        "rejection_follow_up_enabled": True,
        "rejection_feedback_in_thank_you": False,
        "reflection_enabled": True,
        "keep_in_touch_enabled": True,
        "keep_in_touch_interval_days": 90,
    }


async def test_rule_switched_off_closes_its_open_tasks_and_back_on_reopens_them(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    thank_you_origin = f"thank_you:{interview['interviewers'][0]['id']}"
    before = (await tasks_by_origin(anon))[thank_you_origin]

    response = await anon.patch("/v1/me/playbook", json={"thank_you_enabled": False})
    assert response.status_code == 200
    assert response.json()["thank_you_enabled"] is False
    off = (await tasks_by_origin(anon))[thank_you_origin]
    assert (off["status"], off["skip_reason"]) == (
        "skipped",
        "Thank-you notes are switched off in your playbook settings.",
    )
    # A new interview gets no thank-you at all.
    other = await create_interview(anon, interviewers=[SAM], next_steps=None)
    other_tasks = await tasks_by_origin(anon, interview_id=other["id"])
    assert f"thank_you:{other['interviewers'][0]['id']}" not in other_tasks

    await anon.patch("/v1/me/playbook", json={"thank_you_enabled": True})
    tasks = {
        **await tasks_by_origin(anon, interview_id=interview["id"]),
        **await tasks_by_origin(anon, interview_id=other["id"], kind="thank_you"),
    }
    assert (tasks[thank_you_origin]["id"], tasks[thank_you_origin]["status"]) == (
        before["id"],
        "open",
    )
    assert tasks[f"thank_you:{other['interviewers'][0]['id']}"]["status"] == "open"


async def test_tuned_thank_you_hours_move_open_thank_yous(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    origin = f"thank_you:{interview['interviewers'][0]['id']}"

    response = await anon.patch(
        "/v1/me/playbook", json={"thank_you_due_hours": 8, "thank_you_deadline_hours": 24}
    )

    assert response.status_code == 200
    assert (await anon.get("/v1/me/playbook")).json() == response.json()
    thank_you = (await tasks_by_origin(anon))[origin]
    # Friday 15:00 + 8 working hours = Friday 23:00 in Berlin; + 24 = Monday 15:00.
    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-11-27T22:00:00Z",
        "2054-11-30T14:00:00Z",
    )


async def test_playbook_settings_bad_values_are_422_naming_the_field(anon: Client) -> None:
    await sign_up(anon)
    before = (await anon.get("/v1/me/playbook")).json()
    cases: list[tuple[dict[str, Any], list[str]]] = [
        ({"thank_you_due_hours": 0}, ["/body/thank_you_due_hours"]),
        ({"periodic_update_count": 13}, ["/body/periodic_update_count"]),
        ({"keep_in_touch_interval_days": None}, ["/body/keep_in_touch_interval_days"]),
        ({"next_steps_follow_up_time": "25:00"}, ["/body/next_steps_follow_up_time"]),
        ({"next_steps_follow_up_time": "10:00+01:00"}, ["/body/next_steps_follow_up_time"]),
        ({"thank_you_due_hours": "8"}, ["/body/thank_you_due_hours"]),
        ({"thank_you_enabled": "false"}, ["/body/thank_you_enabled"]),
        ({"working_days": [1, 2]}, ["/body/working_days"]),
    ]
    for body, pointers in cases:
        response = await anon.patch("/v1/me/playbook", json=body)
        assert response.status_code == 422, body
        assert [error["pointer"] for error in response.json()["errors"]] == pointers, body
    assert (await anon.get("/v1/me/playbook")).json() == before


async def test_next_steps_follow_up_time_moves_the_follow_up(anon: Client) -> None:
    await sign_up(anon)
    await create_interview(anon, interviewers=[DANA], next_steps={"expected_by": "2054-12-04"})

    response = await anon.patch(
        "/v1/me/playbook", json={"next_steps_follow_up_time": "08:30", "next_steps_grace_days": 0}
    )

    assert response.status_code == 200
    assert response.json()["next_steps_follow_up_time"] == "08:30:00"
    follow_up = (await tasks_by_origin(anon))["next_steps_follow_up"]
    # Friday 4 December at 08:30 in Berlin.
    assert follow_up["due_at"] == "2054-12-04T07:30:00Z"


async def test_working_days_changed_on_profile_move_open_tasks(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA])
    origin = f"thank_you:{interview['interviewers'][0]['id']}"

    response = await anon.patch("/v1/me", json={"working_days": [1, 2, 3, 4, 5, 6]})
    assert response.status_code == 200

    thank_you = (await tasks_by_origin(anon))[origin]
    # Saturday is a working day now: Friday 15:00 + 24 h is Saturday 15:00.
    assert (thank_you["due_at"], thank_you["deadline_at"]) == (
        "2054-11-28T14:00:00Z",
        "2054-11-30T14:00:00Z",
    )


# Public holidays


async def test_berlin_holidays_thank_you_deadline_skips_christmas_day(anon: Client) -> None:
    await sign_up(anon, timezone="Europe/Berlin")
    me = await anon.patch("/v1/me", json={"holiday_country": "DE-BE"})
    assert me.status_code == 200
    # Wednesday 23 December 2026, 14:00-15:00 in Berlin.
    interview = await create_interview(
        anon, scheduled_at="2026-12-23T14:00:00+01:00", interviewers=[DANA], next_steps=None
    )

    thank_you = (await tasks_by_origin(anon))[f"thank_you:{interview['interviewers'][0]['id']}"]

    assert (thank_you["due_at"], thank_you["deadline_at"], thank_you["guidance"]) == (
        "2026-12-24T14:00:00Z",  # Thursday 15:00: 24 December is a working day in Berlin
        "2026-12-28T14:00:00Z",  # Monday 15:00: 25 December is a public holiday
        thank_you_by("Monday, 28 December at 15:00 (Europe/Berlin)"),
    )


async def test_holiday_country_changed_on_profile_moves_open_tasks(anon: Client) -> None:
    await sign_up(anon, timezone="Europe/Berlin")
    interview = await create_interview(
        anon, scheduled_at="2026-12-23T14:00:00+01:00", interviewers=[DANA], next_steps=None
    )
    origin = f"thank_you:{interview['interviewers'][0]['id']}"
    assert (await tasks_by_origin(anon))[origin]["deadline_at"] == "2026-12-25T14:00:00Z"

    await anon.patch("/v1/me", json={"holiday_country": "DE-BE"})
    assert (await tasks_by_origin(anon))[origin]["deadline_at"] == "2026-12-28T14:00:00Z"

    await anon.patch("/v1/me", json={"holiday_country": None})
    assert (await tasks_by_origin(anon))[origin]["deadline_at"] == "2026-12-25T14:00:00Z"


# Next steps without a date


async def test_next_steps_without_date_plan_follow_up_five_working_days_later(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(
        anon, interviewers=[DANA], next_steps={"description": "Final round to be scheduled"}
    )

    follow_up = (await tasks_by_origin(anon))["next_steps_follow_up"]
    # The interview ended Friday 27 November 2054; five working days on is Friday
    # 4 December, at 10:00 in Berlin.
    assert (follow_up["status"], follow_up["due_at"]) == ("open", "2054-12-04T09:00:00Z")

    await anon.patch("/v1/me/playbook", json={"next_steps_undated_working_days": 2})
    moved = (await tasks_by_origin(anon))["next_steps_follow_up"]
    assert (moved["id"], moved["due_at"]) == (follow_up["id"], "2054-12-01T09:00:00Z")

    await patch_interview(anon, interview["id"], next_steps={"expected_by": "2054-12-07"})
    dated = (await tasks_by_origin(anon))["next_steps_follow_up"]
    assert (dated["id"], dated["due_at"]) == (follow_up["id"], "2054-12-09T09:00:00Z")


# A rejection and the thank-yous already planned


async def test_rejection_leaves_a_thank_you_the_user_completed_or_edited(anon: Client) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA, SAM], next_steps=None)
    dana, sam = interview["interviewers"]
    await patch_task(
        anon, (await tasks_by_origin(anon))[f"thank_you:{dana['id']}"]["id"], status="done"
    )
    other = await create_interview(anon, company="Globex", interviewers=[DANA], next_steps=None)
    edited_id = (await tasks_by_origin(anon, interview_id=other["id"]))[
        f"thank_you:{other['interviewers'][0]['id']}"
    ]["id"]
    await patch_task(anon, edited_id, due_at="2054-12-02T09:00:00Z")

    await patch_interview(anon, interview["id"], outcome="rejected")
    await patch_interview(anon, other["id"], outcome="rejected")

    tasks = await tasks_by_origin(anon, interview_id=interview["id"])
    assert tasks[f"thank_you:{dana['id']}"]["status"] == "done"
    # Sam is not the one the rejection thank-you goes to: his thank-you stands.
    assert tasks[f"thank_you:{sam['id']}"]["status"] == "open"
    edited = (await tasks_by_origin(anon, interview_id=other["id"]))[
        f"thank_you:{other['interviewers'][0]['id']}"
    ]
    assert (edited["status"], edited["due_at"]) == ("open", "2054-12-02T09:00:00Z")


async def test_feedback_in_thank_you_setting_closes_the_separate_feedback_request(
    anon: Client,
) -> None:
    await sign_up(anon)
    interview = await create_interview(anon, interviewers=[DANA], next_steps=None)
    await patch_interview(anon, interview["id"], outcome="rejected")
    before = await tasks_by_origin(anon)
    assert before["feedback_request"]["status"] == "open"

    response = await anon.patch("/v1/me/playbook", json={"rejection_feedback_in_thank_you": True})
    assert response.status_code == 200

    tasks = await tasks_by_origin(anon)
    assert (tasks["feedback_request"]["status"], tasks["feedback_request"]["skip_reason"]) == (
        "skipped",
        "Your playbook settings ask for feedback in the thank-you after the rejection, as one "
        "note.",
    )
    rejection_thank_you = tasks["rejection_thank_you"]
    assert rejection_thank_you["id"] == before["rejection_thank_you"]["id"]
    assert rejection_thank_you["guidance"].endswith(
        "In the same note, politely ask for any feedback they can give on your interview "
        "performance or your qualifications for the role: keep the request short and easy to "
        "answer. Your playbook settings plan no separate feedback request."
    )


# Preview


async def test_preview_lists_the_tasks_an_interview_would_generate_and_saves_nothing(
    anon: Client,
) -> None:
    await sign_up(anon)
    body = interview_body(interviewers=[SAM, DANA], next_steps={"expected_by": "2054-12-04"})

    response = await anon.post("/v1/playbook/preview", json=body)

    assert response.status_code == 200
    assert response.json() == {
        "tasks": [
            {
                "kind": "linkedin_connect",
                "title": "Connect with Dana Lee on LinkedIn",
                "guidance": GUIDANCE[TaskKind.LINKEDIN_CONNECT],
                "due_at": "2054-11-30T14:00:00Z",
                "deadline_at": None,
                "interviewer_index": 1,
            },
            {
                "kind": "thank_you",
                "title": "Send a thank-you note to Sam Ortiz",
                "guidance": thank_you_by("Tuesday, 1 December at 15:00 (Europe/Berlin)"),
                "due_at": "2054-11-30T14:00:00Z",
                "deadline_at": "2054-12-01T14:00:00Z",
                "interviewer_index": 0,
            },
            {
                "kind": "thank_you",
                "title": "Send a thank-you note to Dana Lee",
                "guidance": thank_you_by("Tuesday, 1 December at 15:00 (Europe/Berlin)"),
                "due_at": "2054-11-30T14:00:00Z",
                "deadline_at": "2054-12-01T14:00:00Z",
                "interviewer_index": 1,
            },
            {
                "kind": "next_steps_follow_up",
                "title": "Follow up with Acme Robotics on next steps",
                "guidance": GUIDANCE[TaskKind.NEXT_STEPS_FOLLOW_UP],
                "due_at": "2054-12-08T09:00:00Z",
                "deadline_at": None,
                "interviewer_index": 1,
            },
            {
                "kind": "periodic_update",
                "title": "Send an update to Dana Lee at Acme Robotics",
                "guidance": GUIDANCE[TaskKind.PERIODIC_UPDATE],
                "due_at": "2054-12-11T14:00:00Z",
                "deadline_at": None,
                "interviewer_index": 1,
            },
        ]
    }
    assert (await anon.get("/v1/interviews")).json()["data"] == []
    assert await all_tasks(anon) == []
    assert (await anon.get("/v1/contacts")).json()["data"] == []


async def test_preview_of_an_invalid_interview_is_422_naming_the_field(anon: Client) -> None:
    await sign_up(anon)
    response = await anon.post("/v1/playbook/preview", json=interview_body(timezone="Mars/Olympus"))
    assert response.status_code == 422
    assert [error["pointer"] for error in response.json()["errors"]] == ["/body/timezone"]

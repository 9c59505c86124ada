import copy
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from pydantic import ValidationError

from api.auth.models import User
from api.playbook.guidance import GUIDANCE, TaskKind, task_title
from api.playbook.reconcile import thank_you_deadline
from api.playbook.rules import (
    InterviewerFacts,
    InterviewFacts,
    PlannedTask,
    RuleHistory,
    drop_reason,
    plan,
)
from api.playbook.settings import PlaybookSettings
from api.playbook.worktime import MONDAY_TO_FRIDAY, public_holidays
from tests.playbook.test_worktime import (
    AUCKLAND,
    BERLIN,
    JERUSALEM,
    LOS_ANGELES,
    NEW_YORK,
    SUNDAY_TO_THURSDAY,
    ZONE_NAMES,
    at,
    count_working_hours,
    is_clock_change_day,
    utc,
)

INTERVIEW_ID = uuid.UUID(int=100)
DANA_ID = uuid.UUID(int=1)
SAM_ID = uuid.UUID(int=2)
NO_HISTORY = RuleHistory()
SWITCHES = (
    "thank_you_enabled",
    "next_steps_follow_up_enabled",
    "periodic_update_enabled",
    "linkedin_connect_enabled",
    "rejection_follow_up_enabled",
    "reflection_enabled",
    "keep_in_touch_enabled",
)


def interviewer(
    *,
    id: uuid.UUID = DANA_ID,
    name: str = "Dana Lee",
    email: str | None = "dana@acme.example",
    linkedin_url: str | None = None,
    is_hiring_manager: bool = False,
) -> InterviewerFacts:
    return InterviewerFacts(
        id=id,
        name=name,
        email=email,
        linkedin_url=linkedin_url,
        is_hiring_manager=is_hiring_manager,
        contact_id=None,
    )


DANA = interviewer()
SAM_HIRING_MANAGER = interviewer(
    id=SAM_ID, name="Sam Park", email="sam@acme.example", is_hiring_manager=True
)


def interview(
    *,
    scheduled_at: datetime = at(BERLIN, 2026, 6, 12, 14),  # a Friday; ends 15:00
    duration_minutes: int | None = 60,
    timezone: str = "Europe/Berlin",
    status: str = "completed",
    outcome: str = "pending",
    outcome_decided_at: datetime | None = None,
    next_steps_expected_by: date | None = None,
    next_steps_description: str | None = None,
    interviewers: tuple[InterviewerFacts, ...] = (DANA,),
) -> InterviewFacts:
    return InterviewFacts(
        id=INTERVIEW_ID,
        company="Acme",
        position="Staff Engineer",
        scheduled_at=scheduled_at,
        duration_minutes=duration_minutes,
        timezone=timezone,
        status=status,
        outcome=outcome,
        outcome_decided_at=outcome_decided_at,
        next_steps_expected_by=next_steps_expected_by,
        next_steps_description=next_steps_description,
        interviewers=interviewers,
    )


def only(*enabled: str, **tuning: Any) -> PlaybookSettings:
    """Settings with every rule switched off except `enabled`."""
    switches = {switch: switch in enabled for switch in SWITCHES}
    return PlaybookSettings.model_validate({**switches, **tuning})


def task(
    kind: TaskKind,
    rule_key: str,
    due_at: datetime,
    deadline_at: datetime | None = None,
    *,
    to: InterviewerFacts | None = None,
    guidance: str | None = None,
) -> PlannedTask:
    return PlannedTask(
        rule_key=rule_key,
        kind=kind,
        title=task_title(kind, company="Acme", person=to.name if to else None),
        guidance=guidance or GUIDANCE[kind],
        due_at=due_at,
        deadline_at=deadline_at,
        interviewer_id=to.id if to else None,
    )


THANK_YOU_HOW = (
    "Address the interviewer by name and mention specific points you discussed, so the note "
    "could only be about your conversation. Reiterate your interest in the position and the "
    "organization, and if they mentioned a timeline or next steps, follow up on them and say "
    "you look forward to moving forward."
)


def thank_you_by(deadline: str) -> str:
    """The default thank-you guidance, naming its deadline as written out by the test."""
    return (
        "Send your note within one working day of the interview, and no later than two "
        f"working days after it, by {deadline}: being prompt shows your interest in the "
        f"position. {THANK_YOU_HOW}"
    )


def planned_kinds(tasks: list[PlannedTask]) -> set[TaskKind]:
    return {planned.kind for planned in tasks}


# thank_you


def test_plan_two_interviewers_thank_each_by_name_due_monday_deadline_tuesday() -> None:
    facts = interview(interviewers=(DANA, SAM_HIRING_MANAGER))

    tasks = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    due, deadline = at(BERLIN, 2026, 6, 15, 15), at(BERLIN, 2026, 6, 16, 15)
    guidance = thank_you_by("Tuesday, 16 June at 15:00 (Europe/Berlin)")
    assert tasks == [
        task(TaskKind.THANK_YOU, f"thank_you:{DANA_ID}", due, deadline, to=DANA, guidance=guidance),
        task(
            TaskKind.THANK_YOU,
            f"thank_you:{SAM_ID}",
            due,
            deadline,
            to=SAM_HIRING_MANAGER,
            guidance=guidance,
        ),
    ]
    assert tasks[0].title == "Send a thank-you note to Dana Lee"


def test_plan_no_interviewers_one_thank_you_naming_the_company() -> None:
    facts = interview(scheduled_at=at(BERLIN, 2026, 6, 15, 9), interviewers=())

    tasks = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        PlannedTask(
            rule_key="thank_you",
            kind=TaskKind.THANK_YOU,
            title="Send a thank-you note to your interviewers at Acme",
            guidance=thank_you_by("Wednesday, 17 June at 10:00 (Europe/Berlin)"),
            due_at=at(BERLIN, 2026, 6, 16, 10),
            deadline_at=at(BERLIN, 2026, 6, 17, 10),
            interviewer_id=None,
        )
    ]


def test_plan_tuned_thank_you_hours_due_and_deadline_follow_settings() -> None:
    settings = only("thank_you_enabled", thank_you_due_hours=4, thank_you_deadline_hours=30)

    tasks = plan(interview(), settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.THANK_YOU,
            f"thank_you:{DANA_ID}",
            at(BERLIN, 2026, 6, 12, 19),
            at(BERLIN, 2026, 6, 15, 21),
            to=DANA,
            guidance=(
                "Send your note within 4 working hours of the interview, and no later than 30 "
                "working hours after it, by Monday, 15 June at 21:00 (Europe/Berlin): being "
                f"prompt shows your interest in the position. {THANK_YOU_HOW}"
            ),
        )
    ]


def test_plan_missing_duration_interview_lasts_an_hour() -> None:
    facts = interview(duration_minutes=None)

    tasks = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.due_at for planned in tasks] == [at(BERLIN, 2026, 6, 15, 15)]


def test_plan_sunday_to_thursday_week_thursday_interview_thank_you_due_sunday() -> None:
    facts = interview(
        scheduled_at=at(JERUSALEM, 2026, 6, 4, 13, 30),
        duration_minutes=90,
        timezone="Asia/Jerusalem",
    )

    tasks = plan(facts, only("thank_you_enabled"), SUNDAY_TO_THURSDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.THANK_YOU,
            f"thank_you:{DANA_ID}",
            at(JERUSALEM, 2026, 6, 7, 15),
            at(JERUSALEM, 2026, 6, 8, 15),
            to=DANA,
            guidance=thank_you_by("Monday, 8 June at 15:00 (Asia/Jerusalem)"),
        )
    ]


def test_plan_berlin_fall_back_weekend_thank_you_keeps_local_time() -> None:
    facts = interview(scheduled_at=at(BERLIN, 2026, 10, 23, 14))

    tasks = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [(t.due_at, t.deadline_at) for t in tasks] == [
        (utc(2026, 10, 26, 14), utc(2026, 10, 27, 14))
    ]


def test_plan_new_york_spring_forward_weekend_thank_you_keeps_local_time() -> None:
    facts = interview(scheduled_at=at(NEW_YORK, 2026, 3, 6, 14), timezone="America/New_York")

    tasks = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [(t.due_at, t.deadline_at) for t in tasks] == [
        (utc(2026, 3, 9, 19), utc(2026, 3, 10, 19))
    ]


def test_plan_cancelled_interview_plans_nothing() -> None:
    facts = interview(
        status="cancelled",
        next_steps_expected_by=date(2026, 6, 18),
        interviewers=(interviewer(linkedin_url="https://www.linkedin.com/in/danalee"),),
    )

    assert plan(facts, PlaybookSettings(), MONDAY_TO_FRIDAY, NO_HISTORY) == []


def test_plan_berlin_christmas_holiday_thank_you_deadline_skips_to_monday() -> None:
    facts = interview(scheduled_at=at(BERLIN, 2026, 12, 23, 14))  # a Wednesday; ends 15:00

    tasks = plan(
        facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY, public_holidays("DE-BE")
    )

    # 24 December is a working day in Berlin; 25 December is a public holiday.
    assert tasks == [
        task(
            TaskKind.THANK_YOU,
            f"thank_you:{DANA_ID}",
            utc(2026, 12, 24, 14),  # Thursday 15:00 in Berlin
            utc(2026, 12, 28, 14),  # Monday 15:00 in Berlin
            to=DANA,
            guidance=thank_you_by("Monday, 28 December at 15:00 (Europe/Berlin)"),
        )
    ]


def test_plan_without_holiday_country_christmas_counts_as_a_working_day() -> None:
    facts = interview(scheduled_at=at(BERLIN, 2026, 12, 23, 14))

    [thank_you] = plan(facts, only("thank_you_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert thank_you.deadline_at == utc(2026, 12, 25, 14)


# next_steps_follow_up


def test_plan_expected_by_thursday_follow_up_due_monday_ten_to_hiring_manager() -> None:
    facts = interview(
        next_steps_expected_by=date(2026, 6, 18), interviewers=(DANA, SAM_HIRING_MANAGER)
    )

    tasks = plan(facts, only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.NEXT_STEPS_FOLLOW_UP,
            "next_steps_follow_up",
            at(BERLIN, 2026, 6, 22, 10),
            to=SAM_HIRING_MANAGER,
        )
    ]
    assert tasks[0].title == "Follow up with Acme on next steps"


def test_plan_expected_by_without_hiring_manager_follow_up_goes_to_first_interviewer() -> None:
    sam = interviewer(id=SAM_ID, name="Sam Park")
    facts = interview(next_steps_expected_by=date(2026, 6, 18), interviewers=(DANA, sam))

    tasks = plan(facts, only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.interviewer_id for planned in tasks] == [DANA_ID]


def test_plan_expected_by_saturday_no_grace_follow_up_due_monday_at_set_time() -> None:
    facts = interview(
        scheduled_at=at(NEW_YORK, 2026, 6, 10, 11),
        timezone="America/New_York",
        next_steps_expected_by=date(2026, 6, 20),
    )
    settings = only(
        "next_steps_follow_up_enabled",
        next_steps_grace_days=0,
        next_steps_follow_up_time="09:30",
    )

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.due_at for planned in tasks] == [at(NEW_YORK, 2026, 6, 22, 9, 30)]


def test_plan_no_expected_by_plans_no_next_steps_follow_up() -> None:
    tasks = plan(interview(), only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == []


UNDATED_NEXT_STEPS_GUIDANCE = (
    "They gave no date for next steps, and it has been five working days since the interview. "
    "Send the hiring manager a short, polite message: reiterate your interest in the position "
    "and the organization, and ask whether there is an update on next steps and when they "
    "expect to decide."
)


def test_plan_next_steps_without_date_follow_up_a_working_week_later_at_ten() -> None:
    facts = interview(
        next_steps_description="Final round to be scheduled",
        interviewers=(DANA, SAM_HIRING_MANAGER),
    )

    tasks = plan(facts, only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    # The interview ended Friday 12 June at 15:00; five working days later is Friday 19 June.
    assert tasks == [
        task(
            TaskKind.NEXT_STEPS_FOLLOW_UP,
            "next_steps_follow_up",
            utc(2026, 6, 19, 8),
            to=SAM_HIRING_MANAGER,
            guidance=UNDATED_NEXT_STEPS_GUIDANCE,
        )
    ]


def test_plan_next_steps_without_date_tuned_wait_and_holiday_move_the_follow_up() -> None:
    facts = interview(
        scheduled_at=at(BERLIN, 2026, 12, 21, 9),  # a Monday
        next_steps_description="We will schedule the final round",
    )
    settings = only("next_steps_follow_up_enabled", next_steps_undated_working_days=3)

    [follow_up] = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY, public_holidays("DE"))

    # Tuesday 22, Wednesday 23, Thursday 24 December: the 25th is a holiday, not the 3rd day.
    assert follow_up.due_at == utc(2026, 12, 24, 9)
    assert follow_up.guidance.startswith(
        "They gave no date for next steps, and it has been three working days since"
    )


def test_plan_next_steps_blank_description_without_date_plans_no_follow_up() -> None:
    facts = interview(next_steps_description="  ")

    assert plan(facts, only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY) == []


def test_plan_next_steps_date_added_later_follows_the_date() -> None:
    facts = interview(
        next_steps_description="A decision by Thursday", next_steps_expected_by=date(2026, 6, 18)
    )

    [follow_up] = plan(facts, only("next_steps_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert (follow_up.due_at, follow_up.guidance) == (
        at(BERLIN, 2026, 6, 22, 10),
        GUIDANCE[TaskKind.NEXT_STEPS_FOLLOW_UP],
    )


# periodic_update


def test_plan_pending_outcome_first_update_due_fourteen_days_after_end() -> None:
    facts = interview(interviewers=(DANA, SAM_HIRING_MANAGER))

    tasks = plan(facts, only("periodic_update_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.PERIODIC_UPDATE,
            "periodic_update:1",
            at(BERLIN, 2026, 6, 26, 15),
            to=SAM_HIRING_MANAGER,
        )
    ]


def test_plan_update_interval_landing_on_saturday_rolls_to_monday() -> None:
    settings = only("periodic_update_enabled", periodic_update_interval_days=15)

    tasks = plan(interview(), settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.due_at for planned in tasks] == [at(BERLIN, 2026, 6, 29, 15)]


def test_plan_first_update_closed_late_second_due_interval_after_closing() -> None:
    history = RuleHistory(closed={"periodic_update:1": utc(2026, 7, 1, 7, 12)})

    tasks = plan(interview(), only("periodic_update_enabled"), MONDAY_TO_FRIDAY, history)

    assert tasks == [
        task(TaskKind.PERIODIC_UPDATE, "periodic_update:2", at(BERLIN, 2026, 7, 15, 15), to=DANA)
    ]


def test_plan_first_update_closed_on_time_second_due_on_schedule() -> None:
    history = RuleHistory(closed={"periodic_update:1": utc(2026, 6, 20, 7)})

    tasks = plan(interview(), only("periodic_update_enabled"), MONDAY_TO_FRIDAY, history)

    assert tasks == [
        task(TaskKind.PERIODIC_UPDATE, "periodic_update:2", at(BERLIN, 2026, 7, 10, 15), to=DANA)
    ]


def test_plan_all_updates_closed_plans_no_more_updates() -> None:
    history = RuleHistory(
        closed={
            "periodic_update:1": utc(2026, 6, 26, 9),
            "periodic_update:2": utc(2026, 7, 10, 9),
            "periodic_update:3": utc(2026, 7, 24, 9),
        }
    )

    tasks = plan(interview(), only("periodic_update_enabled"), MONDAY_TO_FRIDAY, history)

    assert tasks == []


# linkedin_connect


def test_plan_interviewer_with_linkedin_url_connect_due_next_working_day() -> None:
    dana = interviewer(linkedin_url="https://www.linkedin.com/in/danalee")
    facts = interview(interviewers=(dana, SAM_HIRING_MANAGER))

    tasks = plan(facts, only("linkedin_connect_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.LINKEDIN_CONNECT,
            f"linkedin_connect:{DANA_ID}",
            at(BERLIN, 2026, 6, 15, 15),
            to=dana,
        )
    ]
    assert tasks[0].title == "Connect with Dana Lee on LinkedIn"


# after a rejection


def test_plan_rejected_outcome_thank_ask_feedback_reflect_and_keep_in_touch() -> None:
    decided_at = at(NEW_YORK, 2026, 6, 17, 16, 30)  # a Wednesday
    facts = interview(
        scheduled_at=at(NEW_YORK, 2026, 6, 10, 11),
        timezone="America/New_York",
        outcome="rejected",
        outcome_decided_at=decided_at,
        interviewers=(DANA, SAM_HIRING_MANAGER),
    )
    settings = only("rejection_follow_up_enabled", "reflection_enabled", "keep_in_touch_enabled")

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    thursday, friday = at(NEW_YORK, 2026, 6, 18, 10), at(NEW_YORK, 2026, 6, 19, 10)
    assert tasks == [
        task(TaskKind.REJECTION_THANK_YOU, "rejection_thank_you", thursday, to=SAM_HIRING_MANAGER),
        task(TaskKind.FEEDBACK_REQUEST, "feedback_request", friday, to=SAM_HIRING_MANAGER),
        task(TaskKind.REFLECTION, "reflection", friday),
        task(
            TaskKind.KEEP_IN_TOUCH,
            "keep_in_touch:1",
            at(NEW_YORK, 2026, 9, 15, 10),
            to=SAM_HIRING_MANAGER,
        ),
    ]


def test_plan_rejected_without_decision_time_counts_from_interview_end() -> None:
    facts = interview(outcome="rejected")

    tasks = plan(facts, only("reflection_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [task(TaskKind.REFLECTION, "reflection", at(BERLIN, 2026, 6, 16, 10))]


def test_plan_logged_contact_resets_keep_in_touch_clock() -> None:
    facts = interview(outcome="rejected", outcome_decided_at=at(BERLIN, 2026, 6, 17, 16, 30))
    history = RuleHistory(keep_in_touch_anchor=utc(2026, 7, 1, 12))

    tasks = plan(facts, only("keep_in_touch_enabled"), MONDAY_TO_FRIDAY, history)

    assert tasks == [
        task(TaskKind.KEEP_IN_TOUCH, "keep_in_touch:1", at(BERLIN, 2026, 9, 29, 10), to=DANA)
    ]


def test_plan_keep_in_touch_closed_next_due_from_latest_contact() -> None:
    facts = interview(outcome="rejected", outcome_decided_at=at(BERLIN, 2026, 6, 17, 16, 30))
    history = RuleHistory(
        closed={"keep_in_touch:1": utc(2026, 9, 16, 8)},
        keep_in_touch_anchor=utc(2026, 10, 1, 8),
    )

    tasks = plan(facts, only("keep_in_touch_enabled"), MONDAY_TO_FRIDAY, history)

    assert tasks == [
        task(TaskKind.KEEP_IN_TOUCH, "keep_in_touch:2", at(BERLIN, 2026, 12, 30, 10), to=DANA)
    ]


def test_plan_rejected_supersedes_the_thank_you_to_the_same_person_only() -> None:
    facts = interview(
        outcome="rejected",
        outcome_decided_at=at(BERLIN, 2026, 6, 12, 21, 40),
        interviewers=(DANA, SAM_HIRING_MANAGER),
    )
    settings = only("thank_you_enabled", "rejection_follow_up_enabled")

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [(planned.rule_key, planned.due_at) for planned in tasks] == [
        ("rejection_thank_you", utc(2026, 6, 15, 8)),  # Monday 10:00, not Friday 21:40
        (f"thank_you:{DANA_ID}", utc(2026, 6, 15, 13)),  # Monday 15:00 in Berlin
        ("feedback_request", utc(2026, 6, 16, 8)),  # a working day after the thank-you
    ]


def test_plan_rejected_without_interviewers_supersedes_the_interview_thank_you() -> None:
    facts = interview(outcome="rejected", interviewers=())
    settings = only("thank_you_enabled", "rejection_follow_up_enabled")

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.rule_key for planned in tasks] == ["rejection_thank_you", "feedback_request"]


def test_plan_rejected_feedback_in_thank_you_setting_plans_one_note() -> None:
    facts = interview(outcome="rejected", outcome_decided_at=at(BERLIN, 2026, 6, 15, 9))
    settings = only("rejection_follow_up_enabled", rejection_feedback_in_thank_you=True)

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert tasks == [
        task(
            TaskKind.REJECTION_THANK_YOU,
            "rejection_thank_you",
            at(BERLIN, 2026, 6, 16, 10),
            to=DANA,
            guidance=(
                "Stay positive and professional. Send the hiring manager a gracious thank-you "
                "note to thank them for the interview and express your appreciation for the "
                "opportunity, and reiterate your continued interest in the organization. In "
                "the same note, politely ask for any feedback they can give on your interview "
                "performance or your qualifications for the role: keep the request short and "
                "easy to answer. Your playbook settings plan no separate feedback request."
            ),
        )
    ]


def test_plan_rejected_in_auckland_early_monday_counts_days_in_auckland() -> None:
    # Monday 08:00 in Auckland is still Sunday 20:00 in UTC.
    facts = interview(
        scheduled_at=at(AUCKLAND, 2026, 7, 8, 14),
        timezone="Pacific/Auckland",
        outcome="rejected",
        outcome_decided_at=at(AUCKLAND, 2026, 7, 13, 8),
    )
    settings = only("rejection_follow_up_enabled", "reflection_enabled", "keep_in_touch_enabled")

    tasks = plan(facts, settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [(planned.rule_key, planned.due_at) for planned in tasks] == [
        ("rejection_thank_you", utc(2026, 7, 13, 22)),  # Tuesday 14 July, 10:00 NZST
        ("feedback_request", utc(2026, 7, 14, 22)),  # Wednesday 15 July, 10:00 NZST
        ("reflection", utc(2026, 7, 14, 22)),
        ("keep_in_touch:1", utc(2026, 10, 11, 21)),  # Monday 12 October, 10:00 NZDT
    ]


def test_plan_rejected_in_los_angeles_friday_evening_due_monday_ten_pacific() -> None:
    # Friday 16:30 in Los Angeles is already Friday 23:30 in UTC, and 17:30 would be Saturday.
    facts = interview(
        scheduled_at=at(LOS_ANGELES, 2026, 6, 10, 9),
        timezone="America/Los_Angeles",
        outcome="rejected",
        outcome_decided_at=at(LOS_ANGELES, 2026, 6, 12, 17, 30),
    )

    tasks = plan(facts, only("rejection_follow_up_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [(planned.rule_key, planned.due_at) for planned in tasks] == [
        ("rejection_thank_you", utc(2026, 6, 15, 17)),  # Monday 10:00 PDT
        ("feedback_request", utc(2026, 6, 16, 17)),  # Tuesday 10:00 PDT
    ]


def test_plan_periodic_update_in_los_angeles_keeps_pacific_dates_and_time() -> None:
    # Ends Friday 12 June 17:00 PDT, which is Saturday 00:00 in UTC.
    facts = interview(scheduled_at=at(LOS_ANGELES, 2026, 6, 12, 16), timezone="America/Los_Angeles")

    [update] = plan(facts, only("periodic_update_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert update.due_at == utc(2026, 6, 27, 0)  # Friday 26 June, 17:00 PDT


def test_plan_periodic_update_in_auckland_skips_a_new_zealand_holiday() -> None:
    # Ends Monday 12 October 2026 at 16:00 NZDT; 14 days later is Monday 26 October, Labour
    # Day in New Zealand, so the update moves to Tuesday.
    facts = interview(scheduled_at=at(AUCKLAND, 2026, 10, 12, 15), timezone="Pacific/Auckland")

    [update] = plan(
        facts, only("periodic_update_enabled"), MONDAY_TO_FRIDAY, NO_HISTORY, public_holidays("NZ")
    )

    assert update.due_at == utc(2026, 10, 27, 3)  # Tuesday 27 October, 16:00 NZDT


# decided outcomes and switches


@pytest.mark.parametrize("outcome", ["advanced", "offer", "rejected", "withdrawn"])
def test_plan_decided_outcome_plans_no_next_steps_follow_up_or_update(outcome: str) -> None:
    facts = interview(
        outcome=outcome,
        outcome_decided_at=at(BERLIN, 2026, 6, 17, 9),
        next_steps_expected_by=date(2026, 6, 18),
    )

    tasks = plan(facts, PlaybookSettings(), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert not planned_kinds(tasks) & {TaskKind.NEXT_STEPS_FOLLOW_UP, TaskKind.PERIODIC_UPDATE}
    # A rejection's own thank-you replaces the thank-you to the same person.
    assert (TaskKind.THANK_YOU in planned_kinds(tasks)) is (outcome != "rejected")


@pytest.mark.parametrize(
    ("outcome", "switch", "kinds", "restored"),
    [
        ("pending", "thank_you_enabled", {TaskKind.THANK_YOU}, set()),
        ("pending", "next_steps_follow_up_enabled", {TaskKind.NEXT_STEPS_FOLLOW_UP}, set()),
        ("pending", "periodic_update_enabled", {TaskKind.PERIODIC_UPDATE}, set()),
        ("pending", "linkedin_connect_enabled", {TaskKind.LINKEDIN_CONNECT}, set()),
        (
            "rejected",
            "rejection_follow_up_enabled",
            {TaskKind.REJECTION_THANK_YOU, TaskKind.FEEDBACK_REQUEST},
            # Without a thank-you after the rejection, the interview's thank-you stays.
            {TaskKind.THANK_YOU},
        ),
        ("rejected", "reflection_enabled", {TaskKind.REFLECTION}, set()),
        ("rejected", "keep_in_touch_enabled", {TaskKind.KEEP_IN_TOUCH}, set()),
    ],
)
def test_plan_rule_switched_off_plans_none_of_its_kinds(
    outcome: str, switch: str, kinds: set[TaskKind], restored: set[TaskKind]
) -> None:
    facts = interview(
        outcome=outcome,
        outcome_decided_at=None if outcome == "pending" else at(BERLIN, 2026, 6, 17, 9),
        next_steps_expected_by=date(2026, 6, 18),
        interviewers=(interviewer(linkedin_url="https://www.linkedin.com/in/danalee"),),
    )
    switched_on = plan(facts, PlaybookSettings(), MONDAY_TO_FRIDAY, NO_HISTORY)

    switched_off = plan(
        facts, PlaybookSettings.model_validate({switch: False}), MONDAY_TO_FRIDAY, NO_HISTORY
    )

    assert kinds <= planned_kinds(switched_on)
    assert planned_kinds(switched_off) == (planned_kinds(switched_on) - kinds) | restored


def test_plan_default_settings_tasks_ordered_by_due_time() -> None:
    facts = interview(
        next_steps_expected_by=date(2026, 6, 18),
        interviewers=(interviewer(linkedin_url="https://www.linkedin.com/in/danalee"),),
    )

    tasks = plan(facts, PlaybookSettings(), MONDAY_TO_FRIDAY, NO_HISTORY)

    assert [planned.rule_key for planned in tasks] == [
        f"linkedin_connect:{DANA_ID}",
        f"thank_you:{DANA_ID}",
        "next_steps_follow_up",
        "periodic_update:1",
    ]


def test_plan_empty_working_days_raises() -> None:
    with pytest.raises(ValueError, match="at least one ISO weekday"):
        plan(interview(), PlaybookSettings(), frozenset(), NO_HISTORY)


# facts


def test_interview_facts_naive_scheduled_at_raises() -> None:
    with pytest.raises(ValueError, match="scheduled_at must be timezone-aware"):
        interview(scheduled_at=datetime(2026, 6, 12, 14))  # noqa: DTZ001


def test_interview_facts_repeated_interviewer_id_raises() -> None:
    with pytest.raises(ValueError, match="interviewer ids must be unique"):
        interview(interviewers=(DANA, interviewer(name="Dana Lee (again)")))


def test_interview_facts_unknown_time_zone_raises() -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        interview(timezone="Mars/Olympus")


def test_interview_facts_unknown_outcome_raises() -> None:
    with pytest.raises(ValueError, match="unknown interview outcome 'ghosted'"):
        interview(outcome="ghosted")


# drop_reason


def test_drop_reason_cancelled_interview_says_so() -> None:
    reason = drop_reason(interview(status="cancelled"), PlaybookSettings(), "periodic_update:1")

    assert reason == "The interview was cancelled."


@pytest.mark.parametrize(
    ("outcome", "reason"),
    [
        ("advanced", "The outcome is decided: you advanced to the next round."),
        ("offer", "The outcome is decided: you received an offer."),
        ("rejected", "The outcome is decided: the application was rejected."),
        ("withdrawn", "The outcome is decided: you withdrew your application."),
    ],
)
def test_drop_reason_decided_outcome_names_the_outcome(outcome: str, reason: str) -> None:
    facts = interview(outcome=outcome, next_steps_expected_by=date(2026, 6, 18))

    assert drop_reason(facts, PlaybookSettings(), "next_steps_follow_up") == reason
    assert drop_reason(facts, PlaybookSettings(), "periodic_update:2") == reason


def test_drop_reason_removed_interviewer_says_so() -> None:
    reason = drop_reason(interview(), PlaybookSettings(), f"thank_you:{SAM_ID}")

    assert reason == "The interviewer was removed from the interview."


def test_drop_reason_linkedin_url_removed_names_the_interviewer() -> None:
    reason = drop_reason(interview(), PlaybookSettings(), f"linkedin_connect:{DANA_ID}")

    assert reason == "Dana Lee no longer has a LinkedIn URL."


def test_drop_reason_interviewers_added_replaces_the_interview_thank_you() -> None:
    reason = drop_reason(interview(), PlaybookSettings(), "thank_you")

    assert reason == "The interview now lists its interviewers, each with a thank-you of their own."


def test_drop_reason_rule_switched_off_names_the_rule() -> None:
    settings = PlaybookSettings(linkedin_connect_enabled=False)

    reason = drop_reason(interview(), settings, f"linkedin_connect:{DANA_ID}")

    assert reason == "LinkedIn connection requests are switched off in your playbook settings."


def test_drop_reason_rejection_superseded_thank_you_says_why() -> None:
    facts = interview(outcome="rejected", interviewers=(DANA, SAM_HIRING_MANAGER))

    reason = drop_reason(facts, PlaybookSettings(), f"thank_you:{SAM_ID}")

    assert reason == (
        "The application was rejected: the thank-you after the rejection replaces this note, "
        "and thanks them for the interview too."
    )


def test_drop_reason_feedback_asked_in_thank_you_says_so() -> None:
    settings = PlaybookSettings(rejection_feedback_in_thank_you=True)

    reason = drop_reason(interview(outcome="rejected"), settings, "feedback_request")

    assert reason == (
        "Your playbook settings ask for feedback in the thank-you after the rejection, as one note."
    )


def test_drop_reason_next_steps_cleared_says_so() -> None:
    reason = drop_reason(interview(), PlaybookSettings(), "next_steps_follow_up")

    assert reason == "The interview no longer has next steps to follow up on."


def test_drop_reason_update_beyond_lowered_count_names_the_limit() -> None:
    settings = PlaybookSettings(periodic_update_count=2)

    reason = drop_reason(interview(), settings, "periodic_update:3")

    assert reason == "Your playbook settings now allow at most 2 periodic updates."


def test_drop_reason_rejection_reversed_names_the_new_outcome() -> None:
    reason = drop_reason(interview(outcome="offer"), PlaybookSettings(), "keep_in_touch:1")

    assert reason == "The application is no longer rejected: you received an offer."


def test_drop_reason_unknown_rule_key_gives_a_general_reason() -> None:
    reason = drop_reason(interview(), PlaybookSettings(), "carrier_pigeon")

    assert reason == "The playbook no longer calls for this task."


# settings and guidance


def test_playbook_settings_defaults_follow_the_product_table() -> None:
    assert PlaybookSettings().model_dump() == {
        "thank_you_enabled": True,
        "thank_you_due_hours": 24,
        "thank_you_deadline_hours": 48,
        "next_steps_follow_up_enabled": True,
        "next_steps_grace_days": 2,
        "next_steps_follow_up_time": time(10, 0),
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


def test_plan_deadline_hours_below_due_hours_makes_the_note_overdue_when_due() -> None:
    settings = only("thank_you_enabled", thank_you_due_hours=72, thank_you_deadline_hours=48)

    [thank_you] = plan(interview(interviewers=(DANA,)), settings, MONDAY_TO_FRIDAY, NO_HISTORY)

    assert thank_you.deadline_at == thank_you.due_at


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("thank_you_due_hours", 0),
        ("thank_you_deadline_hours", 10_000),
        ("next_steps_grace_days", -1),
        ("periodic_update_interval_days", 1),
        ("periodic_update_count", 100),
        ("linkedin_connect_working_days", 365),
        ("keep_in_touch_interval_days", 0),
        ("next_steps_follow_up_time", "10:00+02:00"),
        ("snail_mail_enabled", True),
    ],
)
def test_playbook_settings_bad_value_rejected_naming_the_field(field: str, value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        PlaybookSettings.model_validate({field: value})

    assert [error["loc"] for error in caught.value.errors()] == [(field,)]


def test_guidance_every_task_kind_has_a_paragraph() -> None:
    assert set(GUIDANCE) == set(TaskKind)
    assert all(GUIDANCE[kind].strip() for kind in TaskKind)


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (TaskKind.THANK_YOU, "Send a thank-you note to Dana Lee"),
        (TaskKind.NEXT_STEPS_FOLLOW_UP, "Follow up with Acme on next steps"),
        (TaskKind.PERIODIC_UPDATE, "Send an update to Dana Lee at Acme"),
        (TaskKind.SHARE_RESOURCE, "Share a relevant article or resource with Dana Lee at Acme"),
        (TaskKind.NETWORKING_EVENT, "Find an industry event to meet people from Acme"),
        (TaskKind.LINKEDIN_CONNECT, "Connect with Dana Lee on LinkedIn"),
        (TaskKind.REJECTION_THANK_YOU, "Thank Dana Lee at Acme for the opportunity"),
        (TaskKind.FEEDBACK_REQUEST, "Ask Dana Lee at Acme for feedback on your interview"),
        (TaskKind.KEEP_IN_TOUCH, "Keep in touch with Dana Lee at Acme"),
        (TaskKind.REFLECTION, "Reflect on your interview at Acme"),
        (TaskKind.CUSTOM, "Follow up with Dana Lee at Acme"),
    ],
)
def test_task_title_with_person_names_them(kind: TaskKind, title: str) -> None:
    assert task_title(kind, company="Acme", person="Dana Lee") == title


def test_task_title_without_person_names_the_company() -> None:
    assert task_title(TaskKind.PERIODIC_UPDATE, company="Acme") == "Send an update to Acme"


# properties

aware_instants = st.datetimes(
    min_value=datetime(2024, 1, 1),  # noqa: DTZ001
    max_value=datetime(2030, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)

interviewers = st.builds(
    InterviewerFacts,
    id=st.uuids(),
    name=st.text(max_size=30),
    email=st.none() | st.emails(),
    linkedin_url=st.none() | st.just("https://www.linkedin.com/in/someone"),
    is_hiring_manager=st.booleans(),
    contact_id=st.none() | st.uuids(),
)

interviews = st.builds(
    InterviewFacts,
    id=st.uuids(),
    company=st.text(min_size=1, max_size=30),
    position=st.text(min_size=1, max_size=30),
    scheduled_at=aware_instants,
    duration_minutes=st.none() | st.integers(min_value=1, max_value=600),
    timezone=st.sampled_from(ZONE_NAMES),
    status=st.sampled_from(["scheduled", "completed", "cancelled"]),
    outcome=st.sampled_from(["pending", "advanced", "offer", "rejected", "withdrawn"]),
    outcome_decided_at=st.none() | aware_instants,
    next_steps_expected_by=st.none() | st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    interviewers=st.lists(interviewers, max_size=4, unique_by=lambda i: i.id).map(tuple),
)


@st.composite
def playbook_settings(draw: st.DrawFn) -> PlaybookSettings:
    due_hours = draw(st.integers(min_value=1, max_value=336))
    return PlaybookSettings(
        thank_you_enabled=draw(st.booleans()),
        thank_you_due_hours=due_hours,
        thank_you_deadline_hours=draw(st.integers(min_value=due_hours, max_value=336)),
        next_steps_follow_up_enabled=draw(st.booleans()),
        next_steps_grace_days=draw(st.integers(min_value=0, max_value=30)),
        next_steps_follow_up_time=draw(st.times()),
        periodic_update_enabled=draw(st.booleans()),
        periodic_update_interval_days=draw(st.integers(min_value=7, max_value=180)),
        periodic_update_count=draw(st.integers(min_value=1, max_value=12)),
        linkedin_connect_enabled=draw(st.booleans()),
        linkedin_connect_working_days=draw(st.integers(min_value=0, max_value=30)),
        rejection_follow_up_enabled=draw(st.booleans()),
        reflection_enabled=draw(st.booleans()),
        keep_in_touch_enabled=draw(st.booleans()),
        keep_in_touch_interval_days=draw(st.integers(min_value=7, max_value=365)),
    )


histories = st.builds(
    RuleHistory,
    closed=st.dictionaries(
        st.sampled_from(
            [f"periodic_update:{n}" for n in range(1, 5)]
            + [f"keep_in_touch:{n}" for n in range(1, 5)]
        ),
        aware_instants,
    ),
    keep_in_touch_anchor=st.none() | aware_instants,
)

working_day_sets = st.frozensets(st.integers(min_value=1, max_value=7), min_size=1)


@given(interviews, playbook_settings(), working_day_sets, histories)
def test_plan_any_input_equal_input_gives_equal_plan(
    facts: InterviewFacts,
    settings: PlaybookSettings,
    working_days: frozenset[int],
    history: RuleHistory,
) -> None:
    first = plan(facts, settings, working_days, history)

    again = plan(*copy.deepcopy((facts, settings, working_days, history)))

    assert first == again


@given(interviews, playbook_settings(), working_day_sets, histories)
def test_plan_any_input_rule_keys_unique_and_times_utc(
    facts: InterviewFacts,
    settings: PlaybookSettings,
    working_days: frozenset[int],
    history: RuleHistory,
) -> None:
    tasks = plan(facts, settings, working_days, history)

    rule_keys = [planned.rule_key for planned in tasks]
    assert len(set(rule_keys)) == len(rule_keys)
    instants = [planned.due_at for planned in tasks]
    instants += [planned.deadline_at for planned in tasks if planned.deadline_at is not None]
    assert all(instant.tzinfo is UTC for instant in instants)


@given(interviews, playbook_settings(), working_day_sets)
def test_plan_any_input_thank_you_window_spans_configured_working_hours(
    facts: InterviewFacts, settings: PlaybookSettings, working_days: frozenset[int]
) -> None:
    tz = ZoneInfo(facts.timezone)
    window = timedelta(hours=settings.thank_you_deadline_hours - settings.thank_you_due_hours)

    tasks = plan(facts, settings, working_days, NO_HISTORY)

    for thank_you in (planned for planned in tasks if planned.kind is TaskKind.THANK_YOU):
        assert thank_you.deadline_at is not None
        assert thank_you.due_at <= thank_you.deadline_at
        due_wall = thank_you.due_at.astimezone(tz).replace(tzinfo=None)
        deadline_wall = thank_you.deadline_at.astimezone(tz).replace(tzinfo=None)
        # On a clock-change day a skipped wall time resolves an hour later (tested above).
        assume(not is_clock_change_day(due_wall.date(), tz))
        assume(not is_clock_change_day(deadline_wall.date(), tz))
        assert count_working_hours(due_wall, deadline_wall, working_days) == window


# the thank-you deadline for notes without a task


def test_thank_you_deadline_of_user_counts_their_holidays_and_settings() -> None:
    user = User(working_days=[1, 2, 3, 4, 5], holiday_country="DE-BE", playbook_settings={})

    deadline = thank_you_deadline(user, utc(2026, 12, 23, 14), "Europe/Berlin")

    assert deadline == utc(2026, 12, 28, 14)  # Monday 28 December, 15:00 in Berlin

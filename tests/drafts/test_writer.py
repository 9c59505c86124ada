"""The writer's rules: right for the person, the stage and the calendar; nothing invented,
nothing pasted, nothing said twice to the same person."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from api.drafts.facts import (
    ACCOMPLISHMENT_SLOT,
    RESOURCE_SLOT,
    AccomplishmentFact,
    Channel,
    DraftKind,
    Person,
    ResourceFact,
)
from api.drafts.phrasing import DiscussionPoint
from api.drafts.writer import compose
from api.drafts.writer.gallery import render_gallery
from api.drafts.writer.timeline import day_ahead, day_behind, read_next_step
from tests.drafts import DANA, OMAR, make_facts

GALLERY = Path(__file__).parent / "gallery.md"
# Monday 7 December 2026.
MONDAY = date(2026, 12, 7)


def _sentences(body: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s]


# --- the person ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title", ["Senior Technical Recruiter", "Talent Acquisition Partner", "HR Business Partner"]
)
def test_compose_thank_you_to_a_recruiter_thanks_for_the_process_not_the_tech(title: str) -> None:
    facts = make_facts(
        recipient=Person(name="Priya Natarajan", title=title),
        interview_discussion_points=("the Kafka migration",),
    )

    composed = compose(facts)

    assert composed.subject == "Thank you for your help with the Senior Backend Engineer process"
    assert _sentences(composed.body)[1] == (
        "Thank you for speaking with me yesterday and for your help with the Senior Backend "
        "Engineer process at Acme Cloud."
    )
    assert "Kafka" not in composed.body


def test_compose_thank_you_to_a_recruiter_mentions_what_they_explained() -> None:
    facts = make_facts(
        recipient=Person(
            name="Priya Natarajan",
            title="Recruiter",
            discussion_points=("the relocation package",),
        ),
        recipient_index=0,
    )

    assert "It was helpful to hear about the relocation package." in compose(facts).body


@pytest.mark.parametrize("channel", [Channel.EMAIL, Channel.LETTER, Channel.LINKEDIN])
def test_compose_greets_by_first_name_spelled_as_recorded(channel: Channel) -> None:
    names = ["Zoë Ångström", "Dr. Siobhán O'Brien", "Anne-Marie van Dijk"]
    greetings = []
    for name in names:
        body = compose(make_facts(channel=channel, recipient=Person(name=name))).body
        greetings.append(
            next(line for line in body.splitlines() if line.startswith(("Dear", "Hi")))
        )

    if channel is Channel.LINKEDIN:
        assert [g.split(",")[0] for g in greetings] == ["Hi Zoë", "Hi Siobhán", "Hi Anne-Marie"]
    else:
        assert greetings == ["Dear Zoë,", "Dear Siobhán,", "Dear Anne-Marie,"]


def test_compose_letter_is_dated_and_addressed_but_greets_by_first_name() -> None:
    body = compose(make_facts(channel=Channel.LETTER)).body

    assert body.startswith(
        "2 December 2026\n\nDana Lee\nEngineering Manager\nAcme Cloud GmbH\n\nDear Dana,\n\n"
    )
    assert "Dear Dana Lee" not in body


def test_compose_two_interviewers_with_one_first_name_get_different_notes() -> None:
    lee = compose(make_facts(recipient=Person(name="Dana Lee"), recipient_index=0)).body
    okafor = compose(make_facts(recipient=Person(name="Dana Okafor"), recipient_index=1)).body

    shared = set(_sentences(lee)) & set(_sentences(okafor))
    assert shared == {"Dear Dana,", "Sam Rivera"}


def test_compose_rejection_thank_you_is_brief_and_keeps_interest_in_the_organization() -> None:
    body = compose(make_facts(kind=DraftKind.REJECTION_THANK_YOU, outcome="rejected")).body

    assert len(body.split()) < 90
    assert "I remain very interested in Acme Cloud" in body
    assert "next step" not in body
    assert "Friday" not in body


# --- points -------------------------------------------------------------------------------------


def test_compose_thank_you_ties_the_users_angle_to_what_the_person_said() -> None:
    facts = make_facts(
        recipient=Person(
            name="Dana Lee",
            is_hiring_manager=True,
            discussion_points=(
                DiscussionPoint(
                    text="the migration to Postgres",
                    my_angle="the zero-downtime cutover I ran at Lumen",
                ),
            ),
        )
    )

    assert (
        "Your point about the migration to Postgres made me think of the zero-downtime cutover "
        "I ran at Lumen." in compose(facts).body
    )


def test_compose_long_point_gives_its_topic_and_is_never_pasted() -> None:
    long_point = (
        "we went deep on how they handle the cost of their Snowflake warehouse including the "
        "per-team chargeback model and reserved capacity"
    )
    untitled = (
        "a second very long point typed during the interview that nobody ever summarised at all"
    )
    facts = make_facts(
        recipient=Person(
            name="Dana Lee",
            discussion_points=(DiscussionPoint(text=long_point, topic="Snowflake costs"), untitled),
        )
    )

    body = compose(facts).body

    assert "I especially enjoyed hearing about Snowflake costs." in body
    assert "chargeback" not in body
    assert "nobody ever really summarised" not in body


def test_compose_next_note_to_a_person_rotates_to_a_point_not_yet_mentioned() -> None:
    earlier = "Dear Dana,\n\nI enjoyed our conversation about the migration to Kubernetes."

    body = compose(
        make_facts(kind=DraftKind.KEEP_IN_TOUCH, earlier_notes=(earlier,), send_on=date(2027, 3, 1))
    ).body

    assert "on-call rotations" in body
    assert "migration to Kubernetes" not in body


def test_compose_second_note_to_a_person_repeats_no_sentence_of_the_first() -> None:
    first = compose(make_facts()).body

    second = compose(make_facts(earlier_notes=(first,))).body

    repeated = set(_sentences(first)) & set(_sentences(second))
    assert repeated == {"Dear Dana,", "Sam Rivera"}


def test_compose_stock_wording_already_read_is_not_used_again() -> None:
    earlier = "Hi Dana,\n\nThank you again for your time.\n\nBest regards,\nSam Rivera"

    body = compose(make_facts(earlier_notes=(earlier,))).body

    assert "Thank you again for your time." not in body
    assert "Best regards," not in body


# --- timeline -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        (date(2026, 12, 7), "today"),
        (date(2026, 12, 6), "yesterday"),
        (date(2026, 12, 3), "last Thursday"),
        (date(2026, 12, 1), "last Tuesday"),
        (date(2026, 11, 30), "on 30 November"),
        (date(2025, 12, 1), "on 1 December 2025"),
    ],
)
def test_day_behind_is_phrased_from_the_send_day(day: date, phrase: str) -> None:
    assert day_behind(day, MONDAY) == phrase


def test_day_behind_earlier_the_same_week_is_on_that_day() -> None:
    assert day_behind(date(2026, 12, 8), date(2026, 12, 10)) == "on Tuesday"


@pytest.mark.parametrize(
    ("day", "phrase"),
    [
        (date(2026, 12, 8), "tomorrow"),
        (date(2026, 12, 9), "Wednesday"),
        (date(2026, 12, 13), "Sunday"),
        (date(2026, 12, 18), "Friday, 18 December"),
        (date(2027, 1, 8), "Friday, 8 January 2027"),
    ],
)
def test_day_ahead_is_a_weekday_within_the_coming_week_else_a_full_date(
    day: date, phrase: str
) -> None:
    assert day_ahead(day, MONDAY) == phrase


def test_compose_next_step_said_as_a_sentence_is_told_back_not_quoted() -> None:
    facts = make_facts(
        interview_end=datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
        next_steps_description="We'll let you know by Wednesday",
        next_steps_expected_by=date(2026, 12, 9),
        send_on=MONDAY,
    )

    body = compose(facts).body

    assert "Thank you for speaking with me last Thursday" in body
    assert "I understand you will let me know by Wednesday." in body
    assert '"' not in body
    assert "(" not in body


def test_compose_company_promise_to_a_panel_member_is_the_teams_not_theirs() -> None:
    facts = make_facts(
        recipient=OMAR,
        interview_end=datetime(2026, 12, 3, 15, 0, tzinfo=UTC),
        next_steps_description="We'll let you know by Wednesday",
        next_steps_expected_by=date(2026, 12, 9),
        send_on=MONDAY,
    )

    body = compose(facts).body

    assert "the team will let me know by Wednesday" in body
    assert "you will let me know" not in body


def test_compose_follow_up_tells_back_what_was_said_with_the_date() -> None:
    facts = make_facts(
        kind=DraftKind.NEXT_STEPS_FOLLOW_UP,
        next_steps_description="They will send a decision next week",
        next_steps_expected_by=date(2026, 12, 9),
        send_on=date(2026, 12, 11),
    )

    assert (
        "You mentioned that the team would send a decision by Wednesday, 9 December."
        in compose(facts).body
    )


def test_compose_undated_next_step_is_looked_forward_to_without_to_be_scheduled() -> None:
    body = compose(
        make_facts(
            next_steps_description="final round to be scheduled", next_steps_expected_by=None
        )
    ).body

    assert "I look forward to the next step, the final round, once it is scheduled." in body
    assert "to be scheduled" not in body


def test_compose_lowercase_relative_date_is_replaced_by_the_recorded_day() -> None:
    facts = make_facts(
        next_steps_description="decision by next friday",
        next_steps_expected_by=date(2026, 12, 11),
        send_on=MONDAY,
    )

    body = compose(facts).body

    assert "I look forward to hearing about the decision by Friday." in body
    assert "friday" not in body


@pytest.mark.parametrize(
    ("description", "said"),
    [
        ("We'll get back to you by Friday", "you will get back to me"),
        ("You will hear from us", "I will hear from you"),
        ("Recruiter will call", "the recruiter will call"),
        ("They'll send the offer to you", "the team will send the offer to me"),
    ],
)
def test_read_next_step_sentence_is_shifted_to_the_writers_side(
    description: str, said: str
) -> None:
    assert read_next_step(description, has_date=True).said("will") == said


@pytest.mark.parametrize(
    ("description", "step"),
    [
        ("Second round with the CTO in two weeks", "the second round with the CTO"),
        ("Onsite in person with 3 engineers", "the onsite in person with 3 engineers"),
        ("Panel interview on the 14th", "the panel interview"),
        ("Reference checks", "reference checks"),
    ],
)
def test_read_next_step_drops_the_typed_time_when_a_date_is_recorded(
    description: str, step: str
) -> None:
    assert read_next_step(description, has_date=True).step == step


def test_read_next_step_that_cannot_be_told_back_safely_is_left_out() -> None:
    step = read_next_step("Expect to hear by Friday", has_date=True)

    assert (step.step, step.news, step.said("will")) == (None, None, None)


# --- nothing invented -----------------------------------------------------------------------------


@pytest.mark.parametrize("channel", list(Channel))
def test_compose_periodic_update_without_an_accomplishment_leaves_the_slot(
    channel: Channel,
) -> None:
    body = compose(make_facts(kind=DraftKind.PERIODIC_UPDATE, channel=channel)).body

    assert ACCOMPLISHMENT_SLOT in body
    assert "deepening" not in body
    assert "I have been" not in body


def test_compose_periodic_update_cites_the_recorded_accomplishment() -> None:
    facts = make_facts(
        kind=DraftKind.PERIODIC_UPDATE,
        accomplishment=AccomplishmentFact(
            title="Shipped the billing export to all customers",
            detail="It cut the monthly close from three days to one",
            happened_on=date(2026, 12, 10),
            link="https://example.org/export",
        ),
        send_on=date(2026, 12, 15),
    )

    assert compose(facts).body.split("\n\n")[2] == (
        "Since we spoke, I have shipped the billing export to all customers. It cut the monthly "
        "close from three days to one. I would be glad to tell you more about it. You can see it "
        "here: https://example.org/export"
    )


@pytest.mark.parametrize("happened_on", [None, date(2026, 11, 20)])
def test_compose_update_never_says_since_we_spoke_of_what_is_not_dated_after(
    happened_on: date | None,
) -> None:
    facts = make_facts(
        kind=DraftKind.PERIODIC_UPDATE,
        accomplishment=AccomplishmentFact(
            title="Shipped the billing export to all customers", happened_on=happened_on
        ),
        send_on=date(2026, 12, 15),
    )

    body = compose(facts).body

    assert "I have shipped the billing export to all customers." in body
    assert "Since we spoke, I have" not in body
    assert "Since our conversation, I have" not in body


@pytest.mark.parametrize("channel", list(Channel))
def test_compose_share_resource_without_a_resource_leaves_the_slot(channel: Channel) -> None:
    body = compose(make_facts(kind=DraftKind.SHARE_RESOURCE, channel=channel)).body

    assert RESOURCE_SLOT in body
    assert "article" not in body.replace(RESOURCE_SLOT, "")


def test_compose_share_resource_carries_the_title_and_url() -> None:
    facts = make_facts(
        kind=DraftKind.SHARE_RESOURCE,
        resource=ResourceFact(
            title="Kubernetes migrations in practice",
            url="https://example.org/k8s",
            note="Chapter 3 covers the cutover.",
        ),
        send_on=date(2026, 12, 10),
    )

    composed = compose(facts)

    assert composed.subject == "Kubernetes migrations in practice"
    assert composed.body.split("\n\n")[2:4] == [
        "It is called “Kubernetes migrations in practice”. It made me think of our conversation "
        "about the migration to Kubernetes. Chapter 3 covers the cutover.",
        "https://example.org/k8s",
    ]


def test_compose_any_note_sentences_stay_short() -> None:
    for facts_kind in DraftKind:
        for channel in (Channel.EMAIL, Channel.LETTER):
            body = compose(make_facts(kind=facts_kind, channel=channel, recipient=DANA)).body
            longest = max(_sentences(body), key=lambda s: len(s.split()))
            assert len(longest.split()) <= 35, longest


# --- gallery --------------------------------------------------------------------------------------


def test_gallery_matches_the_committed_file() -> None:
    # After a wording change: `afterword notes gallery`, then read the difference.
    assert GALLERY.read_text(encoding="utf-8") == render_gallery()


def test_compose_thank_you_leads_with_the_point_the_user_tied_to_their_own_experience() -> None:
    facts = make_facts(
        recipient=Person(
            name="Dana Lee",
            is_hiring_manager=True,
            discussion_points=(
                DiscussionPoint(text="Talked about their migration to Postgres."),
                DiscussionPoint(
                    text="on-call rotation",
                    my_angle="the on-call rotation I redesigned at Lumen",
                ),
            ),
        )
    )

    assert (
        "Your point about the on-call rotation made me think of the on-call rotation I "
        "redesigned at Lumen." in compose(facts).body
    )


def test_compose_angle_typed_as_a_sentence_is_kept_as_one() -> None:
    facts = make_facts(
        recipient=Person(
            name="Dana Lee",
            is_hiring_manager=True,
            discussion_points=(
                DiscussionPoint(
                    text="on-call rotation", my_angle="I redesigned the on-call rotation at Lumen."
                ),
            ),
        )
    )

    assert (
        "Your point about the on-call rotation reminded me of my own experience: I redesigned "
        "the on-call rotation at Lumen." in compose(facts).body
    )

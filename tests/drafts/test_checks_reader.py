"""Checks that agree with a demanding reader: the failures a reader saw the checks pass, the
good notes a reader saw them fail, and the thresholds pinned at their boundaries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from api.drafts.checks import (
    EMAIL_MAX_WORDS,
    EMAIL_MIN_WORDS,
    MIN_REPEATED_SENTENCE_WORDS,
    NEAR_COPY_THRESHOLD,
    Check,
    CheckId,
    mentions_point,
    run_checks,
    similarity,
)
from api.drafts.facts import (
    ACCOMPLISHMENT_SLOT,
    RESOURCE_SLOT,
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
)
from api.drafts.phrasing import DiscussionPoint
from tests.drafts import INTERVIEW_END, make_facts

SOON_AFTER = INTERVIEW_END + timedelta(hours=3)

SAM_RIVERA = Person(
    name="Sam Rivera",
    title="Engineering Manager",
    discussion_points=("the migration to Kubernetes",),
)


def check(check_id: CheckId, body: str, facts: DraftFacts, *, subject: str | None = None) -> Check:
    results = run_checks(facts, subject, body, now=SOON_AFTER, sibling_bodies=())
    return next(result for result in results if result.id == check_id)


def sam_facts(**changes: Any) -> DraftFacts:
    """A panel with two interviewers called Sam; the note is for Sam Rivera."""
    facts = make_facts(recipient=SAM_RIVERA)
    return replace(facts, other_names=("Sam Park", "Omar Haddad"), **changes)


# --- applies --------------------------------------------------------------------------------


def test_run_checks_thank_you_without_siblings_or_earlier_notes_marks_them_not_applying() -> None:
    results = run_checks(make_facts(), None, "Dear Dana,", now=SOON_AFTER, sibling_bodies=())

    assert {result.id: result.applies for result in results} == {
        "addresses_by_name": True,
        "references_discussion": True,
        "reiterates_interest": True,
        "follows_up_next_steps": True,
        "prompt": True,
        "length": True,
        "no_placeholders": True,
        "no_filler": True,
        "distinct": False,
        "has_substance": False,
        "repeats_earlier_note": False,
    }


def test_run_checks_feedback_request_prompt_and_next_steps_do_not_apply() -> None:
    facts = make_facts(kind=DraftKind.FEEDBACK_REQUEST, outcome="rejected")

    results = run_checks(facts, None, "Dear Dana,", now=SOON_AFTER, sibling_bodies=())

    assert [result.id for result in results if not result.applies] == [
        "follows_up_next_steps",
        "prompt",
        "distinct",
        "has_substance",
        "repeats_earlier_note",
    ]


# --- addresses_by_name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("greeting", "wrong"),
    [
        ("Dear Sam Park,", "Sam Park"),
        ("Hi Sam Park!", "Sam Park"),
        ("Dear Omar Haddad,", "Omar Haddad"),
        ("Dear Sam Parker,", "Sam Parker"),
    ],
)
def test_addresses_by_name_another_persons_name_fails(greeting: str, wrong: str) -> None:
    result = check("addresses_by_name", f"{greeting}\n\nThank you for Tuesday.", sam_facts())

    assert result == Check(
        id="addresses_by_name",
        passed=False,
        severity="error",
        message=f"The greeting names {wrong}, but this note is for Sam Rivera. Greet Sam "
        'instead, for example "Dear Sam,"',
    )


@pytest.mark.parametrize(
    "greeting",
    ["Hi Sam,", "Dear Sam,", "Dear Sam Rivera,", "Sam, thank you for Tuesday.", "Hello Sam and"],
)
def test_addresses_by_name_the_recipient_among_namesakes_passes(greeting: str) -> None:
    result = check("addresses_by_name", f"{greeting}\n\nThank you for Tuesday.", sam_facts())

    assert (result.passed, result.message) == (True, "The greeting names Sam.")


def test_addresses_by_name_surname_not_recorded_passes() -> None:
    facts = replace(make_facts(recipient=Person(name="Dana")), other_names=("Omar Haddad",))

    result = check("addresses_by_name", "Dear Dana Lee,\n\nThank you.", facts)

    assert (result.passed, result.message) == (True, "The greeting names Dana.")


def test_addresses_by_name_missing_comma_after_the_first_name_passes() -> None:
    result = check("addresses_by_name", "Hi Sam Thanks for Thursday!", sam_facts())

    assert result.passed


def test_addresses_by_name_linkedin_greeting_with_a_dash_passes() -> None:
    facts = replace(sam_facts(), channel=Channel.LINKEDIN)

    result = check("addresses_by_name", "Hi Sam — Kubernetes talk was great.", facts)

    assert result.passed


# --- references_discussion ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "sentence"),
    [
        # Irregular and derived forms: only a lemmatiser brings these together.
        ("The teams they built", "I liked hearing how you are building your team."),
        ("Spoke at KubeCon about autoscaling", "Your talk on autoscaling stayed with me."),
        ("Analyses of customer churn", "Your analysis of churn was eye-opening."),
        ("Their migration from MySQL to Postgres", "Migrating your ledger off MySQL is bold."),
        ("talked about kubernetes", "Migrating to Kubernetes without downtime is impressive."),
    ],
)
def test_references_discussion_paraphrase_in_other_inflections_passes(
    point: str, sentence: str
) -> None:
    facts = make_facts(recipient=Person(name="Dana Lee", discussion_points=(point,)))

    result = check("references_discussion", f"Dear Dana,\n\n{sentence}", facts)

    assert result.passed


def test_references_discussion_unrelated_text_fails() -> None:
    facts = make_facts(
        recipient=Person(name="Dana Lee", discussion_points=("Their migration to Postgres",))
    )

    result = check("references_discussion", "Dear Dana,\n\nThank you for your time.", facts)

    assert not result.passed


def test_mentions_point_by_its_topic_passes() -> None:
    point = DiscussionPoint(
        text="asked me how I would split the monolith billing service into smaller parts "
        "without stopping invoicing for customers in the middle of the month",
        topic="billing service decomposition",
    )

    assert mentions_point("Your plans for the billing services stayed with me.", point)
    assert not mentions_point("Thank you for the interview.", point)


def test_references_discussion_half_of_the_key_terms_is_the_boundary() -> None:
    # Four key terms: "ledger", "reconciliation", "nightly", "batch".
    facts = make_facts(
        recipient=Person(
            name="Dana Lee", discussion_points=("ledger reconciliation nightly batch",)
        )
    )

    two = check("references_discussion", "Dear Dana,\n\nThe nightly ledger run.", facts)
    one = check("references_discussion", "Dear Dana,\n\nThe ledger.", facts)

    assert (two.passed, one.passed) == (True, False)


# --- reiterates_interest --------------------------------------------------------------------

INTEREST_FRAME = (
    "Dear Dana,\n\nThank you for the Senior Backend Engineer interview at Acme Cloud. {}\n\nSam"
)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("I am no longer interested in the position.", "no longer interested"),
        ("I'm not interested in moving forward.", "not interested"),
        ("I wasn't that keen on the on-call load.", "wasn't that keen"),
        ("I have decided to withdraw my application.", "withdraw"),
        (
            "I have accepted another offer, though I was excited to meet you.",
            "accepted another offer",
        ),
    ],
)
def test_reiterates_interest_negated_interest_fails(sentence: str, quoted: str) -> None:
    result = check("reiterates_interest", INTEREST_FRAME.format(sentence), make_facts())

    assert result == Check(
        id="reiterates_interest",
        passed=False,
        severity="warning",
        message=f'"{quoted}" reads as withdrawing your interest. If you mean to withdraw, say '
        "so plainly and skip this advice; otherwise say that you are still interested.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I couldn't be more excited about the role.",
        "I am not only interested in the role but eager to start.",
        "I remain very interested in the position.",
    ],
)
def test_reiterates_interest_emphatic_interest_passes(sentence: str) -> None:
    result = check("reiterates_interest", INTEREST_FRAME.format(sentence), make_facts())

    assert result.passed


def test_reiterates_interest_two_thirds_of_the_position_is_the_boundary() -> None:
    # "Senior Backend Engineer": two of its three words name it, one does not.
    two = "Dear Dana,\n\nI am excited about the backend engineer role at Acme Cloud."
    one = "Dear Dana,\n\nI am excited about the engineer role at Acme Cloud."

    assert check("reiterates_interest", two, make_facts()).passed
    assert not check("reiterates_interest", one, make_facts()).passed


# --- follows_up_next_steps ------------------------------------------------------------------

# The interview ended on Tuesday 1 December; news is expected by Friday 4 December.


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I look forward to hearing from you by Monday.", "Monday"),
        ("You said I would hear back by Thursday.", "Thursday"),
        ("I understand a decision is expected on 5 December.", "5 December"),
        ("I look forward to your decision by December 11th.", "December 11th"),
        ("I expect news by 2026-12-03.", "2026-12-03"),
    ],
)
def test_follows_up_next_steps_a_different_day_fails(sentence: str, named: str) -> None:
    result = check("follows_up_next_steps", f"Dear Dana,\n\n{sentence}", make_facts())

    assert result == Check(
        id="follows_up_next_steps",
        passed=False,
        severity="warning",
        message=f'The note says "{named}", but you were told to expect news by Friday, '
        "4 December. Correct the day, or refer to the timeline without one.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you by Friday.",
        "You mentioned a decision by 4 December.",
        "Thank you for Tuesday's conversation; I look forward to the next steps.",
        "I know you expect to decide soon, and I look forward to the timeline you described.",
        "On Monday I shipped the release we talked about. I look forward to the next steps.",
    ],
)
def test_follows_up_next_steps_right_day_or_plain_timeline_passes(sentence: str) -> None:
    result = check("follows_up_next_steps", f"Dear Dana,\n\n{sentence}", make_facts())

    assert result.passed


# --- no_filler and no_placeholders ----------------------------------------------------------


def test_no_filler_reach_out_is_plain_english() -> None:
    body = "Dear Dana,\n\nI wanted to reach out to thank you. Please reach out with questions."

    assert check("no_filler", body, make_facts()).passed


@pytest.mark.parametrize(
    "text", ["My portfolio [PDF] is attached.", "The slides [pdf], a clip [video] and [1]."]
)
def test_no_placeholders_labels_in_brackets_pass(text: str) -> None:
    assert check("no_placeholders", f"Dear Dana,\n\n{text}", make_facts()).passed


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Best,\n[your name]", "[your name]"),
        ("the role at [Company]", "[Company]"),
        ("Here it is: [link]", "[link]"),
        (ACCOMPLISHMENT_SLOT, ACCOMPLISHMENT_SLOT),
        (RESOURCE_SLOT, RESOURCE_SLOT),
    ],
)
def test_no_placeholders_words_to_fill_in_fail(text: str, placeholder: str) -> None:
    result = check("no_placeholders", f"Dear Dana,\n\n{text}", make_facts())

    assert result.message == f'Fill in or remove "{placeholder}" before sending.'


# --- has_substance --------------------------------------------------------------------------

PERIODIC = make_facts(kind=DraftKind.PERIODIC_UPDATE)
SHARE = make_facts(kind=DraftKind.SHARE_RESOURCE)
CERTIFICATE = AccomplishmentFact(
    title="Passed the Certified Kubernetes Administrator exam",
    link="https://example.org/cka/sam",
)
ARTICLE = ResourceFact(
    title="Zero-downtime migrations at scale", url="https://example.org/zero-downtime"
)


def test_has_substance_update_citing_the_accomplishment_passes() -> None:
    facts = replace(PERIODIC, accomplishment=CERTIFICATE)
    body = "Dear Dana,\n\nSince we spoke I passed my Kubernetes administrator certification."

    result = check("has_substance", body, facts)

    assert result == Check(
        id="has_substance",
        passed=True,
        severity="info",
        message='Cites "Passed the Certified Kubernetes Administrator exam".',
    )


def test_has_substance_update_with_the_writers_slot_fails_and_says_what_to_add() -> None:
    result = check("has_substance", f"Dear Dana,\n\n{ACCOMPLISHMENT_SLOT}\n\nSam", PERIODIC)

    assert result == Check(
        id="has_substance",
        passed=False,
        severity="error",
        message="Say what you have done since you spoke: record an accomplishment under "
        "Accomplishments (a project, a course, a result), then cite it in this update in "
        "place of the bracketed line.",
    )


def test_has_substance_update_not_citing_the_accomplishment_fails() -> None:
    facts = replace(PERIODIC, accomplishment=CERTIFICATE)
    body = "Dear Dana,\n\nRecently I have been deepening my experience with your project."

    result = check("has_substance", body, facts)

    assert (result.passed, result.severity) == (False, "error")
    assert "Passed the Certified Kubernetes Administrator exam" in result.message


def test_has_substance_shared_resource_needs_its_link() -> None:
    facts = replace(SHARE, resource=ARTICLE)
    with_link = "Dear Dana,\n\nThis piece made me think of you: example.org/zero-downtime/"
    title_only = "Dear Dana,\n\nI read Zero-downtime migrations at scale and thought of you."

    assert check("has_substance", with_link, facts).passed
    assert check("has_substance", title_only, facts) == Check(
        id="has_substance",
        passed=False,
        severity="error",
        message='Add the link to "Zero-downtime migrations at scale" '
        "(https://example.org/zero-downtime) so they can open it.",
    )


def test_has_substance_share_without_a_saved_resource_fails() -> None:
    result = check("has_substance", "Dear Dana,\n\nI came across an article.", SHARE)

    assert result.message == (
        "Say what you are sharing: save the article or resource under Resources, then give "
        "its title and link in this note."
    )


# --- repeats_earlier_note -------------------------------------------------------------------

EARLIER = (
    "Dear Dana,\n\nOur conversation about the migration to Kubernetes stayed with me. "
    "Thank you again for your time.\n\nBest regards,\nSam"
)


def test_repeats_earlier_note_repeated_sentence_fails() -> None:
    facts = replace(make_facts(), earlier_notes=(EARLIER,))
    body = (
        "Dear Dana,\n\nOur conversation about the migration to Kubernetes stayed with me! "
        "I look forward to Friday.\n\nBest regards,\nSam"
    )

    result = check("repeats_earlier_note", body, facts)

    assert result == Check(
        id="repeats_earlier_note",
        passed=False,
        severity="warning",
        message='You already wrote "Our conversation about the migration to Kubernetes '
        'stayed with me!" to Dana in an earlier note. Say it differently, or say something '
        "new.",
    )


def test_repeats_earlier_note_shared_courtesy_lines_pass() -> None:
    facts = replace(make_facts(), earlier_notes=(EARLIER,))
    body = "Dear Dana,\n\nI have news about my certification.\n\nBest regards,\nSam"

    result = check("repeats_earlier_note", body, facts)

    assert result == Check(
        id="repeats_earlier_note",
        passed=True,
        severity="info",
        message="Says nothing you already wrote to Dana.",
    )


def test_repeats_earlier_note_sentence_length_boundary() -> None:
    assert MIN_REPEATED_SENTENCE_WORDS == 6
    five = "Thanks again for your time."
    six = "Thank you again for your time."
    facts = replace(make_facts(), earlier_notes=(f"Hi Dana. {five} {six}",))

    assert check("repeats_earlier_note", f"Hi Dana. {five}", facts).passed
    assert not check("repeats_earlier_note", f"Hi Dana. {six}", facts).passed


# --- thresholds at their boundaries ---------------------------------------------------------


def test_distinct_near_copy_threshold_boundary() -> None:
    assert NEAR_COPY_THRESHOLD == 0.5
    base = "alpha beta gamma delta epsilon"
    half = "alpha beta gamma delta zeta"  # 2 shared trigrams of 4
    less = "alpha beta gamma delta epsilon zeta eta theta iota"  # 3 of 7
    assert similarity(base, half) == 0.5
    assert similarity(base, less) == pytest.approx(3 / 7)

    at = run_checks(make_facts(), None, base, now=SOON_AFTER, sibling_bodies=[half])
    below = run_checks(make_facts(), None, base, now=SOON_AFTER, sibling_bodies=[less])

    assert next(c for c in at if c.id == "distinct").passed is False
    assert next(c for c in below if c.id == "distinct").passed is True


def test_length_word_limits_are_50_and_250() -> None:
    assert (EMAIL_MIN_WORDS, EMAIL_MAX_WORDS) == (50, 250)
    hyphenated = "Dear Dana, " + " ".join(["on-call"] * 48)  # 50 words, not 98

    assert check("length", hyphenated, make_facts()).message == "50 words, within 50–250."


def test_prompt_window_is_two_working_days_to_the_second() -> None:
    # Ends Tuesday 1 December 15:00 UTC: the deadline is Thursday 3 December 15:00 UTC.
    deadline = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    facts = make_facts()
    at_deadline = run_checks(facts, None, "Dear Dana,", now=deadline, sibling_bodies=())
    after = run_checks(
        facts, None, "Dear Dana,", now=deadline + timedelta(seconds=1), sibling_bodies=()
    )

    assert next(c for c in at_deadline if c.id == "prompt").passed is True
    assert next(c for c in after if c.id == "prompt").passed is False


def test_follows_up_next_steps_expected_date_is_what_counts() -> None:
    # The same note, with the recorded date moved from Friday 4 to Monday 7 December.
    body = "Dear Dana,\n\nI look forward to hearing from you by Monday."
    moved = make_facts(next_steps_expected_by=date(2026, 12, 7))

    assert check("follows_up_next_steps", body, moved).passed
    assert not check("follows_up_next_steps", body, make_facts()).passed


def test_follows_up_next_steps_today_or_tomorrow_counts_from_the_send_day() -> None:
    # Sent on Wednesday 2 December: news due Thursday 3 December is "tomorrow".
    body = "Dear Dana,\n\nI look forward to hearing from you by tomorrow."
    due_tomorrow = make_facts(next_steps_expected_by=date(2026, 12, 3))
    due_today = make_facts(next_steps_expected_by=date(2026, 12, 2))
    due_friday = make_facts(next_steps_expected_by=date(2026, 12, 4))

    assert check("follows_up_next_steps", body, due_tomorrow).passed
    assert check("follows_up_next_steps", body.replace("tomorrow", "today"), due_today).passed
    assert not check("follows_up_next_steps", body, due_today).passed
    assert not check("follows_up_next_steps", body, due_friday).passed


def test_prompt_without_a_task_counts_two_working_days_over_a_weekend() -> None:
    # Ends Friday 4 December 15:00 UTC: two working days later is Tuesday 8 December.
    facts = make_facts(interview_end=datetime(2026, 12, 4, 15, 0, tzinfo=UTC))
    on_monday = run_checks(
        facts,
        None,
        "Dear Dana,",
        now=datetime(2026, 12, 7, 16, 0, tzinfo=UTC),
        sibling_bodies=(),
    )
    prompt = next(c for c in on_monday if c.id == "prompt")

    assert prompt.passed is True
    assert prompt.message == (
        "Send it by Tuesday, 8 December at 16:00 (Europe/Berlin) to stay within two working "
        "days of the interview."
    )

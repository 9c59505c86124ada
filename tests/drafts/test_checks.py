"""Checks on text a user wrote or edited: each check passes and fails on real wording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from api.drafts.checks import Check, CheckId, run_checks, similarity
from api.drafts.facts import Channel, DraftFacts, DraftKind, Person
from api.drafts.writer import compose
from tests.drafts import INTERVIEW_END, OMAR, make_facts

SOON_AFTER = INTERVIEW_END + timedelta(hours=3)

# A note a user might write from scratch: it follows all of the seed's advice.
USER_NOTE = (
    "Hi Dana,\n\n"
    "Thanks so much for Tuesday's conversation. I keep thinking about how your team is "
    "migrating its services to Kubernetes without downtime, and about the way you share "
    "on-call between teams.\n\n"
    "I'm really excited about the backend engineer role at Acme Cloud and about helping with "
    "that work. You said I'd hear about the second round by Friday; I look forward to it.\n\n"
    "Best,\nSam"
)


def check(
    check_id: CheckId,
    body: str,
    *,
    facts: DraftFacts | None = None,
    subject: str | None = None,
    now: datetime = SOON_AFTER,
    sibling_bodies: tuple[str, ...] = (),
    thank_you_deadline: datetime | None = None,
) -> Check:
    checks = run_checks(
        facts or make_facts(),
        subject,
        body,
        now=now,
        sibling_bodies=sibling_bodies,
        thank_you_deadline=thank_you_deadline,
    )
    return next(result for result in checks if result.id == check_id)


def passed(check_id: CheckId, message: str) -> Check:
    return Check(id=check_id, passed=True, severity="info", message=message)


def not_needed(check_id: CheckId, message: str) -> Check:
    return Check(id=check_id, passed=True, severity="info", message=message, applies=False)


# --- all checks together --------------------------------------------------------------------


def test_run_checks_generated_thank_you_passes_every_check() -> None:
    facts = make_facts()
    composed = compose(facts)
    sibling = compose(make_facts(recipient=OMAR, recipient_index=1)).body

    checks = run_checks(
        facts, composed.subject, composed.body, now=SOON_AFTER, sibling_bodies=[sibling]
    )

    assert checks == [
        passed("addresses_by_name", "The greeting names Dana."),
        passed("references_discussion", 'Mentions "the migration to Kubernetes".'),
        passed(
            "reiterates_interest",
            "Names the Senior Backend Engineer position and Acme Cloud, and expresses interest.",
        ),
        passed("follows_up_next_steps", "Refers to the next steps or their timeline."),
        passed(
            "prompt",
            "Send it by Thursday, 3 December at 16:00 (Europe/Berlin) to stay within two "
            "working days of the interview.",
        ),
        passed("length", "85 words, within 50–250."),
        passed("no_placeholders", "No placeholders left."),
        passed("no_filler", "No filler phrases."),
        passed("distinct", "Reads differently from the notes to the other interviewers."),
        not_needed("has_substance", "Not needed for a thank-you note."),
        not_needed("repeats_earlier_note", "Nothing else has been written to this person yet."),
    ]


def test_run_checks_user_written_note_passes_every_check() -> None:
    checks = run_checks(make_facts(), "Thank you", USER_NOTE, now=SOON_AFTER, sibling_bodies=[])

    assert [result for result in checks if not result.passed] == []


def test_run_checks_lazy_edit_fails_the_content_checks() -> None:
    body = "Hello,\n\nJust checking in about [Position]. Let me know.\n\nThanks"

    checks = run_checks(
        make_facts(),
        "Checking in",
        body,
        now=INTERVIEW_END + timedelta(days=3),
        sibling_bodies=[body],
    )

    assert [(result.id, result.severity) for result in checks if not result.passed] == [
        ("addresses_by_name", "warning"),
        ("references_discussion", "warning"),
        ("reiterates_interest", "warning"),
        ("follows_up_next_steps", "warning"),
        ("prompt", "warning"),
        ("length", "warning"),
        ("no_placeholders", "error"),
        ("no_filler", "warning"),
        ("distinct", "warning"),
    ]


def test_run_checks_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        run_checks(make_facts(), None, USER_NOTE, now=datetime(2026, 12, 1), sibling_bodies=[])  # noqa: DTZ001


# --- addresses_by_name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    ["Dear Dana,", "Hi Dana Lee,", "Dear Ms. Lee,", "Dana, thank you for Tuesday.", "HELLO DANA!"],
)
def test_addresses_by_name_greeting_with_the_name_passes(greeting: str) -> None:
    result = check("addresses_by_name", f"{greeting}\n\n{USER_NOTE}")

    assert result == passed("addresses_by_name", "The greeting names Dana.")


def test_addresses_by_name_ignores_accents_the_user_left_out() -> None:
    facts = make_facts(recipient=Person(name="Zoë Ångström"))

    result = check("addresses_by_name", "Hi Zoe,\n\nThank you.", facts=facts)

    assert result == passed("addresses_by_name", "The greeting names Zoë.")


@pytest.mark.parametrize("greeting", ["Hello,", "Dear Omar,", "Dear Hiring Manager,"])
def test_addresses_by_name_greeting_without_the_name_fails(greeting: str) -> None:
    result = check("addresses_by_name", f"{greeting}\n\nThank you for your time, Dana.")

    assert result == Check(
        id="addresses_by_name",
        passed=False,
        severity="warning",
        message='Greet Dana by name in the first line, for example "Dear Dana,"',
    )


def test_addresses_by_name_letter_needs_a_salutation_below_the_address() -> None:
    facts = make_facts(channel=Channel.LETTER)
    address = "Dana Lee\nEngineering Manager\nAcme Cloud GmbH"

    without = check("addresses_by_name", f"{address}\n\nThank you for Tuesday.", facts=facts)
    with_salutation = check(
        "addresses_by_name", f"{address}\n\nDear Dana Lee,\n\nThank you.", facts=facts
    )

    assert without == Check(
        id="addresses_by_name",
        passed=False,
        severity="warning",
        message='Start the note with a greeting, such as "Dear Dana Lee,"',
    )
    assert with_salutation.passed


def test_addresses_by_name_unknown_recipient_accepts_a_name_written_in() -> None:
    facts = make_facts(recipient=None)

    named = check("addresses_by_name", "Dear Priya,\n\nThank you.", facts=facts)
    generic = check("addresses_by_name", "Dear Acme Cloud team,\n\nThank you.", facts=facts)

    assert named == passed("addresses_by_name", "The greeting names the recipient.")
    assert generic == Check(
        id="addresses_by_name",
        passed=False,
        severity="warning",
        message="Greet the recipient by name. No name is recorded for them: add the "
        "interviewer's name to the interview, or write it in the greeting.",
    )


# --- references_discussion ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "mentioned"),
    [
        ("I enjoyed our talk about the migration to Kubernetes.", "the migration to Kubernetes"),
        ("Migrating everything to kubernetes sounds like fun.", "the migration to Kubernetes"),
        ("The way you rotate on-call was new to me.", "On-call rotations"),
    ],
)
def test_references_discussion_point_in_own_words_passes(sentence: str, mentioned: str) -> None:
    result = check("references_discussion", f"Hi Dana,\n\n{sentence}")

    assert result == passed("references_discussion", f'Mentions "{mentioned}".')


def test_references_discussion_without_a_point_fails_and_suggests_one() -> None:
    result = check("references_discussion", "Hi Dana,\n\nThanks for your time on Tuesday.")

    assert result == Check(
        id="references_discussion",
        passed=False,
        severity="warning",
        message="Mention something you discussed with Dana, such as the migration to Kubernetes.",
    )


def test_references_discussion_position_words_alone_do_not_count() -> None:
    facts = make_facts(recipient=Person(name="Dana Lee", discussion_points=("backend roadmap",)))

    result = check(
        "references_discussion", "Hi Dana, I want the Senior Backend Engineer job.", facts=facts
    )

    assert not result.passed


def test_references_discussion_falls_back_to_the_interview_points() -> None:
    facts = make_facts(recipient=Person(name="Dana Lee"))

    result = check("references_discussion", "Hi Dana, thank you.", facts=facts)

    assert result.message == (
        "Mention something you discussed in the interview, such as scaling the public API."
    )


def test_references_discussion_nothing_recorded_is_not_needed_with_a_hint() -> None:
    facts = make_facts(recipient=Person(name="Dana Lee"), interview_discussion_points=())

    result = check("references_discussion", "Hi Dana, thank you.", facts=facts)

    assert result == not_needed(
        "references_discussion",
        "No discussion points are recorded for this interview. Add what you talked about "
        "with Dana to the interview so notes can refer to it.",
    )


def test_references_discussion_is_a_suggestion_in_a_feedback_request() -> None:
    facts = make_facts(kind=DraftKind.FEEDBACK_REQUEST)

    result = check("references_discussion", "Hi Dana, thank you.", facts=facts)

    assert (result.passed, result.severity) == (False, "info")
    assert result.message.startswith("Optional: mention something you discussed with Dana")


# --- reiterates_interest --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I remain very interested in the Senior Backend Engineer role at Acme Cloud.",
        "I'd love to join Acme Cloud as a backend engineer.",
        "I look forward to the next steps for the senior backend engineer position at ACME CLOUD.",
    ],
)
def test_reiterates_interest_position_company_and_interest_passes(sentence: str) -> None:
    result = check("reiterates_interest", f"Hi Dana,\n\n{sentence}")

    assert result.passed


def test_reiterates_interest_lists_everything_missing() -> None:
    result = check("reiterates_interest", "Hi Dana,\n\nI found the conversation interesting.")

    assert result == Check(
        id="reiterates_interest",
        passed=False,
        severity="warning",
        message='To reiterate your interest, name the position ("Senior Backend Engineer"), '
        "name Acme Cloud and say that you are still interested and enthusiastic.",
    )


def test_reiterates_interest_naming_without_enthusiasm_fails() -> None:
    result = check(
        "reiterates_interest",
        "Hi Dana,\n\nThanks for explaining the Senior Backend Engineer role at Acme Cloud.",
    )

    assert result.message == (
        "To reiterate your interest, say that you are still interested and enthusiastic."
    )


def test_reiterates_interest_after_a_rejection_needs_only_the_organization() -> None:
    facts = make_facts(kind=DraftKind.REJECTION_THANK_YOU, outcome="rejected")

    result = check("reiterates_interest", "I remain very interested in Acme Cloud.", facts=facts)

    assert result == passed("reiterates_interest", "Names Acme Cloud, and expresses interest.")


# --- follows_up_next_steps ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you by Friday.",
        "You expected to decide by 4 December.",
        "I'm looking forward to meeting the CTO in the second round.",
        "I'd be glad to hear about next steps.",
    ],
)
def test_follows_up_next_steps_date_step_or_phrase_passes(sentence: str) -> None:
    result = check("follows_up_next_steps", f"Hi Dana,\n\n{sentence}")

    assert result == passed("follows_up_next_steps", "Refers to the next steps or their timeline.")


def test_follows_up_next_steps_ignoring_known_next_steps_fails() -> None:
    result = check("follows_up_next_steps", "Hi Dana,\n\nThank you for your time.")

    assert result == Check(
        id="follows_up_next_steps",
        passed=False,
        severity="warning",
        message='Follow up on the next steps you were given: "Second round with the CTO", '
        "expected by Friday, 4 December.",
    )


def test_follows_up_next_steps_none_recorded_is_not_needed() -> None:
    facts = make_facts(next_steps_description=None, next_steps_expected_by=None)

    result = check("follows_up_next_steps", "Hi Dana, thank you.", facts=facts)

    assert result == not_needed(
        "follows_up_next_steps", "No next steps or timeline are recorded for this interview."
    )


def test_follows_up_next_steps_after_an_offer_no_longer_applies() -> None:
    result = check("follows_up_next_steps", "Hi Dana!", facts=make_facts(outcome="offer"))

    assert (result.passed, result.applies) == (True, False)


def test_follows_up_next_steps_is_not_needed_after_a_rejection() -> None:
    facts = make_facts(kind=DraftKind.REJECTION_THANK_YOU, outcome="rejected")

    result = check("follows_up_next_steps", "Dear Dana, thank you.", facts=facts)

    assert result == not_needed(
        "follows_up_next_steps", "Not needed for a thank-you after a rejection."
    )


# --- prompt ---------------------------------------------------------------------------------


def test_prompt_within_48_hours_passes_with_the_deadline() -> None:
    result = check("prompt", USER_NOTE, now=INTERVIEW_END + timedelta(hours=47))

    assert result == passed(
        "prompt",
        "Send it by Thursday, 3 December at 16:00 (Europe/Berlin) to stay within two working "
        "days of the interview.",
    )


def test_prompt_after_48_hours_fails_and_still_urges_sending() -> None:
    result = check("prompt", USER_NOTE, now=INTERVIEW_END + timedelta(hours=48, seconds=1))

    assert result == Check(
        id="prompt",
        passed=False,
        severity="warning",
        message="The two working days closed on Thursday, 3 December at 16:00 (Europe/Berlin). "
        "Send it as soon as you can anyway: a late thank-you is better than none.",
    )


def test_prompt_before_the_interview_ends_passes() -> None:
    result = check("prompt", USER_NOTE, now=INTERVIEW_END - timedelta(minutes=5))

    assert result.passed
    assert result.message.startswith("The interview has not ended yet.")


def test_prompt_working_day_deadline_replaces_48_hours() -> None:
    friday_end = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    facts = make_facts(interview_end=friday_end)
    tuesday_deadline = datetime(2026, 12, 8, 14, 0, tzinfo=UTC)

    result = check(
        "prompt",
        USER_NOTE,
        facts=facts,
        now=friday_end + timedelta(hours=72),
        thank_you_deadline=tuesday_deadline,
    )

    assert result.passed
    assert "Tuesday, 8 December at 15:00" in result.message


def test_prompt_other_kinds_is_not_needed() -> None:
    facts = make_facts(kind=DraftKind.FEEDBACK_REQUEST)

    result = check("prompt", USER_NOTE, facts=facts, now=INTERVIEW_END + timedelta(days=30))

    assert result == not_needed("prompt", "Not needed for a feedback request.")


# --- length ---------------------------------------------------------------------------------


def _words(count: int) -> str:
    """A body of `count` words; the dash is punctuation, not a word."""
    return "Hi Dana, " + " ".join(["word"] * (count - 3)) + " — done"


@pytest.mark.parametrize(("count", "ok"), [(49, False), (50, True), (250, True), (251, False)])
def test_length_email_body_must_be_50_to_250_words(count: int, ok: bool) -> None:
    assert check("length", _words(count)).passed is ok


def test_length_short_email_says_how_many_words_to_add() -> None:
    result = check("length", _words(12))

    assert result == Check(
        id="length",
        passed=False,
        severity="warning",
        message="The email is 12 words; write at least 50, for example by mentioning "
        "something you discussed.",
    )


def test_length_linkedin_note_is_limited_to_300_characters() -> None:
    facts = make_facts(channel=Channel.LINKEDIN)

    fits = check("length", "x" * 300, facts=facts)
    too_long = check("length", "x" * 301, facts=facts)

    assert fits == passed("length", "300 characters, within LinkedIn's 300.")
    assert too_long == Check(
        id="length",
        passed=False,
        severity="warning",
        message="The note is 301 characters; LinkedIn allows 300. Cut 1 character, keeping "
        "the greeting and one specific detail.",
    )


# --- no_placeholders ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Dear {{ recipient_first_name }},", "{{ recipient_first_name }}"),
        ("I admire {company}.", "{company}"),
        ("Dear [Name],", "[Name]"),
        ("the role at <Company>", "<Company>"),
        ("by XXX", "XXX"),
        ("the start date is TBD", "TBD"),
        ("Dear ,", "Dear ,"),
        ("Dear None,", "Dear None"),
        ("my portfolio: ____", "____"),
    ],
)
def test_no_placeholders_left_over_placeholder_fails(text: str, placeholder: str) -> None:
    result = check("no_placeholders", f"{text}\nThank you.")

    assert result == Check(
        id="no_placeholders",
        passed=False,
        severity="error",
        message=f'Fill in or remove "{placeholder}" before sending.',
    )


def test_no_placeholders_addresses_links_and_numbers_pass() -> None:
    body = (
        "Dear Dana,\nReach me at <sam@example.com>, see <https://example.com/?a=1> "
        "or [my article](https://example.com/post) [1]."
    )

    assert check("no_placeholders", body) == passed("no_placeholders", "No placeholders left.")


def test_no_placeholders_checks_the_subject_too() -> None:
    result = check("no_placeholders", USER_NOTE, subject="Thank you, [Name]")

    assert result.message == 'Fill in or remove "[Name]" before sending.'


# --- no_filler ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Just checking in on my application.", "just checking in"),
        ("I wanted to touch base about the role.", "touch base"),
        ("Circling back on our chat.", "circling back"),
        ("I hope this email finds you well.", "i hope this email finds you well"),
        ("I hope you’re doing well!", "i hope you're doing well"),
    ],
)
def test_no_filler_names_the_empty_phrase(text: str, phrase: str) -> None:
    result = check("no_filler", f"Hi Dana,\n\n{text}")

    assert result == Check(
        id="no_filler",
        passed=False,
        severity="warning",
        message=f'Cut "{phrase}": say something specific instead, such as the next step you '
        "are waiting on or something new you can share.",
    )


def test_no_filler_lists_every_phrase_found() -> None:
    result = check("no_filler", "Touching base and circling back!")

    assert result.message.startswith('Cut "touching base" and "circling back": ')


def test_no_filler_specific_note_passes() -> None:
    assert check("no_filler", USER_NOTE) == passed("no_filler", "No filler phrases.")


# --- distinct -------------------------------------------------------------------------------


def test_distinct_copy_with_only_the_name_changed_fails() -> None:
    copy_for_omar = USER_NOTE.replace("Hi Dana,", "Hi Omar,")

    result = check("distinct", USER_NOTE, sibling_bodies=(copy_for_omar,))

    assert result == Check(
        id="distinct",
        passed=False,
        severity="warning",
        message="This note is 94% the same as a note to another interviewer. Make it Dana's "
        "own: mention something you discussed with Dana, such as the migration to Kubernetes.",
    )


def test_distinct_rewritten_note_passes() -> None:
    omar_note = compose(make_facts(recipient=OMAR, recipient_index=1)).body

    result = check("distinct", USER_NOTE, sibling_bodies=(omar_note,))

    assert result == passed(
        "distinct", "Reads differently from the notes to the other interviewers."
    )


def test_distinct_without_siblings_is_not_needed() -> None:
    result = check("distinct", USER_NOTE)

    assert result == not_needed("distinct", "No other notes for this interview to compare with.")


def test_similarity_ranges_from_disjoint_to_identical() -> None:
    assert similarity("one two three four", "one two three four") == 1.0
    assert similarity("one two three four", "five six seven eight") == 0.0
    assert similarity("Thank you, Dana!", "thank you dana") == 1.0

"""Built-in drafts: exact wording for realistic interviews, and properties for any interview.

The exact texts are deliberate: a wording change should show up here and be reviewed.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.drafts.checks import NEAR_COPY_THRESHOLD, run_checks, similarity
from api.drafts.compose import LINKEDIN_NOTE_LIMIT, Composed, compose
from api.drafts.facts import (
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    as_phrase,
    human_date,
    short_company_name,
)
from tests.drafts import OMAR, bare_facts, make_facts

ALL_KINDS_AND_CHANNELS = list(itertools.product(DraftKind, Channel))


def _paragraphs(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_compose_thank_you_email_cites_the_interviewers_own_points() -> None:
    composed = compose(make_facts())

    assert composed == Composed(
        subject="Thank you for the Senior Backend Engineer interview",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you for taking the time to speak with me on Tuesday about the Senior "
                "Backend Engineer position at Acme Cloud. I especially enjoyed our conversation "
                "about the migration to Kubernetes, and it was helpful to hear your thoughts on "
                "on-call rotations."
            ),
            (
                "Everything we discussed confirmed my enthusiasm for the Senior Backend Engineer "
                "role, and I would be excited to bring my skills to Acme Cloud. I understand the "
                "next step is the second round with the CTO and that I can expect to hear from you "
                "by Friday, 4 December; I am keen to move forward."
            ),
            "Thank you again for your time and for a thoughtful conversation.",
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_thank_you_to_a_second_interviewer_reads_differently() -> None:
    composed = compose(make_facts(recipient=OMAR, recipient_index=1))

    assert composed == Composed(
        subject="Thank you for the Senior Backend Engineer interview",
        body=_paragraphs(
            "Dear Omar,",
            (
                "Thank you for meeting with me on Tuesday to discuss the Senior Backend Engineer "
                "role at Acme Cloud; I appreciated your time and the care you put into our "
                "conversation. Our discussion of event sourcing for the billing ledger stayed with "
                "me after we spoke."
            ),
            (
                "I am very interested in this position and would welcome the opportunity to "
                "contribute to the work at Acme Cloud. You mentioned that the next step is the "
                "second round with the CTO, with an update expected by Friday, 4 December, and I "
                "look forward to it."
            ),
            "Thank you again for your time.",
            "Kind regards,\nSam Rivera",
        ),
    )


def test_compose_thank_you_linkedin_is_a_short_note_without_subject() -> None:
    composed = compose(make_facts(channel=Channel.LINKEDIN))

    assert composed == Composed(
        subject=None,
        body=_paragraphs(
            (
                "Hi Dana, thank you for speaking with me on Tuesday about the Senior Backend "
                "Engineer role at Acme Cloud. I especially enjoyed discussing the migration to "
                "Kubernetes. I'm excited about the opportunity, and I look forward to hearing from "
                "you by Friday, 4 December. Best, Sam Rivera"
            ),
        ),
    )


def test_compose_thank_you_letter_has_an_address_block_and_full_name() -> None:
    composed = compose(make_facts(channel=Channel.LETTER))

    assert composed == Composed(
        subject=None,
        body=_paragraphs(
            "Dana Lee\nEngineering Manager\nAcme Cloud GmbH",
            "Dear Dana Lee,",
            (
                "Thank you for taking the time to speak with me on Tuesday about the Senior "
                "Backend Engineer position at Acme Cloud. I especially enjoyed our conversation "
                "about the migration to Kubernetes, and it was helpful to hear your thoughts on "
                "on-call rotations."
            ),
            (
                "Everything we discussed confirmed my enthusiasm for the Senior Backend Engineer "
                "role, and I would be excited to bring my skills to Acme Cloud. I understand the "
                "next step is the second round with the CTO and that I can expect to hear from you "
                "by Friday, 4 December; I am keen to move forward."
            ),
            "Thank you again for your time and for a thoughtful conversation.",
            "Sincerely,\nSam Rivera",
        ),
    )


def test_compose_thank_you_without_optional_facts_still_reads_well() -> None:
    composed = compose(bare_facts(recipient_index=2))

    assert composed == Composed(
        subject="Thank you for the Senior Backend Engineer interview",
        body=_paragraphs(
            "Hello,",
            (
                "I appreciated the chance to talk with you on Tuesday about the Senior Backend "
                "Engineer opening at Acme Cloud, and I am grateful for the time you gave me. I "
                "came away with a real sense of how the team works and what the role would involve "
                "day to day."
            ),
            (
                "Our conversation made me even more enthusiastic about joining Acme Cloud and "
                "contributing in this role."
            ),
            "Thanks again for a conversation I really enjoyed.",
            "With thanks,",
        ),
    )


def test_compose_next_steps_follow_up_quotes_a_sentence_and_the_date() -> None:
    composed = compose(
        make_facts(
            kind=DraftKind.NEXT_STEPS_FOLLOW_UP,
            next_steps_description="We'll get back to you by Friday",
        )
    )

    assert composed == Composed(
        subject="Next steps for the Senior Backend Engineer role",
        body=_paragraphs(
            "Dear Dana,",
            (
                "When we spoke on Tuesday, 1 December, about the Senior Backend Engineer position "
                "at Acme Cloud, you mentioned that next steps would follow by Friday, 4 December "
                '("We\'ll get back to you by Friday"). I am writing to ask whether there is any '
                "update on the next steps."
            ),
            (
                "Our conversation about the migration to Kubernetes has stayed with me, and it has "
                "only strengthened my interest. I remain very interested in the Senior Backend "
                "Engineer role and in joining Acme Cloud. If it would help, I am happy to provide "
                "references or any further information."
            ),
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_rejection_thank_you_is_gracious_and_keeps_interest() -> None:
    composed = compose(make_facts(kind=DraftKind.REJECTION_THANK_YOU, outcome="rejected"))

    assert composed == Composed(
        subject="Thank you for the opportunity: Senior Backend Engineer",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you for letting me know about your decision on the Senior Backend Engineer "
                "position. Although I am disappointed, I am grateful for the opportunity to "
                "interview with Acme Cloud and for the time you spent with me. I especially valued "
                "our conversation about the migration to Kubernetes, and I learned a great deal "
                "from it."
            ),
            (
                "My interest in Acme Cloud remains strong, and I would welcome the chance to be "
                "considered for future openings that fit my background."
            ),
            "Thank you once more, and I hope our paths cross again.",
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_feedback_request_is_specific_and_easy_to_decline() -> None:
    composed = compose(make_facts(kind=DraftKind.FEEDBACK_REQUEST, outcome="rejected"))

    assert composed == Composed(
        subject="Request for feedback on my Senior Backend Engineer interview",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you again for considering me for the Senior Backend Engineer position at "
                "Acme Cloud. As I continue my search, I would be grateful for any feedback you "
                "could share on my interview performance or on how my qualifications matched what "
                "you were looking for in the role. For example, it would help to know how my "
                "answers about the migration to Kubernetes came across."
            ),
            (
                "I understand that you may not be able to share feedback, and I appreciate your "
                "time either way. I remain interested in Acme Cloud and would be glad to stay in "
                "touch."
            ),
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_periodic_update_offers_news_and_refers_to_the_timeline() -> None:
    composed = compose(make_facts(kind=DraftKind.PERIODIC_UPDATE))

    assert composed == Composed(
        subject="An update on my interest in the Senior Backend Engineer role",
        body=_paragraphs(
            "Hi Dana,",
            (
                "Since we spoke on Tuesday, 1 December, about the Senior Backend Engineer position "
                "at Acme Cloud, I have kept working on the areas we discussed, and I wanted to "
                "share a brief update with you. Recently I have been deepening my experience with "
                "the migration to Kubernetes, and I would be glad to tell you more about what I "
                "have learned."
            ),
            (
                "I remain very enthusiastic about the Senior Backend Engineer position and about "
                "the work at Acme Cloud. I understand you hoped to share next steps by Friday, 4 "
                "December, and I would welcome any update when you have one."
            ),
            "Thank you for your time and consideration.",
            "Best,\nSam Rivera",
        ),
    )


def test_compose_share_resource_ties_the_resource_to_the_conversation() -> None:
    composed = compose(make_facts(kind=DraftKind.SHARE_RESOURCE, recipient=OMAR, recipient_index=1))

    assert composed == Composed(
        subject="Something that made me think of our conversation",
        body=_paragraphs(
            "Hi Omar,",
            (
                "I recently read a piece on event sourcing for the billing ledger that reminded me "
                "of our conversation on Tuesday, 1 December, and I thought you might enjoy it as "
                "well. I would be curious to know whether it matches what you see at Acme Cloud."
            ),
            ("I remain very interested in Acme Cloud and in the Senior Backend Engineer position."),
            "Thanks again for a conversation that has stayed with me.",
            "All the best,\nSam Rivera",
        ),
    )


def test_compose_keep_in_touch_restates_interest_in_the_organization() -> None:
    composed = compose(make_facts(kind=DraftKind.KEEP_IN_TOUCH, outcome="rejected"))

    assert composed == Composed(
        subject="Keeping in touch",
        body=_paragraphs(
            "Hi Dana,",
            (
                "It has been a while since we spoke about the Senior Backend Engineer position at "
                "Acme Cloud, and I wanted to say hello and let you know I have been following the "
                "team's work with interest. Our conversation about the migration to Kubernetes "
                "still comes to mind, and I have been learning more about it since."
            ),
            (
                "I remain very interested in Acme Cloud, and I would be glad to hear about future "
                "opportunities where my background could be a fit."
            ),
            "I would enjoy hearing how things are going for you and the team.",
            "Best,\nSam Rivera",
        ),
    )


def test_compose_linkedin_connect_note_names_the_shared_topic() -> None:
    composed = compose(
        make_facts(
            kind=DraftKind.LINKEDIN_CONNECT,
            channel=Channel.LINKEDIN,
            recipient=OMAR,
            recipient_index=1,
        )
    )

    assert composed == Composed(
        subject=None,
        body=_paragraphs(
            (
                "Hi Omar, I enjoyed speaking with you about the Senior Backend Engineer role at "
                "Acme Cloud. What you shared about event sourcing for the billing ledger stayed "
                "with me. I'd love to stay connected and keep following the work at Acme Cloud. "
                "Thanks, Sam Rivera"
            ),
        ),
    )


@pytest.mark.parametrize(("kind", "channel"), ALL_KINDS_AND_CHANNELS)
def test_compose_any_kind_and_channel_has_a_subject_only_by_email(
    kind: DraftKind, channel: Channel
) -> None:
    composed = compose(make_facts(kind=kind, channel=channel))

    assert (composed.subject is not None) == (channel is Channel.EMAIL)


def test_compose_interviewers_without_own_points_cite_different_interview_points() -> None:
    points = ("the public API", "the hiring plan for 2027", "the incident review process")
    bodies = [
        compose(
            make_facts(
                recipient=Person(name=name),
                recipient_index=index,
                interview_discussion_points=points,
            )
        ).body
        for index, name in enumerate(["Ana Silva", "Ben Okoro", "Chloé Martin"])
    ]

    # Each cites two of the three points, starting from a different one.
    assert [[point in body for point in points] for body in bodies] == [
        [True, True, False],
        [False, True, True],
        [True, False, True],
    ]


def test_compose_thank_you_after_an_offer_leaves_out_stale_next_steps() -> None:
    composed = compose(make_facts(outcome="offer"))

    assert "next step" not in composed.body
    assert "4 December" not in composed.body


def test_compose_linkedin_note_with_long_facts_leaves_out_what_cannot_fit() -> None:
    facts = make_facts(
        channel=Channel.LINKEDIN,
        recipient=Person(
            name="Dr. Anne-Marie Kowalski-Smith",
            discussion_points=(
                "how the recommendations team measures long-term engagement across markets",
            ),
        ),
        company="Northwind Traders International Holdings Ltd",
        position="Principal Machine Learning Engineer (Recommendations)",
    )

    body = compose(facts).body

    # The point alone is too long to fit beside the rest, so it is the part left out.
    assert body == (
        "Hi Anne-Marie, thank you for speaking with me on Tuesday about the Principal Machine "
        "Learning Engineer (Recommendations) role at Northwind Traders International Holdings. "
        "I'm excited about the opportunity, and I look forward to hearing from you by Friday, "
        "4 December. Best, Sam Rivera"
    )
    assert len(body) <= LINKEDIN_NOTE_LIMIT


def test_person_first_name_skips_honorifics() -> None:
    assert Person(name="  Dr.  Amara   Okafor ").first_name == "Amara"
    assert Person(name="Dr.").first_name == "Dr."
    assert Person(name="   ").first_name is None


def test_as_phrase_lowercases_common_words_but_keeps_proper_nouns() -> None:
    phrases = ["The roadmap", "Migration plan", "On-call rotations", "Kubernetes", "AWS costs"]

    assert [as_phrase(p) for p in phrases] == [
        "the roadmap",
        "migration plan",
        "on-call rotations",
        "Kubernetes",
        "AWS costs",
    ]


def test_human_date_uses_english_names_and_optional_year() -> None:
    assert human_date(date(2026, 12, 4)) == "Friday, 4 December"
    assert human_date(date(2027, 1, 8), with_year=True) == "Friday, 8 January 2027"


def test_short_company_name_drops_legal_forms() -> None:
    names = ["Acme Cloud GmbH", "Globex, Inc.", "Stark Industries Ltd", "Initech", "GmbH"]

    assert [short_company_name(n) for n in names] == [
        "Acme Cloud",
        "Globex",
        "Stark Industries",
        "Initech",
        "GmbH",
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("interview_end", datetime(2026, 12, 1, 15, 0)),  # noqa: DTZ001 - naive on purpose
        ("timezone", "Mars/Olympus_Mons"),
        ("company", "   "),
        ("recipient_index", -1),
    ],
)
def test_draft_facts_invalid_value_is_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=r"."):
        make_facts(**{field: value})  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------

FIRST_NAMES = ["Dana", "Omar", "Priya", "Zoë", "José", "Mei", "Olusegun", "Anne-Marie", "Kai"]
LAST_NAMES = ["Lee", "Haddad", "Natarajan", "Ångström", "García Márquez", "O'Brien", "van Dijk"]
COMPANIES = [
    "Acme Cloud GmbH",
    "Müller GmbH",
    "Globex, Inc.",
    "Initech",
    "The New York Times",
    "Stark Industries Ltd",
    "Northwind Traders",
]
POSITIONS = [
    "Senior Backend Engineer",
    "Product Designer",
    "Head of Data Platform",
    "Staff Site Reliability Engineer",
    "Engineering Manager, Payments",
    "Junior Data Analyst",
    "Principal Machine Learning Engineer",
]
TOPIC_WORDS = [
    "migration",
    "Kubernetes",
    "roadmap",
    "on-call",
    "latency",
    "billing",
    "ledger",
    "hiring",
    "mentoring",
    "design",
    "system",
    "customers",
    "accessibility",
    "onboarding",
    "pricing",
    "experiments",
]
NEXT_STEPS = [
    "Second round with the CTO",
    "Take-home exercise",
    "A panel interview with the team",
    "We'll get back to you by Friday",
    "They will send a decision next week",
    "Reference checks",
]
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC"]

names = st.one_of(
    st.sampled_from(FIRST_NAMES),
    st.builds(
        "{}{} {}".format,
        st.sampled_from(["", "Dr. ", "Ms. "]),
        st.sampled_from(FIRST_NAMES),
        st.sampled_from(LAST_NAMES),
    ),
)
points = st.builds(
    " ".join,
    st.lists(st.sampled_from(TOPIC_WORDS), min_size=1, max_size=5, unique=True),
).map(lambda text: f"the {text}")
point_lists = st.lists(points, max_size=3).map(tuple)


@st.composite
def realistic_facts(
    draw: st.DrawFn,
    *,
    kind: DraftKind | None = None,
    channel: Channel | None = None,
    named: bool | None = None,
) -> DraftFacts:
    interview_end = datetime.fromtimestamp(
        draw(st.integers(min_value=1_577_836_800, max_value=2_082_758_400)), tz=UTC
    )  # 2020 to 2035
    has_name = draw(st.booleans()) if named is None else named
    recipient = Person(
        name=draw(names) if has_name else None,
        title=draw(st.none() | st.sampled_from(["Engineering Manager", "Recruiter"])),
        discussion_points=draw(point_lists),
    )
    return DraftFacts(
        kind=kind or draw(st.sampled_from(DraftKind)),
        channel=channel or draw(st.sampled_from(Channel)),
        company=draw(st.sampled_from(COMPANIES)),
        position=draw(st.sampled_from(POSITIONS)),
        stage=draw(st.none() | st.just("Technical interview")),
        sender_name=draw(st.none() | names),
        interview_end=interview_end,
        timezone=draw(st.sampled_from(ZONES)),
        interview_discussion_points=draw(point_lists),
        recipient=draw(st.sampled_from([recipient, recipient, None]))
        if named is None
        else recipient,
        recipient_index=draw(st.integers(min_value=0, max_value=6)),
        next_steps_description=draw(st.none() | st.sampled_from(NEXT_STEPS)),
        next_steps_expected_by=draw(
            st.none()
            | st.integers(min_value=0, max_value=30).map(
                lambda days: interview_end.date() + timedelta(days=days)
            )
        ),
        outcome=draw(st.sampled_from(["pending", "advanced", "offer", "rejected", "withdrawn"])),
    )


def _checks_by_id(facts: DraftFacts) -> dict[str, tuple[bool, str, str]]:
    composed = compose(facts)
    checks = run_checks(
        facts,
        composed.subject,
        composed.body,
        now=facts.interview_end + timedelta(hours=1),
        sibling_bodies=[],
    )
    return {check.id: (check.passed, check.severity, check.message) for check in checks}


@settings(max_examples=300)
@given(realistic_facts())
def test_compose_any_realistic_facts_passes_the_form_checks(facts: DraftFacts) -> None:
    checks = _checks_by_id(facts)

    for check_id in ("no_placeholders", "length", "no_filler"):
        assert checks[check_id][0], checks[check_id]
    if facts.recipient_name:
        assert checks["addresses_by_name"][0], checks["addresses_by_name"]


@settings(max_examples=300)
@given(realistic_facts())
def test_compose_any_realistic_facts_shows_no_missing_or_empty_value(facts: DraftFacts) -> None:
    composed = compose(facts)
    text = f"{composed.subject or ''}\n{composed.body}"

    assert not re.search(r"\bNone\b|\{|\}|\[|\]|  | ,| \.|^(Dear|Hi) ,|^- *$", text, re.M)
    assert "\n\n\n" not in composed.body


@settings(max_examples=300)
@given(realistic_facts(named=True))
def test_compose_named_recipient_draft_passes_every_content_check(facts: DraftFacts) -> None:
    failures = {
        check_id: result
        for check_id, result in _checks_by_id(facts).items()
        # These facts record no accomplishment or resource: has_substance rightly fails.
        if not result[0] and result[1] != "info" and check_id != "has_substance"
    }

    assert failures == {}


@settings(max_examples=100)
@given(
    realistic_facts(named=True),
    st.sampled_from(DraftKind),
    st.sampled_from(Channel),
)
def test_compose_five_interviewers_of_one_interview_get_distinct_notes(
    facts: DraftFacts, kind: DraftKind, channel: Channel
) -> None:
    # The hardest case: nobody has points of their own and the interview has one.
    panel = [
        make_facts(
            kind=kind,
            channel=channel,
            recipient=Person(name=name),
            recipient_index=index,
            company=facts.company,
            position=facts.position,
            interview_discussion_points=facts.interview_discussion_points[:1],
            next_steps_description=facts.next_steps_description,
            next_steps_expected_by=facts.next_steps_expected_by,
            outcome=facts.outcome,
        )
        for index, name in enumerate(
            ["Ana Silva", "Ben Okoro", "Chloé Martin", "Dev Rao", "Eli Ng"]
        )
    ]
    bodies = [compose(member).body for member in panel]

    for first, second in itertools.combinations(bodies, 2):
        assert similarity(first, second) < NEAR_COPY_THRESHOLD, (first, second)


def test_as_phrase_one_letter_article_is_lowered_mid_sentence() -> None:
    from api.drafts.facts import as_phrase

    assert as_phrase("A decision by Friday") == "a decision by Friday"
    assert as_phrase("I will call") == "I will call"

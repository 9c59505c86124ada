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
from api.drafts.facts import (
    ACCOMPLISHMENT_SLOT,
    RESOURCE_SLOT,
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
    as_phrase,
    human_date,
    short_company_name,
)
from api.drafts.writer import LINKEDIN_NOTE_LIMIT, Composed, compose
from tests.drafts import OMAR, bare_facts, make_facts

ALL_KINDS_AND_CHANNELS = list(itertools.product(DraftKind, Channel))


def _paragraphs(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_compose_thank_you_email_to_the_hiring_manager_cites_their_points_and_the_team() -> None:
    composed = compose(make_facts())

    assert composed == Composed(
        subject="Thank you for the Senior Backend Engineer interview",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you for speaking with me yesterday about the Senior Backend Engineer role "
                "and your team at Acme Cloud. I especially enjoyed hearing about the migration to"
                " Kubernetes. It was also helpful to hear about on-call rotations."
            ),
            (
                "I am very interested in the role and would be glad to join your team. I "
                "understand the next step is the second round with the CTO, and that I should "
                "hear from you by Friday."
            ),
            "Thank you again for your time.",
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
                "Thank you for your time yesterday and for our conversation about the Senior "
                "Backend Engineer role at Acme Cloud. It was good to hear your thoughts on event "
                "sourcing for the billing ledger."
            ),
            (
                "Everything I heard made me even more interested in joining Acme Cloud. I look "
                # Omar is on the panel, not the one who decides: the news comes "back".
                "forward to the next step, the second round with the CTO, and to hearing back by "
                "Friday."
            ),
            "Thanks again for a conversation I enjoyed.",
            "Kind regards,\nSam Rivera",
        ),
    )


def test_compose_thank_you_linkedin_is_a_short_note_without_subject() -> None:
    composed = compose(make_facts(channel=Channel.LINKEDIN))

    assert composed == Composed(
        subject=None,
        body=_paragraphs(
            (
                "Hi Dana, thank you for speaking with me yesterday about the Senior Backend "
                "Engineer role at Acme Cloud. I especially enjoyed discussing the migration to "
                "Kubernetes. I'm very interested in the role. I look forward to hearing from you "
                "by Friday. Best, Sam Rivera"
            ),
        ),
    )


def test_compose_thank_you_letter_is_dated_addressed_and_greets_by_first_name() -> None:
    composed = compose(make_facts(channel=Channel.LETTER))

    assert composed == Composed(
        subject=None,
        body=_paragraphs(
            "2 December 2026",
            "Dana Lee\nEngineering Manager\nAcme Cloud GmbH",
            "Dear Dana,",
            (
                "Thank you for speaking with me yesterday about the Senior Backend Engineer role "
                "and your team at Acme Cloud. I especially enjoyed hearing about the migration to"
                " Kubernetes. It was also helpful to hear about on-call rotations."
            ),
            (
                "I am very interested in the role and would be glad to join your team. I "
                "understand the next step is the second round with the CTO, and that I should "
                "hear from you by Friday."
            ),
            "Thank you again for your time.",
            "Yours sincerely,\nSam Rivera",
        ),
    )


def test_compose_thank_you_without_optional_facts_still_reads_well() -> None:
    composed = compose(bare_facts(recipient_index=2))

    assert composed == Composed(
        subject="Thank you for the Senior Backend Engineer interview",
        body=_paragraphs(
            "Hello,",
            (
                "I appreciated the chance to talk with you yesterday about the Senior Backend "
                "Engineer role at Acme Cloud. I came away with a much better sense of what the "
                "role involves."
            ),
            (
                "I left our conversation more enthusiastic about the role than before. I look "
                "forward to hearing from you."
            ),
            "I appreciate the time you gave me.",
            "With thanks,",
        ),
    )


def test_compose_next_steps_follow_up_tells_back_a_sentence_in_reported_speech() -> None:
    composed = compose(
        make_facts(
            kind=DraftKind.NEXT_STEPS_FOLLOW_UP,
            next_steps_description="We'll get back to you by Friday",
            send_on=date(2026, 12, 8),
        )
    )

    assert composed == Composed(
        subject="Next steps for the Senior Backend Engineer role",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you again for our conversation on 1 December about the Senior Backend "
                "Engineer role at Acme Cloud. You mentioned that you would get back to me by "
                "Friday, 4 December. I am writing to ask whether there is any update on the next "
                "steps."
            ),
            (
                "Our conversation about the migration to Kubernetes has only made me keener on "
                "the role. I remain very interested in the role and in joining Acme Cloud. Please"
                " let me know if I can send anything else."
            ),
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_rejection_thank_you_is_gracious_brief_and_keeps_interest() -> None:
    composed = compose(
        make_facts(
            kind=DraftKind.REJECTION_THANK_YOU, outcome="rejected", send_on=date(2026, 12, 7)
        )
    )

    assert composed == Composed(
        subject="Thank you for considering me for the Senior Backend Engineer role",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Although I was disappointed not to be selected for the Senior Backend Engineer "
                "role, I am grateful for the chance to interview with Acme Cloud. I especially "
                "enjoyed our conversation about the migration to Kubernetes."
            ),
            (
                "I remain very interested in Acme Cloud and would be glad to be considered for "
                "future roles. Thank you again, and best wishes to you and the team."
            ),
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_feedback_request_is_specific_and_easy_to_decline() -> None:
    composed = compose(
        make_facts(kind=DraftKind.FEEDBACK_REQUEST, outcome="rejected", send_on=date(2026, 12, 8))
    )

    assert composed == Composed(
        subject="Feedback on my Senior Backend Engineer interviews",
        body=_paragraphs(
            "Dear Dana,",
            (
                "Thank you again for considering me for the Senior Backend Engineer role at Acme "
                "Cloud. If you are able to, I would be grateful for any feedback on my interviews"
                " that could help me improve. In particular, I would value your view on how I "
                "handled our discussion of the migration to Kubernetes."
            ),
            (
                "Even a sentence or two would help, and I completely understand if you cannot "
                "reply. I remain interested in Acme Cloud and would be glad to stay in touch."
            ),
            "Best regards,\nSam Rivera",
        ),
    )


def test_compose_keep_in_touch_restates_interest_in_the_organization() -> None:
    composed = compose(
        make_facts(kind=DraftKind.KEEP_IN_TOUCH, outcome="rejected", send_on=date(2027, 3, 1))
    )

    assert composed == Composed(
        subject="Keeping in touch",
        body=_paragraphs(
            "Hi Dana,",
            (
                "It has been a while since we spoke about the Senior Backend Engineer role at "
                "Acme Cloud, and I wanted to say hello. I enjoyed our conversation about the "
                "migration to Kubernetes."
            ),
            (
                "I remain very interested in Acme Cloud and would be glad to hear about future "
                "openings. I hope things are going well for you and the team."
            ),
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
                "Hi Omar, it was a pleasure to meet you yesterday during my interview at Acme "
                "Cloud. I enjoyed hearing about event sourcing for the billing ledger. I'd love "
                "to stay in touch here. Thanks, Sam Rivera"
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

    # Each cites a different one of the three points.
    assert [[point in body for point in points] for body in bodies] == [
        [True, False, False],
        [False, True, False],
        [False, False, True],
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
        "Hi Anne-Marie, thank you for speaking with me yesterday about the Principal Machine "
        "Learning Engineer (Recommendations) role at Northwind Traders International Holdings. "
        "I'm very interested in the role. I look forward to hearing from you by Friday. "
        "Best, Sam Rivera"
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
        accomplishment=draw(st.none() | st.sampled_from(ACCOMPLISHMENTS)),
        resource=draw(st.none() | st.sampled_from(RESOURCES)),
    )


ACCOMPLISHMENTS = [
    AccomplishmentFact(title="Shipped the billing export to all customers"),
    AccomplishmentFact(
        title="AWS Solutions Architect certification",
        detail="I passed it on the first attempt.",
        link="https://example.org/cert/123",
    ),
]
RESOURCES = [
    ResourceFact(title="Designing Data-Intensive Applications", url="https://dataintensive.net"),
    ResourceFact(
        title="Zero-downtime migrations", url="https://example.org/zdm", note="A short read."
    ),
]


def _slot(facts: DraftFacts) -> str | None:
    """The marked slot a note leaves when what it needs to cite is not recorded."""
    if facts.kind is DraftKind.PERIODIC_UPDATE and facts.accomplishment is None:
        return ACCOMPLISHMENT_SLOT
    if facts.kind is DraftKind.SHARE_RESOURCE and facts.resource is None:
        return RESOURCE_SLOT
    return None


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

    for check_id in ("length", "no_filler"):
        assert checks[check_id][0], checks[check_id]
    assert checks["no_placeholders"][0] == (_slot(facts) is None), checks["no_placeholders"]
    if facts.recipient_name:
        assert checks["addresses_by_name"][0], checks["addresses_by_name"]


@settings(max_examples=300)
@given(realistic_facts())
def test_compose_any_realistic_facts_shows_no_missing_or_empty_value(facts: DraftFacts) -> None:
    composed = compose(facts)
    text = f"{composed.subject or ''}\n{composed.body}"
    slot = _slot(facts)
    if slot is not None:
        assert slot in text
        text = re.sub(" ?" + re.escape(slot), "", text)

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
    if _slot(facts) is not None:
        assert failures.pop("no_placeholders")[1] == "error"
    recipient = facts.recipient
    if recipient and recipient.is_recruiter and not recipient.discussion_points:
        # A recruiter is thanked for the process, not for the technical points others raised.
        failures.pop("references_discussion", None)

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

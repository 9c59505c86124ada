"""A gallery of built-in notes for a dozen realistic interviews, rendered as Markdown.

Read it as the recipient would: it is how wording changes are reviewed. Each note is
written for the day it would be sent, and each person's notes are written in order, the
earlier ones passed on, as the product does when it drafts a second note to someone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from api.drafts.facts import (
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
    discussion_points_of,
)
from api.drafts.phrasing import DiscussionPoint
from api.drafts.writer import compose

# Days from the interview to when each kind of note is typically sent.
_SEND_AFTER = {
    DraftKind.THANK_YOU: 1,
    DraftKind.LINKEDIN_CONNECT: 1,
    DraftKind.REJECTION_THANK_YOU: 4,
    DraftKind.FEEDBACK_REQUEST: 5,
    DraftKind.SHARE_RESOURCE: 10,
    DraftKind.PERIODIC_UPDATE: 14,
    DraftKind.KEEP_IN_TOUCH: 90,
}

ALL = tuple((kind, channel) for kind in DraftKind for channel in Channel)


@dataclass(frozen=True)
class Scene:
    """One interview, and which notes to show: (interviewer index, kind, channel)."""

    title: str
    facts: DraftFacts
    interviewers: tuple[Person, ...]
    notes: tuple[tuple[int, DraftKind, Channel], ...]
    accomplishment: AccomplishmentFact | None = None
    resource: ResourceFact | None = None


def _points(*texts: str | DiscussionPoint) -> tuple[DiscussionPoint, ...]:
    return discussion_points_of(texts)


def _interview(
    company: str,
    position: str,
    end: datetime,
    *,
    timezone: str = "Europe/Berlin",
    points: tuple[DiscussionPoint, ...] = (),
    next_steps: str | None = None,
    expected_by: date | None = None,
    outcome: str = "pending",
    sender: str = "Sam Rivera",
) -> DraftFacts:
    return DraftFacts(
        kind=DraftKind.THANK_YOU,
        channel=Channel.EMAIL,
        company=company,
        position=position,
        interview_end=end,
        timezone=timezone,
        sender_name=sender,
        interview_discussion_points=points,
        next_steps_description=next_steps,
        next_steps_expected_by=expected_by,
        outcome=outcome,
    )


DANA = Person(
    name="Dana Lee",
    title="Engineering Manager",
    email="dana.lee@acme.example",
    linkedin_url="https://www.linkedin.com/in/dana-lee",
    is_hiring_manager=True,
    discussion_points=_points(
        DiscussionPoint(
            text="their migration to Postgres",
            my_angle="the zero-downtime cutover I ran at Lumen last spring",
        ),
        "on-call rotation",
        "how the team does code review",
    ),
)
DANA_OKAFOR = Person(
    name="Dana Okafor",
    title="Staff Engineer",
    discussion_points=_points("asked me about event sourcing for the billing ledger."),
)
OMAR = Person(
    name="Omar Haddad",
    title="Senior Engineer",
    discussion_points=_points("Talked about kubernetes"),
)
PRIYA = Person(
    name="Priya Natarajan",
    title="Talent Acquisition Partner",
    discussion_points=_points("salary range and relocation support"),
)
ZOE = Person(name="Zoë Ångström", title="Head of Data", is_hiring_manager=True)
SIOBHAN = Person(
    name="Siobhán O'Brien",
    title="Product Lead",
    discussion_points=_points("the accessibility audit", "pricing experiments"),
)
ANNE_MARIE = Person(name="Anne-Marie van Dijk", title="Design Manager", is_hiring_manager=True)
JOSE = Person(
    name="José García Márquez",
    title="CTO",
    is_hiring_manager=True,
    discussion_points=_points(
        DiscussionPoint(
            text=(
                "we went deep on how they handle the cost of their Snowflake warehouse, "
                "including the per-team chargeback model they introduced last year, why "
                "finance pushed back on it, how they negotiated reserved capacity, the "
                "dashboards every team lead now reviews weekly, and where they think dbt "
                "models could be consolidated to cut spend further before the next renewal"
            ),
            topic="Snowflake costs",
        ),
    ),
)
MEI = Person(
    name="Dr. Mei Chen",
    title="Director of Research",
    is_hiring_manager=True,
    discussion_points=_points("the lab's move to open-source its tooling"),
)
KAI = Person(
    name="Kai",
    title="HR Business Partner",
)
BEN = Person(name="Ben Okoro", title="Data Engineer")
CHLOE = Person(name="Chloé Martin", title="Analytics Engineer")
RAHUL = Person(name="Rahul Mehta", title="Platform Engineer")

# A Tuesday afternoon; most scenes happen in the first week of December 2026.
_TUESDAY = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)

SHIPPED = AccomplishmentFact(
    title="Shipped the billing export to all customers",
    detail="It cut the monthly close from three days to one.",
    happened_on=date(2026, 12, 9),
    link="https://github.com/samrivera/billing-export",
)
TALK = AccomplishmentFact(title="Talk at PyData Berlin on incremental dbt models")
ARTICLE = ResourceFact(
    title="Zero-downtime Postgres migrations at scale",
    url="https://example.org/postgres-migrations",
    note="The section on dual writes matches what you described.",
)

SCENES: tuple[Scene, ...] = (
    Scene(
        title="Panel at Acme Cloud: the hiring manager gets every kind and channel",
        facts=_interview(
            "Acme Cloud GmbH",
            "Senior Backend Engineer",
            _TUESDAY,
            points=_points("Scaling the public API"),
            next_steps="We'll let you know by Wednesday",
            expected_by=date(2026, 12, 9),
        ),
        interviewers=(DANA, DANA_OKAFOR, OMAR),
        notes=(
            *((0, kind, channel) for kind, channel in ALL),
            (1, DraftKind.THANK_YOU, Channel.EMAIL),
            (2, DraftKind.THANK_YOU, Channel.EMAIL),
        ),
        accomplishment=SHIPPED,
        resource=ARTICLE,
    ),
    Scene(
        title="Recruiter screen, next step not scheduled yet",
        facts=_interview(
            "Globex, Inc.",
            "Data Platform Engineer",
            datetime(2026, 12, 3, 17, 30, tzinfo=UTC),
            timezone="America/New_York",
            next_steps="Technical interview with the team to be scheduled",
        ),
        interviewers=(PRIYA,),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.EMAIL),
            (0, DraftKind.LINKEDIN_CONNECT, Channel.LINKEDIN),
            (0, DraftKind.NEXT_STEPS_FOLLOW_UP, Channel.EMAIL),
        ),
    ),
    Scene(
        title="Rejection after a final round",
        facts=_interview(
            "Northwind Traders",
            "Head of Data Platform",
            datetime(2026, 11, 24, 10, 0, tzinfo=UTC),
            points=_points("the data contracts rollout"),
            outcome="rejected",
        ),
        interviewers=(ZOE,),
        notes=(
            (0, DraftKind.REJECTION_THANK_YOU, Channel.EMAIL),
            (0, DraftKind.FEEDBACK_REQUEST, Channel.EMAIL),
            (0, DraftKind.KEEP_IN_TOUCH, Channel.EMAIL),
            (0, DraftKind.REJECTION_THANK_YOU, Channel.LINKEDIN),
        ),
    ),
    Scene(
        title="Names with diacritics, apostrophes and hyphens",
        facts=_interview(
            "Müller GmbH",
            "Product Designer",
            datetime(2026, 12, 2, 9, 0, tzinfo=UTC),
            next_steps="decision by next friday",
            expected_by=date(2026, 12, 11),
        ),
        interviewers=(SIOBHAN, ANNE_MARIE),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.EMAIL),
            (1, DraftKind.THANK_YOU, Channel.EMAIL),
            (1, DraftKind.THANK_YOU, Channel.LETTER),
            (0, DraftKind.LINKEDIN_CONNECT, Channel.LINKEDIN),
        ),
    ),
    Scene(
        title="A long point typed during the interview, with a topic",
        facts=_interview(
            "Initech",
            "Staff Data Engineer",
            datetime(2026, 12, 1, 14, 0, tzinfo=UTC),
            next_steps="Take-home exercise",
            expected_by=date(2026, 12, 4),
        ),
        interviewers=(JOSE,),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.EMAIL),
            (0, DraftKind.THANK_YOU, Channel.LINKEDIN),
            (0, DraftKind.PERIODIC_UPDATE, Channel.EMAIL),
        ),
        accomplishment=TALK,
    ),
    Scene(
        title="Undated final round, hiring manager with an honorific, by letter",
        facts=_interview(
            "The New York Times",
            "Principal Machine Learning Engineer",
            datetime(2026, 11, 30, 16, 0, tzinfo=UTC),
            timezone="America/New_York",
            next_steps="final round to be scheduled",
        ),
        interviewers=(MEI,),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.LETTER),
            (0, DraftKind.NEXT_STEPS_FOLLOW_UP, Channel.EMAIL),
            (0, DraftKind.SHARE_RESOURCE, Channel.EMAIL),
        ),
    ),
    Scene(
        title="A panel with only interview-level points",
        facts=_interview(
            "Stark Industries Ltd",
            "Junior Data Analyst",
            datetime(2026, 12, 2, 13, 0, tzinfo=UTC),
            timezone="Europe/London",
            points=_points("the weekly metrics review", "dashboards for the sales team"),
            next_steps="They will send a decision next week",
        ),
        interviewers=(BEN, CHLOE, RAHUL),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.EMAIL),
            (1, DraftKind.THANK_YOU, Channel.EMAIL),
            (2, DraftKind.THANK_YOU, Channel.EMAIL),
            (1, DraftKind.LINKEDIN_CONNECT, Channel.LINKEDIN),
        ),
    ),
    Scene(
        title="An HR partner, without points, after the offer",
        facts=_interview(
            "Acme Cloud GmbH",
            "Engineering Manager, Payments",
            datetime(2026, 12, 4, 11, 0, tzinfo=UTC),
            next_steps="Reference checks",
            outcome="offer",
        ),
        interviewers=(KAI,),
        notes=((0, DraftKind.THANK_YOU, Channel.EMAIL), (0, DraftKind.THANK_YOU, Channel.LETTER)),
    ),
    Scene(
        title="No accomplishment or resource recorded yet",
        facts=_interview(
            "Initech",
            "Site Reliability Engineer",
            datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
            points=_points("the incident review process"),
            next_steps="You'll hear from us within two weeks",
        ),
        interviewers=(OMAR,),
        notes=(
            (0, DraftKind.THANK_YOU, Channel.EMAIL),
            (0, DraftKind.PERIODIC_UPDATE, Channel.EMAIL),
            (0, DraftKind.SHARE_RESOURCE, Channel.LINKEDIN),
        ),
    ),
)


def _send_on(facts: DraftFacts, kind: DraftKind) -> date:
    day = facts.local_interview_end.date()
    if kind is DraftKind.NEXT_STEPS_FOLLOW_UP:
        expected = facts.next_steps_expected_by
        return expected + timedelta(days=2) if expected else day + timedelta(days=7)
    return day + timedelta(days=_SEND_AFTER[kind])


def render_gallery() -> str:
    lines = [
        "# Note gallery",
        "",
        "Built-in notes for realistic interviews, each written for the day it would be sent.",
        "Regenerate with `afterword notes gallery` after a wording change, and read the",
        "difference as the recipient would.",
    ]
    for scene in SCENES:
        lines += ["", f"## {scene.title}", ""]
        earlier: dict[int, list[str]] = {}
        for index, kind, channel in scene.notes:
            person = scene.interviewers[index]
            send_on = _send_on(scene.facts, kind)
            facts = replace(
                scene.facts,
                kind=kind,
                channel=channel,
                recipient=person,
                recipient_index=index,
                accomplishment=scene.accomplishment,
                resource=scene.resource,
                earlier_notes=tuple(reversed(earlier.get(index, []))),
                send_on=send_on,
            )
            composed = compose(facts)
            earlier.setdefault(index, []).append(composed.body)
            heading = f"### {kind.value} · {channel.value} · to {person.name} ({person.title})"
            lines += [heading, "", f"Sent on {send_on.isoformat()}."]
            if composed.subject:
                lines += ["", f"Subject: {composed.subject}"]
            lines += ["", "```text", composed.body, "```", ""]
    return "\n".join(lines).rstrip() + "\n"

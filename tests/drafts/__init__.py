"""Factories for the note-draft tests: one realistic interview, varied by keyword."""

from __future__ import annotations

from datetime import UTC, date, datetime

from api.drafts.facts import (
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
)

DANA = Person(
    name="Dana Lee",
    title="Engineering Manager",
    email="dana.lee@acme.example",
    linkedin_url="https://www.linkedin.com/in/dana-lee",
    is_hiring_manager=True,
    discussion_points=("the migration to Kubernetes", "On-call rotations"),
)
OMAR = Person(
    name="Omar Haddad",
    title="Staff Engineer",
    discussion_points=("Event sourcing for the billing ledger",),
)
# Tuesday 1 December 2026, 16:00 in Berlin.
INTERVIEW_END = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
# The note is written the next day, Wednesday 2 December.
SEND_ON = date(2026, 12, 2)


def make_facts(
    *,
    kind: DraftKind = DraftKind.THANK_YOU,
    channel: Channel = Channel.EMAIL,
    recipient: Person | None = DANA,
    recipient_index: int = 0,
    company: str = "Acme Cloud GmbH",
    position: str = "Senior Backend Engineer",
    stage: str | None = "Technical interview",
    sender_name: str | None = "Sam Rivera",
    interview_end: datetime = INTERVIEW_END,
    timezone: str = "Europe/Berlin",
    interview_discussion_points: tuple[str, ...] = ("Scaling the public API",),
    next_steps_description: str | None = "Second round with the CTO",
    next_steps_expected_by: date | None = date(2026, 12, 4),
    outcome: str = "pending",
    send_on: date | None = SEND_ON,
    earlier_notes: tuple[str, ...] = (),
    accomplishment: AccomplishmentFact | None = None,
    resource: ResourceFact | None = None,
) -> DraftFacts:
    return DraftFacts(
        kind=kind,
        channel=channel,
        company=company,
        position=position,
        stage=stage,
        sender_name=sender_name,
        interview_end=interview_end,
        timezone=timezone,
        interview_discussion_points=interview_discussion_points,
        recipient=recipient,
        recipient_index=recipient_index,
        next_steps_description=next_steps_description,
        next_steps_expected_by=next_steps_expected_by,
        outcome=outcome,
        send_on=send_on,
        earlier_notes=earlier_notes,
        accomplishment=accomplishment,
        resource=resource,
    )


def bare_facts(
    *,
    kind: DraftKind = DraftKind.THANK_YOU,
    channel: Channel = Channel.EMAIL,
    recipient: Person | None = None,
    recipient_index: int = 0,
) -> DraftFacts:
    """The same interview with nothing optional known: no points, next steps or sender."""
    return make_facts(
        kind=kind,
        channel=channel,
        recipient=recipient,
        recipient_index=recipient_index,
        stage=None,
        sender_name=None,
        interview_discussion_points=(),
        next_steps_description=None,
        next_steps_expected_by=None,
    )

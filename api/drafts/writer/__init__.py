"""The built-in note writer: facts -> a plan of what to say -> sentences -> the note.

`plan.py` decides what to say to this person now (which point, the accomplishment or
resource, the timeline, what they have already read); `wording.py` holds every sentence,
kind by kind; this module lays the sentences out as an email, a letter or a LinkedIn note.
"""

from __future__ import annotations

from dataclasses import dataclass

from api.dates import MONTHS
from api.drafts.facts import Channel, DraftFacts, greeting_line
from api.drafts.writer.plan import Plan, make_plan
from api.drafts.writer.wording import Note, Short, write

# LinkedIn refuses longer connection notes.
LINKEDIN_NOTE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class Composed:
    subject: str | None
    body: str


def compose(facts: DraftFacts) -> Composed:
    """Write the built-in draft for the facts' kind and channel."""
    plan = make_plan(facts)
    note = write(plan)
    if facts.channel is Channel.LINKEDIN:
        return Composed(subject=None, body=_linkedin(facts, plan, note))
    if facts.channel is Channel.LETTER:
        return Composed(subject=None, body=_letter(facts, plan, note))
    return Composed(subject=note.subject, body=_email(facts, plan, note))


def _paragraphs(note: Note) -> list[str]:
    texts = (
        " ".join(sentence for sentence in paragraph if sentence) for paragraph in note.paragraphs
    )
    return [text for text in texts if text]


def _sign_off(plan: Plan, note: Note) -> str:
    if plan.channel is Channel.LETTER:
        return plan.choose("Yours sincerely,", "Kind regards,", "Best regards,")
    if note.formal:
        return plan.choose(
            "Best regards,", "Kind regards,", "With thanks,", "Warm regards,", "Best wishes,"
        )
    return plan.choose("Best,", "All the best,", "Best wishes,", "Warm wishes,", "Thanks,")


def _signature(facts: DraftFacts, sign_off: str) -> str:
    return f"{sign_off}\n{facts.sender_name}" if facts.sender_name else sign_off


def _email(facts: DraftFacts, plan: Plan, note: Note) -> str:
    blocks = [greeting_line(facts), *_paragraphs(note), _signature(facts, _sign_off(plan, note))]
    return "\n\n".join(blocks)


def _letter(facts: DraftFacts, plan: Plan, note: Note) -> str:
    """Date, the recipient's address block, salutation, body, signature."""
    day = facts.send_day
    title = facts.recipient.title if facts.recipient else None
    address = [line for line in (facts.recipient_name, title, facts.company) if line]
    blocks = [
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        "\n".join(address),
        greeting_line(facts),
        *_paragraphs(note),
        _signature(facts, _sign_off(plan, note)),
    ]
    return "\n\n".join(blocks)


def _linkedin(facts: DraftFacts, plan: Plan, note: Note) -> str:
    greeting = Short((greeting_line(facts),), priority=100)  # never cut
    sign_off = plan.choose("Best,", "Thanks,", "All the best,", "Kind regards,", "Warm wishes,")
    # LinkedIn shows who sent a note, so the signature is the first thing to go.
    signature = (
        Short((f"{sign_off} {facts.sender_name}",), priority=0, optional=True)
        if facts.sender_name
        else None
    )
    parts = [greeting, *(part for part in (*note.short, signature) if part is not None)]
    return _fit(parts)


def _fit(parts: list[Short]) -> str:
    """Join the parts so the note fits LinkedIn's limit, keeping as much as possible.

    The least important parts are shortened, then left out, until the note fits; then,
    most important first, parts get back their longer forms wherever room is left.
    """
    level = [0] * len(parts)
    lowest = [len(part.options) - (0 if part.optional else 1) for part in parts]

    def text() -> str:
        # Sentences after the greeting are written to follow "Hi Dana," on the same line.
        return " ".join(
            part.options[index]
            for part, index in zip(parts, level, strict=True)
            if index < len(part.options)
        )

    def fits() -> bool:
        return len(text()) <= LINKEDIN_NOTE_LIMIT

    by_priority = sorted(range(len(parts)), key=lambda i: parts[i].priority)
    for i in by_priority:
        while not fits() and level[i] < lowest[i]:
            level[i] += 1
    for i in reversed(by_priority):
        while level[i] > 0:
            level[i] -= 1
            if not fits():
                level[i] += 1
                break
    return text()


__all__ = ["LINKEDIN_NOTE_LIMIT", "Composed", "compose"]

"""What to say to this person now, decided from the facts before any sentence is written.

The plan picks the discussion point (the one this person has heard least about), the
user's own angle on it, the accomplishment or resource to cite, how to put the timeline,
and it remembers what earlier notes to the same person already said, so that the wording
can choose phrasings they have not read yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from api.drafts.facts import (
    OPEN_OUTCOMES,
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    ResourceFact,
    as_phrase,
)
from api.drafts.phrasing import DiscussionPoint, point_phrase
from api.drafts.writer.timeline import NextStep, day_ahead, day_behind, read_next_step


def phrase_of(point: DiscussionPoint, *, to_speaker: bool) -> str | None:
    """The point as a phrase to sit in a sentence (a long one by its topic); None when
    nothing short enough is left to say."""
    return point_phrase(point, to_speaker=to_speaker) or None


class Audience(StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PointPlan:
    phrase: str
    # True when the recipient raised the point themselves ("your point about …").
    theirs: bool
    # The user's own related idea, in their words ("made me think of …").
    angle: str | None = None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[a-z0-9']+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


@dataclass(slots=True)
class Memory:
    """What earlier notes to the same person said, to avoid saying it again."""

    sentences: set[str] = field(default_factory=set)
    grams: set[tuple[str, ...]] = field(default_factory=set)
    text: str = ""
    # Runs of three words this note has already used, so it does not echo itself.
    in_this_note: set[tuple[str, ...]] = field(default_factory=set)
    choices: int = 0

    @classmethod
    def of(cls, notes: tuple[str, ...]) -> Memory:
        memory = cls(text="\n".join(notes).lower())
        for note in notes:
            for sentence in _SENTENCE_END.split(note):
                words = _words(sentence)
                if words:
                    memory.sentences.add(" ".join(words))
                memory.grams.update(_grams(words))
        return memory

    def staleness(self, template: str) -> int:
        """How much of a phrasing's own wording (not its filled-in facts) was said before:
        a sentence said word for word counts most, then each stock run of four words."""
        score = 0
        for chunk in _literal_chunks(template):
            words = _words(chunk)
            score += len(self.grams & _grams(words)) + len(self.in_this_note & _grams(words, 3))
        return score

    def use(self, template: str) -> None:
        for chunk in _literal_chunks(template):
            self.in_this_note.update(_grams(_words(chunk), 3))

    def said_sentence(self, sentence: str) -> bool:
        return " ".join(_words(sentence)) in self.sentences

    def mentions(self, phrase: str) -> int:
        return self.text.count(phrase.lower())


def _grams(words: list[str], size: int = 4) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _literal_chunks(template: str) -> list[str]:
    """A phrasing's own wording, without the facts filled into it."""
    return re.sub(r"\{[a-z_]+\}", "|", template).split("|")


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything the wording needs, decided."""

    kind: DraftKind
    channel: Channel
    audience: Audience
    first_name: str | None
    position: str
    company: str
    # When we spoke, from the send day: "yesterday", "on Tuesday", "last Thursday".
    when: str
    points: tuple[PointPlan, ...]
    next_step: NextStep
    # The recorded date to hear back by, phrased for the send day ("Wednesday").
    by: str | None
    # True when that day has already passed on the send day.
    by_passed: bool
    timeline_open: bool
    rejected: bool
    accomplishment: AccomplishmentFact | None
    # Whether the accomplishment is dated on or after the interview: only then may the
    # note say "since we spoke".
    accomplishment_is_new: bool
    resource: ResourceFact | None
    variant: int
    memory: Memory

    @property
    def point(self) -> PointPlan | None:
        return self.points[0] if self.points else None

    @property
    def other_point(self) -> PointPlan | None:
        return self.points[1] if len(self.points) > 1 else None

    def choose(self, *options: str, **values: str) -> str:
        """This recipient's phrasing among equals, avoiding wording they have read before."""
        count = len(options)
        # Recipients past the number of options step through them at their own pace, so
        # the sixth person on a panel does not get the first person's note.
        self.memory.choices += 1
        start = (self.variant + self.memory.choices * (self.variant // count)) % count
        ordered = [options[(start + step) % count] for step in range(count)]
        # Filled in once per option: a sentence said word for word is never chosen again.
        filled = [option.format(**values) for option in ordered]
        scores = [
            (self.memory.said_sentence(text) * 100 + self.memory.staleness(option), position)
            for position, (option, text) in enumerate(zip(ordered, filled, strict=True))
        ]
        chosen = min(scores)[1]
        # A LinkedIn note is written from the short forms only; the longer sentences
        # written beside them are never sent, so they must not steer its wording.
        if self.channel is not Channel.LINKEDIN:
            self.memory.use(ordered[chosen])
        return filled[chosen]


def audience_of(facts: DraftFacts) -> Audience:
    recipient = facts.recipient
    if recipient is None:
        return Audience.UNKNOWN
    if recipient.is_recruiter:
        return Audience.RECRUITER
    if recipient.is_hiring_manager:
        return Audience.HIRING_MANAGER
    return Audience.INTERVIEWER


def _points(facts: DraftFacts, memory: Memory, audience: Audience) -> tuple[PointPlan, ...]:
    """The points to mention, least mentioned to this person before first, and among
    those the ones the user tied to their own experience: that is what makes a note theirs.

    A recruiter hears only points they raised themselves: thanking them for a technical
    discussion they were not part of would be wrong.
    """
    theirs = bool(facts.recipient and facts.recipient.discussion_points)
    if audience is Audience.RECRUITER and not theirs:
        return ()
    planned: list[tuple[int, bool, int, PointPlan]] = []
    for order, point in enumerate(facts.discussion_points):
        phrase = phrase_of(point, to_speaker=theirs)
        if phrase is None:
            continue
        angle = point.my_angle if theirs else None
        if angle and memory.mentions(angle):
            angle = None
        plan = PointPlan(phrase=phrase, theirs=theirs, angle=angle and as_phrase(angle))
        planned.append((memory.mentions(phrase), plan.angle is None, order, plan))
    planned.sort(key=lambda item: item[:3])
    return tuple(plan for *_, plan in planned)


def make_plan(facts: DraftFacts) -> Plan:
    memory = Memory.of(facts.earlier_notes)
    audience = audience_of(facts)
    today = facts.send_day
    expected = facts.next_steps_expected_by
    return Plan(
        kind=facts.kind,
        channel=facts.channel,
        audience=audience,
        first_name=facts.recipient_first_name,
        position=facts.position,
        company=facts.company_short,
        when=day_behind(facts.local_interview_end.date(), today),
        points=_points(facts, memory, audience),
        next_step=read_next_step(
            facts.next_steps_description,
            has_date=expected is not None,
            speaks_for_company=audience in (Audience.HIRING_MANAGER, Audience.RECRUITER),
        ),
        by=day_ahead(expected, today) if expected else None,
        by_passed=bool(expected and expected < today),
        timeline_open=facts.next_steps_known and facts.outcome in OPEN_OUTCOMES,
        rejected=facts.outcome == "rejected",
        accomplishment=facts.accomplishment,
        accomplishment_is_new=bool(
            facts.accomplishment
            and facts.accomplishment.happened_on
            and facts.accomplishment.happened_on >= facts.local_interview_end.date()
        ),
        resource=facts.resource,
        variant=facts.recipient_index + len(facts.earlier_notes),
        memory=memory,
    )

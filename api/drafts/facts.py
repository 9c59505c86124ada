"""The facts a note is written from, and the variables a user's own template may read.

Everything here is plain data: the database layer builds a `DraftFacts`, and the composer,
the checks and the template sandbox only ever see that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from api.dates import MONTHS, WEEKDAYS
from api.drafts.phrasing import DiscussionPoint, point_phrase


class DraftKind(StrEnum):
    THANK_YOU = "thank_you"
    NEXT_STEPS_FOLLOW_UP = "next_steps_follow_up"
    PERIODIC_UPDATE = "periodic_update"
    SHARE_RESOURCE = "share_resource"
    LINKEDIN_CONNECT = "linkedin_connect"
    REJECTION_THANK_YOU = "rejection_thank_you"
    FEEDBACK_REQUEST = "feedback_request"
    KEEP_IN_TOUCH = "keep_in_touch"


class Channel(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"
    LETTER = "letter"


# Outcomes under which the interviewer's next steps are still worth mentioning.
OPEN_OUTCOMES = frozenset({"pending", "advanced"})

_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor"})

# Legal forms left out when a company is named in a sentence ("at Acme Cloud", not
# "at Acme Cloud GmbH"); the letter's address block keeps the full name.
_LEGAL_FORMS = frozenset(
    """
    inc incorporated llc llp ltd limited gmbh ag sa sas sarl bv nv plc corp corporation pty
    kg oy ab spa srl
    """.split()
)


# A point that starts with one of these words (or suffixes) reads naturally in lower case
# mid-sentence ("about the migration to Kubernetes"); any other word may be a proper noun
# ("Kubernetes migration", "Boeing partnership") and keeps its capital.
_LOWERCASE_LEADS = frozenset(
    """
    a an the your our their its his her my this that these those how what why when where which
    who whether some any each every all more most new next first second third final
    team teams plans future current upcoming technical product products company career remote
    hybrid onsite on-site on-call culture growth design strategy roadmap process processes call
    panel decision take-home reference references offer meeting interview interviews follow-up
    event events data code system systems customer customers user users sales budget cost costs
    performance security quality release releases incident incidents architecture
    infrastructure platform platforms service services database databases mobile web frontend
    backend front-end back-end cloud open pair leadership project projects goals priorities
    challenge challenges expectations responsibilities workflow workflows metrics research
    deadlines work team's company's scaling hiring testing onboarding building migrating
    working managing leading designing planning mentoring hosting deploying shipping monitoring
    debugging learning training growing improving moving running handling reviewing pairing
    writing coding using making developing supporting recruiting
    """.split()
)
_LOWERCASE_SUFFIXES = ("ion", "ions", "ment", "ments", "ity", "ities")


def clean_text(value: str | None) -> str | None:
    """Collapse runs of whitespace; a blank value becomes None."""
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def clean_point(value: str) -> str | None:
    """A discussion point as a phrase: trimmed, without closing punctuation."""
    text = clean_text(value)
    if text is None:
        return None
    return text.rstrip(" .;:,!?") or None


PointInput = str | DiscussionPoint | Mapping[str, object]


def as_discussion_point(value: PointInput) -> DiscussionPoint | None:
    """A point as stored (a string, or an object with `text`, `topic`, `my_angle`),
    cleaned; a blank point is None."""
    if isinstance(value, str):
        value = DiscussionPoint(text=value)
    elif not isinstance(value, DiscussionPoint):
        value = DiscussionPoint(
            text=str(value.get("text") or ""),
            topic=_optional_str(value.get("topic")),
            my_angle=_optional_str(value.get("my_angle")),
        )
    text = clean_point(value.text)
    if text is None:
        return None
    return DiscussionPoint(
        text=text, topic=clean_point(value.topic or ""), my_angle=clean_point(value.my_angle or "")
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def discussion_points_of(points: Iterable[PointInput]) -> tuple[DiscussionPoint, ...]:
    """Points as stored or typed, cleaned; blank ones left out."""
    cleaned = (as_discussion_point(point) for point in points)
    return tuple(point for point in cleaned if point)


def point_texts(points: Iterable[DiscussionPoint]) -> tuple[str, ...]:
    """The points as the user typed them."""
    return tuple(point.text for point in points)


def as_phrase(text: str) -> str:
    """Lower-case the first letter when the first word is a common word, for mid-sentence use."""
    first, _, _ = text.partition(" ")
    # "A" counts too: a one-letter word is title case when it is a capital.
    is_title_case = bool(first) and first[0].isupper() and (first[1:].islower() or first[1:] == "")
    bare = first.lower().strip("\"'“”‘’()")
    if is_title_case and (bare in _LOWERCASE_LEADS or bare.endswith(_LOWERCASE_SUFFIXES)):
        return text[0].lower() + text[1:]
    return text


def short_company_name(company: str) -> str:
    """'Acme Cloud GmbH' -> 'Acme Cloud', 'Globex, Inc.' -> 'Globex'."""
    words = company.split()
    while len(words) > 1 and words[-1].replace(".", "").lower() in _LEGAL_FORMS:
        words.pop()
    return " ".join(words).rstrip(",")


def join_phrases(phrases: tuple[str, ...] | list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(phrases)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def human_date(day: date, *, with_year: bool = False) -> str:
    """'Friday, 4 December' (English names whatever the process locale)."""
    text = f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def human_time(moment: datetime) -> str:
    """'Thursday, 3 December at 15:00' in the moment's own time zone."""
    return f"{human_date(moment.date())} at {moment:%H:%M}"


# The slots the writer leaves when it has nothing recorded to cite: bracketed instructions
# that `no_placeholders` and `has_substance` both recognise.
ACCOMPLISHMENT_SLOT = "[Add one thing you have done since we spoke: see Accomplishments]"
RESOURCE_SLOT = "[Add the article or resource to share: see Resources]"


@dataclass(frozen=True, slots=True)
class AccomplishmentFact:
    """Something the user did and recorded, that an update may cite."""

    title: str
    detail: str | None = None
    happened_on: date | None = None
    link: str | None = None


@dataclass(frozen=True, slots=True)
class ResourceFact:
    """An article or resource the user saved, that a note may share."""

    title: str
    url: str
    note: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """An interviewer or contact a note is addressed to; text is normalized on construction."""

    name: str | None = None
    title: str | None = None
    email: str | None = None
    linkedin_url: str | None = None
    is_hiring_manager: bool = False
    discussion_points: tuple[DiscussionPoint, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_text(self.name))
        object.__setattr__(self, "title", clean_text(self.title))
        object.__setattr__(self, "email", clean_text(self.email))
        object.__setattr__(self, "linkedin_url", clean_text(self.linkedin_url))
        object.__setattr__(self, "discussion_points", discussion_points_of(self.discussion_points))

    @property
    def first_name(self) -> str | None:
        """The name to greet with: the first word that is not an honorific."""
        if self.name is None:
            return None
        words = self.name.split()
        while len(words) > 1 and words[0].rstrip(".").lower() in _HONORIFICS:
            words = words[1:]
        return words[0]

    @property
    def is_recruiter(self) -> bool:
        """Titled as someone who runs the hiring process rather than the work."""
        return bool(self.title and _RECRUITER_TITLE.search(self.title))


# "Recruiter", "Talent Acquisition Partner", "People Partner", "HR Business Partner".
_RECRUITER_TITLE = re.compile(
    r"\b(recruit\w*|talent|sourcer|people partner|people operations|HR|human resources)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftFacts:
    """Everything a note may say, taken from one interview and one recipient.

    Text is normalized on construction (whitespace collapsed, blanks become None, points
    lose closing punctuation); invalid facts raise ValueError. `recipient_index` is the
    recipient's position among the interview's interviewers: notes to different
    interviewers use it to choose different phrasings.
    """

    kind: DraftKind
    channel: Channel
    company: str
    position: str
    interview_end: datetime
    timezone: str
    sender_name: str | None = None
    stage: str | None = None
    interview_discussion_points: tuple[DiscussionPoint, ...] = ()
    recipient: Person | None = None
    recipient_index: int = 0
    next_steps_description: str | None = None
    next_steps_expected_by: date | None = None
    outcome: str = "pending"
    accomplishment: AccomplishmentFact | None = None
    resource: ResourceFact | None = None
    earlier_notes: tuple[str, ...] = ()
    # The day the note is likely sent (its task's due day, or today), in the interview's
    # time zone: dates in the note are phrased for that day ("by Wednesday").
    send_on: date | None = None
    # The names of the interview's other interviewers: a greeting must not name them.
    other_names: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        company = clean_text(self.company)
        position = clean_text(self.position)
        if company is None or position is None:
            raise ValueError("company and position must not be blank")
        if self.interview_end.utcoffset() is None:
            raise ValueError("interview_end must be timezone-aware")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone: {self.timezone!r}") from exc
        if self.recipient_index < 0:
            raise ValueError("recipient_index must not be negative")
        object.__setattr__(self, "kind", DraftKind(self.kind))
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "company", company)
        object.__setattr__(self, "position", position)
        object.__setattr__(self, "sender_name", clean_text(self.sender_name))
        object.__setattr__(self, "stage", clean_text(self.stage))
        object.__setattr__(
            self,
            "interview_discussion_points",
            discussion_points_of(self.interview_discussion_points),
        )
        object.__setattr__(self, "earlier_notes", tuple(self.earlier_notes))
        object.__setattr__(self, "next_steps_description", clean_text(self.next_steps_description))

    @property
    def company_short(self) -> str:
        return short_company_name(self.company)

    @property
    def local_interview_end(self) -> datetime:
        return self.interview_end.astimezone(ZoneInfo(self.timezone))

    @property
    def recipient_name(self) -> str | None:
        return self.recipient.name if self.recipient else None

    @property
    def recipient_first_name(self) -> str | None:
        return self.recipient.first_name if self.recipient else None

    @property
    def sender_first_name(self) -> str | None:
        return self.sender_name.split()[0] if self.sender_name else None

    @property
    def has_personal_points(self) -> bool:
        return bool(self.recipient and self.recipient.discussion_points)

    @property
    def discussion_points(self) -> tuple[DiscussionPoint, ...]:
        """The recipient's own points, else the interview's.

        Interview-level points are rotated by `recipient_index`, so interviewers without
        points of their own are not all reminded of the same thing first.
        """
        if self.recipient and self.recipient.discussion_points:
            return self.recipient.discussion_points
        points = self.interview_discussion_points
        if not points:
            return ()
        start = self.recipient_index % len(points)
        return points[start:] + points[:start]

    @property
    def send_day(self) -> date:
        """The day the note is phrased for; without one, the day after the interview."""
        if self.send_on is not None:
            return self.send_on
        return self.local_interview_end.date() + timedelta(days=1)

    @property
    def next_steps_known(self) -> bool:
        return self.next_steps_description is not None or self.next_steps_expected_by is not None

    @property
    def next_steps_open(self) -> bool:
        """Next steps are known and the outcome has not made them moot."""
        return self.next_steps_known and self.outcome in OPEN_OUTCOMES

    @property
    def interview_date_text(self) -> str:
        return human_date(self.local_interview_end.date())

    @property
    def expected_by_text(self) -> str | None:
        expected = self.next_steps_expected_by
        if expected is None:
            return None
        return human_date(expected, with_year=expected.year != self.local_interview_end.year)


_FORMAL_KINDS = frozenset(
    {
        DraftKind.THANK_YOU,
        DraftKind.NEXT_STEPS_FOLLOW_UP,
        DraftKind.REJECTION_THANK_YOU,
        DraftKind.FEEDBACK_REQUEST,
    }
)


def greeting_line(facts: DraftFacts) -> str:
    """The salutation by first name, e.g. 'Dear Dana,' or 'Hi Dana,'; never an empty name."""
    first_name = facts.recipient_first_name
    if facts.channel is Channel.LETTER:
        return f"Dear {first_name or facts.company_short + ' team'},"
    if first_name is None:
        return "Hello,"
    formal = facts.channel is Channel.EMAIL and facts.kind in _FORMAL_KINDS
    return f"{'Dear' if formal else 'Hi'} {first_name},"


VARIABLE_DOCS: dict[str, str] = {
    "kind": "The kind of note, e.g. `thank_you` or `feedback_request`.",
    "channel": "Where the note goes: `email`, `linkedin` or `letter`.",
    "greeting": 'A ready-made salutation, e.g. "Dear Dana," or "Hello," when no name is known.',
    "recipient_name": "The recipient's full name, or empty when unknown.",
    "recipient_first_name": "The recipient's first name (honorifics skipped), or empty.",
    "recipient_title": "The recipient's job title, or empty.",
    "recipient_is_hiring_manager": "true when the recipient is the hiring manager.",
    "company": 'The organization you interviewed with, e.g. "Acme Cloud GmbH".',
    "company_short": 'The organization without its legal form, e.g. "Acme Cloud".',
    "position": "The position you interviewed for.",
    "stage": 'The interview stage or round, e.g. "Technical interview", or empty.',
    "sender_name": "Your name, as in your profile, or empty.",
    "sender_first_name": "Your first name, or empty.",
    "discussion_points": (
        "A list of the points the recipient raised; when they have none, the interview's points."
    ),
    "discussion_points_text": (
        'Those points as one phrase, e.g. "the migration to Kubernetes and on-call", or empty.'
    ),
    "interview_discussion_points": "A list of the points recorded for the whole interview.",
    "next_steps": 'The next steps as noted, e.g. "Second round with the CTO", or empty.',
    "expected_by": 'When you should hear back, e.g. "Friday, 4 December", or empty.',
    "expected_by_iso": 'The same date as "2026-12-04", or empty.',
    "interview_date": 'The day the interview ended, e.g. "Tuesday, 1 December".',
    "interview_weekday": 'The weekday of the interview, e.g. "Tuesday".',
    "interview_date_iso": 'The interview date as "2026-12-01".',
    "outcome": "pending, advanced, offer, rejected or withdrawn.",
    "accomplishment": (
        "Periodic updates: the title of the accomplishment the note cites, e.g. "
        '"Shipped the billing migration", or empty when none is recorded.'
    ),
    "accomplishment_detail": "More about that accomplishment, in your words, or empty.",
    "accomplishment_link": "Where that accomplishment can be seen, or empty.",
    "resource_title": "share_resource notes: the title of the resource shared, or empty.",
    "resource_url": "The link to that resource, or empty.",
    "resource_note": "Why it is worth sharing, in your words, or empty.",
}


def template_variables(facts: DraftFacts) -> dict[str, object]:
    """The documented variables (see `VARIABLE_DOCS`) for a user template.

    Missing values are None, which a template renders as empty text and tests as false.
    """
    recipient = facts.recipient
    local_end = facts.local_interview_end
    points = facts.discussion_points
    expected = facts.next_steps_expected_by
    accomplishment, resource = facts.accomplishment, facts.resource
    return {
        "kind": facts.kind.value,
        "channel": facts.channel.value,
        "greeting": greeting_line(facts),
        "recipient_name": facts.recipient_name,
        "recipient_first_name": facts.recipient_first_name,
        "recipient_title": recipient.title if recipient else None,
        "recipient_is_hiring_manager": bool(recipient and recipient.is_hiring_manager),
        "company": facts.company,
        "company_short": facts.company_short,
        "position": facts.position,
        "stage": facts.stage,
        "sender_name": facts.sender_name,
        "sender_first_name": facts.sender_first_name,
        "discussion_points": point_texts(points),
        "discussion_points_text": join_phrases(
            [point_phrase(p, to_speaker=facts.has_personal_points) for p in points]
        )
        or None,
        "interview_discussion_points": point_texts(facts.interview_discussion_points),
        "next_steps": facts.next_steps_description,
        "expected_by": facts.expected_by_text,
        "expected_by_iso": expected.isoformat() if expected else None,
        "interview_date": facts.interview_date_text,
        "interview_weekday": WEEKDAYS[local_end.weekday()],
        "interview_date_iso": local_end.date().isoformat(),
        "outcome": facts.outcome,
        "accomplishment": accomplishment.title if accomplishment else None,
        "accomplishment_detail": accomplishment.detail if accomplishment else None,
        "accomplishment_link": accomplishment.link if accomplishment else None,
        "resource_title": resource.title if resource else None,
        "resource_url": resource.url if resource else None,
        "resource_note": resource.note if resource else None,
    }

"""Days and next steps in words, for the day the note is sent.

A date is phrased from the reader's side of the calendar: "by Wednesday" when it falls in
the coming week, "last Thursday" for an interview in the week before, a full date further
out. A next step the user typed as a sentence ("We'll let you know by Wednesday") is told
back in reported speech ("you would let me know by Wednesday"), never quoted; one that
cannot be told back safely is left to a timeline-only sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from api.dates import MONTHS, WEEKDAYS
from api.drafts.facts import as_phrase


def full_date(day: date, today: date) -> str:
    """'Friday, 18 December', with the year when it is not this year's."""
    text = f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if day.year != today.year else text


def day_ahead(day: date, today: date) -> str:
    """A day to hear back by, for 'by …': 'tomorrow', 'Wednesday', 'Friday, 18 December'."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if 2 <= delta <= 6:
        return WEEKDAYS[day.weekday()]
    return full_date(day, today)


def day_behind(day: date, today: date) -> str:
    """When something happened, ready to follow a verb: 'yesterday', 'on Tuesday',
    'last Thursday', 'on 12 November'."""
    delta = (today - day).days
    if delta <= 0:
        return "today"
    if delta == 1:
        return "yesterday"
    if delta <= 6:
        same_week = day.isocalendar()[:2] == today.isocalendar()[:2]
        return f"{'on' if same_week else 'last'} {WEEKDAYS[day.weekday()]}"
    text = f"{day.day} {MONTHS[day.month - 1]}"
    return f"on {text} {day.year}" if day.year != today.year else f"on {text}"


# --- next steps as typed ----------------------------------------------------------------------

# "by Friday", "next week", "on 4 December", "within two weeks": the time a description
# ends with, which the note replaces with the recorded date phrased for the send day.
_TIME_WORDS = (
    r"(?:today|tomorrow|tonight|week|weeks|month|days?|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|eow|eod|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[./-]\d{1,2})"
)
_TIME_TAIL = re.compile(
    rf"\s*,?\s+(?:by|on|before|within|in|next|this|end of|early|later)\b[^.]*?\b{_TIME_WORDS}\b.*$",
    re.IGNORECASE,
)
# "to be scheduled", "TBD": the step has no date yet.
_UNDATED_TAIL = re.compile(
    r"\s*,?\s*(?:\(?(?:tbd|tbc)\)?|(?:to be|is being|will be|yet to be)\s+"
    r"(?:scheduled|confirmed|arranged|decided|determined|announced|set up|planned))$",
    re.IGNORECASE,
)
_WEEKDAY_OR_MONTH = re.compile(
    r"\b(" + "|".join(name.lower() for name in (*WEEKDAYS, *MONTHS)) + r")\b", re.IGNORECASE
)
# Heads of a next step that is news rather than a meeting: "I look forward to hearing …".
_NEWS = frozenset({"decision", "answer", "feedback", "update", "news", "response", "outcome"})
_ARTICLES = frozenset({"a", "an", "the", "your", "our", "their", "another", "one", "my"})
_PREPOSITIONS = frozenset({"with", "by", "for", "on", "at", "in", "of", "to", "from", "about"})

# Who a sentence-like next step says will act, and how the note names them.
_SUBJECTS: dict[str, str] = {
    "we": "you",
    "they": "the team",
    "you": "I",
    "i": "I",
    "recruiter": "the recruiter",
    "the recruiter": "the recruiter",
    "hr": "HR",
    "team": "the team",
    "the team": "the team",
    "hiring manager": "the hiring manager",
    "the hiring manager": "the hiring manager",
}
_MODALS = re.compile(
    r"^(?P<subject>.+?)(?:'ll|’ll|\s+will|\s+would|\s+are going to)\s+(?P<rest>.+)$"
)
# Words of the rest of the sentence, shifted from the interviewer's side to the writer's.
_SHIFT = {"you": "me", "your": "my", "yours": "mine", "we": "you", "us": "you", "our": "your"}


@dataclass(frozen=True, slots=True)
class NextStep:
    """What the user recorded about next steps, in pieces a sentence can use.

    Exactly one of `step`, `news` and `action` is set when the description could be used:
    `step` is a noun phrase with its article ("the second round with the CTO"), `news` one
    that is heard rather than attended ("the decision"), `action` a reported clause without
    its modal ("you", "let me know"). `undated` marks a step still to be scheduled.
    """

    step: str | None = None
    news: str | None = None
    actor: str | None = None
    action: str | None = None
    undated: bool = False

    def said(self, modal: str) -> str | None:
        """'you would let me know', with the modal the sentence needs ('will', 'would')."""
        if self.actor is None or self.action is None:
            return None
        return f"{self.actor} {modal} {self.action}"


def read_next_step(
    description: str | None, *, has_date: bool, speaks_for_company: bool = True
) -> NextStep:
    """The description as typed, in pieces; a recorded date replaces the one typed.

    "We'll let you know" is the recipient's own promise only when they speak for the
    company (the hiring manager, a recruiter); to anyone else it is the team's."""
    if description is None:
        return NextStep()
    text = description.strip().rstrip(".!;:").strip().strip("\"'“”")
    undated = bool(_UNDATED_TAIL.search(text))
    text = _UNDATED_TAIL.sub("", text)
    if has_date:
        text = _TIME_TAIL.sub("", text)
    text = _WEEKDAY_OR_MONTH.sub(lambda match: match.group(1).capitalize(), text).strip(" ,")
    if not text:
        return NextStep(undated=undated)
    clause = _MODALS.match(text)
    if clause:
        actor = _SUBJECTS.get(clause.group("subject").lower().replace("’", "'"))
        if actor == "you" and not speaks_for_company:
            actor = "the team"
        if actor is None:
            return NextStep(undated=undated)
        shift = _SHIFT if actor != "the team" else {**_SHIFT, "we": "they", "us": "them"}
        rest = " ".join(shift.get(word.lower(), word) for word in clause.group("rest").split())
        return NextStep(actor=actor, action=rest, undated=undated)
    words = text.split()
    if words[0].lower() in {"please", "expect", "waiting", "wait", "hear", "should"}:
        return NextStep(undated=undated)
    phrase = as_phrase(text)
    head_words = []
    for word in phrase.split():
        if word.lower() in _PREPOSITIONS:
            break
        head_words.append(word.lower())
    head = head_words[-1] if head_words else ""
    if phrase.split()[0].lower() not in _ARTICLES and not _is_plural(head):
        phrase = f"the {phrase}"
    if head in _NEWS:
        return NextStep(news=phrase, undated=undated)
    return NextStep(step=phrase, undated=undated)


def _is_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))

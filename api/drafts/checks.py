"""The checks every draft carries, straight from the seed's advice.

They read the text as the user left it, generated or edited, so they match loosely: a
discussion point counts as mentioned when most of its significant words appear, in any
inflection; a name counts with or without accents.

A check that does not apply to a draft (a `prompt` check on a feedback request, say) is
still returned, with `applies` false, `passed` true and severity "info", so every draft
carries the same ids; it is never counted as a pass. A passed check always has severity
"info"; a failed one carries how much it matters.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

from api.auth.models import DEFAULT_WORKING_DAYS
from api.dates import MONTHS, WEEKDAYS
from api.drafts.facts import (
    ACCOMPLISHMENT_SLOT,
    RESOURCE_SLOT,
    Channel,
    DraftFacts,
    DraftKind,
    human_time,
    join_phrases,
    short_company_name,
)
from api.drafts.phrasing import DiscussionPoint, as_point, point_phrase
from api.drafts.terms import term
from api.drafts.wordcount import count_words
from api.drafts.writer import LINKEDIN_NOTE_LIMIT
from api.playbook.rules import thank_you_window
from api.playbook.settings import PlaybookSettings

Severity = Literal["error", "warning", "info"]
CheckId = Literal[
    "addresses_by_name",
    "references_discussion",
    "reiterates_interest",
    "follows_up_next_steps",
    "prompt",
    "length",
    "no_placeholders",
    "no_filler",
    "distinct",
    "has_substance",
    "repeats_earlier_note",
]

EMAIL_MIN_WORDS = 50
EMAIL_MAX_WORDS = 250
# Word-trigram Jaccard similarity at or above which a note counts as a near-copy of a
# sibling. Measured on thank-you-sized notes: built-in notes to two interviewers of one
# interview score 0.03–0.46 (median 0.12); the same note with only the name changed about
# 0.95; rewriting one of its three paragraphs brings a copy down to about 0.5, and
# rewriting two to about 0.15.
NEAR_COPY_THRESHOLD = 0.5
# A sentence this long or longer, already written to the same person, counts as repeated;
# shorter lines are courtesies every note may share ("Best regards,", "Thank you, Dana.").
MIN_REPEATED_SENTENCE_WORDS = 6

_KIND_LABELS = {
    DraftKind.THANK_YOU: "thank-you note",
    DraftKind.NEXT_STEPS_FOLLOW_UP: "next-steps follow-up",
    DraftKind.PERIODIC_UPDATE: "periodic update",
    DraftKind.SHARE_RESOURCE: "note sharing a resource",
    DraftKind.LINKEDIN_CONNECT: "LinkedIn connection note",
    DraftKind.REJECTION_THANK_YOU: "thank-you after a rejection",
    DraftKind.FEEDBACK_REQUEST: "feedback request",
    DraftKind.KEEP_IN_TOUCH: "keep-in-touch note",
}


@dataclass(frozen=True, slots=True)
class Check:
    id: CheckId
    passed: bool
    severity: Severity
    message: str
    # False when the check has nothing to look at in this note (its kind, channel or
    # facts): then it is not a pass, whatever `passed` says.
    applies: bool = True


def run_checks(
    facts: DraftFacts,
    subject: str | None,
    body: str,
    *,
    now: datetime,
    sibling_bodies: Sequence[str],
    thank_you_deadline: datetime | None = None,
) -> list[Check]:
    """Check a draft's text against the seed's advice.

    `now` is when the note is (or was) sent: pass the draft's `sent_at` once it is sent.
    `sibling_bodies` are the bodies of notes to the interview's other interviewers.
    `thank_you_deadline`, when given (the task's `deadline_at`, counted on the user's
    working days), is the `prompt` check's deadline; without one, two working days
    Monday to Friday.
    """
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    full_text = f"{subject}\n{body}" if subject else body
    return [
        _addresses_by_name(facts, body),
        _references_discussion(facts, body),
        _reiterates_interest(facts, full_text),
        _follows_up_next_steps(facts, full_text),
        _prompt(facts, now, thank_you_deadline),
        _length(facts, body),
        _no_placeholders(full_text),
        _no_filler(full_text),
        _distinct(facts, body, sibling_bodies),
        _has_substance(facts, full_text),
        _repeats_earlier_note(facts, body),
    ]


def _passed(check_id: CheckId, message: str) -> Check:
    return Check(id=check_id, passed=True, severity="info", message=message)


def _failed(check_id: CheckId, severity: Severity, message: str) -> Check:
    return Check(id=check_id, passed=False, severity=severity, message=message)


def _as_advice(severity: Severity, advice: str) -> str:
    """Advice on an info-level check is a suggestion, and says so."""
    return "Optional: " + advice[0].lower() + advice[1:] if severity == "info" else advice


def _not_applicable(check_id: CheckId, kind: DraftKind) -> Check:
    return _not_needed(check_id, f"Not needed for a {_KIND_LABELS[kind]}.")


def _not_needed(check_id: CheckId, message: str) -> Check:
    return Check(id=check_id, passed=True, severity="info", message=message, applies=False)


# --- text matching -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_STOPWORDS = frozenset(
    """
    a an the and or but nor of to in on at for with about from by as into onto over under
    is are was were be been being am it its it's this that these those there here then than
    i me my we us our you your he him his she her they them their what which who whom whose
    how why when where do does did done have has had having will would can could should may
    might must shall not no so too very just also up down out off some any all each both
    more most other such only own same few again further once if because while during before
    after above below between through until s t
    """.split()
)
# Words that appear in almost every note, so they say nothing about a specific topic.
_GENERIC_WORDS = frozenset(
    """
    team role position job company interview interviews interviewing work working discuss
    discussed discussion discussions conversation conversations talk talked talking thing
    things lot really great good next step steps speak spoke say said mention mentioned ask
    asked tell told explain explained describe described share shared cover covered go went
    """.split()
)


def _fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a text."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def _padded(words: Iterable[str]) -> str:
    return " " + " ".join(words) + " "


def _contains_phrase(text_words: list[str], phrase: str) -> bool:
    phrase_words = _words(phrase)
    return bool(phrase_words) and _padded(phrase_words) in _padded(text_words)


def _significant_terms(text: str, *, ignore: Iterable[str] = ()) -> set[str]:
    ignored = {term(word) for word in ignore} | _generic_terms()
    return {
        term(word) for word in _words(text) if word not in _STOPWORDS and len(word) > 1
    } - ignored


@lru_cache(maxsize=1)
def _generic_terms() -> frozenset[str]:
    """The generic words in every inflection: 'spoke', 'speaking' and 'speaks' alike."""
    return frozenset(term(word) for word in _GENERIC_WORDS)


def _mentions_topic(text: str, topic: str, *, ignore: Iterable[str] = ()) -> bool:
    """The text names the topic outright, or uses at least half of its significant words
    in any inflection."""
    text_words = _words(text)
    if _contains_phrase(text_words, topic):
        return True
    wanted = _significant_terms(topic, ignore=ignore)
    if not wanted:
        return False
    present = wanted & {term(word) for word in text_words}
    return len(present) >= math.ceil(len(wanted) / 2)


def point_texts(point: str | DiscussionPoint) -> tuple[str, ...]:
    """What a point may be recognised by: its text, and its topic when the user gave one."""
    if isinstance(point, str):
        return (point,)
    return tuple(text for text in (point.text, point.topic) if text)


def mentions_point(text: str, point: str | DiscussionPoint, *, ignore: Iterable[str] = ()) -> bool:
    """The text refers to the point, by its words or its topic's, in any inflection."""
    ignored = tuple(ignore)
    return any(_mentions_topic(text, wording, ignore=ignored) for wording in point_texts(point))


# --- addresses_by_name ----------------------------------------------------------------------

_SALUTATION = re.compile(
    r"^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening))\b[\s,]*",
    re.IGNORECASE,
)
# Words after a salutation that greet nobody in particular.
_GENERIC_ADDRESSEES = frozenset(
    """
    there team all everyone everybody sir madam hiring manager managers friend friends
    colleague colleagues whom it may concern recruiter recruiting talent folks and or
    """.split()
)
_GREETING_LINES_SEARCHED = 8
_GREETING_SPAN = 80  # a LinkedIn note greets on the same line as its first sentence


def _greeting(facts: DraftFacts, body: str) -> str | None:
    """The salutation line, else the first line ("Dana, thank you…").

    A letter's first lines are the address block, so a letter needs a salutation.
    """
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    for line in lines[:_GREETING_LINES_SEARCHED]:
        if _SALUTATION.match(line):
            return line[:_GREETING_SPAN]
    if facts.channel is Channel.LETTER or not lines:
        return None
    return lines[0][:_GREETING_SPAN]


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _addressee(greeting: str) -> str:
    """The words a greeting names someone with: 'Dear Sam Park, thank you' -> 'Sam Park'."""
    match = _SALUTATION.match(greeting)
    rest = greeting[match.end() :] if match else greeting
    return re.split(r"[,.!:;\n—–]| - ", rest, maxsplit=1)[0]


def _wrong_person(facts: DraftFacts, addressee: str) -> str | None:
    """The name of someone else the greeting names instead of the recipient, if any: another
    interviewer's full name, or the recipient's first name with a surname not theirs."""
    name = facts.recipient_name or ""
    own_words = set(_words(name))
    addressee_words = _words(addressee)
    for other in facts.other_names:
        # A name that is all the recipient's own words ("Omar" beside "Omar Lee") is theirs.
        if not set(_words(other)) <= own_words and _contains_phrase(addressee_words, other):
            return other
    if len(name.split()) < 2:
        return None  # without a recorded surname, any surname may be theirs
    first = _fold(facts.recipient_first_name or "")
    others = {word for other in facts.other_names for word in _words(other)}
    tokens = _NAME_WORD.findall(addressee)
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        following_words = set(_words(following))
        # "Sam Parker," ends the greeting; "Hi Sam Thanks for…" only lacks a comma.
        ends_greeting = index + 2 == len(tokens)
        if (
            _fold(token) == first
            and following[0].isupper()
            and not following_words <= own_words
            and (ends_greeting or following_words & others)
        ):
            return f"{token} {following}"
    return None


def _addresses_by_name(facts: DraftFacts, body: str) -> Check:
    check_id: CheckId = "addresses_by_name"
    greeting = _greeting(facts, body)
    name = facts.recipient_name
    if name is None:
        return _greets_someone_unnamed(facts, greeting)
    first_name = facts.recipient_first_name or name
    example = _example_greeting(facts, first_name)
    if greeting is None:
        return _failed(check_id, "warning", f'Start the note with a greeting, such as "{example}"')
    wrong = _wrong_person(facts, _addressee(greeting))
    if wrong is not None:
        return _failed(
            check_id,
            "error",
            f"The greeting names {wrong}, but this note is for {name}. Greet {first_name} "
            f'instead, for example "{example}"',
        )
    greeting_words = _words(greeting)
    candidates = {name, first_name, name.split()[-1]}
    if any(_contains_phrase(greeting_words, candidate) for candidate in candidates):
        return _passed(check_id, f"The greeting names {first_name}.")
    return _failed(
        check_id,
        "warning",
        f'Greet {first_name} by name in the first line, for example "{example}"',
    )


def _greets_someone_unnamed(facts: DraftFacts, greeting: str | None) -> Check:
    """Without a recorded name, accept any greeting that names someone in particular."""
    check_id: CheckId = "addresses_by_name"
    if greeting:
        match = _SALUTATION.match(greeting)
        rest = greeting[match.end() :] if match else ""
        addressee = re.split(r"[,.!:;\n]", rest, maxsplit=1)[0]
        company_words = set(_words(facts.company))
        words = [w for w in _words(addressee) if w not in company_words]
        if match and words and not set(words) <= _GENERIC_ADDRESSEES:
            return _passed(check_id, "The greeting names the recipient.")
    return _failed(
        check_id,
        "warning",
        "Greet the recipient by name. No name is recorded for them: add the interviewer's "
        "name to the interview, or write it in the greeting.",
    )


def _example_greeting(facts: DraftFacts, first_name: str) -> str:
    if facts.channel is Channel.LETTER:
        return f"Dear {facts.recipient_name},"
    if facts.channel is Channel.LINKEDIN:
        return f"Hi {first_name},"
    return f"Dear {first_name},"


# --- references_discussion ------------------------------------------------------------------


def _discussion_severity(facts: DraftFacts) -> Severity:
    """The seed asks thank-you notes and follow-up emails to cite the conversation; for
    other notes, and a follow-up squeezed into a LinkedIn message, it is a suggestion."""
    if facts.kind is DraftKind.THANK_YOU:
        return "warning"
    if facts.kind is DraftKind.NEXT_STEPS_FOLLOW_UP and facts.channel is not Channel.LINKEDIN:
        return "warning"
    return "info"


def _references_discussion(facts: DraftFacts, body: str) -> Check:
    check_id: CheckId = "references_discussion"
    points = facts.discussion_points
    who = facts.recipient_first_name
    if not points:
        with_whom = f" with {who}" if who else ""
        return _not_needed(
            check_id,
            f"No discussion points are recorded for this interview. Add what you talked "
            f"about{with_whom} to the interview so notes can refer to it.",
        )
    recipient = facts.recipient
    if recipient is not None and recipient.is_recruiter and not recipient.discussion_points:
        # A recruiter is thanked for the process, not for what others discussed.
        return _not_needed(
            check_id,
            f"{who or 'A recruiter'} ran the process rather than the technical "
            "conversation: thank them for that.",
        )
    # Words every note contains anyway do not show that a point was mentioned.
    ignore = _words(" ".join((facts.company, facts.position, facts.recipient_name or "")))
    for point in points:
        if mentions_point(body, point, ignore=ignore):
            return _passed(check_id, f'Mentions "{point_texts(point)[0]}".')
    severity = _discussion_severity(facts)
    # Advice is read by the user: the point as a note would put it, not as typed.
    example = point_phrase(as_point(points[0]), to_speaker=False)
    if facts.has_personal_points and who:
        advice = f"Mention something you discussed with {who}, such as {example}."
    else:
        advice = f"Mention something you discussed in the interview, such as {example}."
    return _failed(check_id, severity, _as_advice(severity, advice))


# --- reiterates_interest --------------------------------------------------------------------

_INTEREST = re.compile(
    r"\b(?:interest|interested|enthusias\w*|excit\w*|eager\w*|keen|thrilled|passionate"
    r"|look(?:ing)? forward|(?:would|'d) (?:love|welcome|enjoy)|appeal\w*|motivated"
    r"|admire|drawn to)\b"
)
# Interest taken back: "no longer interested", "not that keen", "I withdraw". "Could not be
# more excited" is not among them: only these few words may stand between.
_NEGATED_INTEREST = re.compile(
    r"(?:\b(?:no longer|not|never)|\b\w+n't)\s+(?:(?:be|been|am|feel|really|very|so|that|as|all"
    r"|particularly|currently|still|any)\s+){0,2}(?:interested|excited|enthusiastic|keen"
    r"|eager|pursuing|considering)\b"
    r"|\b(?:lost (?:my |all )?interest|los(?:e|ing) interest"
    r"|withdr(?:aw|awing|awn|ew)|(?:decline|declining) (?:the|your) (?:offer|invitation)"
    r"|(?:accepted|taken|take) (?:an|another) (?:offer|position|role)"
    r"|(?:take|taking) myself out)\b"
)
# kind -> (the position must be named, severity when the check fails)
_INTEREST_RULES: dict[DraftKind, tuple[bool, Severity]] = {
    DraftKind.THANK_YOU: (True, "warning"),
    DraftKind.NEXT_STEPS_FOLLOW_UP: (True, "warning"),
    DraftKind.PERIODIC_UPDATE: (True, "warning"),
    DraftKind.SHARE_RESOURCE: (False, "info"),
    DraftKind.LINKEDIN_CONNECT: (False, "info"),
    # After a rejection the seed asks for interest in the organization, not the position.
    DraftKind.REJECTION_THANK_YOU: (False, "warning"),
    DraftKind.FEEDBACK_REQUEST: (False, "info"),
    DraftKind.KEEP_IN_TOUCH: (False, "warning"),
}


def _names_company(text_words: list[str], company: str) -> bool:
    return _contains_phrase(text_words, short_company_name(company))


def _names_position(text: str, position: str) -> bool:
    """The exact title, or two thirds of its words ('backend engineer' for 'Senior Backend
    Engineer')."""
    text_words = _words(text)
    if _contains_phrase(text_words, position):
        return True
    wanted = {term(w) for w in _words(position) if w not in _STOPWORDS}
    present = wanted & {term(word) for word in text_words}
    return bool(wanted) and len(present) >= math.ceil(len(wanted) * 2 / 3)


def _reiterates_interest(facts: DraftFacts, text: str) -> Check:
    check_id: CheckId = "reiterates_interest"
    position_required, severity = _INTEREST_RULES[facts.kind]
    text_words = _words(text)
    negated = _NEGATED_INTEREST.search(_fold(text))
    if negated:
        # A warning, not an error: a note may mean to withdraw, and then it says so.
        return _failed(
            check_id,
            "warning",
            f'"{negated.group(0)}" reads as withdrawing your interest. If you mean to '
            "withdraw, say so plainly and skip this advice; otherwise say that you are still "
            "interested.",
        )
    missing = []
    if position_required and not _names_position(text, facts.position):
        missing.append(f'name the position ("{facts.position}")')
    if not _names_company(text_words, facts.company):
        missing.append(f"name {facts.company_short}")
    if not _INTEREST.search(_fold(text)):
        missing.append("say that you are still interested and enthusiastic")
    if not missing:
        named = f"the {facts.position} position and " if position_required else ""
        return _passed(check_id, f"Names {named}{facts.company_short}, and expresses interest.")
    advice = "To reiterate your interest, " + join_phrases(missing) + "."
    return _failed(check_id, severity, _as_advice(severity, advice))


# --- follows_up_next_steps ------------------------------------------------------------------

_NEXT_STEPS_WORDS = re.compile(r"\b(?:next steps?|timeline|time ?frame|hear back)\b")
# Lower case, as the text is folded before it is searched.
_MONTHS = [month.lower() for month in MONTHS]
_WEEKDAYS = [weekday.lower() for weekday in WEEKDAYS]
# kind -> severity when the check fails; other kinds do not need to mention next steps.
_NEXT_STEPS_RULES: dict[DraftKind, Severity] = {
    DraftKind.THANK_YOU: "warning",
    DraftKind.NEXT_STEPS_FOLLOW_UP: "warning",
    DraftKind.PERIODIC_UPDATE: "info",
}


def _mentions_expected_date(facts: DraftFacts, text: str) -> bool:
    expected = facts.next_steps_expected_by
    if expected is None:
        return False
    folded = _fold(text)
    month = _MONTHS[expected.month - 1]
    day = str(expected.day)
    # The writer names a day close to the send day as the reader will see it.
    relative = {0: "today", 1: "tomorrow"}.get((expected - facts.send_day).days)
    patterns = (
        *((rf"\b(?:by|until|before) {relative}\b",) if relative else ()),
        rf"\b{_WEEKDAYS[expected.weekday()]}\b",
        rf"\b{day}(?:st|nd|rd|th)?(?: of)? {month}\b",
        rf"\b{month} {day}(?:st|nd|rd|th)?\b",
        rf"\b{expected.isoformat()}\b",
    )
    return any(re.search(pattern, folded) for pattern in patterns)


_MONTH_NAMES = "|".join(rf"{month[:3]}(?:{month[3:]})?" for month in _MONTHS)
_DAY_NAMES = re.compile(
    rf"\b(?:(?P<weekday>{'|'.join(_WEEKDAYS)})(?:'s)?"
    rf"|(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? (?P<month>{_MONTH_NAMES})\.?"
    rf"|(?P<month_first>{_MONTH_NAMES})\.? (?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b"
)
# A day named in a sentence with one of these is a day for news, not for something else.
_TIMELINE_CUES = re.compile(
    r"\b(?:by|before|until|till|hear|heard|hearing|decision|decide|decided|timeline|next steps?"
    r"|expect\w*|news|get back|back to|let me know|update|respond|reply|deadline|due|round"
    r"|outcome|answer)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _named_day(match: re.Match[str]) -> tuple[int, int] | int | None:
    """The weekday (0 = Monday) or (month, day) a match names; None for a date that is not
    one."""
    if match["weekday"]:
        return _WEEKDAYS.index(match["weekday"])
    if match["iso"]:
        try:
            named = date.fromisoformat(match["iso"])
        except ValueError:
            return None
        return (named.month, named.day)
    month_text = match["month"] or match["month_first"]
    day = int(match["day"] or match["day_after"])
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_text[:3]))
    return (month, day) if 1 <= day <= 31 else None


def _wrong_day(facts: DraftFacts, text: str) -> str | None:
    """A day or date the note gives for news that is neither the one recorded nor the
    interview's own."""
    expected = facts.next_steps_expected_by
    if expected is None:
        return None
    interview_day = facts.local_interview_end.date()
    allowed = {
        expected.weekday(),
        (expected.month, expected.day),
        interview_day.weekday(),
        (interview_day.month, interview_day.day),
    }
    for sentence in _SENTENCE_END.split(_fold(text)):
        if not _TIMELINE_CUES.search(sentence):
            continue
        for match in _DAY_NAMES.finditer(sentence):
            named = _named_day(match)
            if named is not None and named not in allowed:
                words = match.group(0).split(" ")
                return " ".join(word[:1].upper() + word[1:] for word in words)
    return None


def _follows_up_next_steps(facts: DraftFacts, text: str) -> Check:
    check_id: CheckId = "follows_up_next_steps"
    severity = _NEXT_STEPS_RULES.get(facts.kind)
    if severity is None:
        return _not_applicable(check_id, facts.kind)
    relevant = (
        facts.next_steps_known
        if facts.kind is DraftKind.NEXT_STEPS_FOLLOW_UP
        else facts.next_steps_open
    )
    if not relevant:
        return _not_needed(check_id, "No next steps or timeline are recorded for this interview.")
    wrong_day = _wrong_day(facts, text)
    if wrong_day is not None:
        return _failed(
            check_id,
            "warning",
            f'The note says "{wrong_day}", but you were told to expect news by '
            f"{facts.expected_by_text}. Correct the day, or refer to the timeline without "
            "one.",
        )
    description = facts.next_steps_description
    if (
        _mentions_expected_date(facts, text)
        or _NEXT_STEPS_WORDS.search(_fold(text))
        or (description and _mentions_topic(text, description))
    ):
        return _passed(check_id, "Refers to the next steps or their timeline.")
    known = []
    if description:
        known.append(f'"{description}"')
    if facts.expected_by_text:
        known.append(f"expected by {facts.expected_by_text}")
    advice = "Follow up on the next steps you were given: " + ", ".join(known) + "."
    return _failed(check_id, severity, _as_advice(severity, advice))


# --- prompt ---------------------------------------------------------------------------------


def _prompt(facts: DraftFacts, now: datetime, deadline: datetime | None) -> Check:
    return prompt_check(
        facts.kind,
        interview_end=facts.interview_end,
        timezone=facts.timezone,
        now=now,
        thank_you_deadline=deadline,
    )


def prompt_check(
    kind: DraftKind,
    *,
    interview_end: datetime,
    timezone: str,
    now: datetime,
    thank_you_deadline: datetime | None = None,
) -> Check:
    """The `prompt` check alone: the one check that changes with the clock, so a stored
    draft that is not sent yet can have it brought up to date without its other facts."""
    check_id: CheckId = "prompt"
    if kind is not DraftKind.THANK_YOU:
        return _not_applicable(check_id, kind)
    zone = ZoneInfo(timezone)
    if thank_you_deadline is None:
        # No task says when: the playbook's default, two working days Monday to Friday.
        _, thank_you_deadline = thank_you_window(
            interview_end, zone, PlaybookSettings(), frozenset(DEFAULT_WORKING_DAYS)
        )
    deadline = thank_you_deadline.astimezone(zone)
    when = f"{human_time(deadline)} ({timezone})"
    if now < interview_end:
        return _passed(
            check_id,
            f"The interview has not ended yet. Send your thank-you within two working days "
            f"of its end, by {when}.",
        )
    if now <= deadline:
        return _passed(
            check_id, f"Send it by {when} to stay within two working days of the interview."
        )
    return _failed(
        check_id,
        "warning",
        f"The two working days closed on {when}. Send it as soon as you can anyway: a late "
        "thank-you is better than none.",
    )


# --- length ---------------------------------------------------------------------------------


def _length(facts: DraftFacts, body: str) -> Check:
    check_id: CheckId = "length"
    if facts.channel is Channel.LINKEDIN:
        length = len(body.strip())
        if length <= LINKEDIN_NOTE_LIMIT:
            return _passed(
                check_id, f"{length} characters, within LinkedIn's {LINKEDIN_NOTE_LIMIT}."
            )
        excess = length - LINKEDIN_NOTE_LIMIT
        return _failed(
            check_id,
            "warning",
            f"The note is {length} characters; LinkedIn allows {LINKEDIN_NOTE_LIMIT}. Cut "
            f"{excess} {'character' if excess == 1 else 'characters'}, keeping the greeting "
            "and one specific detail.",
        )
    count = count_words(body)
    noun = "letter" if facts.channel is Channel.LETTER else "email"
    if count < EMAIL_MIN_WORDS:
        return _failed(
            check_id,
            "warning",
            f"The {noun} is {count} words; write at least {EMAIL_MIN_WORDS}, for example by "
            "mentioning something you discussed.",
        )
    if count > EMAIL_MAX_WORDS:
        return _failed(
            check_id,
            "warning",
            f"The {noun} is {count} words; keep it to {EMAIL_MAX_WORDS} or fewer by cutting "
            "what does not add to your interest or the conversation.",
        )
    return _passed(check_id, f"{count} words, within {EMAIL_MIN_WORDS}–{EMAIL_MAX_WORDS}.")


# --- no_placeholders ------------------------------------------------------------------------

# Every pattern is bounded in length, so a long or hostile text cannot make matching slow.
_PLACEHOLDERS = re.compile(
    "|".join(
        (
            r"\{\{.{0,200}?\}\}",  # {{ variable }}
            r"\{%.{0,200}?%\}",  # {% tag %}
            r"\{[^{}\n]{0,80}\}",  # {name}
            r"\[[^\[\]\n]{1,80}\](?!\()",  # [Name], not a [link](url); see _NOT_PLACEHOLDER
            r"<(?![^<>\n]{0,80}?(?:@|://))[^<>\n]{1,80}>",  # <Company>, not <dana@acme.com>
            r"\b[Xx]{3,}\b",
            r"\b(?:TBD|TBC|TODO|FIXME|INSERT)\b",
            r"_{3,}",
            r"\?{3,}",
            r"(?i:\blorem ipsum\b)",
            r"(?im:^[ \t]*(?:dear|hi|hello|hey)(?:[ \t]+none)?[ \t]+,)",  # "Dear ," "Hi None ,"
            r"(?im:^[ \t]*dear[ \t]*,)",  # "Dear," with the name missing
            r"(?im:^[ \t]*(?:dear|hi|hello|hey)[ \t]+none\b)",  # "Dear None,"
        )
    ),
    re.DOTALL,
)


# Brackets that are not left to fill: references ("[1]"), an elision ("[…]"), and the
# labels a writer puts beside a link or an attachment ("[PDF]", "[slides]", "[sic]").
_NOT_PLACEHOLDER = re.compile(
    r"\[(?:[\d\s,.–-]*|…|\.\.\.|(?i:pdf|docx?|pptx?|xlsx?|csv|zip|png|jpe?g|gif|svg|mp[34]|video"
    r"|audio|slides|deck|attachment|attached|sic|sic!|emphasis (?:added|mine)|edited|redacted"
    r"|translated|paraphrased))\]"
)


def _no_placeholders(text: str) -> Check:
    check_id: CheckId = "no_placeholders"
    found = _unique(
        match.group(0).strip()
        for match in _PLACEHOLDERS.finditer(text)
        if not _NOT_PLACEHOLDER.fullmatch(match.group(0))
    )
    if not found:
        return _passed(check_id, "No placeholders left.")
    shown = join_phrases([f'"{item}"' for item in found[:3]])
    return _failed(check_id, "error", f"Fill in or remove {shown} before sending.")


# --- no_filler ------------------------------------------------------------------------------

_FILLER = re.compile(
    r"\b(?:"
    + "|".join(
        (
            r"(?:just )?(?:wanted to )?check(?:ing)?[- ]in",
            r"touch(?:ing)? base",
            r"circl(?:e|ing) back",
            r"(?:i )?hope (?:this|my) (?:e-?mail |message |note |letter )?finds you well",
            r"(?:i )?hope you(?: are|'re) (?:doing )?well",
            r"hope all is well",
            r"just (?:wanted to )?follow(?:ing)?[- ]up",
            r"(?:as )?per my (?:last|previous) (?:e-?mail|message|note)",
            r"sorry to bother you",
            r"(?:please )?(?:do not|don't) hesitate to",
            r"at your earliest convenience",
            r"just a (?:friendly |quick |gentle )?reminder",
            r"just (?:wanted to )?ping(?:ing)?",
            r"bump(?:ing)? this",
        )
    )
    + r")\b"
)


def _no_filler(text: str) -> Check:
    check_id: CheckId = "no_filler"
    found = _unique(match.group(0) for match in _FILLER.finditer(_fold(text)))
    if not found:
        return _passed(check_id, "No filler phrases.")
    shown = join_phrases([f'"{phrase}"' for phrase in found[:3]])
    return _failed(
        check_id,
        "warning",
        f"Cut {shown}: say something specific instead, such as the next step you are "
        "waiting on or something new you can share.",
    )


# --- distinct -------------------------------------------------------------------------------


def similarity(first: str, second: str) -> float:
    """Jaccard similarity of the two texts' word trigrams (words for very short texts)."""
    first_words, second_words = _words(first), _words(second)
    size = 3 if min(len(first_words), len(second_words)) >= 3 else 1
    first_grams = _shingles(first_words, size)
    second_grams = _shingles(second_words, size)
    union = first_grams | second_grams
    return len(first_grams & second_grams) / len(union) if union else 1.0


def _shingles(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _distinct(facts: DraftFacts, body: str, sibling_bodies: Sequence[str]) -> Check:
    check_id: CheckId = "distinct"
    if not sibling_bodies:
        return _not_needed(check_id, "No other notes for this interview to compare with.")
    closest = max(similarity(body, sibling) for sibling in sibling_bodies)
    if closest < NEAR_COPY_THRESHOLD:
        return _passed(check_id, "Reads differently from the notes to the other interviewers.")
    who = facts.recipient_first_name
    own = f"{who}'s own" if who else "this recipient's own"
    points = facts.discussion_points
    detail = f", such as {point_phrase(as_point(points[0]), to_speaker=False)}" if points else ""
    return _failed(
        check_id,
        "warning",
        f"This note is {closest:.0%} the same as a note to another interviewer. Make it "
        f"{own}: mention something you discussed with {who or 'them'}{detail}.",
    )


# --- has_substance --------------------------------------------------------------------------


def _carries_link(text: str, url: str) -> bool:
    """The text holds the link, with or without its scheme or a closing slash."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE).rstrip("/")
    return bool(bare) and bare.casefold() in text.casefold()


def _has_substance(facts: DraftFacts, text: str) -> Check:
    """A periodic update cites something the user did; a shared resource carries its link.
    Nothing else gives such a note a reason to be sent."""
    check_id: CheckId = "has_substance"
    if facts.kind is DraftKind.PERIODIC_UPDATE:
        accomplishment = facts.accomplishment
        if ACCOMPLISHMENT_SLOT in text or accomplishment is None:
            return _failed(
                check_id,
                "error",
                "Say what you have done since you spoke: record an accomplishment under "
                "Accomplishments (a project, a course, a result), then cite it in this update"
                + (" in place of the bracketed line." if ACCOMPLISHMENT_SLOT in text else "."),
            )
        if mentions_point(text, accomplishment.title) or (
            accomplishment.link is not None and _carries_link(text, accomplishment.link)
        ):
            return _passed(check_id, f'Cites "{accomplishment.title}".')
        return _failed(
            check_id,
            "error",
            f'Cite what you have done: mention "{accomplishment.title}", the accomplishment '
            "this update is for.",
        )
    if facts.kind is DraftKind.SHARE_RESOURCE:
        resource = facts.resource
        if RESOURCE_SLOT in text or resource is None:
            return _failed(
                check_id,
                "error",
                "Say what you are sharing: save the article or resource under Resources, "
                "then give its title and link in this note"
                + (" in place of the bracketed line." if RESOURCE_SLOT in text else "."),
            )
        if _carries_link(text, resource.url):
            return _passed(check_id, f'Shares "{resource.title}" with its link.')
        return _failed(
            check_id,
            "error",
            f'Add the link to "{resource.title}" ({resource.url}) so they can open it.',
        )
    return _not_applicable(check_id, facts.kind)


# --- repeats_earlier_note -------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[str, str]]:
    """Each sentence of a text with its normalised form (folded words, no punctuation)."""
    found = []
    for sentence in _SENTENCE_END.split(text):
        words = _words(sentence)
        if len(words) >= MIN_REPEATED_SENTENCE_WORDS:
            found.append((sentence.strip(), " ".join(words)))
    return found


def _repeats_earlier_note(facts: DraftFacts, body: str) -> Check:
    check_id: CheckId = "repeats_earlier_note"
    if not facts.earlier_notes:
        return _not_needed(check_id, "Nothing else has been written to this person yet.")
    earlier = {normal for note in facts.earlier_notes for _, normal in _sentences(note)}
    repeated = [sentence for sentence, normal in _sentences(body) if normal in earlier]
    who = facts.recipient_first_name or "this person"
    if not repeated:
        return _passed(check_id, f"Says nothing you already wrote to {who}.")
    quoted = repeated[0] if len(repeated[0]) <= 80 else repeated[0][:77].rstrip() + "…"
    more = f" (and {len(repeated) - 1} more)" if len(repeated) > 1 else ""
    return _failed(
        check_id,
        "warning",
        f'You already wrote "{quoted}"{more} to {who} in an earlier note. Say it differently, '
        "or say something new.",
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))

"""Built-in note templates: every kind of note, for every channel.

The wording follows the seed's advice. A thank-you greets the interviewer by name, cites
what that interviewer discussed, names the position and the organization with renewed
interest, and refers to the next steps when they are known. Notes to several interviewers
of one interview choose their phrasings by `recipient_index`, so no two read the same.
Missing facts are left out rather than shown empty: a note never says "Dear ," or "None".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from api.drafts.facts import (
    Channel,
    DraftFacts,
    DraftKind,
    as_phrase,
    greeting_line,
)

# LinkedIn refuses longer connection notes.
LINKEDIN_NOTE_LIMIT = 300

# Descriptions of next steps that are sentences ("We'll call you by Friday") are quoted;
# noun phrases ("second round with the CTO") are woven into the sentence.
_CLAUSE_OPENERS = frozenset(
    """
    we we'll we're we'd they they'll they're you you'll you're i i'll he she he'll she'll it
    it'll will should expect hear waiting wait someone please
    """.split()
)
_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "my", "their", "another", "one"})


@dataclass(frozen=True, slots=True)
class Composed:
    subject: str | None
    body: str


@dataclass(frozen=True, slots=True)
class _NotePart:
    """A sentence of a LinkedIn note, with shorter fallbacks for when the note is too long.

    Parts with the lowest `priority` are shortened first, then left out if `optional`.
    """

    options: tuple[str, ...]
    priority: int
    optional: bool = False

    @classmethod
    def maybe(cls, text: str | None, *, priority: int) -> _NotePart | None:
        """An optional sentence, or none when the fact it needs is missing."""
        return cls((text,), priority, optional=True) if text else None


@dataclass(frozen=True, slots=True)
class _Message:
    """One note in a channel-neutral shape: paragraphs for an email or a letter, and the
    parts of the LinkedIn version."""

    subject: str
    paragraphs: list[str]
    sign_off: str
    note: list[_NotePart]


def compose(facts: DraftFacts) -> Composed:
    """Write the built-in draft for the facts' kind and channel."""
    message = _WRITERS[facts.kind](_Slots(facts))
    if facts.channel is Channel.LINKEDIN:
        note = _fit_note(message.note)
        if len(note) > LINKEDIN_NOTE_LIMIT:
            # "Engineering Manager, Payments" -> "Engineering Manager" buys the last few characters.
            shorter = _WRITERS[facts.kind](_Slots(facts, short_position=True))
            note = min(note, _fit_note(shorter.note), key=len)
        return Composed(subject=None, body=note)
    if facts.channel is Channel.LETTER:
        return Composed(subject=None, body=_letter(facts, message))
    return Composed(subject=message.subject, body=_email(facts, message))


class _Slots:
    """The facts as ready-to-use phrases, plus the variation picker."""

    def __init__(self, facts: DraftFacts, *, short_position: bool = False) -> None:
        self.facts = facts
        self.index = facts.recipient_index
        self.position = _short_position(facts.position) if short_position else facts.position
        self.company = facts.company_short
        self.weekday = facts.interview_date_text.split(",")[0]
        self.date = facts.interview_date_text
        self.points = [as_phrase(point) for point in facts.discussion_points]
        self.expected_by = facts.expected_by_text

    def vary(self, options: Sequence[str], **values: str) -> str:
        """Pick this recipient's phrasing and fill it in."""
        template = options[self.index % len(options)]
        return template.format(
            position=self.position,
            company=self.company,
            weekday=self.weekday,
            date=self.date,
            **values,
        )

    @property
    def first_point(self) -> str | None:
        return self.points[0] if self.points else None

    @property
    def next_step_phrase(self) -> str | None:
        """The next step as a noun phrase with its article, if it is one."""
        description = self.facts.next_steps_description
        if description is None or _is_clause(description):
            return None
        phrase = as_phrase(description.rstrip(" .;:!"))
        first_word = phrase.split()[0].lower()
        return phrase if first_word in _DETERMINERS else f"the {phrase}"

    @property
    def next_step_quote(self) -> str | None:
        """A next-steps sentence, quoted as the interviewer put it."""
        description = self.facts.next_steps_description
        if description is None or not _is_clause(description):
            return None
        return '"' + description.rstrip(" .") + '"'


def _short_position(position: str) -> str:
    """The title without its qualifier: 'Engineer (Payments)', 'Manager, EMEA' -> the head."""
    head = re.split(r" \(|, | [-–—] ", position, maxsplit=1)[0].strip()
    return head or position


def _is_clause(description: str) -> bool:
    first_word = description.split()[0].lower().replace("’", "'")
    return first_word in _CLAUSE_OPENERS or " will " in f" {description.lower()} "


# Every slot offers four or five phrasings, picked by the recipient's index, so notes to
# up to five interviewers of one interview differ in every sentence.


def _points_sentence(s: _Slots, *, one: Sequence[str], two: Sequence[str]) -> str | None:
    if len(s.points) >= 2:
        return s.vary(two, point=s.points[0], other=s.points[1])
    if s.points:
        return s.vary(one, point=s.points[0])
    return None


def _with_point(s: _Slots, options: Sequence[str]) -> str | None:
    return s.vary(options, point=s.first_point) if s.first_point else None


def _next_steps_sentence(s: _Slots) -> str | None:
    """How a note looks ahead to the next steps the interviewer described, if any."""
    if not s.facts.next_steps_open:
        return None
    step, quote, by = s.next_step_phrase, s.next_step_quote, s.expected_by
    if step and by:
        return s.vary(
            (
                "I understand the next step is {step} and that I can expect to hear from you "
                "by {by}; I am keen to move forward.",
                "You mentioned that the next step is {step}, with an update expected by {by}, "
                "and I look forward to it.",
                "I am looking forward to the next step, {step}, and to hearing from you by {by}.",
                "Thank you for outlining the next step, {step}; I look forward to hearing from "
                "you by {by}.",
            ),
            step=step,
            by=by,
        )
    if step:
        return s.vary(
            (
                "I understand the next step is {step}, and I am keen to move forward.",
                "You mentioned that the next step is {step}; I look forward to it.",
                "I am looking forward to the next step, {step}.",
                "Thank you for outlining the next step, {step}; I look forward to it.",
            ),
            step=step,
        )
    if quote:
        return s.vary(
            (
                "Thank you for explaining the next steps ({quote}); I look forward to {hear}.",
                "I noted what you said about next steps ({quote}) and look forward to {hear}.",
                "I appreciated the clarity on next steps ({quote}), and I look forward to {hear}.",
                "Thanks for letting me know what comes next ({quote}); I look forward to {hear}.",
            ),
            quote=quote,
            hear=f"hearing from you by {by}" if by else "hearing from you",
        )
    if by:
        return s.vary(
            (
                "I understand I can expect to hear from you about next steps by {by}, and I am "
                "keen to move forward.",
                "You mentioned that you expect to have an update on next steps by {by}; I look "
                "forward to hearing from you.",
                "I look forward to hearing from you about next steps by {by}.",
                "Thank you for letting me know to expect news on next steps by {by}; I look "
                "forward to it.",
            ),
            by=by,
        )
    return None


def _next_steps_note(s: _Slots) -> str | None:
    """The LinkedIn-sized version of `_next_steps_sentence`, as what one looks forward to."""
    if not s.facts.next_steps_open:
        return None
    if s.expected_by:
        return s.vary(
            (
                "hearing from you by {by}",
                "an update by {by}",
                "your news by {by}",
                "hearing back by {by}",
                "news on next steps by {by}",
            ),
            by=s.expected_by,
        )
    return s.next_step_phrase or "the next steps"


def _thank_you(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you for taking the time to speak with me on {weekday} about the {position} "
            "position at {company}.",
            "Thank you for meeting with me on {weekday} to discuss the {position} role at "
            "{company}; I appreciated your time and the care you put into our conversation.",
            "I appreciated the chance to talk with you on {weekday} about the {position} "
            "opening at {company}, and I am grateful for the time you gave me.",
            "It was a pleasure to meet you on {weekday}, and I want to thank you for walking "
            "me through the {position} role at {company}.",
            "Many thanks for your time on {weekday} and for the conversation about the "
            "{position} position at {company}.",
        )
    )
    points = _points_sentence(
        s,
        one=(
            "I especially enjoyed our conversation about {point}.",
            "Our discussion of {point} stayed with me after we spoke.",
            "I found the discussion of {point} particularly interesting.",
            "Hearing more about {point} was a highlight of the conversation for me.",
            "I keep coming back to what we said about {point}.",
        ),
        two=(
            "I especially enjoyed our conversation about {point}, and it was helpful to hear "
            "your thoughts on {other}.",
            "Our discussion of {point} stayed with me after we spoke, as did what you shared "
            "about {other}.",
            "I found the discussion of {point} particularly interesting, and I valued learning "
            "more about {other}.",
            "Hearing more about {point} was a highlight of the conversation for me, and I "
            "appreciated the detail you gave on {other}.",
            "I keep coming back to what we said about {point} and {other}.",
        ),
    ) or s.vary(
        (
            "I enjoyed learning more about the team and the work ahead, and our conversation "
            "gave me a clear picture of what the role involves.",
            "Our conversation gave me a much clearer picture of the team and the challenges "
            "it is working on.",
            "I came away with a real sense of how the team works and what the role would "
            "involve day to day.",
            "Your description of how the team works made the role come alive for me.",
            "I learned a great deal about the team's priorities and how this role fits into them.",
        )
    )
    interest = s.vary(
        (
            "Everything we discussed confirmed my enthusiasm for the {position} role, and I "
            "would be excited to bring my skills to {company}.",
            "I am very interested in this position and would welcome the opportunity to "
            "contribute to the work at {company}.",
            "Our conversation made me even more enthusiastic about joining {company} and "
            "contributing in this role.",
            "I left our meeting genuinely excited about the role and about the direction "
            "{company} is taking.",
            "The more we talked, the more I wanted to be part of the team at {company}, and I "
            "am eager to contribute.",
        )
    )
    closing = s.vary(
        (
            "Thank you again for your time and for a thoughtful conversation.",
            "Thank you again for your time.",
            "Thanks again for a conversation I really enjoyed.",
            "I appreciate your time and the insight you shared.",
            "Thank you once more for having me.",
        )
    )
    note_interest = (
        "I'm excited about the opportunity",
        "I'm very interested in the role",
        "I'm enthusiastic about joining the team",
        "I'd be excited to contribute",
        "The role appeals to me a great deal",
    )
    looking_forward = _next_steps_note(s)
    return _Message(
        subject=f"Thank you for the {s.position} interview",
        paragraphs=[
            _sentences(opening, points),
            _sentences(interest, _next_steps_sentence(s)),
            closing,
        ],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "thank you for speaking with me on {weekday} about the {position} "
                            "role at {company}.",
                            "thanks again for our conversation on {weekday} about the "
                            "{position} position at {company}.",
                            "I appreciated our talk on {weekday} about the {position} opening "
                            "at {company}.",
                            "it was a pleasure to meet you on {weekday} to discuss the role of "
                            "{position} at {company}.",
                            "many thanks for your time on {weekday} and for telling me about "
                            "the {position} job at {company}.",
                        )
                    ),
                    s.vary(
                        ("thank you for speaking with me about the {position} role at {company}.",)
                    ),
                ),
                priority=1,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "I especially enjoyed discussing {point}.",
                        "What you said about {point} stayed with me.",
                        "I found the discussion of {point} really interesting.",
                        "Hearing about {point} was a highlight.",
                        "I keep thinking about {point}.",
                    ),
                )
                or s.vary(
                    (
                        "I enjoyed learning how the team works.",
                        "Your picture of the team's work stayed with me.",
                        "I found the team's plans really interesting.",
                        "Hearing about the team's challenges was a highlight.",
                        "I keep thinking about what the team is building.",
                    )
                ),
                priority=3,
            ),
            _NotePart(
                (
                    *(
                        [
                            s.vary(note_interest)
                            + s.vary(
                                (
                                    ", and I look forward to {next}.",
                                    "; I'm looking forward to {next}.",
                                    ", and I look forward to {next}.",
                                    ". I'm looking forward to {next}.",
                                    ", so I look forward to {next}.",
                                ),
                                next=looking_forward,
                            )
                        ]
                        if looking_forward
                        else []
                    ),
                    s.vary(note_interest) + ".",
                ),
                priority=2,
            ),
        ),
    )


def _next_steps_follow_up(s: _Slots) -> _Message:
    timeline = _timeline_clause(s)
    if timeline:
        opening = s.vary(
            (
                "When we spoke on {date}, about the {position} position at {company}, you "
                "mentioned that {timeline}.",
                "During our conversation on {date}, about the {position} role at {company}, "
                "you mentioned that {timeline}.",
                "Thank you again for our conversation on {date}, about the {position} position "
                "at {company}. At the time, you mentioned that {timeline}.",
                "I enjoyed our conversation on {date}, about the {position} role at {company}, "
                "and I remember you saying that {timeline}.",
                "After we discussed the {position} position at {company} on {date}, you let me "
                "know that {timeline}.",
            ),
            timeline=timeline,
        )
    else:
        opening = s.vary(
            (
                "Thank you again for our conversation on {date}, about the {position} position "
                "at {company}.",
                "Since our conversation on {date}, about the {position} role at {company}, I "
                "have been looking forward to the next stage.",
                "I enjoyed our conversation on {date}, about the {position} position at {company}.",
                "I have been looking forward to hearing more since we discussed the {position} "
                "role at {company} on {date}.",
                "It was a pleasure to discuss the {position} position at {company} with you on "
                "{date}.",
            )
        )
    ask = s.vary(
        (
            "I am writing to ask whether there is any update on the next steps.",
            "I would be grateful to know where things stand with the next steps.",
            "Could you let me know whether there is any news on the timeline?",
            "I wanted to ask whether the timeline for next steps has changed.",
            "Is there any news you are able to share about the next steps?",
        )
    )
    points = _with_point(
        s,
        (
            "Our conversation about {point} has stayed with me, and it has only strengthened "
            "my interest.",
            "I have kept thinking about {point} since we spoke.",
            "What you shared about {point} has made the role even more appealing to me.",
            "I have been thinking about {point} and how I could help with it.",
            "Our discussion of {point} is one of the reasons I am keen to move forward.",
        ),
    )
    interest = s.vary(
        (
            "I remain very interested in the {position} role and in joining {company}.",
            "I am still enthusiastic about the {position} position and about the chance to "
            "contribute to {company}.",
            "My interest in the {position} role and in {company} is as strong as ever.",
            "I am as excited as ever about the {position} role and the work at {company}.",
            "I am still eager to join the team at {company} in the {position} role.",
        )
    )
    offer = s.vary(
        (
            "If it would help, I am happy to provide references or any further information.",
            "Please let me know if there is anything else I can provide.",
            "I would be glad to share anything else that would help your decision.",
            "I am happy to answer any further questions you may have.",
            "If anything else would be useful from my side, I would be glad to send it.",
        )
    )
    by = s.expected_by
    return _Message(
        subject=f"Next steps for the {s.position} role",
        paragraphs=[_sentences(opening, ask), _sentences(points, interest, offer)],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "following up on our conversation about the {position} role at "
                            "{company}.",
                            "I'm writing about next steps for the {position} role at {company}.",
                            "thank you again for our talk about the {position} role at {company}.",
                            "thank you again for considering me for the {position} role at "
                            "{company}.",
                            "I enjoyed our conversation about the {position} role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "You mentioned news by {by}; is there any update on next steps?",
                            "You expected to have an update by {by}; could you let me know "
                            "where things stand?",
                            "Is there any news on the next steps you expected by {by}?",
                            "I'd be grateful for any update on the next steps you mentioned "
                            "for {by}.",
                            "Has there been any progress on the next steps you expected by {by}?",
                        ),
                        by=by,
                    )
                    if by
                    else s.vary(
                        (
                            "Is there any update on next steps?",
                            "Could you let me know where things stand with next steps?",
                            "Is there any news on the next steps?",
                            "I'd be grateful for any update on the next steps.",
                            "Has there been any progress on next steps?",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "Our talk about {point} has stayed with me.",
                        "I keep thinking about {point}.",
                        "I'm still excited about {point}.",
                        "What you shared about {point} stuck with me.",
                        "Our discussion of {point} is still on my mind.",
                    ),
                ),
                priority=1,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in the role.",
                            "I'm still very enthusiastic about the position.",
                            "My interest in the role is as strong as ever.",
                            "I'm still excited about joining the team.",
                            "I'm keen to move forward.",
                        )
                    ),
                    "I remain very interested.",
                ),
                priority=2,
            ),
        ),
    )


def _timeline_clause(s: _Slots) -> str | None:
    """What the interviewer said would happen next, for 'you mentioned that …'."""
    step, quote, by = s.next_step_phrase, s.next_step_quote, s.expected_by
    if step and by:
        return f"the next step would be {step} and that I could expect to hear from you by {by}"
    if step:
        return f"the next step would be {step}"
    if quote and by:
        return f"next steps would follow by {by} ({quote})"
    if quote:
        return f"there would be news on next steps ({quote})"
    if by:
        return f"I could expect to hear from you about next steps by {by}"
    return None


def _periodic_update(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Since we spoke on {date}, about the {position} position at {company}, I have "
            "kept working on the areas we discussed, and I wanted to share a brief update "
            "with you.",
            "I wanted to keep you informed of my progress since our conversation on {date}, "
            "about the {position} role at {company}.",
            "As you continue the process for the {position} role at {company}, I wanted to "
            "share a short update on what I have been working on since we spoke on {date}.",
            "Our conversation on {date}, about the {position} role at {company}, has stayed "
            "with me, and I would like to share a short update.",
            "Since our interview on {date}, for the {position} position at {company}, I have "
            "made some progress I would like to share.",
        )
    )
    update = _with_point(
        s,
        (
            "Recently I have been deepening my experience with {point}, and I would be glad "
            "to tell you more about what I have learned.",
            "In particular, I have been putting more time into {point}, which I know matters "
            "to the team.",
            "I have continued to build on what we discussed about {point}, and I would "
            "welcome the chance to tell you more about it.",
            "Since we spoke, I have taken on more work involving {point}, and it has sharpened "
            "my thinking about the role.",
            "I have been learning more about {point}, and I would be happy to share what I found.",
        ),
    ) or s.vary(
        (
            "Recently I have been strengthening the skills most relevant to the role, and I "
            "would be glad to tell you more about what I have learned.",
            "In particular, I have been putting more time into the areas the role focuses "
            "on, and I would welcome the chance to tell you more.",
            "Since we spoke, I have taken on new work that draws on the skills the role calls for.",
            "I have been learning more about the areas the team focuses on, and I would be "
            "happy to share what I found.",
            "I have made progress on a project that relates closely to the role, and I would "
            "enjoy telling you about it.",
        )
    )
    interest = s.vary(
        (
            "I remain very enthusiastic about the {position} position and about the work at "
            "{company}.",
            "My interest in the {position} role and in {company} is as strong as ever.",
            "I am still very excited about the {position} role and the chance to join {company}.",
            "I continue to be very interested in the {position} position at {company}.",
            "The {position} role remains my first choice, and I am eager to contribute to "
            "{company}.",
        )
    )
    next_steps = None
    if s.facts.next_steps_open:
        next_steps = s.vary(
            (
                "I understand you hoped to share next steps {when}, and I would welcome any "
                "update when you have one.",
                "You mentioned that next steps should be clear {when}; I look forward to "
                "hearing from you.",
                "I know next steps were expected {when}, and I would be glad to hear where "
                "things stand.",
                "I look forward to hearing about next steps, which you expected {when}.",
            ),
            when=f"by {s.expected_by}" if s.expected_by else "soon",
        )
    closing = s.vary(
        (
            "Thank you for your time and consideration.",
            "Thank you for keeping me in mind.",
            "I appreciate your time.",
            "Thanks for reading this update.",
            "With thanks for your time.",
        )
    )
    looking_forward = _next_steps_note(s)
    note_update_general = s.vary(
        (
            "I've been building on the skills the role needs.",
            "I've taken on new work that draws on the skills the role needs.",
            "I've made progress on a project closely related to the role.",
            "I've been learning more about the areas your team focuses on.",
            "I've been strengthening the skills the role calls for.",
        )
    )
    note_update_specific = _with_point(
        s,
        (
            "I've been deepening my experience with {point}.",
            "I've taken on more work involving {point}.",
            "I've been learning more about {point}.",
            "I've made progress with {point}.",
            "I've been putting more time into {point}.",
        ),
    )
    return _Message(
        subject=f"An update on my interest in the {s.position} role",
        paragraphs=[_sentences(opening, update), _sentences(interest, next_steps), closing],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "a brief update since we spoke about the {position} role at {company}.",
                            "I wanted to share some news since our talk about the {position} "
                            "role at {company}.",
                            "here is a short update since our conversation about the "
                            "{position} role at {company}.",
                            "since our interview for the {position} role at {company}, I have "
                            "some progress to share.",
                            "a quick note to keep you posted since we discussed the {position} "
                            "role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart(
                (note_update_specific, note_update_general)
                if note_update_specific
                else (note_update_general,),
                priority=3,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very enthusiastic about the position.",
                            "I'm still very interested in the role.",
                            "I'm as excited as ever about the role.",
                            "I'm still keen to join the team.",
                            "My interest in the role is as strong as ever.",
                        )
                    ),
                ),
                priority=2,
            ),
            _NotePart.maybe(
                f"I look forward to {looking_forward}." if looking_forward else None,
                priority=1,
            ),
        ),
    )


def _share_resource(s: _Slots) -> _Message:
    opening = _with_point(
        s,
        (
            "Our conversation about {point} has stayed with me since we spoke on {date}, and "
            "I recently came across an article on the topic that I thought you might find "
            "useful.",
            "I recently read a piece on {point} that reminded me of our conversation on "
            "{date}, and I thought you might enjoy it as well.",
            "Since our talk on {date}, I have been reading more about {point}, and I came "
            "across a resource I thought might interest you and the team.",
            "I came across a thoughtful article on {point} and thought of our conversation on "
            "{date}.",
            "Something I read recently about {point} reminded me of what we discussed on "
            "{date}, so I wanted to pass it on.",
        ),
    ) or s.vary(
        (
            "I recently came across an article that made me think of our conversation on "
            "{date}, and I thought you might find it useful.",
            "I recently read a piece that reminded me of our conversation on {date}, and I "
            "thought you might enjoy it as well.",
            "Since our talk on {date}, I have been reading more about the challenges the team "
            "described, and I came across a resource I thought might interest you.",
            "I came across a thoughtful article about the industry and thought of our "
            "conversation on {date}.",
            "Something I read recently reminded me of what we discussed on {date}, so I "
            "wanted to pass it on.",
        )
    )
    follow = s.vary(
        (
            "I would love to hear your thoughts on it if you have a moment.",
            "I would be curious to know whether it matches what you see at {company}.",
            "I hope you find it as interesting as I did.",
            "It offers a useful angle on the challenges you described.",
            "Let me know what you think if you get a chance to read it.",
        )
    )
    interest = s.vary(
        (
            "I continue to follow the work at {company} with real interest, and I remain "
            "enthusiastic about the {position} role.",
            "I remain very interested in {company} and in the {position} position.",
            "The more I read, the more excited I am about the {position} role at {company}.",
            "It has reinforced my enthusiasm for the {position} role and for {company}.",
            "I remain keen on the {position} position and enjoy keeping up with the work at "
            "{company}.",
        )
    )
    note_share = _with_point(
        s,
        (
            "I came across an article on {point} that reminded me of our conversation, and I "
            "thought you might find it useful.",
            "I read a piece on {point} recently and thought of our talk; it might interest you.",
            "something I read about {point} reminded me of our conversation, so I'm passing it on.",
            "I found a useful article on {point} that made me think of what we discussed.",
            "I thought of you when I read an article on {point} recently.",
        ),
    ) or s.vary(
        (
            "I came across an article that reminded me of our conversation, and I thought you "
            "might find it useful.",
            "I read a piece recently and thought of our talk; it might interest you.",
            "something I read reminded me of our conversation, so I'm passing it on.",
            "I found a useful article that made me think of what we discussed.",
            "I thought of you when I read an article recently.",
        )
    )
    closing = s.vary(
        (
            "Thank you again for the time you gave me during the interviews.",
            "Thanks again for a conversation that has stayed with me.",
            "I hope the coming weeks go well for you and the team.",
            "Thank you again for your time, and for everything you shared about the team.",
            "I am grateful for the time you spent with me during the process.",
        )
    )
    return _Message(
        subject="Something that made me think of our conversation",
        paragraphs=[_sentences(opening, follow), interest, closing],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart((note_share,), priority=2),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in the {position} role at {company}.",
                            "I'm still excited about the {position} role at {company}.",
                            "I continue to follow the work at {company} with real interest.",
                            "I'm still keen on the {position} role at {company}.",
                            "I remain enthusiastic about the {position} role at {company}.",
                        )
                    ),
                    s.vary(("I remain very interested in {company}.",)),
                ),
                priority=1,
                optional=True,
            ),
        ),
    )


def _linkedin_connect(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you again for our conversation on {date}, about the {position} role at "
            "{company}.",
            "I enjoyed our conversation on {date}, about the {position} position at {company}.",
            "Thank you for taking the time on {date}, to talk with me about the {position} "
            "role at {company}.",
            "It was a pleasure to speak with you on {date}, about the {position} position at "
            "{company}.",
            "Many thanks for your time on {date}, and for the conversation about the "
            "{position} role at {company}.",
        )
    )
    points = _with_point(
        s,
        (
            "I especially enjoyed hearing about {point}.",
            "What you shared about {point} stayed with me.",
            "Our discussion of {point} was a highlight for me.",
            "Hearing about {point} was a highlight of the conversation.",
            "I keep thinking about {point}.",
        ),
    ) or s.vary(
        (
            "I especially enjoyed hearing how the team works.",
            "What you shared about the team's plans stayed with me.",
            "Learning about the team's work was a highlight for me.",
            "I came away with a much clearer picture of the team's work.",
            "I keep thinking about the challenges you described.",
        )
    )
    connect = s.vary(
        (
            "I would be glad to stay in touch, so I would like to connect with you on LinkedIn.",
            "I would welcome the chance to stay connected on LinkedIn and to hear how things "
            "develop for the team.",
            "If you are open to it, I would like to connect with you on LinkedIn.",
            "I would be glad to keep in contact, and LinkedIn seems the easiest way, so I "
            "would like to send you a connection request there.",
            "May I connect with you on LinkedIn so that we can stay in touch?",
        )
    )
    interest = s.vary(
        (
            "I remain very interested in {company} and would enjoy following the team's work.",
            "I am enthusiastic about the work at {company} and would like to keep up with it.",
            "My interest in {company} has only grown since we spoke.",
            "I am keen to follow what {company} does next, and I would enjoy hearing how the "
            "team's work develops.",
            "I remain enthusiastic about {company} and the team you are building, and I would "
            "be glad to hear how its work develops.",
        )
    )
    return _Message(
        subject="Staying in touch after our conversation",
        paragraphs=[_sentences(opening, points), _sentences(connect, interest)],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "thank you for our conversation about the {position} role at "
                            "{company}.",
                            "I enjoyed speaking with you about the {position} role at {company}.",
                            "thanks again for your time discussing the {position} role at "
                            "{company}.",
                            "it was a pleasure to discuss the {position} role at {company} "
                            "with you.",
                            "many thanks for telling me about the {position} role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "I especially enjoyed hearing about {point}.",
                        "What you shared about {point} stayed with me.",
                        "I found our discussion of {point} really interesting.",
                        "Hearing about {point} was a highlight.",
                        "I keep thinking about {point}.",
                    ),
                ),
                priority=2,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in {company} and would be glad to stay "
                            "connected.",
                            "I'd love to stay connected and keep following the work at {company}.",
                            "I'm keen to follow what {company} does next and would like to "
                            "stay in touch.",
                            "I'm enthusiastic about the work at {company} and would welcome "
                            "staying connected.",
                            "My interest in {company} has only grown, and I'd be glad to connect.",
                        )
                    ),
                    "I'd be glad to stay connected.",
                ),
                priority=1,
            ),
        ),
    )


def _rejection_thank_you(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you for letting me know about your decision on the {position} position. "
            "Although I am disappointed, I am grateful for the opportunity to interview with "
            "{company} and for the time you spent with me.",
            "Thank you for considering me for the {position} role. I was sorry to hear that I "
            "was not selected, but I truly appreciated the opportunity to get to know you and "
            "the team at {company}.",
            "I appreciate you letting me know the outcome for the {position} position, and I "
            "want to thank you for the opportunity to interview with {company}.",
            "I was disappointed to learn that I was not selected for the {position} role, but "
            "I am sincerely grateful for the opportunity to interview with {company}.",
            "Thank you for your message about the {position} position. While it was not the "
            "news I hoped for, I very much appreciated the chance to interview with {company}.",
        )
    )
    points = _with_point(
        s,
        (
            "I especially valued our conversation about {point}, and I learned a great deal "
            "from it.",
            "Our discussion of {point} was a highlight of the process for me.",
            "I will remember what you shared about {point}.",
            "I learned a lot from our conversation about {point}.",
            "Our conversation about {point} taught me a great deal.",
        ),
    ) or s.vary(
        (
            "I learned a great deal from our conversations.",
            "The interviews gave me a real appreciation for how the team works.",
            "I valued the chance to learn how the team approaches its work.",
            "Meeting the team taught me a lot.",
            "I came away with real respect for the team.",
        )
    )
    interest = s.vary(
        (
            "My interest in {company} remains strong, and I would welcome the chance to be "
            "considered for future openings that fit my background.",
            "I remain interested in the work at {company}, and I hope you will keep me in "
            "mind for future opportunities.",
            "I remain very interested in {company} and would be glad to be considered for "
            "other roles in the future.",
            "I continue to be very interested in {company}, and I would be happy to be "
            "considered if a suitable role opens up.",
            "{company} remains a place I would love to work, and I hope we can stay in touch "
            "about future openings.",
        )
    )
    closing = s.vary(
        (
            "Thank you once more, and I hope our paths cross again.",
            "Thank you again for your time and consideration.",
            "I wish you and the team every success.",
            "Thank you again for the opportunity.",
            "With thanks for your time and your kindness throughout the process.",
        )
    )
    return _Message(
        subject=f"Thank you for the opportunity: {s.position}",
        paragraphs=[_sentences(opening, points), interest, closing],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "thank you for the opportunity to interview for the {position} "
                            "role at {company}.",
                            "thank you for considering me for the {position} role at {company}.",
                            "I appreciated the chance to interview for the {position} role at "
                            "{company}.",
                            "I was sorry not to be selected for the {position} role at "
                            "{company}, but thank you for the opportunity.",
                            "thank you for your time throughout the process for the "
                            "{position} role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "I really valued our conversation about {point}.",
                        "Our discussion of {point} taught me a lot.",
                        "I'll remember what you shared about {point}.",
                        "I learned a lot from our talk about {point}.",
                        "Our talk about {point} stayed with me.",
                    ),
                ),
                priority=1,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in {company} and hope our paths cross again.",
                            "I'd love to be considered for future roles at {company}.",
                            "My interest in {company} remains strong; I hope we stay in touch.",
                            "I'm still very interested in {company} and would welcome future "
                            "opportunities.",
                            "I'd welcome the chance to be considered for future roles at "
                            "{company}.",
                        )
                    ),
                ),
                priority=4,
            ),
        ),
    )


def _feedback_request(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you again for considering me for the {position} position at {company}.",
            "Thank you once more for the time you and the team spent with me during the "
            "process for the {position} role at {company}.",
            "I am grateful for the opportunity to interview for the {position} role at {company}.",
            "I wanted to thank you again for the time you spent with me during the interviews "
            "for the {position} role at {company}.",
            "Thank you for letting me take part in the process for the {position} position at "
            "{company}.",
        )
    )
    ask = s.vary(
        (
            "As I continue my search, I would be grateful for any feedback you could share on "
            "my interview performance or on how my qualifications matched what you were "
            "looking for in the role.",
            "If you are able to, I would really value your feedback on my interviews and on "
            "how my qualifications compared with what the role needs.",
            "To help me prepare for future interviews, I would appreciate any feedback on how "
            "I came across in the interviews and on my qualifications for the role.",
            "Would you be willing to share any feedback on my interview performance, or on "
            "which of my qualifications for the role could be stronger?",
            "I am working to improve, and any feedback on how I interviewed or how my "
            "qualifications fit the role would be very helpful.",
        )
    )
    specific = _with_point(
        s,
        (
            "For example, it would help to know how my answers about {point} came across.",
            "I would particularly like to know how I handled our discussion of {point}.",
            "Any thoughts on my answers about {point} would be especially useful.",
            "I would be especially grateful for your view on how I discussed {point}.",
            "If anything stood out in our conversation about {point}, I would love to hear it.",
        ),
    )
    easy_no = s.vary(
        (
            "I understand that you may not be able to share feedback, and I appreciate your "
            "time either way.",
            "Even a sentence or two would help, and I completely understand if you are not "
            "able to reply.",
            "If sharing feedback is not possible, I understand entirely.",
            "Please do not feel obliged to reply if you are not able to share feedback.",
            "If you cannot share feedback, no reply is needed, and thank you all the same.",
        )
    )
    interest = s.vary(
        (
            "I remain interested in {company} and would be glad to stay in touch.",
            "I continue to be enthusiastic about the work at {company}.",
            "My interest in {company} is undiminished, and I hope our paths cross again.",
            "I remain very interested in {company} and hope to stay in touch.",
            "I remain keen on {company} and would welcome future opportunities there.",
        )
    )
    return _Message(
        subject=f"Request for feedback on my {s.position} interview",
        paragraphs=[_sentences(opening, ask, specific), _sentences(easy_no, interest)],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "thank you again for considering me for the {position} role at "
                            "{company}.",
                            "thanks again for the chance to interview for the {position} role "
                            "at {company}.",
                            "thank you for your time during the process for the {position} "
                            "role at {company}.",
                            "I appreciated the chance to interview for the {position} role at "
                            "{company}.",
                            "thanks for considering me for the {position} role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "If you have a moment, I'd be grateful for any feedback on my "
                            "interview or my qualifications for the role.",
                            "Would you be willing to share any feedback on how I interviewed "
                            "or on my fit for the role?",
                            "Any feedback on my interview performance or qualifications would "
                            "help me improve.",
                            "I'd value any thoughts on my interview or on how my "
                            "qualifications matched the role.",
                            "Could you share any feedback on my interview or my qualifications "
                            "for the role?",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "How did my answers on {point} come across?",
                        "I'd especially value your view on how I discussed {point}.",
                        "I'd be curious how my answers on {point} came across.",
                        "I'd love to know how my answers on {point} landed.",
                        "Your view on how I handled {point} would be especially useful.",
                    ),
                ),
                priority=2,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "No worries if not.",
                            "I understand if you can't.",
                            "Totally fine if not.",
                            "No need to reply if it's not possible.",
                            "Completely understand if not.",
                        )
                    ),
                ),
                priority=3,
                optional=True,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in {company}.",
                            "I'm still keen on {company}.",
                            "I remain enthusiastic about {company}.",
                            "My interest in {company} is as strong as ever.",
                            "I'm still very interested in {company}.",
                        )
                    ),
                ),
                priority=1,
                optional=True,
            ),
        ),
    )


def _keep_in_touch(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "It has been a while since we spoke about the {position} position at {company}, "
            "and I wanted to say hello and let you know I have been following the team's work "
            "with interest.",
            "I have been thinking about our conversation about the {position} role at "
            "{company} and wanted to stay in touch.",
            "Some time has passed since I interviewed for the {position} position at "
            "{company}, and I wanted to keep in touch.",
            "I enjoyed meeting you during the interviews for the {position} role at "
            "{company}, and I would like to stay in contact.",
            "Since our conversation about the {position} position at {company}, I have kept "
            "an eye on the team's work and wanted to say hello.",
        )
    )
    points = _with_point(
        s,
        (
            "Our conversation about {point} still comes to mind, and I have been learning "
            "more about it since.",
            "I still think about what you shared about {point}.",
            "I have kept up with {point} since we talked, and it remains a topic I enjoy.",
            "What we discussed about {point} has stayed with me.",
            "I have been reading more about {point} lately.",
        ),
    ) or s.vary(
        (
            "Our conversation still comes to mind, and I have enjoyed following the team's "
            "news since.",
            "I still think about what you shared about the team's work.",
            "I have kept up with the team's news since we talked.",
            "What we discussed about the team's plans has stayed with me.",
            "I have been reading more about the team's field since our conversation.",
        )
    )
    interest = s.vary(
        (
            "I remain very interested in {company}, and I would be glad to hear about future "
            "opportunities where my background could be a fit.",
            "My interest in {company} has not changed, and I would welcome the chance to be "
            "considered for future roles.",
            "I continue to be enthusiastic about {company} and would love to hear about any "
            "future openings.",
            "I am still very interested in {company} and would be glad to be considered for "
            "future openings.",
            "{company} remains high on my list, and I would love to hear about future "
            "opportunities there.",
        )
    )
    closing = s.vary(
        (
            "I would enjoy hearing how things are going for you and the team.",
            "I would also be happy to stay connected on LinkedIn.",
            "Thank you again for the time you gave me during the process.",
            "I look forward to staying in touch.",
            "Wishing you and the team a good few months ahead.",
        )
    )
    return _Message(
        subject="Keeping in touch",
        paragraphs=[_sentences(opening, points), interest, closing],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(
                (
                    s.vary(
                        (
                            "it's been a while since we spoke about the {position} role at "
                            "{company}.",
                            "I've been thinking about our conversation on the {position} role "
                            "at {company}.",
                            "I've kept following the work at {company} since we talked about "
                            "the {position} role.",
                            "I enjoyed our conversation about the {position} role at "
                            "{company} and wanted to say hello.",
                            "a quick hello since our talk about the {position} role at {company}.",
                        )
                    ),
                ),
                priority=4,
            ),
            _NotePart.maybe(
                _with_point(
                    s,
                    (
                        "I still think about our conversation on {point}.",
                        "I've been reading more about {point} since we spoke.",
                        "What you shared about {point} has stayed with me.",
                        "I've kept up with {point} since our talk.",
                        "Our talk about {point} still comes to mind.",
                    ),
                ),
                priority=1,
            ),
            _NotePart(
                (
                    s.vary(
                        (
                            "I remain very interested in {company} and would love to stay in "
                            "touch.",
                            "I'm still very interested in {company} and future openings there.",
                            "My interest in {company} hasn't changed; I'd love to stay in touch.",
                            "I'd love to hear about future opportunities at {company}.",
                            "I'm as keen on {company} as ever and would love to stay in touch.",
                        )
                    ),
                ),
                priority=4,
            ),
        ),
    )


_WRITERS: dict[DraftKind, Callable[[_Slots], _Message]] = {
    DraftKind.THANK_YOU: _thank_you,
    DraftKind.NEXT_STEPS_FOLLOW_UP: _next_steps_follow_up,
    DraftKind.PERIODIC_UPDATE: _periodic_update,
    DraftKind.SHARE_RESOURCE: _share_resource,
    DraftKind.LINKEDIN_CONNECT: _linkedin_connect,
    DraftKind.REJECTION_THANK_YOU: _rejection_thank_you,
    DraftKind.FEEDBACK_REQUEST: _feedback_request,
    DraftKind.KEEP_IN_TOUCH: _keep_in_touch,
}


def _sentences(*sentences: str | None) -> str:
    return " ".join(sentence for sentence in sentences if sentence)


def _sign_off(s: _Slots, *, formal: bool) -> str:
    if s.facts.channel is Channel.LETTER:
        return s.vary(
            (
                "Sincerely,",
                "Yours sincerely,",
                "With best regards,",
                "Kind regards,",
                "Respectfully,",
            )
        )
    if formal:
        return s.vary(
            ("Best regards,", "Kind regards,", "With thanks,", "Warm regards,", "Best wishes,")
        )
    return s.vary(("Best,", "All the best,", "Best wishes,", "Warm wishes,", "Warmly,"))


def _signature(facts: DraftFacts, sign_off: str) -> str:
    return f"{sign_off}\n{facts.sender_name}" if facts.sender_name else sign_off


def _email(facts: DraftFacts, message: _Message) -> str:
    blocks = [greeting_line(facts), *message.paragraphs, _signature(facts, message.sign_off)]
    return "\n\n".join(block for block in blocks if block)


def _letter(facts: DraftFacts, message: _Message) -> str:
    title = facts.recipient.title if facts.recipient else None
    address = [line for line in (facts.recipient_name, title, facts.company) if line]
    blocks = [
        "\n".join(address),
        greeting_line(facts),
        *message.paragraphs,
        _signature(facts, message.sign_off),
    ]
    return "\n\n".join(block for block in blocks if block)


def _note(s: _Slots, *parts: _NotePart | None) -> list[_NotePart]:
    """A LinkedIn note: greeting, the given sentences, then the sender's name."""
    greeting = _NotePart((greeting_line(s.facts),), priority=100)  # never cut
    sign_off = s.vary(("Best,", "Thanks,", "All the best,", "Kind regards,", "Warm wishes,"))
    # LinkedIn shows who sent a note, so the signature is the first thing to go.
    signature = _NotePart.maybe(
        f"{sign_off} {s.facts.sender_name}" if s.facts.sender_name else None, priority=0
    )
    return [greeting, *(part for part in (*parts, signature) if part is not None)]


def _fit_note(parts: list[_NotePart]) -> str:
    """Join the note so that it fits LinkedIn's limit, keeping as much as possible.

    First the least important parts are shortened, then left out, until the note fits;
    then, most important first, parts get back their longer forms wherever room is left.
    """
    # level[i] indexes part i's options; one past the last means the part is left out.
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

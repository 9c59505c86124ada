"""Built-in note templates: every kind of note, for every channel.

The wording follows the seed's advice. A thank-you greets the interviewer by name, cites
what that interviewer discussed, names the position and the organization with renewed
interest, and refers to the next steps when they are known. Notes to several interviewers
of one interview choose their phrasings by `recipient_index`, so no two read the same.
Missing facts are left out rather than shown empty: a note never says "Dear ," or "None".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
    {
        "we",
        "we'll",
        "we're",
        "we'd",
        "they",
        "they'll",
        "they're",
        "you",
        "you'll",
        "you're",
        "i",
        "i'll",
        "he",
        "she",
        "he'll",
        "she'll",
        "it",
        "it'll",
        "will",
        "should",
        "expect",
        "hear",
        "waiting",
        "wait",
        "someone",
        "please",
    }
)
_DETERMINERS = frozenset({"a", "an", "the", "your", "our", "my", "their", "another", "one"})


@dataclass(frozen=True, slots=True)
class Composed:
    subject: str | None
    body: str


@dataclass(frozen=True, slots=True)
class _NotePart:
    text: str
    # Parts with the lowest number are dropped first when a note is too long; None = kept.
    drop_order: int | None = None


@dataclass(slots=True)
class _Message:
    """One note in a channel-neutral shape, laid out per channel by `compose`."""

    subject: str
    paragraphs: list[str]
    sign_off: str
    note: list[_NotePart] = field(default_factory=list)


def compose(facts: DraftFacts) -> Composed:
    """Write the built-in draft for the facts' kind and channel."""
    message = _WRITERS[facts.kind](_Slots(facts))
    if facts.channel is Channel.LINKEDIN:
        return Composed(subject=None, body=_fit_note(message.note))
    if facts.channel is Channel.LETTER:
        return Composed(subject=None, body=_letter(facts, message))
    return Composed(subject=message.subject, body=_email(facts, message))


class _Slots:
    """The facts as ready-to-use phrases, plus the variation picker."""

    def __init__(self, facts: DraftFacts) -> None:
        self.facts = facts
        self.index = facts.recipient_index
        self.position = facts.position
        self.company = facts.company
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


def _is_clause(description: str) -> bool:
    first_word = description.split()[0].lower().replace("’", "'")
    return first_word in _CLAUSE_OPENERS or " will " in f" {description.lower()} "


# Openings, point sentences, interest sentences and closings come in lists of different
# lengths, so two interviewers' notes differ in several places, not just one.


def _points_sentence(s: _Slots, *, one: Sequence[str], two: Sequence[str], none: str) -> str:
    if len(s.points) >= 2:
        return s.vary(two, point=s.points[0], other=s.points[1])
    if s.points:
        return s.vary(one, point=s.points[0])
    return none


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
            ),
            step=step,
        )
    if quote:
        hear = f"hearing from you by {by}" if by else "hearing from you"
        return s.vary(
            (
                "Thank you for explaining the next steps ({quote}); I look forward to {hear}.",
                "I noted what you said about next steps ({quote}) and look forward to {hear}.",
                "I appreciated the clarity on next steps ({quote}), and I look forward to {hear}.",
            ),
            quote=quote,
            hear=hear,
        )
    assert by is not None, "open next steps have a description or a date"
    return s.vary(
        (
            "I understand I can expect to hear from you about next steps by {by}, and I am "
            "keen to move forward.",
            "You mentioned that you expect to have an update on next steps by {by}; I look "
            "forward to hearing from you.",
            "I look forward to hearing from you about next steps by {by}.",
        ),
        by=by,
    )


def _next_steps_note(s: _Slots) -> str | None:
    """The LinkedIn-sized version of `_next_steps_sentence`."""
    if not s.facts.next_steps_open:
        return None
    if s.expected_by:
        return f"I look forward to hearing about next steps by {s.expected_by}."
    if s.next_step_phrase:
        return f"I look forward to {s.next_step_phrase}."
    return "I look forward to the next steps."


def _thank_you(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you for taking the time to speak with me on {weekday} about the {position} "
            "position at {company}.",
            "Thank you for meeting with me on {weekday} to discuss the {position} role at "
            "{company}; I appreciated your time and the care you put into our conversation.",
            "I appreciated the chance to talk with you on {weekday} about the {position} "
            "opening at {company}, and I am grateful for the time you gave me.",
        )
    )
    points = _points_sentence(
        s,
        one=(
            "I especially enjoyed our conversation about {point}.",
            "Our discussion of {point} stayed with me after we spoke.",
            "I found the discussion of {point} particularly interesting.",
            "Hearing more about {point} was a highlight of the conversation for me.",
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
        ),
        none=s.vary(
            (
                "I enjoyed learning more about the team and the work ahead, and our "
                "conversation gave me a clear picture of what the role involves.",
                "Our conversation gave me a much clearer picture of the team and the "
                "challenges it is working on.",
                "I came away with a real sense of how the team works and what the role would "
                "involve day to day.",
            )
        ),
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
    next_steps = _next_steps_sentence(s)
    note_core = s.vary(
        (
            "thank you for speaking with me on {weekday} about the {position} role at {company}.",
            "thanks again for our conversation on {weekday} about the {position} role at "
            "{company}.",
            "I appreciated our talk on {weekday} about the {position} role at {company}.",
        )
    )
    note_point = (
        s.vary(
            (
                "I especially enjoyed discussing {point}.",
                "Our conversation about {point} stayed with me.",
                "I found the discussion of {point} really interesting.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    note_interest = s.vary(
        (
            "I'm excited about the opportunity.",
            "I'm very interested in the role.",
            "I'm enthusiastic about joining the team.",
            "I'd be excited to contribute.",
        )
    )
    return _Message(
        subject=f"Thank you for the {s.position} interview",
        paragraphs=[_sentences(opening, points), _sentences(interest, next_steps), closing],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(note_core),
            _optional(note_point, drop_order=3),
            _NotePart(note_interest, drop_order=2),
            _optional(_next_steps_note(s), drop_order=1),
        ),
    )


def _next_steps_follow_up(s: _Slots) -> _Message:
    timeline = _timeline_clause(s)
    if timeline:
        opening = s.vary(
            (
                "When we spoke on {date}, about the {position} position at {company}, you "
                "mentioned that {timeline}.",
                "During our conversation on {date}, about the {position} role at {company}, you "
                "mentioned that {timeline}.",
                "Thank you again for our conversation on {date}, about the {position} position "
                "at {company}. At the time, you mentioned that {timeline}.",
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
            )
        )
    ask = s.vary(
        (
            "I am writing to ask whether there is any update on the next steps.",
            "I would be grateful to know where things stand with the next steps.",
            "Could you let me know whether there is any news on the timeline?",
            "I wanted to ask whether the timeline for next steps has changed.",
        )
    )
    points = (
        s.vary(
            (
                "Our conversation about {point} has stayed with me, and it has only "
                "strengthened my interest.",
                "I have kept thinking about {point} since we spoke.",
                "What you shared about {point} has made the role even more appealing to me.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    interest = s.vary(
        (
            "I remain very interested in the {position} role and in joining {company}.",
            "I am still enthusiastic about the {position} position and about the chance to "
            "contribute to {company}.",
            "My interest in the {position} role and in {company} is as strong as ever.",
            "I am as excited as ever about the {position} role and the work at {company}.",
            "I remain keen on the {position} position and on joining the team at {company}.",
        )
    )
    offer = s.vary(
        (
            "If it would help, I am happy to provide references or any further information.",
            "Please let me know if there is anything else I can provide.",
            "I would be glad to share anything else that would help your decision.",
        )
    )
    by = f" by {s.expected_by}" if s.expected_by else ""
    note_core = s.vary(
        (
            "following up on our conversation about the {position} role at {company}.",
            "I'm writing about next steps for the {position} role at {company}.",
            "thank you again for our talk about the {position} role at {company}.",
        )
    )
    note_ask = (
        f"You mentioned news{by}; is there any update on next steps?"
        if by
        else "Is there any update on next steps?"
    )
    return _Message(
        subject=f"Next steps for the {s.position} role",
        paragraphs=[_sentences(opening, ask), _sentences(points, interest, offer)],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(note_core),
            _NotePart(note_ask),
            _NotePart("I remain very interested in the role.", drop_order=1),
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
        return f"next steps would go as follows: {quote}, with news expected by {by}"
    if quote:
        return f"next steps would go as follows: {quote}"
    if by:
        return f"I could expect to hear from you about next steps by {by}"
    return None


def _periodic_update(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Since we spoke on {date}, about the {position} position at {company}, I have "
            "been building on the experience we discussed, and I wanted to share a brief "
            "update with you.",
            "I wanted to keep you informed of my progress since our conversation on {date}, "
            "about the {position} role at {company}.",
            "As you continue the process for the {position} role at {company}, I wanted to "
            "share a short update on what I have been working on since we spoke on {date}.",
        )
    )
    update = (
        s.vary(
            (
                "Recently I have been deepening my experience with {point}, and I would be "
                "glad to tell you more about what I have learned.",
                "In particular, I have been putting more time into {point}, which I know "
                "matters to the team.",
                "I have continued to build on what we discussed about {point}, and I would "
                "welcome the chance to tell you more about it.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else s.vary(
            (
                "Recently I have been strengthening the skills most relevant to the role, and "
                "I would be glad to tell you more about what I have learned.",
                "In particular, I have been putting more time into the areas the role focuses "
                "on, and I would welcome the chance to tell you more.",
            )
        )
    )
    interest = s.vary(
        (
            "I remain very enthusiastic about the {position} position and about the work at "
            "{company}.",
            "My interest in the {position} role and in {company} is as strong as ever.",
            "I am still very excited about the {position} role and the chance to join {company}.",
            "I continue to be very interested in the {position} position at {company}.",
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
            ),
            when=f"by {s.expected_by}" if s.expected_by else "soon",
        )
    closing = s.vary(
        (
            "Thank you for your time and consideration.",
            "Thank you for keeping me in mind.",
            "I appreciate your time.",
        )
    )
    note_update = (
        f"I've been deepening my experience with {s.first_point}."
        if s.first_point
        else "I've been building on the skills the role needs."
    )
    return _Message(
        subject=f"An update on my interest in the {s.position} role",
        paragraphs=[_sentences(opening, update), _sentences(interest, next_steps), closing],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(
                s.vary(
                    (
                        "a brief update since we spoke about the {position} role at {company}.",
                        "I wanted to share some news since our talk about the {position} role "
                        "at {company}.",
                    )
                )
            ),
            _NotePart(note_update, drop_order=2),
            _NotePart("I remain very enthusiastic about the position.", drop_order=3),
            _optional(_next_steps_note(s), drop_order=1),
        ),
    )


def _share_resource(s: _Slots) -> _Message:
    if s.first_point:
        opening = s.vary(
            (
                "Our conversation about {point} has stayed with me since we spoke on {date}, "
                "and I recently came across an article on the topic that I thought you might "
                "find useful.",
                "I recently read a piece on {point} that reminded me of our conversation on "
                "{date}, and I thought you might enjoy it as well.",
                "Since our talk on {date}, I have been reading more about {point}, and I came "
                "across a resource I thought might interest you and the team.",
            ),
            point=s.first_point,
        )
    else:
        opening = s.vary(
            (
                "I recently came across an article that made me think of our conversation on "
                "{date}, and I thought you might find it useful.",
                "I recently read a piece that reminded me of our conversation on {date}, and "
                "I thought you might enjoy it as well.",
                "Since our talk on {date}, I have been reading more about the challenges the "
                "team described, and I came across a resource I thought might interest you.",
            )
        )
    follow = s.vary(
        (
            "I would love to hear your thoughts on it if you have a moment.",
            "I would be curious to know whether it matches what you see at {company}.",
            "I hope you find it as interesting as I did.",
        )
    )
    interest = s.vary(
        (
            "I continue to follow the work at {company} with real interest, and I remain "
            "enthusiastic about the {position} role.",
            "I remain very interested in {company} and in the {position} position.",
            "The more I read, the more excited I am about the {position} role at {company}.",
            "It has reinforced my enthusiasm for the {position} role and for {company}.",
        )
    )
    note_share = (
        f"I came across an article on {s.first_point} that reminded me of our conversation, "
        "and I thought you might find it useful."
        if s.first_point
        else "I came across an article that reminded me of our conversation, and I thought "
        "you might find it useful."
    )
    return _Message(
        subject="Something that made me think of our conversation",
        paragraphs=[_sentences(opening, follow), interest],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(note_share),
            _NotePart(
                s.vary(
                    (
                        "I remain very interested in the {position} role at {company}.",
                        "I'm still excited about the {position} role at {company}.",
                    )
                ),
                drop_order=1,
            ),
        ),
    )


def _linkedin_connect(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you again for our conversation on {date}, about the {position} role at "
            "{company}.",
            "I enjoyed our conversation on {date}, about the {position} position at {company}.",
            "Thank you for taking the time on {date}, to talk with me about the {position} role "
            "at {company}.",
        )
    )
    points = (
        s.vary(
            (
                "I especially enjoyed hearing about {point}.",
                "What you shared about {point} stayed with me.",
                "Our discussion of {point} was a highlight for me.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    connect = s.vary(
        (
            "I would be glad to stay in touch, so I would like to connect with you on LinkedIn.",
            "I would welcome the chance to stay connected on LinkedIn.",
            "If you are open to it, I would like to connect with you on LinkedIn.",
        )
    )
    interest = s.vary(
        (
            "I remain very interested in {company} and would enjoy following the team's work.",
            "I am enthusiastic about the work at {company} and would like to keep up with it.",
            "My interest in {company} has only grown since we spoke.",
        )
    )
    note_core = s.vary(
        (
            "thank you for our conversation about the {position} role at {company}.",
            "I enjoyed speaking with you about the {position} role at {company}.",
            "thanks again for your time discussing the {position} role at {company}.",
        )
    )
    note_point = (
        s.vary(
            (
                "I especially enjoyed hearing about {point}.",
                "What you shared about {point} stayed with me.",
                "I found our discussion of {point} really interesting.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    return _Message(
        subject="Staying in touch after our conversation",
        paragraphs=[_sentences(opening, points), _sentences(connect, interest)],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(note_core),
            _optional(note_point, drop_order=2),
            _NotePart(
                s.vary(
                    (
                        "I remain very interested in {company} and would be glad to stay "
                        "connected.",
                        "I'd love to stay connected and keep following the work at {company}.",
                    )
                ),
                drop_order=1,
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
        )
    )
    points = (
        s.vary(
            (
                "I especially valued our conversation about {point}, and I learned a great "
                "deal from it.",
                "Our discussion of {point} was a highlight of the process for me.",
                "I will remember what you shared about {point}.",
                "I learned a lot from our conversation about {point}.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else s.vary(
            (
                "I learned a great deal from our conversations.",
                "The interviews gave me a real appreciation for how the team works.",
            )
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
        )
    )
    closing = s.vary(
        (
            "Thank you again, and I hope our paths cross again.",
            "Thank you again for your time and consideration.",
            "I wish you and the team every success.",
            "Thank you again for the opportunity.",
            "With thanks for your time and your kindness throughout the process.",
        )
    )
    note_core = s.vary(
        (
            "thank you for the opportunity to interview for the {position} role at {company}.",
            "thank you for considering me for the {position} role at {company}.",
            "I appreciated the chance to interview for the {position} role at {company}.",
        )
    )
    note_point = (
        f"I really valued our conversation about {s.first_point}." if s.first_point else None
    )
    return _Message(
        subject=f"Thank you for the opportunity: {s.position}",
        paragraphs=[_sentences(opening, points), interest, closing],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(note_core),
            _optional(note_point, drop_order=1),
            _NotePart(f"I remain very interested in {s.company} and hope our paths cross again."),
        ),
    )


def _feedback_request(s: _Slots) -> _Message:
    opening = s.vary(
        (
            "Thank you again for considering me for the {position} position at {company}.",
            "Thank you once more for the time you and the team spent with me during the "
            "process for the {position} role at {company}.",
            "I am grateful for the opportunity to interview for the {position} role at {company}.",
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
        )
    )
    specific = (
        s.vary(
            (
                "For example, it would help to know how my answers about {point} came across.",
                "I would particularly like to know how I handled our discussion of {point}.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    easy_no = s.vary(
        (
            "I understand that you may not be able to share feedback, and I appreciate your "
            "time either way.",
            "Even a sentence or two would help, and I completely understand if you are not "
            "able to reply.",
            "If sharing feedback is not possible, I understand entirely.",
        )
    )
    interest = s.vary(
        (
            "I remain interested in {company} and would be glad to stay in touch.",
            "I continue to be enthusiastic about the work at {company}.",
            "My interest in {company} is undiminished, and I hope our paths cross again.",
            "I remain very interested in {company} and hope to stay in touch.",
        )
    )
    note_core = s.vary(
        (
            "thank you again for considering me for the {position} role at {company}.",
            "thanks again for the chance to interview for the {position} role at {company}.",
        )
    )
    return _Message(
        subject=f"Request for feedback on my {s.position} interview",
        paragraphs=[_sentences(opening, ask, specific), _sentences(easy_no, interest)],
        sign_off=_sign_off(s, formal=True),
        note=_note(
            s,
            _NotePart(note_core),
            _NotePart(
                "If you have a moment, I'd be grateful for any feedback on my interview or my "
                "qualifications for the role."
            ),
            _NotePart("No worries if not.", drop_order=1),
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
        )
    )
    points = (
        s.vary(
            (
                "Our conversation about {point} still comes to mind, and I have been learning "
                "more about it since.",
                "I still think about what you shared about {point}.",
                "I have kept up with {point} since we talked, and it remains a topic I enjoy.",
                "What we discussed about {point} has stayed with me.",
            ),
            point=s.first_point,
        )
        if s.first_point
        else None
    )
    interest = s.vary(
        (
            "I remain very interested in {company}, and I would be glad to hear about future "
            "opportunities where my background could be a fit.",
            "My interest in {company} has not changed, and I would welcome the chance to be "
            "considered for future roles.",
            "I continue to be enthusiastic about {company} and would love to hear about any "
            "future openings.",
        )
    )
    closing = s.vary(
        (
            "I would enjoy hearing how things are going for you and the team.",
            "I would also be happy to stay connected on LinkedIn.",
            "Thank you again for the time you gave me during the process.",
            "I look forward to staying in touch.",
        )
    )
    note_core = s.vary(
        (
            "it's been a while since we spoke about the {position} role at {company}.",
            "I've been thinking about our conversation on the {position} role at {company}.",
        )
    )
    note_point = (
        f"I still think about our conversation on {s.first_point}." if s.first_point else None
    )
    return _Message(
        subject="Keeping in touch",
        paragraphs=[_sentences(opening, points), interest, closing],
        sign_off=_sign_off(s, formal=False),
        note=_note(
            s,
            _NotePart(note_core),
            _optional(note_point, drop_order=1),
            _NotePart(f"I remain very interested in {s.company} and would love to stay in touch."),
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


def _optional(text: str | None, *, drop_order: int) -> _NotePart | None:
    return _NotePart(text, drop_order) if text else None


def _sign_off(s: _Slots, *, formal: bool) -> str:
    if s.facts.channel is Channel.LETTER:
        return s.vary(("Sincerely,", "Yours sincerely,", "With best regards,"))
    if formal:
        return s.vary(("Best regards,", "Kind regards,", "With thanks,"))
    return s.vary(("Best,", "All the best,", "Best wishes,"))


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
    body = [part for part in parts if part is not None]
    signature = f"Best, {s.facts.sender_name}" if s.facts.sender_name else None
    return [
        _NotePart(greeting_line(s.facts)),
        *body,
        *([_NotePart(signature)] if signature else []),
    ]


def _fit_note(parts: list[_NotePart]) -> str:
    """Join the note, dropping optional sentences until it fits LinkedIn's limit."""
    kept = list(parts)
    for order in sorted({part.drop_order for part in parts if part.drop_order is not None}):
        if len(_join_note(kept)) <= LINKEDIN_NOTE_LIMIT:
            break
        kept = [part for part in kept if part.drop_order != order]
    return _join_note(kept)


def _join_note(parts: list[_NotePart]) -> str:
    # Sentences after the greeting are written to follow "Hi Dana," on the same line.
    return " ".join(part.text for part in parts)

"""Every sentence a built-in note can say, kind by kind, in the order the note says them.

To change how a note reads, change it here. Each `p.choose(...)` lists interchangeable
phrasings: a recipient gets the one for their place on the panel, unless they have
already read it (or its stock wording) in an earlier note, in which case the next one.
A sentence is only written from a fact in the plan; a missing fact drops the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from api.drafts.facts import ACCOMPLISHMENT_SLOT, RESOURCE_SLOT, DraftKind
from api.drafts.writer.plan import Audience, Plan, PointPlan


@dataclass(frozen=True, slots=True)
class Short:
    """A sentence of the LinkedIn version, with shorter forms to use when space runs out.
    The lowest `priority` is shortened first, then dropped if `optional`."""

    options: tuple[str, ...]
    priority: int
    optional: bool = False


@dataclass(slots=True)
class Note:
    subject: str
    paragraphs: list[list[str | None]]
    formal: bool
    short: list[Short | None] = field(default_factory=list)


def write(p: Plan) -> Note:
    return _KINDS[p.kind](p)


# --- thank-you -----------------------------------------------------------------------------------


def thank_you(p: Plan) -> Note:
    if p.audience is Audience.RECRUITER:
        subject = f"Thank you for your help with the {p.position} process"
        opening = p.choose(
            "Thank you for speaking with me {when} and for your help with the {position} "
            "process at {company}.",
            "Thank you for your time {when}, and for guiding me through the process for the "
            "{position} role at {company}.",
            "I appreciated our conversation {when} and your help with my application for the "
            "{position} role at {company}.",
            "Many thanks for making time for me {when} and for your help with the {position} "
            "process at {company}.",
            "Thank you for our call {when} and for the care you are taking with the {position} "
            "process at {company}.",
            **_basics(p),
        )
    else:
        subject = f"Thank you for the {p.position} interview"
        team = " and your team" if p.audience is Audience.HIRING_MANAGER else ""
        opening = p.choose(
            "Thank you for speaking with me {when} about the {position} role{team} at {company}.",
            "Thank you for your time {when} and for our conversation about the {position} "
            "role{team} at {company}.",
            "I appreciated the chance to talk with you {when} about the {position} role{team} "
            "at {company}.",
            "It was a pleasure to meet you {when} and to hear about the {position} role{team} "
            "at {company}.",
            "Many thanks for meeting with me {when} to discuss the {position} role{team} at "
            "{company}.",
            team=team,
            **_basics(p),
        )
    return Note(
        subject=subject,
        paragraphs=[
            [opening, *_thank_you_points(p)],
            [_thank_you_interest(p), _looking_ahead(p) or _hope_to_continue(p)],
            [_thank_you_closing(p)],
        ],
        formal=True,
        short=[
            Short(
                (
                    p.choose(
                        "thank you for speaking with me {when} about the {position} role at "
                        "{company}.",
                        "thanks again for our conversation {when} about the {position} role at "
                        "{company}.",
                        "I appreciated our talk {when} about the {position} role at {company}.",
                        "it was a pleasure to meet you {when} and hear about the {position} "
                        "role at {company}.",
                        "many thanks for your time {when} and for telling me about the "
                        "{position} role at {company}.",
                        **_basics(p),
                    ),
                    p.choose("thank you for our conversation {when}.", **_basics(p)),
                ),
                priority=3,
            ),
            _short_point(p),
            Short(
                (
                    p.choose(
                        "I'm very interested in the role.",
                        "I'm keen to join the team.",
                        "I'm excited about the role.",
                        "The role appeals to me a great deal.",
                        "I'd love to be part of the team.",
                    ),
                ),
                priority=2,
            ),
            _short_ahead(p),
        ],
    )


def _short_ahead(p: Plan) -> Short | None:
    if not p.timeline_open:
        return None
    shortest = "I look forward to the next steps."
    if p.by and not p.by_passed:
        return Short(
            (
                p.choose(
                    "I look forward to hearing from you by {by}.",
                    "I look forward to news on next steps by {by}.",
                    "I'll look out for news by {by}.",
                    "I look forward to an update by {by}.",
                    "Looking forward to hearing about next steps by {by}.",
                    by=p.by,
                ),
                shortest,
            ),
            priority=2,
        )
    return Short((shortest,), priority=2)


def _thank_you_points(p: Plan) -> list[str | None]:
    point = p.point
    if point is None:
        if p.audience is Audience.RECRUITER:
            return [
                p.choose(
                    "I enjoyed learning more about the role and about {company}.",
                    "It was good to learn more about the role and the team.",
                    "I came away with a clearer sense of the role and of {company}.",
                    **_basics(p),
                )
            ]
        return [
            p.choose(
                "I enjoyed learning more about the work and the team.",
                "I now have a much clearer picture of the role.",
                "I came away with a much better sense of what the role involves.",
                "It was good to hear more about the team's work.",
                "I learned a great deal about the role from our conversation.",
            )
        ]
    if point.angle:
        return [_angle_sentence(p, point)]
    if p.audience is Audience.RECRUITER:
        first = p.choose(
            "Thank you for explaining {point}.",
            "It was helpful to hear about {point}.",
            "I appreciated what you told me about {point}.",
            point=point.phrase,
        )
    elif point.theirs:
        first = p.choose(
            "I especially enjoyed hearing about {point}.",
            "I enjoyed our conversation about {point}.",
            "It was good to hear your thoughts on {point}.",
            "I appreciated what you shared about {point}.",
            "Thank you for telling me about {point}.",
            point=point.phrase,
        )
    else:
        first = p.choose(
            "I enjoyed our discussion of {point}.",
            "I found our conversation about {point} especially interesting.",
            "I appreciated the chance to talk about {point}.",
            "Talking about {point} was a highlight of the interview for me.",
            "I particularly enjoyed the part of our conversation about {point}.",
            point=point.phrase,
        )
    other = p.other_point
    if other is None or not other.theirs:
        return [first]
    second = p.choose(
        "It was also helpful to hear about {point}.",
        "I also appreciated your thoughts on {point}.",
        "Hearing about {point} was useful too.",
        "I valued learning about {point} as well.",
        "Thank you as well for explaining {point}.",
        point=other.phrase,
    )
    return [first, second]


# An angle typed as a sentence of its own ("I redesigned our rotation at Lumen") rather
# than as a thing ("the cutover I ran at Lumen") starts with one of these.
_CLAUSE_STARTS = frozenset("i i've i'm i'd i'll we we've we're we'd".split())


def _angle_is_clause(angle: str) -> bool:
    first = angle.split(maxsplit=1)[0].lower().replace("’", "'")
    return first in _CLAUSE_STARTS


def _angle_sentence(p: Plan, point: PointPlan) -> str:
    """The user's own idea, tied to what this person said, in the user's words."""
    angle = point.angle or ""
    if _angle_is_clause(angle):
        return p.choose(
            "Your point about {point} reminded me of my own experience: {angle}.",
            "What you said about {point} connected with my own work: {angle}.",
            point=point.phrase,
            angle=angle.rstrip("."),
        )
    return p.choose(
        "Your point about {point} made me think of {angle}.",
        "What you said about {point} made me think of {angle}.",
        "When you talked about {point}, I thought of {angle}.",
        "Our conversation about {point} brought to mind {angle}.",
        "Hearing about {point} reminded me of {angle}.",
        point=point.phrase,
        angle=angle,
    )


def _thank_you_interest(p: Plan) -> str:
    if p.audience is Audience.HIRING_MANAGER:
        return p.choose(
            "I am very interested in the role and would be glad to join your team.",
            "Everything I heard made me even more interested in joining your team at {company}.",
            "I would welcome the chance to contribute to your team's work.",
            "I am excited about the role and about working with you and the team.",
            "The more we talked, the more excited I became about joining your team.",
            **_basics(p),
        )
    return p.choose(
        "I am very interested in the role and would be glad to contribute at {company}.",
        "Everything I heard made me even more interested in joining {company}.",
        "I left our conversation more enthusiastic about the role than before.",
        "I am excited about the role and about the work at {company}.",
        "I would love to join the team at {company}.",
        **_basics(p),
    )


def _hope_to_continue(p: Plan) -> str | None:
    """Without recorded next steps, a thank-you still looks ahead, in general words."""
    if p.timeline_open:
        return None
    return p.choose(
        "I would welcome the chance to continue the conversation.",
        "I hope to have the chance to work with you.",
        "I look forward to hearing from you.",
        "I would be glad to continue the conversation whenever it suits you.",
        "I hope we can continue the conversation soon.",
    )


def _thank_you_closing(p: Plan) -> str:
    if p.audience is Audience.RECRUITER:
        return p.choose(
            "Thank you again for your help.",
            "Thanks again for all your help so far.",
            "I appreciate your help and your time.",
        )
    return p.choose(
        "Thank you again for your time.",
        "Thanks again for a conversation I enjoyed.",
        "I appreciate the time you gave me.",
        "Thank you once more for your time.",
        "I am grateful for the time you gave me.",
    )


def _hearing_from(p: Plan) -> str:
    """'from you' only to someone who speaks for the company; nothing recorded says a panel
    member will be the one to write."""
    speaks_for_company = p.audience in (Audience.HIRING_MANAGER, Audience.RECRUITER)
    return "from you" if speaks_for_company else "back"


def _looking_ahead(p: Plan) -> str | None:
    """What happens next, as the user recorded it, looking forward from the send day."""
    if not p.timeline_open:
        return None
    if p.by_passed:
        # The day they named has gone by before the note is sent: no stale date.
        return "I look forward to hearing about the next steps."
    step, by = p.next_step, p.by
    by_text = f" by {by}" if by else ""
    said = step.said("will")
    if said:
        return p.choose(
            "I understand {said}{by}.",
            "As I understand it, {said}{by}.",
            "I noted that {said}{by}, and I look forward to it.",
            said=said,
            by=by_text,
        )
    if step.step and step.undated:
        return p.choose(
            "I look forward to the next step, {step}, once it is scheduled.",
            "I understand the next step is {step}, once a date is set.",
            "I would be glad to take part in {step} whenever it is scheduled.",
            step=step.step,
        )
    if step.step and by_text:
        return p.choose(
            "I understand the next step is {step}, and that I should hear {back}{by}.",
            "I look forward to the next step, {step}, and to hearing {back}{by}.",
            "I understand {step} comes next, with news{by}.",
            "I look forward to {step} and to hearing {back}{by}.",
            step=step.step,
            by=by_text,
            back=_hearing_from(p),
        )
    if step.step:
        return p.choose(
            "I understand the next step is {step}, and I look forward to it.",
            "I look forward to the next step, {step}.",
            "I am glad the next step is {step}.",
            step=step.step,
        )
    if step.news:
        return p.choose(
            "I look forward to hearing about {news}{by}.",
            "I understand I should hear about {news}{by}.",
            news=step.news,
            by=by_text,
        )
    if by_text:
        return p.choose(
            "I understand I should hear about next steps{by}.",
            "I look forward to hearing about next steps{by}.",
            by=by_text,
        )
    return "I look forward to hearing about the next steps."


def _short_point(p: Plan) -> Short | None:
    point = p.point
    if point is None:
        return None
    if p.audience is Audience.RECRUITER:
        text = p.choose("Thanks for explaining {point}.", point=point.phrase)
    elif point.angle:
        text = _angle_sentence(p, point)
        shorter = p.choose("I enjoyed hearing about {point}.", point=point.phrase)
        return Short((text, shorter), priority=1, optional=True)
    else:
        text = p.choose(
            "I especially enjoyed discussing {point}.",
            "I enjoyed hearing about {point}.",
            "Our talk about {point} was a highlight.",
            "I found the discussion of {point} really interesting.",
            "Thanks for telling me about {point}.",
            point=point.phrase,
        )
    return Short((text,), priority=1, optional=True)


# --- next-steps follow-up ------------------------------------------------------------------------


def next_steps_follow_up(p: Plan) -> Note:
    opening = p.choose(
        "Thank you again for our conversation {when} about the {position} role at {company}.",
        "I enjoyed our conversation {when} about the {position} role at {company}.",
        "I am writing about the {position} role at {company}, which we discussed {when}.",
        "It was a pleasure to speak with you {when} about the {position} role at {company}.",
        "Since we spoke {when} about the {position} role at {company}, I have been looking "
        "forward to the next stage.",
        **_basics(p),
    )
    ask = p.choose(
        "I am writing to ask whether there is any update on the next steps.",
        "I would be grateful to know where things stand with the next steps.",
        "Could you let me know whether there is any news on the timeline?",
        "Is there any news you are able to share about the next steps?",
        "I wanted to ask whether the timeline for next steps has changed.",
    )
    point = p.point
    keen = None
    if point and p.audience is Audience.RECRUITER:
        keen = p.choose(
            "Thank you again for explaining {point}.",
            "It was helpful to hear about {point}.",
            "I appreciated what you told me about {point}.",
            point=point.phrase,
        )
    elif point:
        keen = p.choose(
            "Our conversation about {point} has only made me keener on the role.",
            "Our discussion of {point} is one of the reasons I am keen to move forward.",
            "I would still love to help with {point}.",
            "What you told me about {point} is a big part of why the role appeals to me.",
            "Our conversation about {point} made the role even more appealing to me.",
            point=point.phrase,
        )
    interest = p.choose(
        "I remain very interested in the role and in joining {company}.",
        "My interest in the role and in {company} is as strong as ever.",
        "I am still very enthusiastic about joining {company}.",
        "I am as interested as ever in the {position} role.",
        "I remain keen to join the team at {company}.",
        **_basics(p),
    )
    offer = p.choose(
        "Please let me know if I can send anything else.",
        "I am happy to answer any further questions.",
        "If anything else would help, I would be glad to send it.",
    )
    return Note(
        subject=f"Next steps for the {p.position} role",
        paragraphs=[[opening, _what_they_said(p), ask], [keen, interest, offer]],
        formal=True,
        short=[
            Short(
                (
                    p.choose(
                        "thank you again for our talk {when} about the {position} role at "
                        "{company}.",
                        "I'm following up on the {position} role at {company}.",
                        "I enjoyed our conversation {when} about the {position} role at {company}.",
                        "I'm writing about next steps for the {position} role at {company}.",
                        "a quick follow-up on the {position} role at {company}.",
                        **_basics(p),
                    ),
                ),
                priority=4,
            ),
            Short(
                (
                    p.choose(
                        "You mentioned news by {by}; is there any update on next steps?",
                        "You expected an update by {by}; could you let me know where things stand?",
                        "Is there any news on the next steps you expected by {by}?",
                        "I'd be grateful for any update on the next steps you mentioned for {by}.",
                        "You expected news by {by}; has the timeline moved?",
                        by=p.by,
                    )
                    if p.by
                    else p.choose(
                        "Is there any update on next steps?",
                        "Could you let me know where things stand with next steps?",
                        "Is there any news on the next steps?",
                        "I'd be grateful for any update on next steps.",
                        "Has the timeline for next steps moved?",
                    ),
                ),
                priority=4,
            ),
            Short(
                (
                    p.choose(
                        "I remain very interested in the role.",
                        "I'm still very keen on the role.",
                        "My interest in the role is as strong as ever.",
                        "I'm as excited about the role as ever.",
                        "I'd love to join the team.",
                    ),
                ),
                priority=2,
            ),
        ],
    )


def _what_they_said(p: Plan) -> str | None:
    """The timeline the user recorded, told back as what the person said."""
    step, by = p.next_step, p.by
    by_text = f" by {by}" if by else ""
    said = step.said("would")
    if said:
        return f"You mentioned that {said}{by_text}."
    if step.step and step.undated:
        return f"You mentioned that the next step would be {step.step}, once it was scheduled."
    if step.step and by:
        return (
            f"You mentioned that the next step would be {step.step}, and that I could expect "
            f"to hear {_hearing_from(p)} by {by}."
        )
    if step.step:
        return f"You mentioned that the next step would be {step.step}."
    if step.news and by:
        return f"You mentioned that {step.news} would come by {by}."
    if by:
        return f"You mentioned that I could expect news on next steps by {by}."
    return None


# --- periodic update -----------------------------------------------------------------------------


def periodic_update(p: Plan) -> Note:
    opening = p.choose(
        "I wanted to share a short update since we spoke {when} about the {position} role at "
        "{company}.",
        "Since our conversation {when} about the {position} role at {company}, I have some "
        "news I would like to share.",
        "I am writing with a brief update since our conversation {when} about the {position} "
        "role at {company}.",
        "As you continue the process for the {position} role at {company}, I wanted to let "
        "you know what I have been doing since we spoke {when}.",
        "Since we talked {when} about the {position} role at {company}, there is something new "
        "I would like to tell you about.",
        **_basics(p),
    )
    interest = p.choose(
        "I remain very interested in the {position} role and in the work at {company}.",
        "My interest in the {position} role is as strong as ever.",
        "I am still very excited about the chance to join {company}.",
        "I remain as enthusiastic as ever about the {position} role.",
        "I would love to join the team at {company}.",
        **_basics(p),
    )
    return Note(
        subject=p.choose(
            "An update since our conversation", "A short update on my side", "A quick update"
        ),
        paragraphs=[[opening], _accomplishment(p), [interest, _news_welcome(p)], [_closing(p)]],
        formal=True,
        short=[
            Short(
                (
                    p.choose(
                        "a short update since we spoke about the {position} role at {company}.",
                        "a quick update since our talk about the {position} role at {company}.",
                        "some news since we discussed the {position} role at {company}.",
                        "an update on my side since our {position} interview at {company}.",
                        "here is what is new since we spoke about the {position} role at "
                        "{company}.",
                        **_basics(p),
                    ),
                ),
                priority=3,
            ),
            Short((_short_accomplishment(p),), priority=4),
            Short(
                (
                    p.choose(
                        "I remain very interested in the role.",
                        "I'm still keen on the role.",
                        "My interest in the role is as strong as ever.",
                        "I'd love to join the team.",
                        "The role still appeals to me a great deal.",
                    ),
                ),
                priority=2,
                optional=True,
            ),
        ],
    )


def _accomplishment(p: Plan) -> list[str | None]:
    done = p.accomplishment
    if done is None:
        return [ACCOMPLISHMENT_SLOT, _tell_more(p)]
    # "Since we spoke" only for what is dated after the interview: never a claimed timeline.
    if _starts_with_verb_in_past(done.title) and p.accomplishment_is_new:
        lead = p.choose(
            "Since we spoke, I have {title}.",
            "Since our conversation, I have {title}.",
            title=_sentence_body(done.title),
        )
    elif _starts_with_verb_in_past(done.title):
        lead = p.choose(
            "I wanted to let you know that I have {title}.",
            "I thought you would like to know that I have {title}.",
            title=_sentence_body(done.title),
        )
    elif p.accomplishment_is_new:
        lead = p.choose(
            "Here is one thing I have done since we spoke: {title}.",
            title=done.title.strip().rstrip("."),
        )
    else:
        lead = p.choose(
            "I wanted to share with you one thing I have been working on: {title}.",
            title=done.title.strip().rstrip("."),
        )
    link = f"You can see it here: {done.link}" if done.link else None
    # The link ends the paragraph, so no full stop runs into it.
    return [lead, _as_sentence(done.detail), _tell_more(p), link]


def _tell_more(p: Plan) -> str:
    return p.choose(
        "I would be glad to tell you more about it.",
        "I would be happy to walk you through it.",
        "I would enjoy telling you more about it if it is useful.",
        "If it helps, I can share more detail.",
        "I would gladly share more about it.",
    )


def _short_accomplishment(p: Plan) -> str:
    done = p.accomplishment
    if done is None:
        return ACCOMPLISHMENT_SLOT
    link = f" {done.link}" if done.link else ""
    if _starts_with_verb_in_past(done.title):
        return f"Since then, I have {_sentence_body(done.title)}.{link}"
    return f"Since then: {done.title.strip().rstrip('.')}.{link}"


def _news_welcome(p: Plan) -> str | None:
    if not p.timeline_open:
        return None
    if p.by and not p.by_passed:
        return p.choose(
            "I look forward to hearing about next steps by {by}.",
            "I understand there should be news on next steps by {by}.",
            "I look forward to your news on next steps by {by}.",
            by=p.by,
        )
    return p.choose(
        "I would welcome any news on next steps when you have it.",
        "I would be glad to hear where things stand whenever you are able to share.",
        "Whenever there is news on next steps, I would be glad to hear it.",
        "I look forward to hearing about next steps when the time is right.",
        "Any news on the next steps would be very welcome.",
    )


# --- share a resource ----------------------------------------------------------------------------


def share_resource(p: Plan) -> Note:
    opening = p.choose(
        "Since we spoke {when} about the {position} role at {company}, I came across "
        "something I thought you might like to see.",
        "I wanted to share something I found after our conversation {when} about the "
        "{position} role at {company}.",
        "After our conversation {when} about the {position} role at {company}, I thought you "
        "might find this useful.",
        "Something I read recently brought our conversation {when} about the {position} role "
        "at {company} back to mind.",
        "Since we talked {when} about the {position} role at {company}, I found something worth "
        "passing on.",
        **_basics(p),
    )
    interest = (
        p.choose(
            "I remain very interested in the {position} role at {company}.",
            "I am still very keen on the {position} role.",
            "My interest in the {position} role is as strong as ever.",
            "I would love to join the team at {company}.",
            "The {position} role still appeals to me a great deal.",
            **_basics(p),
        )
        if not p.rejected
        else p.choose(
            "I remain very interested in {company}.",
            "I still think highly of {company} and remain interested in its work.",
            "I remain keen on {company}.",
            "I continue to follow the work at {company} with interest.",
            "I would welcome future opportunities at {company}.",
            **_basics(p),
        )
    )
    return Note(
        subject=p.resource.title if p.resource else "Something you might find useful",
        paragraphs=[
            [opening],
            _resource(p),
            [p.resource.url if p.resource else None],
            [
                p.choose(
                    # Not "useful" again: an opening may already say it.
                    "I would be glad to hear what you think of it.",
                    "I hope it is of interest to you and the team.",
                    "I would be curious to hear your view of it.",
                    "I hope it is worth a few minutes of your time.",
                    "I would be glad to hear whether it matches what the team has seen.",
                ),
                interest,
                _closing(p),
            ],
        ],
        formal=False,
        short=[
            Short(
                (
                    p.choose(
                        "after our talk about the {position} role, I thought of you.",
                        "since our {position} interview, I found something you might like.",
                        "a short share since we talked about the {position} role.",
                        "I came across something after our talk about the {position} role.",
                        "here is something I found after our {position} conversation.",
                        **_basics(p),
                    ),
                ),
                priority=3,
                optional=True,
            ),
            Short((_short_resource(p),), priority=4),
        ],
    )


def _resource(p: Plan) -> list[str | None]:
    resource = p.resource
    if resource is None:
        return [RESOURCE_SLOT]
    # Tied to a point only when the resource itself speaks of it.
    about = f"{resource.title} {resource.note or ''}"
    point = next((point for point in p.points if _shares_a_word(point.phrase, about)), None)
    tie = (
        p.choose(
            "It made me think of our conversation about {point}.",
            "It reminded me of what we discussed about {point}.",
            point=point.phrase,
        )
        if point
        else None
    )
    title = p.choose(
        "It is called {title}.", "The piece is {title}.", title=_quoted(resource.title)
    )
    return [title, tie, _as_sentence(resource.note)]


def _short_resource(p: Plan) -> str:
    resource = p.resource
    if resource is None:
        return RESOURCE_SLOT
    return f"You might like {_quoted(resource.title)}: {resource.url}"


# --- LinkedIn connection -------------------------------------------------------------------------


def linkedin_connect(p: Plan) -> Note:
    if p.audience is Audience.RECRUITER:
        first = p.choose(
            "thank you for your help with the {position} process at {company}.",
            "thanks for your time {when} and your help with the {position} role at {company}.",
            "I appreciated your help {when} with the {position} process at {company}.",
            "many thanks for guiding me through the {position} process at {company}.",
            "thank you for our call {when} about the {position} role at {company}.",
            **_basics(p),
        )
    else:
        first = p.choose(
            "thank you for our conversation {when} about the {position} role at {company}.",
            "it was a pleasure to meet you {when} during my interview at {company}.",
            "I enjoyed speaking with you {when} about the {position} role at {company}.",
            "thanks for your time {when} and for telling me about the {position} role at "
            "{company}.",
            "I appreciated our conversation {when} about the {position} role at {company}.",
            **_basics(p),
        )
    connect = p.choose(
        "I would be glad to stay connected.",
        "I'd love to stay in touch here.",
        "I'd be glad to connect.",
        "It would be great to stay connected.",
        "I'd like to keep in touch.",
    )
    # An email or a letter asks for the connection in so many words, and says why.
    interest = (
        p.choose(
            "I remain very interested in {company} and would be glad to keep in touch.",
            "I would love to keep up with the work at {company}.",
            "I still admire the work at {company} and hope to stay in touch.",
            "I remain keen on {company} and hope our paths cross again.",
            "I would welcome future opportunities at {company}.",
            **_basics(p),
        )
        if p.rejected
        else p.choose(
            "I am very interested in the {position} role and in the work at {company}.",
            "I am excited about the {position} role and about the team at {company}.",
            "The {position} role appeals to me a great deal, and so does the team at {company}.",
            "I would love to join the team at {company}.",
            "Our conversation left me keen on the {position} role and the work at {company}.",
            **_basics(p),
        )
    )
    ask = p.choose(
        "If you are open to it, I would be glad to connect on LinkedIn.",
        "I would be glad to stay connected on LinkedIn, if you are open to it.",
        "I would like to connect with you on LinkedIn, if that suits you.",
        "May I send you a connection request on LinkedIn?",
        "It would be good to stay in touch on LinkedIn, if you are open to it.",
    )
    return Note(
        subject=f"Connecting after the {p.position} interview",
        paragraphs=[
            [first[0].upper() + first[1:], _connect_point(p)],
            [interest, ask],
            [_thank_you_closing(p)],
        ],
        formal=False,
        short=[Short((first,), priority=3), _short_point(p), Short((connect,), priority=2)],
    )


def _connect_point(p: Plan) -> str:
    point = p.point
    if point is None:
        return p.choose(
            "It was good to learn more about the role and the team.",
            "I enjoyed learning more about the team and its work.",
            "I came away with a clearer sense of the role.",
            "Hearing about the team's work was a highlight for me.",
            "I learned a lot about the role from you.",
        )
    return p.choose(
        "I enjoyed talking about {point}.",
        "It was good to talk about {point}.",
        "Talking about {point} was a highlight for me.",
        "I especially enjoyed our exchange on {point}.",
        "I appreciated hearing your view of {point}.",
        point=point.phrase,
    )


# --- after a rejection -------------------------------------------------------------------------


def rejection_thank_you(p: Plan) -> Note:
    opening = p.choose(
        "Although I was disappointed not to be selected for the {position} role, I am "
        "grateful for the chance to interview with {company}.",
        "Thank you for the chance to interview for the {position} role at {company}, even "
        "though it did not work out this time.",
        "I recently learned that I was not selected for the {position} role, and I wanted to "
        "thank you for your time during the interviews.",
        "While I was not selected for the {position} role at {company}, I am grateful for the "
        "time you spent with me.",
        "Thank you for your time during the interviews for the {position} role at {company}; "
        "although I was not selected, I valued the experience.",
        **_basics(p),
    )
    point = p.point
    enjoyed = (
        p.choose(
            "I especially enjoyed our conversation about {point}.",
            "I enjoyed learning about {point}.",
            "Our conversation about {point} was a highlight for me.",
            "I appreciated what you shared about {point}.",
            "Talking about {point} was a real pleasure.",
            point=point.phrase,
        )
        if point
        else None
    )
    interest = p.choose(
        "I remain very interested in {company} and would be glad to be considered for future "
        "roles.",
        "I would welcome the chance to be considered for future openings at {company}.",
        "I hope our paths cross again, and I would welcome news of future roles at {company}.",
        "My interest in {company} remains, and I hope to stay in touch.",
        "I remain keen on {company} and would be glad to be considered for other roles.",
        **_basics(p),
    )
    return Note(
        subject=f"Thank you for considering me for the {p.position} role",
        paragraphs=[[opening, enjoyed], [interest, _closing(p, after_rejection=True)]],
        formal=True,
        short=[
            Short(
                (
                    p.choose(
                        "thank you for the chance to interview for the {position} role at "
                        "{company}.",
                        "thanks again for your time during the {position} interviews at {company}.",
                        "I'm grateful for the chance to interview for the {position} role at "
                        "{company}.",
                        "although it didn't work out this time, thank you for the {position} "
                        "interviews at {company}.",
                        "I appreciated meeting you during the {position} interviews at {company}.",
                        **_basics(p),
                    ),
                ),
                priority=3,
            ),
            Short(
                (
                    p.choose(
                        "I remain very interested in {company} and future roles there.",
                        "I'd welcome future opportunities at {company}.",
                        "I'd welcome the chance to cross paths again.",
                        "I'd love to be considered for future roles.",
                        "I'd love to stay in touch about future openings.",
                        **_basics(p),
                    ),
                ),
                priority=2,
            ),
        ],
    )


def feedback_request(p: Plan) -> Note:
    opening = p.choose(
        "Thank you again for considering me for the {position} role at {company}.",
        "Thank you again for the chance to interview for the {position} role at {company}.",
        "I appreciated the time you gave me during the interviews for the {position} role at "
        "{company}.",
        "I am grateful for the chance to have interviewed for the {position} role at {company}.",
        "Thank you for the time you spent with me during the {position} interviews at {company}.",
        **_basics(p),
    )
    ask = p.choose(
        "If you are able to, I would be grateful for any feedback on my interviews that could "
        "help me improve.",
        "Would you be willing to share any feedback on how I came across in the interviews?",
        "I am working to improve, and any feedback on my interviews would be very helpful.",
        "I would value any feedback on my interviews or on where my qualifications fell short.",
        "Could you share any thoughts on how I might have interviewed better?",
    )
    point = p.point
    specific = (
        p.choose(
            # Only that the point was discussed is recorded, not that the user answered on it.
            "In particular, I would value your view on how I handled our discussion of {point}.",
            "Any thoughts on how our conversation about {point} went would be especially useful.",
            "I would be especially grateful for your view on our discussion of {point}.",
            "I would particularly like to know how I came across when we talked about {point}.",
            "Your view on how I handled our conversation about {point} would help most of all.",
            point=point.phrase,
        )
        if point and p.audience is not Audience.RECRUITER
        else None
    )
    easy_no = p.choose(
        "I understand if you are not able to share feedback, and I appreciate your time either "
        "way.",
        "Even a sentence or two would help, and I completely understand if you cannot reply.",
        "If sharing feedback is not possible, I understand entirely.",
        "Please do not feel obliged to reply if you cannot share feedback.",
        "If you are unable to share anything, no reply is needed.",
    )
    interest = p.choose(
        "I remain interested in {company} and would be glad to stay in touch.",
        "I continue to admire the work at {company} and hope to stay in touch.",
        "I would welcome future opportunities at {company}.",
        "My interest in {company} is undiminished.",
        "I would welcome the chance to cross paths with {company} again.",
        **_basics(p),
    )
    return Note(
        subject=f"Feedback on my {p.position} interviews",
        paragraphs=[[opening, ask, specific], [easy_no, interest]],
        formal=True,
        short=[
            Short(
                (
                    p.choose(
                        "thank you again for considering me for the {position} role at {company}.",
                        "thanks again for the chance to interview for the {position} role.",
                        "I appreciated the {position} interviews at {company}.",
                        "thank you for your time during the {position} process at {company}.",
                        "I'm grateful for the chance to interview for the {position} role.",
                        **_basics(p),
                    ),
                ),
                priority=3,
            ),
            Short(
                (
                    p.choose(
                        "Would you be willing to share any feedback on my interviews?",
                        "I'd be grateful for any feedback on how I could improve.",
                        "Any feedback on my interviews would help me a great deal.",
                        "Could you share any thoughts on how I might improve?",
                        "I'd value your feedback on my interviews, if you can share it.",
                    ),
                ),
                priority=4,
            ),
            Short(
                (
                    p.choose(
                        "No worries if not.",
                        "I understand if you can't.",
                        "Totally fine if not.",
                        "No need to reply if it's not possible.",
                        "Completely understand if not.",
                    ),
                ),
                priority=1,
                optional=True,
            ),
        ],
    )


# --- keeping in touch --------------------------------------------------------------------------


def keep_in_touch(p: Plan) -> Note:
    opening = p.choose(
        "It has been a while since we spoke about the {position} role at {company}, and I "
        "wanted to say hello.",
        "Some time has passed since I interviewed for the {position} role at {company}, and I "
        "wanted to stay in touch.",
        "I enjoyed meeting you during the interviews for the {position} role at {company}, and "
        "I would like to stay in contact.",
        "It has been some time since our conversation about the {position} role at {company}, "
        "and I wanted to get back in touch.",
        "A few months have gone by since my interviews for the {position} role at {company}, "
        "and I wanted to say hello.",
        **_basics(p),
    )
    point = p.point
    remembered = (
        p.choose(
            "I enjoyed our conversation about {point}.",
            "Our conversation about {point} was a highlight of my interviews.",
            "I appreciated what you shared about {point}.",
            "Talking with you about {point} was a pleasure.",
            "I valued hearing your view of {point}.",
            point=point.phrase,
        )
        if point
        # With no point recorded, a courtesy true of any interview, so the note is not bare.
        else p.choose(
            "Thank you again for the time you gave me during the process.",
            "I am still grateful for the time you and the team gave me.",
        )
    )
    interest = p.choose(
        "I remain very interested in {company} and would be glad to hear about future openings.",
        "My interest in {company} has not changed, and I would welcome the chance to be "
        "considered for future roles.",
        "{company} remains high on my list, and I would love to hear about future "
        "opportunities there.",
        "I continue to follow {company} with interest and would be glad to be considered for "
        "future roles.",
        "If a role opens up at {company} that fits my background, I would love to hear about it.",
        **_basics(p),
    )
    closing = p.choose(
        "I hope things are going well for you and the team.",
        "I would enjoy hearing how things are going for you.",
        "Wishing you and the team a good few months ahead.",
        "I hope the year is treating you well.",
        "All the best to you and the team.",
    )
    return Note(
        subject="Keeping in touch",
        paragraphs=[[opening, remembered], [interest, closing]],
        formal=False,
        short=[
            Short(
                (
                    p.choose(
                        "it's been a while since we spoke about the {position} role at {company}.",
                        "a quick hello since our talk about the {position} role at {company}.",
                        "it's been some time since our {position} conversation at {company}.",
                        "some time has passed since my {position} interviews at {company}.",
                        "I wanted to say hello since we met about the {position} role.",
                        **_basics(p),
                    ),
                ),
                priority=3,
            ),
            Short((remembered,), priority=1, optional=True) if remembered else None,
            Short(
                (
                    p.choose(
                        "I'd love to hear about future openings at {company}.",
                        "I remain very interested in {company}.",
                        "I'm still keen on {company}.",
                        "I'd welcome news of future roles at {company}.",
                        "I still follow {company} with interest.",
                        **_basics(p),
                    ),
                ),
                priority=2,
            ),
        ],
    )


# --- shared --------------------------------------------------------------------------------------


def _closing(p: Plan, *, after_rejection: bool = False) -> str:
    if after_rejection:
        return p.choose(
            "Thank you again, and best wishes to you and the team.",
            "Thank you again for your time and consideration.",
            "Thank you again, and all the best to you and the team.",
            "Thanks once more for the time you gave me.",
            "Thank you again, and best wishes for the months ahead.",
        )
    return p.choose(
        "Thank you for your time.",
        "Thanks for reading.",
        "I appreciate your time.",
        "Thank you for reading this.",
        "Thanks, as ever, for your time.",
    )


def _basics(p: Plan) -> dict[str, str]:
    return {"when": p.when, "position": p.position, "company": p.company}


def _as_sentence(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _sentence_body(text: str) -> str:
    """A title to follow 'I have …': its first letter lowered, its end stop removed."""
    text = text.strip().rstrip(".")
    return text[0].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


# "Shipped …", "Led …": a title that already reads as what I have done.
_PAST_VERBS = frozenset(
    """
    shipped led built launched published finished completed earned passed presented released
    designed migrated reduced cut improved started joined won organized organised mentored
    delivered created founded contributed taught hosted
    """.split()
)


def _starts_with_verb_in_past(title: str) -> bool:
    first = title.split()[0].lower() if title.split() else ""
    return first in _PAST_VERBS


def _quoted(title: str) -> str:
    return f"“{title}”"


def _shares_a_word(first: str, second: str) -> bool:
    def words(text: str) -> set[str]:
        return {word for word in text.lower().replace("-", " ").split() if len(word) >= 4}

    return bool(words(first) & words(second))


_KINDS = {
    DraftKind.THANK_YOU: thank_you,
    DraftKind.NEXT_STEPS_FOLLOW_UP: next_steps_follow_up,
    DraftKind.PERIODIC_UPDATE: periodic_update,
    DraftKind.SHARE_RESOURCE: share_resource,
    DraftKind.LINKEDIN_CONNECT: linkedin_connect,
    DraftKind.REJECTION_THANK_YOU: rejection_thank_you,
    DraftKind.FEEDBACK_REQUEST: feedback_request,
    DraftKind.KEEP_IN_TOUCH: keep_in_touch,
}

"""What a note may cite: one of the user's accomplishments or resources, never an invention.

A periodic update cites an accomplishment and a note sharing a resource carries a
resource. The user may name one; otherwise the most relevant one is chosen: the one whose
topics and title share the most words (in any inflection) with the interview's position,
organization and discussion points and with the recipient's points, the most recent one
on a tie, and never one already cited to the same person while another is left. An
update speaks of what is new since the interview, so only accomplishments from the
interview's day on are chosen by themselves. With nothing recorded, the note cites
nothing and the writer leaves a marked slot.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.accomplishments.models import Accomplishment
from api.drafts.facts import AccomplishmentFact, DraftKind, ResourceFact
from api.drafts.models import DISCARDED, NoteDraft
from api.drafts.terms import term
from api.errors import FieldError, NotFound, ValidationFailed
from api.interviews.models import Interview, Interviewer
from api.playbook.rules import DEFAULT_DURATION
from api.resources.models import Resource

# How many of the most recent records are weighed; older ones are not "recent".
CANDIDATES = 100

_WORD = re.compile(r"[^\W_]+")
# Words that say nothing about a subject, in any note or title.
_STOPWORDS = frozenset(
    """
    a an the and or but nor of to in on at for with about from by as into onto over under
    is are was were be been being am it its this that these those there here then than
    i me my we us our you your he him his she her they them their what which who whom whose
    how why when where do does did done have has had will would can could should may might
    must not no so too very just also up down out off some any all each both more most
    other such only own same new via vs etc s t
    team role position job company interview work discuss discussion talk thing lot
    """.split()
)

CitedT = TypeVar("CitedT", Accomplishment, Resource)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def stems(texts: Iterable[str]) -> set[str]:
    """The significant words of some texts, each reduced to its stem."""
    return {
        term(word)
        for text in texts
        for word in _WORD.findall(_fold(text))
        if word not in _STOPWORDS and len(word) > 1
    }


def _point_texts(points: Sequence[Any] | None) -> Iterator[str]:
    """A discussion point's words, whether stored as text or as {text, topic, my_angle}."""
    for point in points or ():
        if isinstance(point, str):
            yield point
        elif isinstance(point, dict):
            yield from (str(point[key]) for key in ("text", "topic") if point.get(key))


def context_stems(interview: Interview, recipient: Interviewer | None) -> set[str]:
    """What this note is about: the role, the organization, what was discussed."""
    texts = [interview.position, interview.company, *_point_texts(interview.discussion_points)]
    if recipient is not None:
        texts += list(_point_texts(recipient.discussion_points))
    return stems(texts)


def choose(candidates: Sequence[CitedT], context: set[str], cited: set[uuid.UUID]) -> CitedT | None:
    """The most relevant candidate (they come newest first, so the first wins a tie),
    leaving out those already cited to this person while another is left."""
    pool = [record for record in candidates if record.id not in cited] or list(candidates)
    if not pool:
        return None
    scores = [len(stems(_words_of(record)) & context) for record in pool]
    return pool[scores.index(max(scores))]


def _words_of(record: Accomplishment | Resource) -> list[str]:
    return [record.title, *record.topics]


def accomplishment_fact(found: Accomplishment | None) -> AccomplishmentFact | None:
    if found is None:
        return None
    return AccomplishmentFact(
        title=found.title, detail=found.detail, happened_on=found.happened_on, link=found.link
    )


def resource_fact(found: Resource | None) -> ResourceFact | None:
    if found is None:
        return None
    return ResourceFact(title=found.title, url=found.url, note=found.note)


async def _cited_to(
    session: AsyncSession, user_id: uuid.UUID, contact_id: uuid.UUID | None, column: Any
) -> set[uuid.UUID]:
    """What earlier notes to this person (drafted or sent, any interview) cited."""
    if contact_id is None:
        return set()
    rows = await session.execute(
        select(column)
        .where(
            NoteDraft.user_id == user_id,
            NoteDraft.contact_id == contact_id,
            NoteDraft.status != DISCARDED,
            column.is_not(None),
        )
        .distinct()
    )
    return set(rows.scalars())


async def pick_accomplishment(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview: Interview,
    recipient: Interviewer | None,
    contact_id: uuid.UUID | None,
) -> Accomplishment | None:
    """The accomplishment a periodic update cites when the user names none."""
    end = interview.scheduled_at + (
        timedelta(minutes=interview.duration_minutes)
        if interview.duration_minutes is not None
        else DEFAULT_DURATION
    )
    since = end.astimezone(ZoneInfo(interview.timezone)).date()
    result = await session.execute(
        select(Accomplishment)
        .where(Accomplishment.user_id == user_id, Accomplishment.listed_on >= since)
        .order_by(
            Accomplishment.listed_on.desc(),
            Accomplishment.created_at.desc(),
            Accomplishment.id.desc(),
        )
        .limit(CANDIDATES)
    )
    candidates = list(result.scalars())
    if not candidates:
        return None
    cited = await _cited_to(session, user_id, contact_id, NoteDraft.accomplishment_id)
    return choose(candidates, context_stems(interview, recipient), cited)


async def pick_resource(
    session: AsyncSession,
    user_id: uuid.UUID,
    interview: Interview,
    recipient: Interviewer | None,
    contact_id: uuid.UUID | None,
) -> Resource | None:
    """The resource a note shares when the user names none."""
    result = await session.execute(
        select(Resource)
        .where(Resource.user_id == user_id)
        .order_by(Resource.created_at.desc(), Resource.id.desc())
        .limit(CANDIDATES)
    )
    candidates = list(result.scalars())
    if not candidates:
        return None
    cited = await _cited_to(session, user_id, contact_id, NoteDraft.resource_id)
    return choose(candidates, context_stems(interview, recipient), cited)


def check_kinds(
    kind: DraftKind, accomplishment_id: uuid.UUID | None, resource_id: uuid.UUID | None
) -> None:
    """Only an update cites an accomplishment; only a note sharing a resource carries one."""
    errors = []
    if accomplishment_id is not None and kind is not DraftKind.PERIODIC_UPDATE:
        errors.append(
            FieldError(
                pointer="/body/accomplishment_id",
                detail="Only a periodic_update cites an accomplishment; leave it out for a "
                f"{kind.value} note.",
            )
        )
    if resource_id is not None and kind is not DraftKind.SHARE_RESOURCE:
        errors.append(
            FieldError(
                pointer="/body/resource_id",
                detail=f"Only a share_resource note carries a resource; leave it out for a "
                f"{kind.value} note.",
            )
        )
    if errors:
        raise ValidationFailed("The draft does not fit together.", errors=errors)


async def named(
    session: AsyncSession,
    user_id: uuid.UUID,
    accomplishment_id: uuid.UUID | None,
    resource_id: uuid.UUID | None,
) -> tuple[Accomplishment | None, Resource | None]:
    """The records a request names, the caller's own, else 404 naming the field."""
    accomplishment = resource = None
    missing = []
    if accomplishment_id is not None:
        accomplishment = await session.get(Accomplishment, accomplishment_id)
        if accomplishment is None or accomplishment.user_id != user_id:
            accomplishment = None
            missing.append(
                FieldError(
                    pointer="/body/accomplishment_id", detail="No accomplishment with this id."
                )
            )
    if resource_id is not None:
        resource = await session.get(Resource, resource_id)
        if resource is None or resource.user_id != user_id:
            resource = None
            missing.append(
                FieldError(pointer="/body/resource_id", detail="No resource with this id.")
            )
    if missing:
        raise NotFound("The draft refers to something that does not exist.", errors=missing)
    return accomplishment, resource

"""Note drafts and users' templates. Services flush; the request commits."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, TypeVar
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

import anyio
from sqlalchemy import Select, or_, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from api.accomplishments.models import Accomplishment
from api.auth.models import User
from api.contacts.models import Contact
from api.db import utcnow
from api.drafts import citing
from api.drafts.checks import Check, prompt_check, run_checks
from api.drafts.export import to_mailto
from api.drafts.facts import (
    VARIABLE_DOCS,
    AccomplishmentFact,
    Channel,
    DraftFacts,
    DraftKind,
    Person,
    ResourceFact,
    discussion_points_of,
)
from api.drafts.facts import template_variables as variables_of
from api.drafts.models import DISCARDED, DRAFT, SENT, NoteDraft, NoteTemplate
from api.drafts.sandbox import (
    ProblemCode,
    TemplateRejected,
    render_user_template,
    validate_user_template,
)
from api.drafts.schemas import (
    CheckRead,
    DraftCreate,
    DraftListParams,
    DraftRead,
    DraftRecipient,
    DraftUpdate,
    TemplatePreview,
    TemplatePreviewRequest,
    TemplateWrite,
)
from api.drafts.writer import Composed, compose
from api.errors import Conflict, FieldError, NotFound, ValidationFailed
from api.interviews.models import Interview, Interviewer
from api.pagination import CursorCodec, binding_for, time_and_id
from api.playbook.guidance import TaskKind
from api.playbook.reconcile import replan_for_contacts
from api.playbook.rules import DEFAULT_DURATION
from api.resources.models import Resource
from api.tasks import service as tasks
from api.tasks.models import DONE, OPEN, FollowUpTask
from api.tasks.schemas import TaskUpdate
from api.webhooks import outbox
from api.webhooks.outbox import EventType

# A client's clock may run a little ahead of ours; a sent time further ahead is refused.
SENT_AT_LEEWAY = timedelta(minutes=5)
# The notes to other recipients that a new note is compared with, most recent first.
MAX_SIBLINGS = 50
# The notes to one person a new note is compared with: the latest are the ones they remember.
MAX_EARLIER_NOTES = 20

_TEMPLATE_TITLES: dict[ProblemCode, str] = {
    "template_syntax": "Template syntax error",
    "template_unsafe": "Template not allowed",
    "template_unknown_variable": "Unknown template variable",
    "template_too_large": "Template too large",
    "template_output_too_large": "Template output too large",
    "template_too_slow": "Template too slow",
    "template_render_error": "Template could not be rendered",
}


class TemplateProblem(ValidationFailed):
    """A user template the sandbox refused: the code names the problem, the pointer the
    template (subject or body) it is in, when the template came with the request."""

    def __init__(self, rejected: TemplateRejected, *, in_request: bool, intro: str = "") -> None:
        errors = []
        if in_request and rejected.part is not None:
            errors.append(FieldError(pointer=f"/body/{rejected.part}", detail=rejected.detail))
        part = f"{rejected.part} " if rejected.part else ""
        super().__init__(f"{intro}The {part}template was refused: {rejected.detail}", errors=errors)
        self.code = rejected.problem
        self.title = _TEMPLATE_TITLES[rejected.problem]


# --- reading ------------------------------------------------------------------------------


@dataclass
class DraftView:
    """A draft with what its `prompt` check needs to follow the clock."""

    draft: NoteDraft
    interview_end: datetime
    timezone: str
    thank_you_deadline: datetime | None


def _view_query() -> Select[NoteDraft, datetime, int | None, str, datetime | None]:
    return (
        select(
            NoteDraft,
            Interview.scheduled_at,
            Interview.duration_minutes,
            Interview.timezone,
            FollowUpTask.deadline_at,
        )
        .join(Interview, Interview.id == NoteDraft.interview_id)
        .outerjoin(FollowUpTask, FollowUpTask.id == NoteDraft.task_id)
    )


def _views(rows: Sequence[Any]) -> list[DraftView]:
    return [
        DraftView(
            draft=row[0],
            interview_end=_interview_end(row[1], row[2]),
            timezone=row[3],
            thank_you_deadline=row[4],
        )
        for row in rows
    ]


def _interview_end(scheduled_at: datetime, duration_minutes: int | None) -> datetime:
    if duration_minutes is None:
        return scheduled_at + DEFAULT_DURATION
    return scheduled_at + timedelta(minutes=duration_minutes)


async def get_draft(session: AsyncSession, user_id: uuid.UUID, draft_id: uuid.UUID) -> DraftView:
    """The caller's draft; another user's id is simply missing."""
    rows = (
        await session.execute(
            _view_query().where(NoteDraft.id == draft_id, NoteDraft.user_id == user_id)
        )
    ).all()
    if not rows:
        raise NotFound("No draft with this id.")
    return _views(rows)[0]


def _stored_check(check: dict[str, Any]) -> CheckRead:
    """A check as stored. Checks stored before `applies` existed said "Not needed…" when
    they did not apply."""
    if "applies" not in check:
        message = str(check.get("message", ""))
        check = {**check, "applies": not message.startswith(_NOT_NEEDED_BEFORE_APPLIES)}
    return CheckRead.model_validate(check)


_NOT_NEEDED_BEFORE_APPLIES = (
    "Not needed for",
    "No next steps or timeline are recorded",
    "No other notes for this interview",
    "No discussion points are recorded",
)


def to_read(view: DraftView, now: datetime) -> DraftRead:
    draft = view.draft
    checks = [_stored_check(check) for check in draft.checks]
    if draft.status == DRAFT:
        # The only check that changes with the clock; the rest follow the text.
        fresh = prompt_check(
            DraftKind(draft.kind),
            interview_end=view.interview_end,
            timezone=view.timezone,
            now=now,
            thank_you_deadline=view.thank_you_deadline,
        )
        checks = [_check_read(fresh) if check.id == "prompt" else check for check in checks]
    return DraftRead(
        id=draft.id,
        kind=DraftKind(draft.kind),
        channel=Channel(draft.channel),
        interview_id=draft.interview_id,
        interviewer_id=draft.interviewer_id,
        to=_recipient_read(draft.to_name, draft.to_email),
        subject=draft.subject,
        body=draft.body,
        status=draft.status,  # type: ignore[arg-type]
        sent_at=draft.sent_at,
        task_id=draft.task_id,
        accomplishment_id=draft.accomplishment_id,
        resource_id=draft.resource_id,
        checks=checks,
        mailto=to_mailto(draft.to_email, draft.subject, draft.body)
        if draft.channel == Channel.EMAIL
        else None,
        created_at=draft.created_at,
        updated_at=draft.updated_at,
    )


def _recipient_read(name: str | None, email: str | None) -> DraftRecipient | None:
    if name is None and email is None:
        return None
    return DraftRecipient(name=name, email=email)


def _check_read(check: Check) -> CheckRead:
    return CheckRead(
        id=check.id,
        passed=check.passed,
        applies=check.applies,
        severity=check.severity,
        message=check.message,
    )


@dataclass(frozen=True)
class DraftPage:
    items: list[DraftView]
    next_cursor: str | None


async def list_drafts(
    session: AsyncSession, codec: CursorCodec, user_id: uuid.UUID, params: DraftListParams
) -> DraftPage:
    """One statement: a page of drafts with what their checks need."""
    descending = params.sort.startswith("-")
    filters = params.model_dump(exclude={"sort", "limit", "cursor"})
    binding = binding_for(user_id, params.sort, filters)
    query = _view_query().where(NoteDraft.user_id == user_id)
    if params.interview_id is not None:
        query = query.where(NoteDraft.interview_id == params.interview_id)
    if params.status is not None:
        query = query.where(NoteDraft.status == params.status)
    if params.kind is not None:
        query = query.where(NoteDraft.kind == str(params.kind))
    key = (NoteDraft.created_at, NoteDraft.id)
    if params.cursor is not None:
        after = tuple_(*time_and_id(codec.decode(params.cursor, binding)))
        row_key = tuple_(*key)
        query = query.where(row_key < after if descending else row_key > after)
    order = [column.desc() for column in key] if descending else list(key)
    rows = (await session.execute(query.order_by(*order).limit(params.limit + 1))).all()
    views = _views(rows)
    next_cursor = None
    if len(views) > params.limit:
        views = views[: params.limit]
        last = views[-1].draft
        next_cursor = codec.encode([last.created_at, last.id], binding)
    return DraftPage(items=views, next_cursor=next_cursor)


# --- what a note is written from ------------------------------------------------------------


@dataclass
class Setting:
    """One note's circumstances: the interview, who it is for, and the task it is for."""

    interview: Interview
    kind: DraftKind
    channel: Channel
    interviewer: Interviewer | None = None
    contact: Contact | None = None
    task: FollowUpTask | None = None
    # What the note cites (see api/drafts/citing.py).
    accomplishment: Accomplishment | None = None
    resource: Resource | None = None

    @property
    def recipient_index(self) -> int:
        if self.interviewer is None:
            return 0
        ids = [person.id for person in self.interview.interviewers]
        return ids.index(self.interviewer.id) if self.interviewer.id in ids else 0

    def recipient(self) -> Person | None:
        person, contact = self.interviewer, self.contact
        if person is not None:
            return Person(
                name=person.name,
                title=person.title,
                email=person.email or (contact.email if contact else None),
                linkedin_url=person.linkedin_url,
                is_hiring_manager=person.is_hiring_manager,
                discussion_points=discussion_points_of(person.discussion_points or ()),
            )
        if contact is not None:
            return Person(
                name=contact.name,
                title=contact.title,
                email=contact.email,
                linkedin_url=contact.linkedin_url,
            )
        return None

    def send_on(self, now: datetime) -> date:
        """The day the note is likely sent, in the interview's time zone: its task's due
        day when that is still ahead, else today."""
        moment = now
        if self.task is not None and self.task.due_at > now:
            moment = self.task.due_at
        return moment.astimezone(ZoneInfo(self.interview.timezone)).date()

    def facts(self, user: User, *, now: datetime | None = None) -> DraftFacts:
        interview = self.interview
        return DraftFacts(
            kind=self.kind,
            channel=self.channel,
            company=interview.company,
            position=interview.position,
            interview_end=_interview_end(interview.scheduled_at, interview.duration_minutes),
            timezone=interview.timezone,
            sender_name=user.name,
            stage=interview.stage,
            interview_discussion_points=discussion_points_of(interview.discussion_points or ()),
            recipient=self.recipient(),
            recipient_index=self.recipient_index,
            next_steps_description=interview.next_steps_description,
            next_steps_expected_by=interview.next_steps_expected_by,
            outcome=interview.outcome,
            send_on=self.send_on(now or utcnow()),
            other_names=tuple(
                person.name
                for person in interview.interviewers
                if person.name and (self.interviewer is None or person.id != self.interviewer.id)
            ),
            accomplishment=citing.accomplishment_fact(self.accomplishment),
            resource=citing.resource_fact(self.resource),
        )

    async def cite(
        self,
        session: AsyncSession,
        user_id: uuid.UUID,
        *,
        accomplishment: Accomplishment | None = None,
        resource: Resource | None = None,
    ) -> None:
        """What the note cites: the record named, else the most relevant one, if any."""
        contact_id = self.contact.id if self.contact else None
        if self.kind is DraftKind.PERIODIC_UPDATE:
            self.accomplishment = accomplishment or await citing.pick_accomplishment(
                session, user_id, self.interview, self.interviewer, contact_id
            )
        if self.kind is DraftKind.SHARE_RESOURCE:
            self.resource = resource or await citing.pick_resource(
                session, user_id, self.interview, self.interviewer, contact_id
            )

    @property
    def thank_you_deadline(self) -> datetime | None:
        return self.task.deadline_at if self.task is not None else None


async def _interview(
    session: AsyncSession, user_id: uuid.UUID, interview_id: uuid.UUID
) -> Interview | None:
    """The caller's interview with its interviewers, in one statement."""
    result = await session.execute(
        select(Interview)
        .where(Interview.id == interview_id, Interview.user_id == user_id)
        .options(joinedload(Interview.interviewers))
    )
    return result.unique().scalar_one_or_none()


OwnedT = TypeVar("OwnedT", Interviewer, Contact, FollowUpTask, Accomplishment, Resource)


async def _owned(
    session: AsyncSession, model: type[OwnedT], user_id: uuid.UUID, object_id: uuid.UUID | None
) -> OwnedT | None:
    if object_id is None:
        return None
    found = await session.get(model, object_id)
    return found if found is not None and found.user_id == user_id else None


async def _setting(
    session: AsyncSession,
    user: User,
    *,
    interview_id: uuid.UUID,
    kind: DraftKind,
    channel: Channel,
    interviewer_id: uuid.UUID | None = None,
    contact_id: uuid.UUID | None = None,
    task_id: uuid.UUID | None = None,
) -> Setting:
    """Resolve the ids a request names, all the caller's own (else 404, like a missing
    id); ids that exist but do not belong together answer 422."""
    interview = await _interview(session, user.id, interview_id)
    interviewer = await _owned(session, Interviewer, user.id, interviewer_id)
    contact = await _owned(session, Contact, user.id, contact_id)
    task = await _owned(session, FollowUpTask, user.id, task_id)
    missing = [
        FieldError(pointer=f"/body/{name}", detail=f"No {label} with this id.")
        for name, label, wanted, found in (
            ("interview_id", "interview", interview_id, interview),
            ("interviewer_id", "interviewer", interviewer_id, interviewer),
            ("contact_id", "contact", contact_id, contact),
            ("task_id", "task", task_id, task),
        )
        if wanted is not None and found is None
    ]
    if missing:
        raise NotFound("The draft refers to something that does not exist.", errors=missing)
    assert interview is not None
    errors: list[FieldError] = []
    if task is not None:
        if task.interview_id != interview.id:
            errors.append(
                FieldError(pointer="/body/task_id", detail="This task is for another interview.")
            )
        elif task.kind != kind:
            errors.append(
                FieldError(
                    pointer="/body/task_id",
                    detail=f"This task is a {task.kind} task; draft a {task.kind} for it.",
                )
            )
        if interviewer is None and contact is None:
            # The task's recipient: its interviewer, else its contact.
            interviewer = _member(interview, task.interviewer_id)
            if interviewer is None:
                contact = await _owned(session, Contact, user.id, task.contact_id)
    if interviewer is not None and interviewer.interview_id != interview.id:
        errors.append(
            FieldError(
                pointer="/body/interviewer_id",
                detail="This interviewer is not part of that interview.",
            )
        )
    if errors:
        raise ValidationFailed("The draft does not fit together.", errors=errors)
    if interviewer is None and contact is not None:
        # A contact who was on this interview is written to as that interviewer.
        interviewer = next((p for p in interview.interviewers if p.contact_id == contact.id), None)
    if interviewer is None and contact is None:
        interviewer = _default_recipient(interview)
    if interviewer is not None:
        if contact is None:
            contact = await _owned(session, Contact, user.id, interviewer.contact_id)
        elif interviewer.contact_id != contact.id:
            raise ValidationFailed(
                "The draft does not fit together.",
                errors=[
                    FieldError(
                        pointer="/body/contact_id",
                        detail="This contact is not the interviewer's; leave it out to use theirs.",
                    )
                ],
            )
    setting = Setting(
        interview=interview,
        kind=kind,
        channel=channel,
        interviewer=interviewer,
        contact=contact,
        task=task,
    )
    if setting.task is None:
        setting.task = await _open_task_for(session, setting)
    return setting


def _member(interview: Interview, interviewer_id: uuid.UUID | None) -> Interviewer | None:
    return next((p for p in interview.interviewers if p.id == interviewer_id), None)


def _default_recipient(interview: Interview) -> Interviewer | None:
    """The hiring manager, else the first interviewer (as the playbook addresses notes)."""
    people = list(interview.interviewers)
    return next((p for p in people if p.is_hiring_manager), people[0] if people else None)


async def _open_task_for(session: AsyncSession, setting: Setting) -> FollowUpTask | None:
    """The open task this note would do: same interview, kind and recipient."""
    query = select(FollowUpTask).where(
        FollowUpTask.interview_id == setting.interview.id,
        FollowUpTask.kind == str(setting.kind),
        FollowUpTask.status == OPEN,
    )
    if setting.interviewer is not None:
        query = query.where(FollowUpTask.interviewer_id == setting.interviewer.id)
    elif setting.contact is not None:
        query = query.where(FollowUpTask.contact_id == setting.contact.id)
    else:
        query = query.where(
            FollowUpTask.interviewer_id.is_(None), FollowUpTask.contact_id.is_(None)
        )
    result = await session.execute(query.order_by(FollowUpTask.due_at, FollowUpTask.id).limit(1))
    return result.scalar_one_or_none()


async def _sibling_bodies(
    session: AsyncSession,
    interview_id: uuid.UUID,
    kind: str,
    interviewer_id: uuid.UUID | None,
    contact_id: uuid.UUID | None,
    *,
    exclude: uuid.UUID | None = None,
) -> list[str]:
    """Bodies of the notes of this kind to the interview's other recipients."""
    query = select(NoteDraft.body).where(
        NoteDraft.interview_id == interview_id,
        NoteDraft.kind == kind,
        NoteDraft.status != DISCARDED,
        or_(
            NoteDraft.interviewer_id.is_distinct_from(interviewer_id),
            NoteDraft.contact_id.is_distinct_from(contact_id),
        ),
    )
    if exclude is not None:
        query = query.where(NoteDraft.id != exclude)
    query = query.order_by(NoteDraft.created_at.desc()).limit(MAX_SIBLINGS)
    return list((await session.execute(query)).scalars())


async def _earlier_notes(
    session: AsyncSession,
    user_id: uuid.UUID,
    interviewer_id: uuid.UUID | None,
    contact_id: uuid.UUID | None,
    *,
    exclude: uuid.UUID | None = None,
) -> tuple[str, ...]:
    """Bodies of the other notes written to the same person (any kind, any interview; not
    discarded), newest first: a note should not repeat them."""
    if contact_id is not None:
        same_person = NoteDraft.contact_id == contact_id
    elif interviewer_id is not None:
        same_person = NoteDraft.interviewer_id == interviewer_id
    else:
        return ()
    query = select(NoteDraft.body).where(
        NoteDraft.user_id == user_id, same_person, NoteDraft.status != DISCARDED
    )
    if exclude is not None:
        query = query.where(NoteDraft.id != exclude)
    query = query.order_by(NoteDraft.created_at.desc(), NoteDraft.id.desc()).limit(
        MAX_EARLIER_NOTES
    )
    return tuple((await session.execute(query)).scalars())


async def _facts(
    session: AsyncSession, user: User, setting: Setting, *, exclude: uuid.UUID | None = None
) -> DraftFacts:
    """The setting's facts with what was already written to the same person."""
    earlier = await _earlier_notes(
        session,
        user.id,
        setting.interviewer.id if setting.interviewer else None,
        setting.contact.id if setting.contact else None,
        exclude=exclude,
    )
    return replace(setting.facts(user), earlier_notes=earlier)


async def _template(
    session: AsyncSession, user_id: uuid.UUID, kind: DraftKind, channel: Channel
) -> NoteTemplate | None:
    result = await session.execute(
        select(NoteTemplate).where(
            NoteTemplate.user_id == user_id,
            NoteTemplate.kind == str(kind),
            NoteTemplate.channel == str(channel),
        )
    )
    return result.scalar_one_or_none()


# User templates render one at a time in a process. A render is pure Python: beside
# others it only gets a share of one interpreter, so each runs out its time limit, and
# together they starve the event loop that answers everyone else. A render's time limit
# starts when its turn comes.
_render_turns: WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = (
    WeakKeyDictionary()
)


def _render_turn() -> anyio.CapacityLimiter:
    loop = asyncio.get_running_loop()
    turn = _render_turns.get(loop)
    if turn is None:
        turn = _render_turns[loop] = anyio.CapacityLimiter(1)
    return turn


async def _render(
    facts: DraftFacts, subject_src: str | None, body_src: str, *, in_request: bool, intro: str
) -> Composed:
    """A user template, rendered off the event loop (it may take up to its time limit)."""
    try:
        composed = await anyio.to_thread.run_sync(
            render_user_template,
            subject_src,
            body_src,
            variables_of(facts),
            limiter=_render_turn(),
        )
    except TemplateRejected as rejected:
        raise TemplateProblem(rejected, in_request=in_request, intro=intro) from None
    if facts.channel is not Channel.EMAIL:
        return Composed(subject=None, body=composed.body)
    return composed


def _checks(
    facts: DraftFacts,
    subject: str | None,
    body: str,
    *,
    now: datetime,
    siblings: Sequence[str],
    deadline: datetime | None,
) -> list[Check]:
    return run_checks(
        facts, subject, body, now=now, sibling_bodies=siblings, thank_you_deadline=deadline
    )


def _stored(checks: Sequence[Check]) -> list[dict[str, Any]]:
    return [_check_read(check).model_dump() for check in checks]


def _template_label(kind: DraftKind, channel: Channel) -> str:
    return f"Your {kind.value} template for {channel.value}"


# --- writing drafts -----------------------------------------------------------------------


async def create_draft(session: AsyncSession, user: User, body: DraftCreate) -> DraftView:
    setting = await _setting(
        session,
        user,
        interview_id=body.interview_id,
        kind=body.kind,
        channel=body.channel,
        interviewer_id=body.interviewer_id,
        contact_id=body.contact_id,
        task_id=body.task_id,
    )
    accomplishment, resource = await citing.named(
        session, user.id, body.accomplishment_id, body.resource_id
    )
    citing.check_kinds(body.kind, body.accomplishment_id, body.resource_id)
    await setting.cite(session, user.id, accomplishment=accomplishment, resource=resource)
    return await _write_new(session, user, setting)


# Task kinds with a note to draft; the channel a one-click draft for them uses.
_TASK_CHANNELS: dict[TaskKind, Channel] = {
    TaskKind(kind.value): Channel.LINKEDIN if kind is DraftKind.LINKEDIN_CONNECT else Channel.EMAIL
    for kind in DraftKind
}


async def create_draft_for_task(session: AsyncSession, user: User, task: FollowUpTask) -> DraftView:
    """One click from a task: its kind, interview and recipient; LinkedIn for a connection
    request, email otherwise."""
    channel = _TASK_CHANNELS.get(TaskKind(task.kind))
    if channel is None:
        raise _not_draftable(task, f"it is a {task.kind} task, with no note to send")
    if task.interview_id is None:
        raise _not_draftable(task, "it is not for an interview, and a note is written from one")
    setting = await _setting(
        session,
        user,
        interview_id=task.interview_id,
        kind=DraftKind(task.kind),
        channel=channel,
        task_id=task.id,
    )
    await setting.cite(session, user.id)
    return await _write_new(session, user, setting)


def _not_draftable(task: FollowUpTask, why: str) -> ValidationFailed:
    detail = f'There is no note to draft for the task "{task.title}": {why}.'
    return ValidationFailed(detail, errors=[FieldError(pointer="/path/task_id", detail=detail)])


async def _write_new(session: AsyncSession, user: User, setting: Setting) -> DraftView:
    facts = await _facts(session, user, setting)
    template = await _template(session, user.id, setting.kind, setting.channel)
    if template is None:
        composed = compose(facts)
    else:
        composed = await _render(
            facts,
            template.subject,
            template.body,
            in_request=False,
            intro=f"{_template_label(setting.kind, setting.channel)} could not write this "
            "note; fix it (PUT) or delete it to use the built-in one. ",
        )
    interviewer_id = setting.interviewer.id if setting.interviewer else None
    contact_id = setting.contact.id if setting.contact else None
    siblings = await _sibling_bodies(
        session, setting.interview.id, str(setting.kind), interviewer_id, contact_id
    )
    now = utcnow()
    checks = _checks(
        facts,
        composed.subject,
        composed.body,
        now=now,
        siblings=siblings,
        deadline=setting.thank_you_deadline,
    )
    recipient = facts.recipient
    draft = NoteDraft(
        id=uuid.uuid4(),
        user_id=user.id,
        interview_id=setting.interview.id,
        interviewer_id=interviewer_id,
        contact_id=contact_id,
        task_id=setting.task.id if setting.task else None,
        accomplishment_id=setting.accomplishment.id if setting.accomplishment else None,
        resource_id=setting.resource.id if setting.resource else None,
        kind=str(setting.kind),
        channel=str(setting.channel),
        to_name=recipient.name if recipient else None,
        to_email=recipient.email if recipient else None,
        subject=composed.subject,
        body=composed.body,
        status=DRAFT,
        checks=_stored(checks),
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    await session.flush()
    if setting.task is not None:
        # The task points at its latest draft.
        setting.task.draft_id = draft.id
        await session.flush()
    outbox.emit(session, user.id, EventType.DRAFT_CREATED, event_data(draft))
    return _view_of(draft, setting)


def _view_of(draft: NoteDraft, setting: Setting) -> DraftView:
    interview = setting.interview
    return DraftView(
        draft=draft,
        interview_end=_interview_end(interview.scheduled_at, interview.duration_minutes),
        timezone=interview.timezone,
        thank_you_deadline=setting.thank_you_deadline,
    )


def event_data(draft: NoteDraft) -> dict[str, object]:
    """Thin webhook payloads: enough to decide whether to fetch the draft."""
    return {
        "id": draft.id,
        "kind": draft.kind,
        "channel": draft.channel,
        "interview_id": draft.interview_id,
        "interviewer_id": draft.interviewer_id,
        "task_id": draft.task_id,
        "status": draft.status,
        "sent_at": draft.sent_at,
    }


async def update_draft(
    session: AsyncSession, user: User, view: DraftView, patch: DraftUpdate
) -> DraftView:
    draft = view.draft
    sent = patch.model_fields_set
    now = utcnow()
    changes = {
        name: value
        for name, value in patch.model_dump(include=sent).items()
        if value != getattr(draft, name)
    }
    if draft.status == SENT:
        if changes:
            raise Conflict(
                "This note was sent; it can no longer be changed. Draft a new one instead.",
                errors=[
                    FieldError(pointer=f"/body/{name}", detail="The note was sent.")
                    for name in sorted(changes)
                ],
            )
        return view
    errors: list[FieldError] = []
    if changes.get("subject") is not None and draft.channel != Channel.EMAIL:
        errors.append(
            FieldError(
                pointer="/body/subject",
                detail="Only an email has a subject; LinkedIn notes and letters do not.",
            )
        )
    status = changes.get("status", draft.status)
    if "sent_at" in changes and status != SENT:
        errors.append(FieldError(pointer="/body/sent_at", detail="Send it with status 'sent'."))
    if patch.sent_at is not None and patch.sent_at > now + SENT_AT_LEEWAY:
        errors.append(FieldError(pointer="/body/sent_at", detail="Must not be in the future."))
    if errors:
        raise ValidationFailed("The change does not fit this draft.", errors=errors)
    becomes_sent = status == SENT
    if "subject" in changes:
        draft.subject = changes["subject"]
    if "body" in changes:
        draft.body = changes["body"]
    if becomes_sent:
        draft.sent_at = patch.sent_at or now
    draft.status = status
    if not changes:
        return view
    if {"subject", "body"} & changes.keys() or becomes_sent:
        # Read and check before the change is written: on SQLite the turn to write is
        # taken at the first write and held to the commit, not while the checks run.
        with session.no_autoflush:
            setting = await _setting_of(session, user, draft)
            facts = await _facts(session, user, setting, exclude=draft.id)
            siblings = await _sibling_bodies(
                session,
                draft.interview_id,
                draft.kind,
                draft.interviewer_id,
                draft.contact_id,
                exclude=draft.id,
            )
        recipient = facts.recipient
        if recipient is not None:
            draft.to_name, draft.to_email = recipient.name, recipient.email
        checks = _checks(
            facts,
            draft.subject,
            draft.body,
            now=draft.sent_at or now,
            siblings=siblings,
            deadline=view.thank_you_deadline,
        )
        draft.checks = _stored(checks)
        view = replace(view, interview_end=facts.interview_end, timezone=facts.timezone)
    draft.updated_at = now
    await session.flush()
    if becomes_sent:
        assert draft.sent_at is not None
        await _sent(session, user, draft, draft.sent_at)
    return view


async def _setting_of(session: AsyncSession, user: User, draft: NoteDraft) -> Setting:
    """The circumstances of a stored draft, as the interview stands now."""
    interview = await _interview(session, user.id, draft.interview_id)
    assert interview is not None  # a draft goes with its interview
    return Setting(
        interview=interview,
        kind=DraftKind(draft.kind),
        channel=Channel(draft.channel),
        interviewer=_member(interview, draft.interviewer_id),
        contact=await _owned(session, Contact, user.id, draft.contact_id),
        accomplishment=await _owned(session, Accomplishment, user.id, draft.accomplishment_id),
        resource=await _owned(session, Resource, user.id, draft.resource_id),
    )


async def _sent(session: AsyncSession, user: User, draft: NoteDraft, sent_at: datetime) -> None:
    """A sent note completes its task and means its recipient was contacted."""
    if draft.task_id is not None:
        task = await tasks.get_task(session, user.id, draft.task_id)
        if task.task.status != DONE:
            await tasks.update_task(session, user, task, TaskUpdate(status="done"))
    if draft.contact_id is not None:
        contact = await session.get(Contact, draft.contact_id)
        if contact is not None and (
            contact.last_contacted_at is None or contact.last_contacted_at < sent_at
        ):
            contact.last_contacted_at = sent_at
            await session.flush()
            await replan_for_contacts(session, user, [contact.id])
    outbox.emit(session, user.id, EventType.DRAFT_SENT, event_data(draft))


async def delete_draft(session: AsyncSession, draft: NoteDraft) -> None:
    """Its task forgets it (the foreign key sets the task's `draft_id` to null)."""
    await session.delete(draft)
    await session.flush()


# --- templates ----------------------------------------------------------------------------


async def list_templates(session: AsyncSession, user_id: uuid.UUID) -> list[NoteTemplate]:
    result = await session.execute(
        select(NoteTemplate)
        .where(NoteTemplate.user_id == user_id)
        .order_by(NoteTemplate.kind, NoteTemplate.channel)
    )
    return list(result.scalars())


async def get_template(
    session: AsyncSession, user_id: uuid.UUID, kind: DraftKind, channel: Channel
) -> NoteTemplate:
    template = await _template(session, user_id, kind, channel)
    if template is None:
        raise NotFound(
            f"You have no {kind.value} template for {channel.value}; the built-in one is used."
        )
    return template


async def find_template(
    session: AsyncSession, user_id: uuid.UUID, kind: DraftKind, channel: Channel
) -> NoteTemplate | None:
    return await _template(session, user_id, kind, channel)


async def put_template(
    session: AsyncSession,
    user: User,
    kind: DraftKind,
    channel: Channel,
    existing: NoteTemplate | None,
    body: TemplateWrite,
) -> NoteTemplate:
    """Save a template once it is known to be safe and to render for a sample interview.

    A subject is kept for any channel, as written, but only emails use it.
    """
    try:
        validate_user_template(body.subject, body.body, VARIABLE_DOCS.keys())
    except TemplateRejected as rejected:
        raise TemplateProblem(rejected, in_request=True) from None
    await _render(
        sample_facts(kind, channel, user.name),
        body.subject,
        body.body,
        in_request=True,
        intro="Tried on a sample interview: ",
    )
    now = utcnow()
    if existing is None:
        template = NoteTemplate(
            id=uuid.uuid4(),
            user_id=user.id,
            kind=str(kind),
            channel=str(channel),
            subject=body.subject,
            body=body.body,
            created_at=now,
            updated_at=now,
        )
        session.add(template)
    else:
        template = existing
        template.subject = body.subject
        template.body = body.body
        template.updated_at = now
    try:
        await session.flush()
    except IntegrityError:
        # Another request saved this kind and channel at the same moment.
        raise Conflict("This template was saved by another request; retry.") from None
    return template


async def delete_template(session: AsyncSession, template: NoteTemplate) -> None:
    await session.delete(template)
    await session.flush()


def _no_subject() -> ValidationFailed:
    return ValidationFailed(
        "Only an email has a subject.",
        errors=[
            FieldError(
                pointer="/body/subject",
                detail="LinkedIn notes and letters have no subject; leave it out.",
            )
        ],
    )


def sample_facts(kind: DraftKind, channel: Channel, sender_name: str | None) -> DraftFacts:
    """The interview a template is tried on before it is saved."""
    return DraftFacts(
        kind=kind,
        channel=channel,
        company="Acme Cloud GmbH",
        position="Senior Backend Engineer",
        interview_end=datetime(2026, 12, 1, 15, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        sender_name=sender_name or "Sam Rivera",
        stage="Technical interview",
        interview_discussion_points=discussion_points_of(["Scaling the public API"]),
        recipient=Person(
            name="Dana Lee",
            title="Engineering Manager",
            email="dana.lee@acme.example",
            linkedin_url="https://www.linkedin.com/in/dana-lee",
            is_hiring_manager=True,
            discussion_points=discussion_points_of(
                ["the migration to Kubernetes", "On-call rotations"]
            ),
        ),
        next_steps_description="Second round with the CTO",
        next_steps_expected_by=date(2026, 12, 4),
        accomplishment=AccomplishmentFact(
            title="Shipped the billing migration",
            detail="Forty services moved to a queue, with no downtime.",
            happened_on=date(2026, 12, 3),
            link="https://github.com/sam/billing",
        )
        if kind is DraftKind.PERIODIC_UPDATE
        else None,
        resource=ResourceFact(
            title="Event-sourced ledgers in practice",
            url="https://blog.example.com/ledgers",
            note="It answers the question you raised about reconciliation.",
        )
        if kind is DraftKind.SHARE_RESOURCE
        else None,
    )


async def preview(
    session: AsyncSession,
    user: User,
    kind: DraftKind,
    channel: Channel,
    body: TemplatePreviewRequest,
) -> TemplatePreview:
    """A note as a template would write it for one of the caller's interviews; nothing
    is saved."""
    setting = await _setting(
        session,
        user,
        interview_id=body.interview_id,
        kind=kind,
        channel=channel,
        interviewer_id=body.interviewer_id,
        contact_id=body.contact_id,
    )
    if body.subject is not None and body.body is None:
        raise ValidationFailed(
            "Send the body template with the subject template.",
            errors=[FieldError(pointer="/body/body", detail="Required with `subject`.")],
        )
    if body.subject is not None and channel is not Channel.EMAIL:
        raise _no_subject()
    await setting.cite(session, user.id)
    facts = await _facts(session, user, setting)
    source: Literal["request", "saved", "built_in"]
    if body.body is not None:
        source = "request"
        composed = await _render(facts, body.subject, body.body, in_request=True, intro="")
    else:
        saved = await _template(session, user.id, kind, channel)
        if saved is None:
            source = "built_in"
            composed = compose(facts)
        else:
            source = "saved"
            composed = await _render(
                facts,
                saved.subject,
                saved.body,
                in_request=False,
                intro=f"{_template_label(kind, channel)} could not write this note. ",
            )
    interviewer_id = setting.interviewer.id if setting.interviewer else None
    contact_id = setting.contact.id if setting.contact else None
    siblings = await _sibling_bodies(
        session, setting.interview.id, str(kind), interviewer_id, contact_id
    )
    checks = _checks(
        facts,
        composed.subject,
        composed.body,
        now=utcnow(),
        siblings=siblings,
        deadline=setting.thank_you_deadline,
    )
    recipient = facts.recipient
    return TemplatePreview(
        kind=kind,
        channel=channel,
        template=source,
        to=_recipient_read(recipient.name, recipient.email) if recipient else None,
        subject=composed.subject,
        body=composed.body,
        checks=[_check_read(check) for check in checks],
    )

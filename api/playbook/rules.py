"""The playbook's rules: from an interview's facts to the follow-up tasks they call for.

`plan` is pure and deterministic. It lists every task the facts call for, including ones
the user has already closed: the reconciler matches tasks by rule key and never reopens or
overwrites what the user completed, skipped or edited. Recurring rules (periodic updates,
keep in touch) are the exception: they list only their next occurrence, the first one not
yet closed, so one is open at a time and each is anchored on the previous one's closing.
"""

import uuid
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from api.playbook.guidance import (
    GUIDANCE,
    TaskKind,
    merged_rejection_guidance,
    task_title,
    thank_you_guidance,
    undated_next_steps_guidance,
)
from api.playbook.settings import PlaybookSettings
from api.playbook.worktime import (
    NO_HOLIDAYS,
    add_calendar_days_at,
    add_working_days,
    add_working_days_at,
    add_working_hours,
    localize,
    to_local,
    validate_working_days,
)

SCHEDULED, COMPLETED, CANCELLED = "scheduled", "completed", "cancelled"
STATUSES = frozenset({SCHEDULED, COMPLETED, CANCELLED})

PENDING, REJECTED = "pending", "rejected"
OUTCOMES = frozenset({PENDING, "advanced", "offer", REJECTED, "withdrawn"})

DEFAULT_DURATION = timedelta(minutes=60)

# After a rejection: thank them the next working day, ask for feedback a working day after
# the thank-you (never in the same breath), and reflect two working days after the news.
REJECTION_THANK_YOU_WORKING_DAYS = 1
FEEDBACK_REQUEST_WORKING_DAYS = 2
REFLECTION_WORKING_DAYS = 2
# Tasks an event creates (a decision recorded at 21:40) fall due at a working hour.
EVENT_TASK_TIME = time(10, 0)


@dataclass(frozen=True)
class InterviewerFacts:
    id: uuid.UUID
    name: str
    email: str | None
    linkedin_url: str | None
    is_hiring_manager: bool
    contact_id: uuid.UUID | None


@dataclass(frozen=True)
class InterviewFacts:
    """What the playbook needs to know about one interview."""

    id: uuid.UUID
    company: str
    position: str
    scheduled_at: datetime
    duration_minutes: int | None
    timezone: str
    status: str
    outcome: str
    outcome_decided_at: datetime | None
    next_steps_expected_by: date | None
    interviewers: tuple[InterviewerFacts, ...]
    next_steps_description: str | None = None

    def __post_init__(self) -> None:
        _require_aware("scheduled_at", self.scheduled_at)
        if self.outcome_decided_at is not None:
            _require_aware("outcome_decided_at", self.outcome_decided_at)
        if self.duration_minutes is not None and self.duration_minutes <= 0:
            raise ValueError("duration_minutes must be positive")
        if self.status not in STATUSES:
            raise ValueError(f"unknown interview status {self.status!r}")
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown interview outcome {self.outcome!r}")
        # Rule keys embed interviewer ids, so a repeated id would repeat a key.
        if len({interviewer.id for interviewer in self.interviewers}) < len(self.interviewers):
            raise ValueError("interviewer ids must be unique within an interview")
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"unknown time zone {self.timezone!r}") from error

    @property
    def ends_at(self) -> datetime:
        if self.duration_minutes is None:
            return self.scheduled_at + DEFAULT_DURATION
        return self.scheduled_at + timedelta(minutes=self.duration_minutes)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def hiring_manager(self) -> InterviewerFacts | None:
        """The person updates go to: the hiring manager, else the first interviewer."""
        for interviewer in self.interviewers:
            if interviewer.is_hiring_manager:
                return interviewer
        return self.interviewers[0] if self.interviewers else None


@dataclass(frozen=True)
class RuleHistory:
    """What the user did with earlier generated tasks, for the recurring rules."""

    closed: Mapping[str, datetime] = field(default_factory=dict)
    """Rule key -> when the user closed (completed or skipped) that generated task."""
    keep_in_touch_anchor: datetime | None = None
    """The recipient contact's last_contacted_at: a logged contact resets the clock."""


@dataclass(frozen=True)
class PlannedTask:
    rule_key: str
    kind: TaskKind
    title: str
    guidance: str
    due_at: datetime
    deadline_at: datetime | None
    interviewer_id: uuid.UUID | None


def plan(
    facts: InterviewFacts,
    settings: PlaybookSettings,
    working_days: frozenset[int],
    history: RuleHistory,
    holidays: Container[date] = NO_HOLIDAYS,
) -> list[PlannedTask]:
    """Return the follow-up tasks `facts` call for, ordered by due time then rule key.

    `holidays` are the user's public holidays, which are not working days.
    """
    validate_working_days(working_days)
    if facts.status == CANCELLED:
        return []
    rules = _Rules(facts, settings, working_days, history, holidays)
    tasks = [*rules.thank_you(), *rules.linkedin_connect()]
    if facts.outcome == PENDING:
        tasks += [*rules.next_steps_follow_up(), *rules.periodic_update()]
    if facts.outcome == REJECTED:
        tasks += [*rules.after_rejection(), *rules.keep_in_touch()]
    return sorted(tasks, key=lambda task: (task.due_at, task.rule_key))


def drop_reason(facts: InterviewFacts, settings: PlaybookSettings, rule_key: str) -> str:
    """Say in plain words why `plan` no longer lists a task generated under `rule_key`."""
    kind_value, _, suffix = rule_key.partition(":")
    if facts.status == CANCELLED:
        return "The interview was cancelled."
    try:
        kind = TaskKind(kind_value)
    except ValueError:
        return _NO_LONGER_PLANNED
    switched_off = _switched_off_reason(kind, settings)
    if switched_off is not None:
        return switched_off
    match kind:
        case TaskKind.THANK_YOU if _superseded_by_rejection_thank_you(facts, settings, suffix):
            return (
                "The application was rejected: the thank-you after the rejection replaces this "
                "note, and thanks them for the interview too."
            )
        case TaskKind.FEEDBACK_REQUEST if (
            facts.outcome == REJECTED and settings.rejection_feedback_in_thank_you
        ):
            return (
                "Your playbook settings ask for feedback in the thank-you after the rejection, "
                "as one note."
            )
        case TaskKind.THANK_YOU | TaskKind.LINKEDIN_CONNECT:
            return _interviewer_reason(facts, kind, suffix)
        case TaskKind.NEXT_STEPS_FOLLOW_UP | TaskKind.PERIODIC_UPDATE:
            return _pending_outcome_reason(facts, settings, kind, suffix)
        case (
            TaskKind.REJECTION_THANK_YOU
            | TaskKind.FEEDBACK_REQUEST
            | TaskKind.REFLECTION
            | TaskKind.KEEP_IN_TOUCH
        ) if facts.outcome != REJECTED:
            return f"The application is no longer rejected: {_OUTCOME_PHRASES[facts.outcome]}."
    return _NO_LONGER_PLANNED


class _Rules:
    """The rules of the playbook, each yielding the tasks it calls for."""

    def __init__(
        self,
        facts: InterviewFacts,
        settings: PlaybookSettings,
        working_days: frozenset[int],
        history: RuleHistory,
        holidays: Container[date],
    ) -> None:
        self.facts = facts
        self.settings = settings
        self.working_days = working_days
        self.history = history
        self.holidays = holidays
        self.tz = facts.zone
        self.end = facts.ends_at

    def thank_you(self) -> Iterator[PlannedTask]:
        if not self.settings.thank_you_enabled:
            return
        due_at, deadline_at = thank_you_window(
            self.end, self.tz, self.settings, self.working_days, self.holidays
        )
        guidance = thank_you_guidance(
            due_hours=self.settings.thank_you_due_hours,
            deadline_hours=max(
                self.settings.thank_you_deadline_hours, self.settings.thank_you_due_hours
            ),
            deadline=deadline_at.astimezone(self.tz),
            timezone=self.facts.timezone,
        )
        # Nobody to name yet: one note for the interview, replaced by one per interviewer
        # once they are known.
        if not self.facts.interviewers and not _superseded_by_rejection_thank_you(
            self.facts, self.settings, ""
        ):
            yield self._task(
                TaskKind.THANK_YOU,
                str(TaskKind.THANK_YOU),
                due_at,
                deadline_at,
                guidance=guidance,
            )
        for interviewer in self.facts.interviewers:
            if _superseded_by_rejection_thank_you(self.facts, self.settings, str(interviewer.id)):
                continue
            yield self._task(
                TaskKind.THANK_YOU,
                _per_interviewer_key(TaskKind.THANK_YOU, interviewer),
                due_at,
                deadline_at,
                to=interviewer,
                guidance=guidance,
            )

    def linkedin_connect(self) -> Iterator[PlannedTask]:
        if not self.settings.linkedin_connect_enabled:
            return
        due_at = add_working_days_at(
            self.end,
            self.settings.linkedin_connect_working_days,
            self.tz,
            self.working_days,
            holidays=self.holidays,
        )
        for interviewer in self.facts.interviewers:
            if interviewer.linkedin_url:
                yield self._task(
                    TaskKind.LINKEDIN_CONNECT,
                    _per_interviewer_key(TaskKind.LINKEDIN_CONNECT, interviewer),
                    due_at,
                    to=interviewer,
                )

    def next_steps_follow_up(self) -> Iterator[PlannedTask]:
        if not self.settings.next_steps_follow_up_enabled:
            return
        expected_by = self.facts.next_steps_expected_by
        guidance = None
        if expected_by is not None:
            due_date = add_working_days(
                expected_by, self.settings.next_steps_grace_days, self.working_days, self.holidays
            )
        elif _has_text(self.facts.next_steps_description):
            # "Final round to be scheduled": no date to wait for, so ask after a while.
            due_date = add_working_days(
                to_local(self.end, self.tz).date(),
                self.settings.next_steps_undated_working_days,
                self.working_days,
                self.holidays,
            )
            guidance = undated_next_steps_guidance(self.settings.next_steps_undated_working_days)
        else:
            return
        due_at = localize(
            datetime.combine(due_date, self.settings.next_steps_follow_up_time), self.tz
        )
        yield self._task(
            TaskKind.NEXT_STEPS_FOLLOW_UP,
            str(TaskKind.NEXT_STEPS_FOLLOW_UP),
            due_at,
            to=self.facts.hiring_manager,
            guidance=guidance,
        )

    def periodic_update(self) -> Iterator[PlannedTask]:
        if not self.settings.periodic_update_enabled:
            return
        occurrence = self._next_occurrence(TaskKind.PERIODIC_UPDATE)
        if occurrence > self.settings.periodic_update_count:
            return
        interval = self.settings.periodic_update_interval_days
        due_at = add_calendar_days_at(
            self.end, interval * occurrence, self.tz, self.working_days, holidays=self.holidays
        )
        previous_closed_at = self._closed_at(TaskKind.PERIODIC_UPDATE, occurrence - 1)
        if previous_closed_at is not None:
            # A late update pushes the next one back: never two updates in a short span.
            due_at = max(
                due_at,
                add_calendar_days_at(
                    previous_closed_at,
                    interval,
                    self.tz,
                    self.working_days,
                    at=to_local(self.end, self.tz).time(),
                    holidays=self.holidays,
                ),
            )
        yield self._task(
            TaskKind.PERIODIC_UPDATE,
            f"{TaskKind.PERIODIC_UPDATE}:{occurrence}",
            due_at,
            to=self.facts.hiring_manager,
        )

    def after_rejection(self) -> Iterator[PlannedTask]:
        decided_at = self._decided_at()
        steps: list[tuple[TaskKind, int, InterviewerFacts | None, str | None]] = []
        if self.settings.rejection_follow_up_enabled:
            recipient = self.facts.hiring_manager
            if self.settings.rejection_feedback_in_thank_you:
                steps.append(
                    (
                        TaskKind.REJECTION_THANK_YOU,
                        REJECTION_THANK_YOU_WORKING_DAYS,
                        recipient,
                        merged_rejection_guidance(),
                    )
                )
            else:
                steps += [
                    (
                        TaskKind.REJECTION_THANK_YOU,
                        REJECTION_THANK_YOU_WORKING_DAYS,
                        recipient,
                        None,
                    ),
                    (TaskKind.FEEDBACK_REQUEST, FEEDBACK_REQUEST_WORKING_DAYS, recipient, None),
                ]
        if self.settings.reflection_enabled:
            steps.append((TaskKind.REFLECTION, REFLECTION_WORKING_DAYS, None, None))
        for kind, working_days_later, recipient, guidance in steps:
            # Counted from the day the news came, in the interview's time zone, and due at
            # a working hour whatever the minute the outcome was recorded.
            due_at = add_working_days_at(
                decided_at,
                working_days_later,
                self.tz,
                self.working_days,
                at=EVENT_TASK_TIME,
                holidays=self.holidays,
            )
            yield self._task(kind, str(kind), due_at, to=recipient, guidance=guidance)

    def keep_in_touch(self) -> Iterator[PlannedTask]:
        if not self.settings.keep_in_touch_enabled:
            return
        decided_at = self._decided_at()
        occurrence = self._next_occurrence(TaskKind.KEEP_IN_TOUCH)
        anchors = [
            decided_at,
            self._closed_at(TaskKind.KEEP_IN_TOUCH, occurrence - 1),
            self.history.keep_in_touch_anchor,
        ]
        latest_contact = max(anchor for anchor in anchors if anchor is not None)
        due_at = add_calendar_days_at(
            latest_contact,
            self.settings.keep_in_touch_interval_days,
            self.tz,
            self.working_days,
            # At a working hour, however late the decision or the last contact was logged.
            at=EVENT_TASK_TIME,
            holidays=self.holidays,
        )
        yield self._task(
            TaskKind.KEEP_IN_TOUCH,
            f"{TaskKind.KEEP_IN_TOUCH}:{occurrence}",
            due_at,
            to=self.facts.hiring_manager,
        )

    def _decided_at(self) -> datetime:
        # A decision recorded without its time counts from the end of the interview.
        return self.facts.outcome_decided_at or self.end

    def _next_occurrence(self, kind: TaskKind) -> int:
        occurrence = 1
        while f"{kind}:{occurrence}" in self.history.closed:
            occurrence += 1
        return occurrence

    def _closed_at(self, kind: TaskKind, occurrence: int) -> datetime | None:
        return self.history.closed.get(f"{kind}:{occurrence}")

    def _task(
        self,
        kind: TaskKind,
        rule_key: str,
        due_at: datetime,
        deadline_at: datetime | None = None,
        *,
        to: InterviewerFacts | None = None,
        guidance: str | None = None,
    ) -> PlannedTask:
        return PlannedTask(
            rule_key=rule_key,
            kind=kind,
            title=task_title(kind, company=self.facts.company, person=_person(to)),
            guidance=guidance or GUIDANCE[kind],
            due_at=due_at,
            deadline_at=deadline_at,
            interviewer_id=to.id if to else None,
        )


def thank_you_window(
    interview_end: datetime,
    tz: ZoneInfo,
    settings: PlaybookSettings,
    working_days: frozenset[int],
    holidays: Container[date] = NO_HOLIDAYS,
) -> tuple[datetime, datetime]:
    """When a thank-you for an interview ending at `interview_end` is due, and its deadline.

    Both counted in working hours (by default one and two working days) in `tz`.
    """
    due_at = add_working_hours(
        interview_end, settings.thank_you_due_hours, tz, working_days, holidays
    )
    # The two settings are independent fields: a deadline set below the due time means
    # "overdue as soon as due", never a deadline before the due time.
    deadline_hours = max(settings.thank_you_deadline_hours, settings.thank_you_due_hours)
    return due_at, add_working_hours(interview_end, deadline_hours, tz, working_days, holidays)


def _superseded_by_rejection_thank_you(
    facts: InterviewFacts, settings: PlaybookSettings, interviewer_key: str
) -> bool:
    """Whether the thank-you to this interviewer (or, for "", the interview's unnamed one)
    is replaced by the thank-you after a rejection, which goes to the same person."""
    if facts.outcome != REJECTED or not settings.rejection_follow_up_enabled:
        return False
    recipient = facts.hiring_manager
    return (str(recipient.id) if recipient else "") == interviewer_key


def _has_text(value: str | None) -> bool:
    return value is not None and value.strip() != ""


_NO_LONGER_PLANNED = "The playbook no longer calls for this task."

_OUTCOME_PHRASES = {
    PENDING: "the outcome is pending again",
    "advanced": "you advanced to the next round",
    "offer": "you received an offer",
    REJECTED: "the application was rejected",
    "withdrawn": "you withdrew your application",
}

_SWITCHES: dict[TaskKind, tuple[str, str]] = {
    TaskKind.THANK_YOU: ("thank_you_enabled", "Thank-you notes"),
    TaskKind.NEXT_STEPS_FOLLOW_UP: ("next_steps_follow_up_enabled", "Next-steps follow-ups"),
    TaskKind.PERIODIC_UPDATE: ("periodic_update_enabled", "Periodic updates"),
    TaskKind.LINKEDIN_CONNECT: ("linkedin_connect_enabled", "LinkedIn connection requests"),
    TaskKind.REJECTION_THANK_YOU: (
        "rejection_follow_up_enabled",
        "Thank-you notes and feedback requests after a rejection",
    ),
    TaskKind.FEEDBACK_REQUEST: (
        "rejection_follow_up_enabled",
        "Thank-you notes and feedback requests after a rejection",
    ),
    TaskKind.REFLECTION: ("reflection_enabled", "Reflections after a rejection"),
    TaskKind.KEEP_IN_TOUCH: ("keep_in_touch_enabled", "Keep-in-touch messages"),
}


def _switched_off_reason(kind: TaskKind, settings: PlaybookSettings) -> str | None:
    switch = _SWITCHES.get(kind)
    if switch is None:
        return None
    setting, rule_name = switch
    if getattr(settings, setting):
        return None
    return f"{rule_name} are switched off in your playbook settings."


def _interviewer_reason(facts: InterviewFacts, kind: TaskKind, interviewer_key: str) -> str:
    if not interviewer_key:
        if facts.interviewers:
            return "The interview now lists its interviewers, each with a thank-you of their own."
        return _NO_LONGER_PLANNED
    interviewer = next((i for i in facts.interviewers if str(i.id) == interviewer_key), None)
    if interviewer is None:
        return "The interviewer was removed from the interview."
    if kind is TaskKind.LINKEDIN_CONNECT and not interviewer.linkedin_url:
        return f"{_person(interviewer) or 'The interviewer'} no longer has a LinkedIn URL."
    return _NO_LONGER_PLANNED


def _pending_outcome_reason(
    facts: InterviewFacts, settings: PlaybookSettings, kind: TaskKind, occurrence: str
) -> str:
    if facts.outcome != PENDING:
        return f"The outcome is decided: {_OUTCOME_PHRASES[facts.outcome]}."
    if (
        kind is TaskKind.NEXT_STEPS_FOLLOW_UP
        and facts.next_steps_expected_by is None
        and not _has_text(facts.next_steps_description)
    ):
        return "The interview no longer has next steps to follow up on."
    count = settings.periodic_update_count
    if kind is TaskKind.PERIODIC_UPDATE and occurrence.isdigit() and int(occurrence) > count:
        return f"Your playbook settings now allow at most {count} periodic updates."
    return _NO_LONGER_PLANNED


def _per_interviewer_key(kind: TaskKind, interviewer: InterviewerFacts) -> str:
    return f"{kind}:{interviewer.id}"


def _person(interviewer: InterviewerFacts | None) -> str | None:
    return (interviewer.name.strip() or None) if interviewer else None


def _require_aware(name: str, value: datetime) -> None:
    if value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, TimestampMixin

OPEN, DONE, SKIPPED = "open", "done", "skipped"
MANUAL_ORIGIN = "manual"


class FollowUpTask(TimestampMixin, Base):
    """A piece of follow-up work, planned by a playbook rule or added by hand.

    A generated task carries its rule key, unique per interview, so re-planning finds it
    again instead of adding a copy. Once the user has closed, reopened, re-dated or
    retitled a task (`user_modified_at`), the playbook leaves it alone.
    """

    __tablename__ = "follow_up_task"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    # Tasks outlive a deleted interview or interviewer (history, tasks added by hand);
    # the playbook deletes the open tasks it generated itself.
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interview.id", ondelete="SET NULL")
    )
    interviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviewer.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str] = mapped_column(Text)
    # The playbook rule that planned the task ("thank_you:<interviewer id>"); null when
    # the user added it by hand.
    rule_key: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default=OPEN)
    due_at: Mapped[datetime]
    deadline_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    # When the task was done or skipped, by the user or by the playbook.
    closed_at: Mapped[datetime | None]
    skip_reason: Mapped[str | None] = mapped_column(Text)
    user_modified_at: Mapped[datetime | None]
    # The latest note drafted for this task. use_alter: note_draft refers back to tasks.
    draft_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("note_draft.id", ondelete="SET NULL", use_alter=True), index=True
    )
    # When `task.due` was announced to webhooks; cleared when the task is re-dated.
    due_notified_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("interview_id", "rule_key", name="uq_follow_up_task_interview_rule"),
        # The list order, with and without a status filter, and the agenda's range.
        Index("ix_follow_up_task_user_due", "user_id", "due_at", "id"),
        Index("ix_follow_up_task_user_status_due", "user_id", "status", "due_at", "id"),
        # The worker's scan for open tasks whose due time passed unannounced.
        Index("ix_follow_up_task_due_scan", "due_notified_at", "due_at"),
    )

    @property
    def origin(self) -> str:
        return self.rule_key or MANUAL_ORIGIN

    @property
    def is_generated(self) -> bool:
        return self.rule_key is not None

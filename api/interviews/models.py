from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.db import Base, TimestampMixin


class Interview(TimestampMixin, Base):
    __tablename__ = "interview"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    company: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str | None] = mapped_column(String(100))
    scheduled_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    duration_minutes: Mapped[int | None]
    format: Mapped[str | None] = mapped_column(String(16))
    location: Mapped[str | None] = mapped_column(String(2048))
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="scheduled")
    outcome: Mapped[str] = mapped_column(String(16), default="pending")
    outcome_decided_at: Mapped[datetime | None]
    # Each point {text, topic, my_angle}, as api.interviews.schemas.DiscussionPointIn stores it.
    discussion_points: Mapped[list[dict[str, str | None]]] = mapped_column(JSON, default=list)
    next_steps_description: Mapped[str | None] = mapped_column(Text)
    next_steps_expected_by: Mapped[date | None]
    source: Mapped[str | None] = mapped_column(String(64))
    external_id: Mapped[str | None] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(default=1)

    interviewers: Mapped[list[Interviewer]] = relationship(
        back_populates="interview",
        order_by="Interviewer.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
        lazy="raise",
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # One index per list order: keyset pages walk it without sorting.
        Index("ix_interview_user_scheduled", "user_id", "scheduled_at", "id"),
        Index("ix_interview_user_created", "user_id", "created_at", "id"),
        UniqueConstraint(
            "user_id", "source", "external_id", name="uq_interview_user_source_external"
        ),
    )


class Interviewer(Base):
    __tablename__ = "interviewer"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    linkedin_url: Mapped[str | None] = mapped_column(String(2048))
    is_hiring_manager: Mapped[bool] = mapped_column(default=False)
    # Each point {text, topic, my_angle}, as api.interviews.schemas.DiscussionPointIn stores it.
    discussion_points: Mapped[list[dict[str, str | None]]] = mapped_column(JSON, default=list)
    # The person behind the interviewer, shared across interviews (see api.contacts).
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    interview: Mapped[Interview] = relationship(back_populates="interviewers", lazy="raise")

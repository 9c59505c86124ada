from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, TimestampMixin


class Contact(TimestampMixin, Base):
    """A person across interviews, one per email address and user."""

    __tablename__ = "contact"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    # Stored lower-cased: two interviewers with the same address, in any case, are one person.
    email: Mapped[str | None] = mapped_column(String(254))
    title: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    linkedin_url: Mapped[str | None] = mapped_column(String(2048))
    notes: Mapped[str | None] = mapped_column(Text)
    last_contacted_at: Mapped[datetime | None]
    # Days between keep-in-touch messages to this person; null follows the playbook settings.
    keep_in_touch_interval_days: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("user_id", "email", name="uq_contact_user_email"),
        Index("ix_contact_user_name", "user_id", "name", "id"),
    )

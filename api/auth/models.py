from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, JSONDocument, TimestampMixin, utcnow

DEFAULT_WORKING_DAYS = [1, 2, 3, 4, 5]


class User(TimestampMixin, Base):
    __tablename__ = "user_account"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Stored lower-cased: the address is the login and is unique regardless of case.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    name: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    working_days: Mapped[list[int]] = mapped_column(
        JSON, default=lambda: list(DEFAULT_WORKING_DAYS)
    )
    # ISO 3166-1 alpha-2 code with an optional subdivision (`DE-BE`): its public holidays
    # are not working days. Null: no public holidays.
    holiday_country: Mapped[str | None] = mapped_column(String(16))
    playbook_settings: Mapped[dict[str, object]] = mapped_column(JSONDocument, default=dict)
    # Digest of the secret in the calendar feed's address; null while there is no feed.
    calendar_secret_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    calendar_secret_created_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class UserSession(Base):
    """A browser sign-in. Only a hash of the cookie value is kept."""

    __tablename__ = "user_session"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, TimestampMixin
from api.portability.document import STRINGS, TEXT, Section, register_section


class Accomplishment(TimestampMixin, Base):
    """Something the user did: a periodic update cites one, and never invents one."""

    __tablename__ = "accomplishment"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str | None] = mapped_column(String(2000))
    happened_on: Mapped[date | None]
    link: Mapped[str | None] = mapped_column(String(2048))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The day it is listed under: when it happened, else the day it was recorded. Never
    # null, so that the newest-first list is one keyset over one index on every database.
    listed_on: Mapped[date]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_accomplishment_user_listed", "user_id", "listed_on", "created_at", "id"),
    )


register_section(
    Section(
        "accomplishments",
        Accomplishment.__table__,  # type: ignore[arg-type]
        rules={"title": TEXT, "topics": STRINGS},
    )
)

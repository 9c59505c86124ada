from __future__ import annotations

import uuid

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, TimestampMixin
from api.portability.document import STRINGS, TEXT, Section, register_section


class Resource(TimestampMixin, Base):
    """An article or resource worth sharing: a note that shares one carries its title and URL."""

    __tablename__ = "resource"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(String(2000))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The list order (newest first): keyset pages walk it without sorting.
        Index("ix_resource_user_created", "user_id", "created_at", "id"),
    )


register_section(
    Section(
        "resources",
        Resource.__table__,  # type: ignore[arg-type]
        rules={"url": TEXT, "title": TEXT, "topics": STRINGS},
    )
)

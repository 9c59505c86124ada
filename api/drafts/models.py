from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

# Imported first: their export sections come before the drafts that refer to them.
import api.accomplishments.models
import api.resources.models  # noqa: F401
from api.db import Base, JSONDocument, TimestampMixin
from api.drafts.facts import Channel, DraftKind
from api.portability.document import SECTIONS, Section, one_of, register_section

DRAFT, SENT, DISCARDED = "draft", "sent", "discarded"


class NoteDraft(TimestampMixin, Base):
    """A note written for one recipient of one interview, and its checks.

    The checks are stored with every write of the text (so lists never recompute them);
    only `prompt`, which changes with the clock, is brought up to date when an unsent
    draft is read. The recipient's name and address are copied at generation time: the
    note was written to them, whatever later happens to the interviewer.
    """

    __tablename__ = "note_draft"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    interview_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interview.id", ondelete="CASCADE"), index=True
    )
    interviewer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviewer.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    task_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("follow_up_task.id", ondelete="SET NULL"), index=True
    )
    # What the note cites: the user's own record, never something invented.
    accomplishment_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("accomplishment.id", ondelete="SET NULL"), index=True
    )
    resource_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("resource.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    to_name: Mapped[str | None] = mapped_column(String(200))
    to_email: Mapped[str | None] = mapped_column(String(254))
    subject: Mapped[str | None] = mapped_column(String(1000))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=DRAFT)
    sent_at: Mapped[datetime | None]
    checks: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument, default=list)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The list order: keyset pages walk it without sorting.
        Index("ix_note_draft_user_created", "user_id", "created_at", "id"),
    )


class NoteTemplate(TimestampMixin, Base):
    """A user's own template for one kind of note on one channel (Jinja, sandboxed)."""

    __tablename__ = "note_template"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("user_account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "channel", name="uq_note_template_user_kind_channel"),
    )


def _export_sections() -> None:
    """A user's export carries their drafts and templates; a task's `draft_id` refers
    forward to the drafts, so an import fills it in once the drafts exist."""
    register_section(
        Section(
            "drafts",
            NoteDraft.__table__,  # type: ignore[arg-type]
            {
                "interview_id": "interviews",
                "interviewer_id": "interviewers",
                "contact_id": "contacts",
                "task_id": "tasks",
                "accomplishment_id": "accomplishments",
                "resource_id": "resources",
            },
            rules={
                "kind": one_of(*(str(kind) for kind in DraftKind)),
                "channel": one_of(*(str(channel) for channel in Channel)),
                "status": one_of("draft", "sent", "discarded"),
            },
        )
    )
    register_section(
        Section(
            "templates",
            NoteTemplate.__table__,  # type: ignore[arg-type]
            rules={
                "kind": one_of(*(str(kind) for kind in DraftKind)),
                "channel": one_of(*(str(channel) for channel in Channel)),
            },
        )
    )
    for index, section in enumerate(SECTIONS):
        if section.name == "tasks" and "draft_id" not in section.references:
            SECTIONS[index] = replace(
                section, references={**section.references, "draft_id": "drafts"}
            )


_export_sections()
